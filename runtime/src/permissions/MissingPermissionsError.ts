import type { PermissionName } from '../knowledge/permissions.js';
import { PermissionsError } from './PermissionsError.js';

/** Thrown by {@link assertPermissions} before a request that Discord would refuse with 403 (50013). */
export class MissingPermissionsError extends PermissionsError<'PERMISSIONS_MISSING'> {
	/** The flags that are missing. */
	public readonly missing: readonly PermissionName[];
	/** What was about to be done. */
	public readonly action: string;

	public constructor(action: string, missing: readonly PermissionName[]) {
		super(
			'PERMISSIONS_MISSING',
			`Cannot ${action}: missing ${missing.join(', ')}. Grant ${missing.length === 1 ? 'it' : 'them'} to the bot's role or in the channel's overwrites.`,
		);
		this.missing = missing;
		this.action = action;
	}
}
