import { OvenError } from '../errors/OvenError.js';

/**
 * The stable string codes of every error the interactions module throws. Match on these,
 * not on messages or class names.
 */
export type InteractionErrorCode =
	| 'INTERACTION_COMMAND_DEFINITION_INVALID'
	| 'INTERACTION_ALREADY_ACKNOWLEDGED'
	| 'INTERACTION_NOT_ACKNOWLEDGED'
	| 'INTERACTION_CALLBACK_DEADLINE_PASSED'
	| 'INTERACTION_TOKEN_EXPIRED'
	| 'INTERACTION_RESPONSE_INVALID'
	| 'INTERACTION_UNANSWERED'
	| 'INTERACTION_COMPONENT_AWAIT_TIMEOUT'
	| 'INTERACTION_COMPONENT_AWAIT_ABORTED'
	| 'INTERACTION_MODAL_FIELD_MISSING'
	| 'INTERACTION_CUSTOM_ID_PATTERN_INVALID';

/**
 * Base class of every error the interactions module throws, an {@link OvenError}: `name`
 * carries the code (`InteractionAlreadyAcknowledgedError[INTERACTION_ALREADY_ACKNOWLEDGED]`).
 */
export class InteractionError<C extends InteractionErrorCode = InteractionErrorCode> extends OvenError<C> {}
