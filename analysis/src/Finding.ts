import type ts from 'typescript';

/** A text replacement, in character offsets of the file the finding belongs to. */
export interface TextEdit {
	/** Offset of the first replaced character. */
	readonly start: number;
	/** Offset just past the last replaced character; equal to `start` for an insertion. */
	readonly end: number;
	/** The new text. */
	readonly text: string;
}

/** A change the user may apply: `safe` ones may run as autofixes, others only as suggestions. */
export interface FindingFix {
	/** What the change does, for a code action's title. */
	readonly description: string;
	/** The edits, non-overlapping. */
	readonly edits: readonly TextEdit[];
	/** Whether the change keeps the program's meaning for sure (lint `--fix` may apply it). */
	readonly safe: boolean;
}

/**
 * One problem the analysis found, as plain data so that every tool (lint rule, tsserver
 * plugin, language server) formats and positions it its own way.
 */
export interface Finding<Code extends string = string> {
	/** Stable identifier of the kind of problem, e.g. `embed-title-too-long`. */
	readonly code: Code;
	/** A complete English sentence that says what is wrong and what to do. */
	readonly message: string;
	/** The node the problem is reported on. */
	readonly node: ts.Node;
	/** Offset where the reported range starts (leading trivia excluded). */
	readonly start: number;
	/** Offset where the reported range ends. */
	readonly end: number;
	/** Values the message was built from, for tools that word it themselves. */
	readonly data: Readonly<Record<string, string | number>>;
	/** Fixes, if any. */
	readonly fixes?: readonly FindingFix[];
}

/** Builds a {@link Finding} spanning `node`. */
export function finding<Code extends string>(
	node: ts.Node,
	code: Code,
	message: string,
	data: Readonly<Record<string, string | number>> = {},
	fixes?: readonly FindingFix[],
): Finding<Code> {
	const base = { code, message, node, start: node.getStart(), end: node.getEnd(), data };
	return fixes === undefined ? base : { ...base, fixes };
}

/** Replaces `{name}` placeholders with `data`'s values. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
