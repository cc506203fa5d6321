/** Stable codes of {@link InspectorError}s. */
export type InspectorErrorCode = 'INSPECTOR_INVALID_OPTION' | 'INSPECTOR_LISTEN' | 'INSPECTOR_CLOSED' | 'INSPECTOR_DISCOVERY_UNSAFE';

/** The base of every inspector error: a stable `code`, carried in `name` too. Never contains a token. */
export class InspectorError extends Error {
	/** A stable identifier; messages may change, codes do not. */
	public readonly code: InspectorErrorCode;

	public constructor(code: InspectorErrorCode, message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
		this.name = `${new.target.name}[${code}]`;
	}
}
