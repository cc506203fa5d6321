/**
 * The stable string codes of every error the client throws. Match on these, not on
 * messages or class names.
 */
export type ClientErrorCode =
	| 'CLIENT_INVALID_OPTION'
	| 'CLIENT_DESTROYED'
	| 'CLIENT_ALREADY_CONNECTED'
	| 'CLIENT_NOT_CONNECTED'
	| 'CLIENT_INVALID_SNOWFLAKE'
	| 'CLIENT_CACHE_ERROR'
	| 'CLIENT_LISTENER_ERROR'
	| 'CLIENT_MALFORMED_EVENT'
	| 'CLIENT_COMMAND_OPTION';

/**
 * Base class of every error the client throws. `code` is stable across releases; `name`
 * carries it too (`OvenClientError[CLIENT_INVALID_OPTION]`). The bot token is never part
 * of a message.
 */
export class OvenClientError extends Error {
	/** The stable string code; see {@link ClientErrorCode}. */
	readonly code: ClientErrorCode | (string & {});

	/**
	 * @param code The stable string code.
	 * @param message What happened and what to do about it.
	 * @param options Standard error options (`cause`).
	 */
	constructor(code: ClientErrorCode | (string & {}), message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
	}

	/** The class name with the code, e.g. `OvenClientError[CLIENT_DESTROYED]`. */
	override get name(): string {
		return `${this.constructor.name}[${this.code}]`;
	}
}
