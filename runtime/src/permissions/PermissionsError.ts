/** Stable codes of {@link PermissionsError}s. */
export type PermissionsErrorCode = 'INVALID_PERMISSION' | 'MISSING_PERMISSIONS';

/** The base of every permissions error: a stable `code`, carried in `name` too. */
export class PermissionsError extends Error {
	/** A stable identifier; messages may change, codes do not. */
	public readonly code: PermissionsErrorCode;

	public constructor(code: PermissionsErrorCode, message: string) {
		super(message);
		this.code = code;
		this.name = `${new.target.name}[${code}]`;
	}
}
