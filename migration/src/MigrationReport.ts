/** Something the migration could not do, left for a person at this line (marked `// oven-migrate:` in the file). */
export interface MigrationTodo {
	/** 1-based line in the migrated file. */
	readonly line: number;
	readonly message: string;
	/** The transform that left it (`collectors`, `discord-members`, …): what kind of work it is. */
	readonly transform: string;
}

/** One file's outcome. */
export interface FileReport {
	/** Relative to the migrated root, with `/` separators. */
	readonly path: string;
	readonly changed: boolean;
	readonly todos: readonly MigrationTodo[];
}

/** A file the migration left alone, and why (a symbolic link that leads out of the folder, …). */
export interface SkippedFile {
	/** Relative to the migrated root, with `/` separators. */
	readonly path: string;
	readonly reason: string;
}

/** The report `--report file.json` writes. */
export interface MigrationReport {
	readonly files: readonly FileReport[];
	/** What a maintainer needs to know about the project as a whole (dependencies, Node version, missing typings). */
	readonly notes: readonly string[];
	/** Files found in the project but neither read for rewriting nor written. */
	readonly skipped: readonly SkippedFile[];
	readonly summary: {
		readonly files: number;
		readonly changed: number;
		readonly todos: number;
		/** Todos by the transform that left them: the manual work left, by kind. */
		readonly todosByTransform: Readonly<Record<string, number>>;
	};
}
