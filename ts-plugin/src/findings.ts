import type ts from 'typescript';
import {
	findCommandProblems,
	findComponentProblems,
	findDeprecatedApi,
	findEmbedProblems,
	findFloatingResponses,
	findHardcodedSecrets,
	findMissingIntents,
	findPerItemRequests,
	findSlowWorkBeforeAcknowledge,
	findSnowflakePrecision,
	type Finding,
} from '@ovenjs/analysis';

/** One check of the analysis core, run over a file. */
export interface Check {
	readonly name: string;
	readonly run: (t: typeof ts, file: ts.SourceFile, checker: ts.TypeChecker | undefined) => readonly Finding[];
	/** Runs on every file; the others only on files that {@link mentionsDiscord}. */
	readonly anyFile?: boolean;
}

// Words every file with a Discord construct contains: an import of a Discord library, or the payload and API names the checks read.
const DISCORD_WORDS =
	/discord|ovenjs|embed|component|custom_?id|intent|interaction|command|client|permission|message|role|member|guild|channel/i;

/**
 * Whether a file may hold a Discord construct. Files that do not (utilities, types, tests of
 * other code) skip the Discord checks: a text test is far cheaper than ten walks of the tree.
 */
export function mentionsDiscord(file: ts.SourceFile): boolean {
	return DISCORD_WORDS.test(file.text);
}

/** Every check of `@ovenjs/analysis`: the same problems the lint rules report. */
export const CHECKS: readonly Check[] = [
	{ name: 'embed-limits', run: (t, file) => findEmbedProblems(t, file) },
	{ name: 'component-limits', run: (t, file) => findComponentProblems(t, file) },
	{ name: 'valid-command', run: (t, file) => findCommandProblems(t, file) },
	{ name: 'snowflake-precision', run: (t, file) => findSnowflakePrecision(t, file), anyFile: true },
	{ name: 'require-intents', run: (t, file) => findMissingIntents(t, file) },
	{ name: 'no-slow-work-before-acknowledge', run: (t, file) => findSlowWorkBeforeAcknowledge(t, file) },
	{ name: 'no-floating-interaction-response', run: (t, file, checker) => findFloatingResponses(t, file, checker) },
	{ name: 'no-hardcoded-token', run: (t, file) => findHardcodedSecrets(t, file), anyFile: true },
	{ name: 'no-deprecated-discord-api', run: (t, file) => findDeprecatedApi(t, file) },
	{ name: 'prefer-bulk-operations', run: (t, file) => findPerItemRequests(t, file) },
];

/**
 * Runs `checks` over a file (only the `anyFile` ones when it does not {@link mentionsDiscord}). A check that throws is reported through `onError` and skipped,
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
	const discord = mentionsDiscord(file);
	for (const check of checks) {
		if (!discord && check.anyFile !== true) continue;
		try {
			out.push(...check.run(t, file, checker));
		} catch (error) {
			onError(check.name, error);
		}
	}
	return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
