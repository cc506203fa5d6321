/**
 * The stable string codes of every error the interactions module throws. Match on these,
 * not on messages or class names.
 */
export type InteractionErrorCode =
	| 'COMMAND_DEFINITION_INVALID'
	| 'INTERACTION_ALREADY_ACKNOWLEDGED'
	| 'INTERACTION_NOT_ACKNOWLEDGED'
	| 'INTERACTION_CALLBACK_DEADLINE_PASSED'
	| 'INTERACTION_TOKEN_EXPIRED'
	| 'INTERACTION_RESPONSE_INVALID'
	| 'INTERACTION_UNANSWERED'
	| 'COMPONENT_AWAIT_TIMEOUT'
	| 'COMPONENT_AWAIT_ABORTED'
	| 'MODAL_FIELD_MISSING'
	| 'CUSTOM_ID_PATTERN_INVALID';

/**
 * Base class of every error the interactions module throws. `code` is stable across
 * releases; `name` carries it too (`InteractionAlreadyAcknowledgedError[INTERACTION_ALREADY_ACKNOWLEDGED]`).
 */
export class InteractionError extends Error {
	/** The stable string code; see {@link InteractionErrorCode}. */
	readonly code: InteractionErrorCode;

	/**
	 * @param code The stable string code.
	 * @param message What happened and what to do about it.
	 * @param options Standard error options (`cause`).
	 */
	constructor(code: InteractionErrorCode, message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
	}

	/** The class name with the code. */
	override get name(): string {
		return `${this.constructor.name}[${this.code}]`;
	}
}
