import { OvenError } from '../errors/OvenError.js';

/**
 * The stable string codes of every error the interactions module throws. Match on these,
 * not on messages or class names.
 */
export type InteractionErrorCode =
	/** A command definition breaks one of Discord's rules (name, length, option order, counts). */
	| 'INTERACTION_COMMAND_DEFINITION_INVALID'
	/** A second initial response (reply, defer, update, modal, autocomplete) to one interaction. */
	| 'INTERACTION_ALREADY_ACKNOWLEDGED'
	/** An edit, follow-up or delete of the reply before the interaction was answered or deferred. */
	| 'INTERACTION_NOT_ACKNOWLEDGED'
	/** The first response came after Discord's 3-second callback deadline; defer sooner. */
	| 'INTERACTION_CALLBACK_DEADLINE_PASSED'
	/** A follow-up or edit after the interaction token's 15 minutes. */
	| 'INTERACTION_TOKEN_EXPIRED'
	/** A response this interaction type cannot take (a modal to a modal, an update to a command, a bad custom id). */
	| 'INTERACTION_RESPONSE_INVALID'
	/** A handler finished without answering the interaction (reported; the user saw "This interaction failed"). */
	| 'INTERACTION_UNANSWERED'
	/** No click or pick came for an awaited component within its time. */
	| 'INTERACTION_COMPONENT_AWAIT_TIMEOUT'
	/** An awaited component was given up: its signal aborted or the client stopped. */
	| 'INTERACTION_COMPONENT_AWAIT_ABORTED'
	/** A modal field was read by a custom id the submission does not have. */
	| 'INTERACTION_MODAL_FIELD_MISSING'
	/** A custom-id pattern is malformed, or a custom id built from it is over 100 characters. */
	| 'INTERACTION_CUSTOM_ID_PATTERN_INVALID';

/**
 * Base class of every error the interactions module throws, an {@link OvenError}: `name`
 * carries the code (`InteractionAlreadyAcknowledgedError[INTERACTION_ALREADY_ACKNOWLEDGED]`).
 */
export class InteractionError<C extends InteractionErrorCode = InteractionErrorCode> extends OvenError<C> {}
