import { realpath, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Node, type SourceFile } from 'ts-morph';
import { assertCleanTree } from './_gitGuard.js';
import { isMigratable, loadProject, reportPath } from './_loadProject.js';
import { MigrationError } from './MigrationError.js';
import type { FileReport, MigrationReport, MigrationTodo } from './MigrationReport.js';
import type { ProgressListener } from './progress.js';
import type { DiscordJsVersion, Transform } from './Transform.js';
import { transforms as defaultTransforms } from './transforms/index.js';
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
	/** Write even into a git tree with uncommitted changes. */
	readonly force?: boolean;
	/** The discord.js major the bot is written for. Default `v14`. */
	readonly from?: DiscordJsVersion;
	/** Called after each file. */
	readonly onProgress?: ProgressListener;
	/** The steps to run, in order. Default every transform under `transforms/`. */
	readonly transforms?: readonly Transform[];
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
	/** Running the transforms and placing the todo comments. */
	readonly transformMs: number;
	/** The part of `transformMs` each transform took, by its name. */
	readonly byTransform: Readonly<Record<string, number>>;
	/** Computing the unified diffs. */
	readonly diffMs: number;
	/** Writing the changed files (0 on a dry run). */
	readonly writeMs: number;
}

/** The statement a todo comment goes above: the outermost ancestor still inside the same block. */
function anchorOf(node: Node): Node {
	let current = node;
	for (let parent = current.getParent(); parent !== undefined; parent = current.getParent()) {
		if (
			Node.isBlock(parent) ||
			Node.isSourceFile(parent) ||
			Node.isCaseClause(parent) ||
			Node.isDefaultClause(parent) ||
			Node.isModuleBlock(parent)
		)
			break;
		current = parent;
	}
	return current;
}

interface Pending {
	readonly node: Node;
	readonly message: string;
}

/** Where each todo's anchor starts, or -1 when an edit removed it. */
function startsOf(pending: readonly Pending[]): number[] {
	return pending.map((todo) => (todo.node.wasForgotten() ? -1 : todo.node.getStart()));
}

/** The todos again, anchored on fresh nodes found at `starts` (after every node was forgotten); removed ones are dropped. */
function refind(file: SourceFile, pending: readonly Pending[], starts: readonly number[]): Pending[] {
	const found: Pending[] = [];
	pending.forEach((todo, i) => {
		const start = starts[i] ?? -1;
		const node = start < 0 ? undefined : file.getDescendantAtPos(start);
		if (node !== undefined) found.push({ node: anchorOf(node), message: todo.message });
	});
	return found;
}

function migrateFile(
	file: SourceFile,
	from: DiscordJsVersion,
	steps: readonly Transform[],
	stepMs: Record<string, number>,
): MigrationTodo[] {
	let pending: Pending[] = [];
	for (const step of steps) {
		const stepStart = performance.now();
		const before = file.getFullText();
		const starts = startsOf(pending);
		try {
			step.apply(file, { from, todo: (node, message) => pending.push({ node: anchorOf(node), message }) });
		} catch (error) {
			// One odd file must not stop the run: undo this step's edits (which forgets every node,
			// so earlier todos are found again by position) and say so at the top of the file.
			file.replaceWithText(before);
			pending = refind(file, pending.slice(0, starts.length), starts);
			const first = file.getStatements()[0];
			const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
			if (first !== undefined)
				pending.push({
					node: first,
					message: `transform '${step.name}' failed on this file and was skipped (${reason}); migrate what it covers by hand.`,
				});
		}
		stepMs[step.name] = (stepMs[step.name] ?? 0) + performance.now() - stepStart;
	}
	// Insert from the bottom up so earlier positions stay valid, on the text (one re-parse, not one
	// per comment); then read back the lines.
	const marks = pending
		.filter((todo) => !todo.node.wasForgotten())
		.map((todo) => ({ position: todo.node.getStart(), message: todo.message }))
		.sort((a, b) => b.position - a.position);
	let after = file.getFullText();
	for (const mark of marks) {
		const line = after.lastIndexOf('\n', mark.position - 1) + 1;
		const indent = /^[\t ]*/.exec(after.slice(line))?.[0] ?? '';
		// ts-morph's writer, which insertText used, wrote line breaks as '\n'.
		after = `${after.slice(0, line)}${indent}// oven-migrate: ${mark.message.replace(/\r\n/g, '\n')}\n${after.slice(line)}`;
	}
	// A plain text replacement: no re-mapping of wrapped nodes, no indentation lookup (a re-parse).
	if (marks.length > 0) file.applyTextChanges([{ span: { start: 0, length: file.getFullWidth() }, newText: after }]);
	const todos: MigrationTodo[] = [];
	after.split('\n').forEach((text, index) => {
		const match = /\/\/ oven-migrate: (.*)$/.exec(text);
		if (match?.[1] !== undefined) todos.push({ line: index + 1, message: match[1] });
	});
	return todos;
}

/**
 * Migrates a discord.js v13/v14 bot to OvenJS: every transform over every source file under
 * `root`; a dry run unless `write`. What cannot be migrated safely is marked in the code with
 * `// oven-migrate:` and listed in the report.
 */
export async function migrate(options: MigrateOptions): Promise<MigrationResult> {
	const from = options.from ?? 'v14';
	if (from !== 'v13' && from !== 'v14')
		throw new MigrationError('MIGRATE_INVALID_OPTION', `from must be 'v13' or 'v14', got ${JSON.stringify(from)}.`);
	const root = resolve(options.root);
	const started = performance.now();
	const { files, skipped } = loadProject(root);
	const loadMs = performance.now() - started;
	let transformMs = 0;
	let diffMs = 0;
	const byTransform: Record<string, number> = {};
	if (options.write === true && options.force !== true) await assertCleanTree(root);
	const steps = options.transforms ?? defaultTransforms;
	const results: MigratedFile[] = [];
	for (const [index, { file }] of files.entries()) {
		const path = reportPath(root, file.getFilePath());
		const before = file.getFullText();
		const transformStart = performance.now();
		const todos = migrateFile(file, from, steps, byTransform);
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
		timings: { loadMs, transformMs, byTransform, diffMs, writeMs: options.write === true ? performance.now() - writeStart : 0 },
		summary: {
			files: results.length,
			changed: results.filter((r) => r.changed).length,
			todos: results.reduce((n, r) => n + r.todos.length, 0),
		},
	};
}

/** The report part of a result, in the documented JSON shape. */
export function toReport(result: MigrationReport): MigrationReport {
	return {
		files: result.files.map(({ path, changed, todos }) => ({ path, changed, todos })),
		skipped: result.skipped,
		summary: result.summary,
	};
}
