import { PermissionsError } from './PermissionsError.js';

/** A permission name or bitfield that is not one. */
export class InvalidPermissionError extends PermissionsError {
	public constructor(message: string) {
		super('INVALID_PERMISSION', message);
	}
}
