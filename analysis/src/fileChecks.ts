import type ts from 'typescript';
import { findSlowWorkBeforeAcknowledge } from './checkAcknowledge.js';
import { findPerItemRequests } from './checkBulkOperations.js';
import { findCommandProblems } from './checkCommand.js';
import { findComponentProblems } from './checkComponents.js';
import { findDeprecatedApi } from './checkDeprecated.js';
import { findEmbedProblems } from './checkEmbed.js';
import { findFloatingResponses } from './checkFloatingResponse.js';
import { findHardcodedSecrets } from './checkHardcodedSecret.js';
import { findMissingIntents } from './checkIntents.js';
import { findSnowflakePrecision } from './checkSnowflakePrecision.js';
import type { Finding } from './Finding.js';

/** One whole-file check of the analysis core, named after the lint rule that reports it. */
export interface FileCheck {
	readonly name: string;
	readonly run: (t: typeof ts, file: ts.SourceFile, checker: ts.TypeChecker | undefined) => readonly Finding[];
}

/** Every whole-file check: the problems the lint rules, the tsserver plugin and the language server report. */
export const FILE_CHECKS: readonly FileCheck[] = [
	{ name: 'embed-limits', run: (t, file) => findEmbedProblems(t, file) },
	{ name: 'component-limits', run: (t, file) => findComponentProblems(t, file) },
	{ name: 'valid-command', run: (t, file) => findCommandProblems(t, file) },
	{ name: 'snowflake-precision', run: (t, file) => findSnowflakePrecision(t, file) },
	{ name: 'require-intents', run: (t, file) => findMissingIntents(t, file) },
	{ name: 'no-slow-work-before-acknowledge', run: (t, file) => findSlowWorkBeforeAcknowledge(t, file) },
	{ name: 'no-floating-interaction-response', run: (t, file, checker) => findFloatingResponses(t, file, checker) },
	{ name: 'no-hardcoded-token', run: (t, file) => findHardcodedSecrets(t, file) },
	{ name: 'no-deprecated-discord-api', run: (t, file) => findDeprecatedApi(t, file) },
	{ name: 'prefer-bulk-operations', run: (t, file) => findPerItemRequests(t, file) },
];

/**
 * Runs `checks` over a file, sorted by position. A check that throws is reported through
 * `onError` and skipped, so one broken check never hides the others' findings.
 */
export function runFileChecks(
	t: typeof ts,
	file: ts.SourceFile,
	checker: ts.TypeChecker | undefined,
	onError: (check: string, error: unknown) => void,
	checks: readonly FileCheck[] = FILE_CHECKS,
): Finding[] {
	const out: Finding[] = [];
	for (const check of checks) {
		try {
			out.push(...check.run(t, file, checker));
		} catch (error) {
			onError(check.name, error);
		}
	}
	return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
