import { realpath, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assertCleanTree } from './_gitGuard.js';
import { isMigratable, loadProject, reportPath } from './_loadProject.js';
import { migrateFile } from './_migrateFile.js';
import type { EquivalentsTable } from './equivalents/DiscordJsEquivalent.js';
import { equivalents as defaultEquivalents } from './equivalents/index.js';
import { MigrationError } from './MigrationError.js';
import type { FileReport, MigrationReport } from './MigrationReport.js';
import { clientAllowedMentions } from './project/clientAllowedMentions.js';
import { detectProject } from './project/detectProject.js';
import { projectNotes } from './project/projectNotes.js';
import type { ProgressListener } from './progress.js';
import type { DiscordJsVersion, Transform } from './Transform.js';
import { transforms as defaultTransforms } from './transforms/index.js';
import { ProjectTypes } from './types/ProjectTypes.js';
import { unifiedDiff } from './unifiedDiff.js';

/** Options of {@link migrate}. */
export interface MigrateOptions {
	/**
	 * The bot's folder. Nothing outside it, and nothing under node_modules, is read for rewriting
	 * or written, also through a symbolic link (those are listed in the report's `skipped`).
	 */
	readonly root: string;
	/** Rewrite files in place. Default false: a dry run. */
	readonly write?: boolean;
	/** Write even into a git tree with uncommitted changes, and migrate a bot built on a framework over discord.js. */
	readonly force?: boolean;
	/** The discord.js major the bot is written for. Default: the installed one, else the one package.json asks for, else `v14`. */
	readonly from?: DiscordJsVersion;
	/** Called after each file. */
	readonly onProgress?: ProgressListener;
	/** The steps to run, in order. Default every transform under `transforms/`. */
	readonly transforms?: readonly Transform[];
	/** The discord.js → OvenJS equivalents the rewrites follow. Default {@link equivalents}. */
	readonly equivalents?: EquivalentsTable;
}

/** A file's outcome, with both texts for diffs. */
export interface MigratedFile extends FileReport {
	readonly before: string;
	readonly after: string;
	/** `diff -u` of before → after, empty when unchanged. */
	readonly diff: string;
}

/** What {@link migrate} returns: the report plus each file's texts. */
export interface MigrationResult extends MigrationReport {
	readonly files: readonly MigratedFile[];
	/** Whether the files were written. */
	readonly written: boolean;
	/** Where the time went, in milliseconds. */
	readonly timings: MigrationTimings;
}

/** Wall time of each phase of a {@link migrate} run, in milliseconds. */
export interface MigrationTimings {
	/** Finding and parsing the project's files. */
	readonly loadMs: number;
	/** Building the type checker's program over them (discord.js typings included). */
	readonly typesMs: number;
	/** Running the transforms and placing the todo comments. */
	readonly transformMs: number;
	/** The part of `transformMs` each transform took, by its name. */
	readonly byTransform: Readonly<Record<string, number>>;
	/** Computing the unified diffs. */
	readonly diffMs: number;
	/** Writing the changed files (0 on a dry run). */
	readonly writeMs: number;
}

/**
 * Migrates a discord.js v13/v14 bot to OvenJS: every transform over every source file under
 * `root`; a dry run unless `write`. What cannot be migrated safely is marked in the code with
 * `// oven-migrate:` and listed in the report.
 */
export async function migrate(options: MigrateOptions): Promise<MigrationResult> {
	if (options.from !== undefined && options.from !== 'v13' && options.from !== 'v14')
		throw new MigrationError('MIGRATE_INVALID_OPTION', `from must be 'v13' or 'v14', got ${JSON.stringify(options.from)}.`);
	const root = resolve(options.root);
	const started = performance.now();
	const { project: morph, files, skipped } = loadProject(root);
	const sourceFiles = files.map(({ file }) => file);
	const detected = detectProject(root, new Map(sourceFiles.map((file) => [file.getFilePath() as string, file.getFullText()])));
	const allowedMentions = clientAllowedMentions(sourceFiles);
	const project = allowedMentions === undefined ? detected : { ...detected, allowedMentions };
	const [framework] = project.frameworks;
	if (framework !== undefined && options.force !== true)
		throw new MigrationError(
			'MIGRATE_FRAMEWORK',
			`This bot is built on ${framework.framework.name} (${framework.packageName}, found in ${framework.evidence}), which wraps discord.js: its commands, listeners and client are the framework's classes, and rewriting their discord.js calls alone would break them. Moving it to OvenJS takes ${framework.framework.migration}. Pass --force to rewrite the plain discord.js parts anyway.`,
		);
	const from = options.from ?? project.from;
	const loadMs = performance.now() - started;
	const typesStart = performance.now();
	const types = ProjectTypes.create(sourceFiles, morph.getCompilerOptions(), from);
	const typesMs = performance.now() - typesStart;
	let transformMs = 0;
	let diffMs = 0;
	const byTransform: Record<string, number> = {};
	if (options.write === true && options.force !== true) await assertCleanTree(root);
	const steps = options.transforms ?? defaultTransforms;
	const equivalents = options.equivalents ?? defaultEquivalents;
	const results: MigratedFile[] = [];
	// Every file as it was, read before any transform runs: a rename in one file (a Client subclass's member) edits others.
	const originals = files.map(({ file }) => file.getFullText());
	for (const [index, { file }] of files.entries()) {
		const path = reportPath(root, file.getFilePath());
		const before = originals[index] ?? file.getFullText();
		const transformStart = performance.now();
		const todos = migrateFile(file, { from, project, equivalents, types: types.forFile(file), steps, stepMs: byTransform });
		const after = file.getFullText();
		// Done with this file: free its wrapped nodes (memory, and so garbage-collection time).
		file.forgetDescendants();
		const diffStart = performance.now();
		const diff = unifiedDiff(path, before, after);
		diffMs += performance.now() - diffStart;
		transformMs += diffStart - transformStart;
		results.push({ path, changed: after !== before, todos, before, after, diff });
		options.onProgress?.(index + 1, files.length, path);
	}
	// A file migrated before another file's transform edited it (a rename) is read again.
	for (const [index, { file }] of files.entries()) {
		const result = results[index];
		const after = file.getFullText();
		if (result === undefined || after === result.after) continue;
		results[index] = { ...result, changed: after !== result.before, after, diff: unifiedDiff(result.path, result.before, after) };
	}
	const writeStart = performance.now();
	if (options.write === true) {
		const realRoot = await realpath(root);
		for (const [index, result] of results.entries()) {
			if (!result.changed) continue;
			// Resolved again: a link swapped in since loading must not redirect the write.
			const target = await realpath(files[index]?.realPath ?? resolve(root, result.path));
			if (!isMigratable(realRoot, target))
				throw new MigrationError('MIGRATE_OUTSIDE_ROOT', `Refusing to write ${target}: it is outside ${root} or under node_modules.`);
			await writeFile(target, result.after);
		}
	}
	return {
		files: results,
		skipped,
		written: options.write === true,
		notes: projectNotes(project, types.available, results),
		timings: { loadMs, typesMs, transformMs, byTransform, diffMs, writeMs: options.write === true ? performance.now() - writeStart : 0 },
		summary: {
			files: results.length,
			changed: results.filter((r) => r.changed).length,
			todos: results.reduce((n, r) => n + r.todos.length, 0),
			todosByTransform: countByTransform(results),
		},
	};
}

function countByTransform(files: readonly FileReport[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const file of files) for (const todo of file.todos) counts[todo.transform] = (counts[todo.transform] ?? 0) + 1;
	return counts;
}

/** The report part of a result, in the documented JSON shape. */
export function toReport(result: MigrationReport): MigrationReport {
	return {
		files: result.files.map(({ path, changed, todos }) => ({ path, changed, todos })),
		notes: result.notes,
		skipped: result.skipped,
		summary: result.summary,
	};
}
