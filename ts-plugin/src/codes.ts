import type ts from 'typescript';

/** Every diagnostic the plugin reports has this `source`. */
export const DIAGNOSTIC_SOURCE = 'ovenjs';

/** The code of a finding the table below does not know yet (a newer `@ovenjs/analysis`). */
export const UNKNOWN_FINDING_CODE = 93000;

/**
 * Finding code → the diagnostic code the editor shows (`ts(93001)`…). Stable: a number
 * is never reused or renumbered, since users may filter on it. Blocks of ten per check.
 */
export const DiagnosticCodes = {
	'embed-text-too-long': 93001,
	'embed-too-many-fields': 93002,
	'message-too-many-embeds': 93003,
	'embed-total-too-long': 93004,
	'component-text-too-long': 93010,
	'component-text-empty': 93011,
	'row-too-many-components': 93012,
	'select-too-many-options': 93013,
	'modal-too-many-components': 93014,
	'message-too-many-rows': 93015,
	'message-too-many-components': 93016,
	'command-name-invalid': 93020,
	'command-name-uppercase': 93021,
	'command-description-length': 93022,
	'command-too-many-options': 93023,
	'command-required-after-optional': 93024,
	'command-too-many-choices': 93025,
	'command-choices-with-autocomplete': 93026,
	'snowflake-precision': 93030,
	'missing-intent': 93040,
	'missing-message-content-intent': 93041,
	'slow-work-before-acknowledge': 93050,
	'floating-interaction-response': 93051,
	'hardcoded-secret': 93060,
	'ephemeral-option': 93070,
	'v13-name': 93071,
	'v13-message-event': 93072,
	'per-message-delete': 93080,
	'per-role-edit': 93081,
} as const satisfies Record<string, number>;

/** Every code the plugin may report, including {@link UNKNOWN_FINDING_CODE}. */
export const ALL_DIAGNOSTIC_CODES: readonly number[] = [UNKNOWN_FINDING_CODE, ...Object.values(DiagnosticCodes)];

/** The numeric code of a finding code. */
export function diagnosticCode(code: string): number {
	return (DiagnosticCodes as Record<string, number>)[code] ?? UNKNOWN_FINDING_CODE;
}

// Discord rejects the request (limits, command rules), the value is wrong (precision) or a
// secret leaks: errors. The rest is code that runs but misbehaves: warnings.
const WARNINGS: ReadonlySet<string> = new Set([
	'missing-intent',
	'missing-message-content-intent',
	'slow-work-before-acknowledge',
	'floating-interaction-response',
	'ephemeral-option',
	'v13-name',
	'v13-message-event',
	'per-message-delete',
	'per-role-edit',
]);

/** The category a finding is shown with. */
export function diagnosticCategory(t: typeof ts, code: string): ts.DiagnosticCategory {
	return WARNINGS.has(code) ? t.DiagnosticCategory.Warning : t.DiagnosticCategory.Error;
}
