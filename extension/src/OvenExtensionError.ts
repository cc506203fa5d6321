/** The stable codes of the errors the extension shows or throws. */
export type OvenExtensionErrorCode =
	| 'TOOL_NOT_FOUND'
	| 'SERVER_START_FAILED'
	| 'MOCK_START_FAILED'
	| 'MIGRATION_FAILED'
	| 'NO_EDITOR'
	| 'INSPECTOR_NOT_FOUND'
	| 'INSPECTOR_CONNECTION_FAILED';

/**
 * Base class of the extension's errors. `code` is stable; `name` carries it
 * (`OvenExtensionError[TOOL_NOT_FOUND]`) so it shows in the log.
 */
export class OvenExtensionError extends Error {
	/** The stable string code. */
	readonly code: OvenExtensionErrorCode;

	/**
	 * @param code The stable string code.
	 * @param message What happened and what to do about it.
	 * @param options Standard error options (`cause`).
	 */
	constructor(code: OvenExtensionErrorCode, message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
	}

	/** The class name with the code. */
	override get name(): string {
		return `OvenExtensionError[${this.code}]`;
	}
}
