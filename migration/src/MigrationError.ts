/** Stable codes of {@link MigrationError}s. */
export type MigrationErrorCode =
	| 'MIGRATE_INVALID_OPTION'
	| 'MIGRATE_NOT_FOUND'
	| 'MIGRATE_DIRTY_TREE'
	| 'MIGRATE_OUTSIDE_ROOT'
	/** The bot is built on a framework over discord.js (Sapphire, discordx, …); `force` migrates it anyway. */
	| 'MIGRATE_FRAMEWORK';

/** The base of every migration error: a stable `code`, carried in `name` too, and a message that says what to do. */
export class MigrationError extends Error {
	/** A stable identifier; messages may change, codes do not. */
	public readonly code: MigrationErrorCode;

	public constructor(code: MigrationErrorCode, message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
		this.name = `${new.target.name}[${code}]`;
	}
}
