import { completionsAt, hoverAt } from '@ovenjs/analysis';
import type ts from 'typescript';
import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover } from 'vscode-languageserver/node';
import { rangeOf } from './_positions.js';

/** Characters after which the client asks for completions: a string opens, a member is accessed. */
export const COMPLETION_TRIGGERS: readonly string[] = [`'`, `"`, '`', '.'];

/**
 * The hover at `offset` in `file` as an LSP hover (plain text: the title, then each
 * paragraph), from the same analysis function the tsserver plugin serves. Null where there is none.
 */
export function hoverFor(t: typeof ts, file: ts.SourceFile, offset: number): Hover | null {
	const hover = hoverAt(t, file, offset);
	if (hover === undefined) return null;
	return {
		contents: { kind: MarkupKind.PlainText, value: [hover.title, ...hover.documentation].join('\n\n') },
		range: rangeOf(file, hover.start, hover.end),
	};
}

/**
 * The completions at `offset` in `file` as LSP items, each replacing what is typed: custom_ids
 * of the project in a handler, permission names, and event names only where the receiver is a
 * Discord client. Empty anywhere else (the server has no completions of its own).
 */
export function completionsFor(
	t: typeof ts,
	file: ts.SourceFile,
	offset: number,
	checker: ts.TypeChecker,
	projectFiles: () => readonly ts.SourceFile[],
): CompletionItem[] {
	const ours = completionsAt(t, file, offset, { checker, projectFiles });
	if (ours === undefined) return [];
	const range = rangeOf(file, ours.start, ours.start + ours.length);
	const kind = ours.style === 'string' ? CompletionItemKind.Value : CompletionItemKind.EnumMember;
	return ours.items.map((item) => ({
		label: item.name,
		kind,
		sortText: `${item.demoted ? '2' : '1'}${item.name}`,
		textEdit: { range, newText: item.name },
		...(item.detail === undefined ? {} : { labelDetails: { description: item.detail }, detail: item.detail }),
	}));
}
