/** The stable string codes of the errors the language server throws. */
export type LanguageServerErrorCode = 'NO_PROGRAM' | 'NO_TRANSPORT';

/**
 * Error thrown by the language server. `code` is stable across releases; `name` carries it
 * too (`OvenLanguageServerError[NO_PROGRAM]`).
 */
export class OvenLanguageServerError extends Error {
	/** The stable string code; see {@link LanguageServerErrorCode}. */
	readonly code: LanguageServerErrorCode;

	/**
	 * @param code The stable string code.
	 * @param message What happened and what to do about it.
	 */
	constructor(code: LanguageServerErrorCode, message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
	}

	/** The class name with the code. */
	override get name(): string {
		return `OvenLanguageServerError[${this.code}]`;
	}
}
