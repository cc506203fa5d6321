import type { Finding, FindingFix } from '@ovenjs/analysis';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

// The TypeScript file of the file being linted, per ESLint source object; rules share it.
const cache = new WeakMap<object, ts.SourceFile>();

/**
 * The TypeScript AST of the file being linted. With `@typescript-eslint/parser` it is the
 * one the parser built (no second parse); with any other parser (plain `.js` under espree)
 * the text is parsed here, so the rules work on JavaScript bots too.
 */
export function tsSourceFile(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ts.SourceFile {
	const source = context.sourceCode;
	const cached = cache.get(source);
	if (cached !== undefined) return cached;
	const map = source.parserServices?.esTreeNodeToTSNodeMap;
	const fromParser = map?.get(source.ast as TSESTree.Node) as ts.Node | undefined;
	let file: ts.SourceFile;
	if (fromParser !== undefined && ts.isSourceFile(fromParser) && fromParser.text === source.text) {
		file = fromParser;
	} else {
		const kind = /\.[cm]?tsx?$/.test(context.filename)
			? context.filename.endsWith('x')
				? ts.ScriptKind.TSX
				: ts.ScriptKind.TS
			: ts.ScriptKind.JSX;
		file = ts.createSourceFile(context.filename, source.text, ts.ScriptTarget.Latest, true, kind);
	}
	cache.set(source, file);
	return file;
}

/** Turns the analysis' `{name}` templates into ESLint's `{{ name }}` ones. */
export function eslintMessages<K extends string>(templates: Readonly<Record<K, string>>): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const key of Object.keys(templates) as K[]) out[key] = templates[key].replace(/\{(\w+)\}/g, '{{ $1 }}');
	return out;
}

/** The message id every rule uses for its suggestions; the suggestion's text is the fix's description. */
export const SUGGESTION_ID = 'suggestion';

/** The template of {@link SUGGESTION_ID}. */
export const suggestionMessage = { [SUGGESTION_ID]: '{{ description }}' } as const;

function toFix(fix: FindingFix): TSESLint.ReportFixFunction {
	return (fixer) => fix.edits.map((edit) => fixer.replaceTextRange([edit.start, edit.end], edit.text));
}

/**
 * Reports analysis findings through ESLint: positions from the finding's offsets, safe
 * fixes as autofixes, the others as suggestions.
 */
export function reportFindings<Code extends string>(
	context: Readonly<TSESLint.RuleContext<Code | typeof SUGGESTION_ID, readonly unknown[]>>,
	findings: readonly Finding<Code>[],
): void {
	for (const found of findings) {
		const safe = found.fixes?.find((fix) => fix.safe);
		const suggestions = (found.fixes ?? []).filter((fix) => !fix.safe);
		context.report({
			messageId: found.code,
			data: found.data,
			loc: { start: context.sourceCode.getLocFromIndex(found.start), end: context.sourceCode.getLocFromIndex(found.end) },
			...(safe === undefined ? {} : { fix: toFix(safe) }),
			...(suggestions.length === 0
				? {}
				: {
						suggest: suggestions.map((fix) => ({ messageId: SUGGESTION_ID, data: { description: fix.description }, fix: toFix(fix) })),
					}),
		});
	}
}
