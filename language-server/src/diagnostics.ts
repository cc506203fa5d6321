import type { Finding } from '@ovenjs/analysis';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { rangeOf } from './_positions.js';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'ovenjs';

/**
 * Finding codes shown as warnings: code that runs but misbehaves. The rest (Discord rejects
 * the request, a value is wrong, a secret leaks) are errors. Same split as the ts-plugin.
 */
export const WARNING_CODES: ReadonlySet<string> = new Set([
	'missing-intent',
	'missing-message-content-intent',
	'slow-work-before-acknowledge',
	'floating-interaction-response',
	'ephemeral-option',
	'v13-name',
	'v13-message-event',
	'per-message-delete',
	'per-role-edit',
	'command-not-registered',
	'command-not-handled',
	'custom-id-not-handled',
	'custom-id-not-produced',
]);

/**
 * A finding as an LSP diagnostic: the finding's code (`embed-text-too-long`) as `code`,
 * `ovenjs` as `source`, and the finding's data (with its fixes) as `data` for code actions.
 */
export function toDiagnostic(finding: Finding): Diagnostic {
	const file = finding.node.getSourceFile();
	return {
		range: rangeOf(file, finding.start, finding.end),
		severity: WARNING_CODES.has(finding.code) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
		code: finding.code,
		source: DIAGNOSTIC_SOURCE,
		message: finding.message,
		data: { ...finding.data, ...(finding.fixes === undefined ? {} : { fixes: finding.fixes }) },
	};
}
