import { OvenError } from 'ovenjs/errors';

/** Stable codes of {@link MigrationError}s. */
export type MigrationErrorCode =
	/** `migrate()` or `oven-migrate` was given an option it cannot use. */
	| 'MIGRATE_INVALID_OPTION'
	/** The folder to migrate does not exist or is not a directory. */
	| 'MIGRATE_NOT_FOUND'
	/** The git working tree has uncommitted changes; commit or stash them first (so the migration reads as a diff), or pass `--force`. */
	| 'MIGRATE_DIRTY_TREE'
	/** A write would land outside the project or under node_modules; refused. */
	| 'MIGRATE_OUTSIDE_ROOT'
	/** The bot is built on a framework over discord.js (Sapphire, discordx, …); `force` migrates it anyway. */
	| 'MIGRATE_FRAMEWORK';

/** The base of every migration error: a stable `code`, carried in `name` too (an {@link OvenError}), and a message that says what to do. */
export class MigrationError<C extends MigrationErrorCode = MigrationErrorCode> extends OvenError<C> {}
