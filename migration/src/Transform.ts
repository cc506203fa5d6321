import type { Node, SourceFile } from 'ts-morph';
import type { EquivalentsTable } from './equivalents/DiscordJsEquivalent.js';
import type { ProjectInfo } from './project/ProjectInfo.js';
import type { FileTypes } from './types/ProjectTypes.js';

/** Which discord.js the project uses; `v13` turns on the v13-only renames. */
export type DiscordJsVersion = 'v13' | 'v14';

/** What a transform gets besides the file. */
export interface TransformContext {
	readonly from: DiscordJsVersion;
	/** The bot as a whole: module type, discord.js version, frameworks. */
	readonly project: ProjectInfo;
	/** The discord.js → OvenJS equivalents every rewrite of a member is driven by. */
	readonly equivalents: EquivalentsTable;
	/** The discord.js types of this file's member accesses, from the type checker (read before any transform ran). */
	readonly types: FileTypes;
	/** Leaves `message` for a person at `node` (a `// oven-migrate:` comment and a report entry). */
	todo(node: Node, message: string): void;
	/**
	 * The identifier to write for OvenJS's export `name` in this file: `name`, or `ovenName` when
	 * the file declares `name` itself. The `imports` transform imports exactly what was asked for.
	 */
	ovenName(name: string): string;
	/** What the transforms wrote from OvenJS so far in this file: export name → local identifier. */
	readonly introduced: ReadonlyMap<string, string>;
}

/**
 * One migration step, one file under `transforms/`: it rewrites what it recognises in place
 * and calls `todo` for what it recognises but cannot rewrite safely.
 */
export interface Transform {
	/** Short kebab-case id, shown in reports and tests. */
	readonly name: string;
	/** What it rewrites, in one sentence. */
	readonly description: string;
	apply(file: SourceFile, context: TransformContext): void;
}
