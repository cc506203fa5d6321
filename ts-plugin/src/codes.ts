import type ts from 'typescript';
import { EDITOR_CODES, severityOf, type CheckSetting } from '@ovenjs/analysis';

/** Every diagnostic the plugin reports has this `source`. */
export const DIAGNOSTIC_SOURCE = 'ovenjs';

/** The category a finding is shown with under the user's check settings; undefined when its check is off. */
export function diagnosticCategory(
	t: typeof ts,
	findingCode: string,
	settings: Readonly<Record<string, CheckSetting>>,
): ts.DiagnosticCategory | undefined {
	const severity = severityOf(findingCode, settings);
	if (severity === 'off') return undefined;
	return severity === 'warning' ? t.DiagnosticCategory.Warning : t.DiagnosticCategory.Error;
}

// The `ts` modules whose global code-fix table already lists the plugin's codes.
const registered = new WeakSet<object>();

/**
 * Lists the registry's editor codes in TypeScript's global code-fix table. VS Code asks
 * tsserver once, with no file, which error codes have quick fixes (`getSupportedCodeFixes`
 * without arguments reads that global table, not the language service the plugin decorates),
 * and never asks for fixes of any other code: without this, no quick fix of the plugin shows.
 * The registration offers no actions itself; the decorated `getCodeFixesAtPosition` does.
 */
export function registerSupportedCodes(t: typeof ts): void {
	if (registered.has(t)) return;
	registered.add(t);
	const codefix = (t as unknown as { codefix?: { registerCodeFix?: (registration: unknown) => void } }).codefix;
	codefix?.registerCodeFix?.({ errorCodes: [...EDITOR_CODES], getCodeActions: () => [] });
}
