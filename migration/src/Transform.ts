import type { Node, SourceFile } from 'ts-morph';

/** Which discord.js the project uses; `v13` turns on the v13-only renames. */
export type DiscordJsVersion = 'v13' | 'v14';

/** What a transform gets besides the file. */
export interface TransformContext {
	readonly from: DiscordJsVersion;
	/** Leaves `message` for a person at `node` (a `// oven-migrate:` comment and a report entry). */
	todo(node: Node, message: string): void;
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
