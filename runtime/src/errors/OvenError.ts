/**
 * The root of every OvenJS error, in every package: `error instanceof OvenError` holds for
 * anything OvenJS throws or reports. `code` is stable across releases and namespaced by where
 * the error comes from (`REST_RATE_LIMITED`, `GATEWAY_FATAL`, `MOCK_SCENARIO_INVALID`, …; the
 * table is docs/errors.md); messages may change and say what to do. `name` is `Class[CODE]`, so
 * the code shows in stack traces. No message ever contains a token.
 *
 * @typeParam C The codes this class can carry; a subclass narrows it
 * (`class RateLimitError extends OvenRESTError<'REST_RATE_LIMITED'>`).
 */
export class OvenError<C extends string = string> extends Error {
	/** The stable, namespaced code: match on it, not on the message. */
	readonly code: C;

	/**
	 * @param code The stable code.
	 * @param message What happened and what to do about it.
	 * @param options Standard error options (`cause`).
	 */
	constructor(code: C, message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
	}

	/** The class name with the code, e.g. `RateLimitError[REST_RATE_LIMITED]`: the one way every OvenJS error is named. */
	override get name(): string {
		return `${this.constructor.name}[${this.code}]`;
	}
}
