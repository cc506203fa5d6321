import type ts from 'typescript';
import type { Finding } from '../Finding.js';
import type { CheckContext, CheckDefinition } from './CheckDefinition.js';

// Words every file with a Discord construct contains: an import of a Discord library, or the payload and API names the checks read.
const DISCORD_WORDS =
	/discord|ovenjs|embed|component|custom_?id|intent|interaction|command|client|permission|message|role|member|guild|channel/i;

/**
 * Whether a file may hold a Discord construct. Files that do not (utilities, types, tests of
 * other code) skip the Discord checks: a text test is far cheaper than a walk of the tree.
 */
export function mentionsDiscord(file: ts.SourceFile): boolean {
	return DISCORD_WORDS.test(file.text);
}

/**
 * Runs `checks` over a file, sorted by position; on a file that does not {@link mentionsDiscord}
 * only the `anyFile` ones. A check that throws is reported through `onError` and skipped, so one
 * broken check never hides the others' findings.
 */
export function runChecks(
	t: typeof ts,
	file: ts.SourceFile,
	context: CheckContext,
	checks: readonly Pick<CheckDefinition, 'id' | 'anyFile' | 'run'>[],
	onError: (check: string, error: unknown) => void,
): Finding[] {
	const out: Finding[] = [];
	const discord = mentionsDiscord(file);
	for (const check of checks) {
		if (!discord && !check.anyFile) continue;
		try {
			out.push(...check.run(t, file, context));
		} catch (error) {
			onError(check.id, error);
		}
	}
	return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
