import { OvenError } from 'ovenjs/errors';

/** Stable codes of {@link MigrationError}s. */
export type MigrationErrorCode =
	| 'MIGRATE_INVALID_OPTION'
	| 'MIGRATE_NOT_FOUND'
	| 'MIGRATE_DIRTY_TREE'
	| 'MIGRATE_OUTSIDE_ROOT'
	/** The bot is built on a framework over discord.js (Sapphire, discordx, …); `force` migrates it anyway. */
	| 'MIGRATE_FRAMEWORK';

/** The base of every migration error: a stable `code`, carried in `name` too (an {@link OvenError}), and a message that says what to do. */
export class MigrationError<C extends MigrationErrorCode = MigrationErrorCode> extends OvenError<C> {}
