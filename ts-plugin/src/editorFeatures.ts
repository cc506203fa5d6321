import type ts from 'typescript';
import type { EditorCompletions, EditorHover } from '@ovenjs/analysis';

// Adapters from the analysis's editor answers (plain data) to tsserver's shapes, merged with TypeScript's own.

function interleave(parts: ts.SymbolDisplayPart[]): ts.SymbolDisplayPart[] {
	return parts.flatMap((part, i) => (i === 0 ? [part] : [{ kind: 'lineBreak', text: '\n\n' }, part]));
}

/** TypeScript's quick info with the hover appended, or the hover alone where TypeScript has none. */
export function toQuickInfo(t: typeof ts, hover: EditorHover, prior: ts.QuickInfo | undefined): ts.QuickInfo {
	const documentation = interleave(hover.documentation.map((text) => ({ kind: 'text', text })));
	if (prior !== undefined) {
		const separator = prior.documentation !== undefined && prior.documentation.length > 0 ? [{ kind: 'lineBreak', text: '\n\n' }] : [];
		return {
			...prior,
			documentation: [
				...(prior.documentation ?? []),
				...separator,
				{ kind: 'text', text: hover.title },
				{ kind: 'lineBreak', text: '\n\n' },
				...documentation,
			],
		};
	}
	return {
		kind: t.ScriptElementKind.string,
		kindModifiers: '',
		textSpan: { start: hover.start, length: hover.end - hover.start },
		displayParts: [{ kind: 'text', text: hover.title }],
		documentation,
		tags: [],
	};
}

/**
 * TypeScript's completions with ours: its entries that we know get our note (and sink when
 * demoted); for `extend` answers, or when TypeScript has no entries, our names it lacks are added.
 */
export function toCompletionInfo(t: typeof ts, ours: EditorCompletions, prior: ts.CompletionInfo | undefined): ts.CompletionInfo {
	const byName = new Map(ours.items.map((item) => [item.name, item]));
	const priorEntries = (prior?.entries ?? []).map((entry): ts.CompletionEntry => {
		const item = byName.get(entry.name);
		if (item?.detail === undefined) return entry;
		return { ...entry, labelDetails: { description: item.detail }, ...(item.demoted ? { sortText: `z${entry.sortText}` } : {}) };
	});
	const known = new Set(priorEntries.map((entry) => entry.name));
	const addAll = ours.whenHostKnows === 'extend' || priorEntries.length === 0;
	const added = addAll
		? ours.items
				.filter((item) => !known.has(item.name))
				.map((item): ts.CompletionEntry => ({
					name: item.name,
					kind: ours.style === 'string' ? t.ScriptElementKind.string : t.ScriptElementKind.memberVariableElement,
					kindModifiers: '',
					sortText: item.demoted ? '12' : '11',
					replacementSpan: { start: ours.start, length: ours.length },
					...(item.detail === undefined ? {} : { labelDetails: { description: item.detail } }),
				}))
		: [];
	return {
		isGlobalCompletion: false,
		isMemberCompletion: ours.style === 'member',
		isNewIdentifierLocation: ours.style === 'string',
		...prior,
		entries: [...priorEntries, ...added],
	};
}
