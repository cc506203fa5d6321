import type ts from 'typescript';
import {
	findCommandProblems, findComponentProblems, findDeprecatedApi, findEmbedProblems, findFloatingResponses, findHardcodedSecrets,
	findMissingIntents, findPerItemRequests, findSlowWorkBeforeAcknowledge, findSnowflakePrecision, type Finding,
} from '@ovenjs/analysis';

/** One check of the analysis core, run over a file. */
export interface Check {
	readonly name: string;
	readonly run: (t: typeof ts, file: ts.SourceFile, checker: ts.TypeChecker | undefined) => readonly Finding[];
}

/** Every check of `@ovenjs/analysis`: the same problems the lint rules report. */
export const CHECKS: readonly Check[] = [
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
 * Runs `checks` over a file. A check that throws is reported through `onError` and skipped,
 * so one broken check never hides the others' findings.
 */
export function runChecks(
	t: typeof ts,
	file: ts.SourceFile,
	checker: ts.TypeChecker | undefined,
	checks: readonly Check[],
	onError: (check: string, error: unknown) => void,
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
