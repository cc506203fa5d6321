import { performance } from 'node:perf_hooks';
import { Node, type SourceFile } from 'ts-morph';
import type { EquivalentsTable } from './equivalents/DiscordJsEquivalent.js';
import type { MigrationTodo } from './MigrationReport.js';
import type { ProjectInfo } from './project/ProjectInfo.js';
import type { DiscordJsVersion, Transform, TransformContext } from './Transform.js';
import { declaredNames, ovenIdentifier } from './transforms/_discordModules.js';
import type { FileTypes } from './types/ProjectTypes.js';

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

type Pending = PendingTodo;

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
		if (node !== undefined) found.push({ node: anchorOf(node), message: todo.message, transform: todo.transform });
	});
	return found;
}

/** What a file's migration needs besides the file. */
export interface FileMigration {
	readonly from: DiscordJsVersion;
	readonly project: ProjectInfo;
	readonly equivalents: EquivalentsTable;
	readonly types: FileTypes;
	readonly steps: readonly Transform[];
	/** Time per transform, added to. */
	readonly stepMs: Record<string, number>;
}

/** A todo before its comment is written: where, what, and which transform left it. */
export interface PendingTodo {
	readonly node: Node;
	readonly message: string;
	readonly transform: string;
}

/** Runs every step over `file` with one context (so `imports` sees what the others wrote); returns the todos, not yet written. */
export function applyTransforms(file: SourceFile, migration: FileMigration): PendingTodo[] {
	let pending: Pending[] = [];
	const introduced = new Map<string, string>();
	let declared: Set<string> | undefined;
	let current = '';
	const context: TransformContext = {
		from: migration.from,
		project: migration.project,
		equivalents: migration.equivalents,
		types: migration.types,
		introduced,
		todo: (node, message) => pending.push({ node: anchorOf(node), message, transform: current }),
		ovenName(name) {
			declared ??= declaredNames(file);
			const local = ovenIdentifier(declared, name);
			introduced.set(name, local);
			return local;
		},
	};
	for (const step of migration.steps) {
		const stepStart = performance.now();
		const before = file.getFullText();
		const starts = startsOf(pending);
		current = step.name;
		try {
			step.apply(file, context);
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
					transform: step.name,
				});
		}
		migration.stepMs[step.name] = (migration.stepMs[step.name] ?? 0) + performance.now() - stepStart;
	}
	return pending.filter((todo) => !todo.node.wasForgotten());
}

/** Runs every step over `file`, then writes the todo comments; returns the todos with their lines. */
export function migrateFile(file: SourceFile, migration: FileMigration): MigrationTodo[] {
	const pending = applyTransforms(file, migration);
	// Insert from the bottom up so earlier positions stay valid, on the text (one re-parse, not one
	// per comment); then read back the lines.
	const marks = pending
		.map((todo) => ({ position: todo.node.getStart(), message: todo.message, transform: todo.transform }))
		.sort((a, b) => b.position - a.position);
	const sources = new Map<string, string[]>();
	for (const mark of [...marks].reverse()) sources.set(mark.message, [...(sources.get(mark.message) ?? []), mark.transform]);
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
		// Comments a person wrote before keep their place in the report, under no transform.
		if (match?.[1] !== undefined)
			todos.push({ line: index + 1, message: match[1], transform: sources.get(match[1])?.shift() ?? 'earlier' });
	});
	return todos;
}
