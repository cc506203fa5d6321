import type { SourceFile } from 'ts-morph';
import { applyTransforms } from './_migrateFile.js';
import type { EquivalentsTable } from './equivalents/DiscordJsEquivalent.js';
import { equivalents as defaultEquivalents } from './equivalents/index.js';
import type { MigrationTodo } from './MigrationReport.js';
import type { ProjectInfo } from './project/ProjectInfo.js';
import type { DiscordJsVersion, Transform } from './Transform.js';
import { transforms as defaultTransforms } from './transforms/index.js';
import type { FileTypes } from './types/ProjectTypes.js';

/** Options of {@link runTransforms}. */
export interface RunTransformsOptions {
	/** Default every transform, in order. */
	readonly transforms?: readonly Transform[];
	/** Default `v14`. */
	readonly from?: DiscordJsVersion;
	/** Default: a v14 CommonJS bot with no framework. */
	readonly project?: ProjectInfo;
	/** Default {@link equivalents}. */
	readonly equivalents?: EquivalentsTable;
	/** The file's types; default none (no receiver is known to be discord.js's). */
	readonly types?: FileTypes;
}

/**
 * Runs transforms over one ts-morph source file, in place and with one context, as `migrate()`
 * does for each file of a project, but writes no todo comment: the todos are returned, with the
 * line of the statement each would go above. For custom pipelines and tests.
 */
export function runTransforms(file: SourceFile, options: RunTransformsOptions = {}): MigrationTodo[] {
	const from = options.from ?? options.project?.from ?? 'v14';
	const project: ProjectInfo = options.project ?? {
		from,
		installedDiscordJs: undefined,
		moduleType: 'commonjs',
		nodeEngine: undefined,
		frameworks: [],
	};
	const pending = applyTransforms(file, {
		from,
		project,
		equivalents: options.equivalents ?? defaultEquivalents,
		types: options.types ?? { member: () => undefined, receiver: () => undefined, accesses: () => [], embedBuilders: () => [] },
		steps: options.transforms ?? defaultTransforms,
		stepMs: {},
	});
	return pending.map((todo) => ({ line: todo.node.getStartLineNumber(), message: todo.message, transform: todo.transform }));
}
