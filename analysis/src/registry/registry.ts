import { CHECKS } from '../checks/index.js';
import type { CheckSeverity } from './CheckDefinition.js';
import { PROJECT_CHECKS } from './projectChecks.js';

/** The id of a per-file check: a lint rule name and an editor setting. */
export type CheckId = (typeof CHECKS)[number]['id'];

/** The id of any check, per-file or project-wide. */
export type AnyCheckId = CheckId | (typeof PROJECT_CHECKS)[number]['id'];

/** What a user may set a check to (`ovenjs.checks.<id>`): off, or shown with that severity. */
export type CheckSetting = 'off' | CheckSeverity;

/** The editor code for a finding code none of the rows knows (a finding of a newer release). */
export const UNKNOWN_FINDING_CODE = 93000;

interface RowOfCode {
	readonly id: AnyCheckId;
	readonly severity: CheckSeverity;
	readonly code: number;
}

const byFindingCode = new Map<string, RowOfCode>();
for (const row of [...CHECKS, ...PROJECT_CHECKS]) {
	for (const [findingCode, code] of Object.entries(row.codes) as [string, number][]) {
		byFindingCode.set(findingCode, { id: row.id, severity: row.severity, code });
	}
}

/** The check (row) a finding code belongs to, with its editor code and default severity. */
export function checkOfFinding(findingCode: string): RowOfCode | undefined {
	return byFindingCode.get(findingCode);
}

/** The editor code (`ts(93001)`) of a finding code; {@link UNKNOWN_FINDING_CODE} for one the registry does not know. */
export function editorCode(findingCode: string): number {
	return byFindingCode.get(findingCode)?.code ?? UNKNOWN_FINDING_CODE;
}

/** Every editor code the registry may report, {@link UNKNOWN_FINDING_CODE} included. */
export const EDITOR_CODES: readonly number[] = [UNKNOWN_FINDING_CODE, ...[...byFindingCode.values()].map((row) => row.code)];

/**
 * The severity a finding is shown with under `settings` (check id → setting): the user's
 * setting when there is one, the row's default otherwise; `off` hides it.
 */
export function severityOf(findingCode: string, settings: Readonly<Record<string, CheckSetting>> = {}): CheckSetting {
	const row = byFindingCode.get(findingCode);
	if (row === undefined) return 'warning';
	return settings[row.id] ?? row.severity;
}

/**
 * Reads check settings from untrusted input (an editor's configuration, LSP
 * `initializationOptions`, a tsserver plugin config): `{ "<id>": "off" | "warning" | "error" }`.
 * Unknown ids and values are dropped, so a typo never turns a check off.
 */
export function readCheckSettings(input: unknown): Record<string, CheckSetting> {
	const out: Record<string, CheckSetting> = {};
	if (typeof input !== 'object' || input === null) return out;
	const ids = new Set<string>([...CHECKS, ...PROJECT_CHECKS].map((row) => row.id));
	for (const [id, value] of Object.entries(input)) {
		if (ids.has(id) && (value === 'off' || value === 'warning' || value === 'error')) out[id] = value;
	}
	return out;
}
