import { editorCode, severityOf, type CheckSetting, type Finding, type FindingFix } from '@ovenjs/analysis';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeOf } from './_positions.js';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'ovenjs';

/** What a published diagnostic carries in `data`: the finding's values, its fixes and its editor code. */
export interface DiagnosticData {
	readonly values: Readonly<Record<string, string | number>>;
	readonly fixes: readonly FindingFix[];
	/** The number the ts-plugin shows (`ts(93001)`), so both hosts name a finding alike. */
	readonly editorCode: number;
}

/**
 * A finding as an LSP diagnostic: the finding's code (`embed-text-too-long`) as `code`,
 * `ovenjs` as `source`, the severity of its check in the registry (or the user's setting),
 * and its values and fixes as `data` for code actions. Undefined when the check is off.
 */
export function toDiagnostic(finding: Finding, settings: Readonly<Record<string, CheckSetting>> = {}): Diagnostic | undefined {
	const severity = severityOf(finding.code, settings);
	if (severity === 'off') return undefined;
	const file = finding.node.getSourceFile();
	const data: DiagnosticData = { values: finding.data, fixes: finding.fixes ?? [], editorCode: editorCode(finding.code) };
	return {
		range: rangeOf(file, finding.start, finding.end),
		severity: severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
		code: finding.code,
		source: DIAGNOSTIC_SOURCE,
		message: finding.message,
		data,
	};
}

function isFix(value: unknown): value is FindingFix {
	if (typeof value !== 'object' || value === null) return false;
	const fix = value as Partial<FindingFix>;
	return (
		typeof fix.description === 'string' &&
		Array.isArray(fix.edits) &&
		fix.edits.every((edit: unknown) => {
			const e = edit as { start?: unknown; end?: unknown; text?: unknown } | null;
			return e !== null && typeof e.start === 'number' && typeof e.end === 'number' && typeof e.text === 'string';
		})
	);
}

/**
 * The quick fixes of the server's own diagnostics in `diagnostics` (an LSP `codeAction`
 * request's context): one action per fix, its edits turned from offsets into ranges of
 * `document`'s current text. Safe fixes are marked preferred.
 */
export function codeActionsFor(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
	const out: CodeAction[] = [];
	for (const diagnostic of diagnostics) {
		if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
		const fixes: unknown = (diagnostic.data as { fixes?: unknown } | undefined)?.fixes;
		if (!Array.isArray(fixes)) continue;
		for (const fix of fixes) {
			if (!isFix(fix)) continue;
			out.push({
				title: fix.description,
				kind: CodeActionKind.QuickFix,
				diagnostics: [diagnostic],
				...(fix.safe ? { isPreferred: true } : {}),
				edit: {
					changes: {
						[document.uri]: fix.edits.map((edit) => ({
							range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
							newText: edit.text,
						})),
					},
				},
			});
		}
	}
	return out;
}
