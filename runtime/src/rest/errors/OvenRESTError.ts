/**
 * The stable string codes of every error the REST client throws. Match on these, not on
 * messages or class names.
 */
export type RESTErrorCode =
	| 'DISCORD_API_ERROR'
	| 'HTTP_ERROR'
	| 'RATE_LIMITED'
	| 'INVALID_REQUEST_BUDGET'
	| 'REQUEST_TIMEOUT'
	| 'REQUEST_ABORTED'
	| 'REST_DESTROYED'
	| 'INVALID_REST_OPTION'
	| 'INVALID_TOKEN';

/**
 * Base class of every error the REST client throws. `code` is stable across releases;
 * `name` carries it too (`OvenRESTError[HTTP_ERROR]`), so it shows in stack traces.
 */
export class OvenRESTError extends Error {
	/** The stable string code; see {@link RESTErrorCode}. */
	readonly code: RESTErrorCode | (string & {});

	/**
	 * @param code The stable string code.
	 * @param message What happened and what to do about it.
	 * @param options Standard error options (`cause`).
	 */
	constructor(code: RESTErrorCode | (string & {}), message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
	}

	/** The class name with the code, e.g. `RateLimitError[RATE_LIMITED]`. */
	override get name(): string {
		return `${this.constructor.name}[${this.code}]`;
	}
}
