/**
 * Base of every error the mock throws. `code` is stable and safe to match on; the
 * message says what to do about it.
 */
export class MockDiscordError extends Error {
	/** A stable string code such as `MOCK_SCENARIO_INVALID`. */
	public readonly code: string;

	public constructor(code: string, message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
		this.name = `MockDiscordError[${code}]`;
	}
}
