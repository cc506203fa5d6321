import { PermissionsError } from './PermissionsError.js';

/** A permission name or bitfield that is not one. */
export class InvalidPermissionError extends PermissionsError<'PERMISSIONS_INVALID'> {
	public constructor(message: string) {
		super('PERMISSIONS_INVALID', message);
	}
}
