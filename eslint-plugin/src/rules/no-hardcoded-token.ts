import { findHardcodedSecrets, SecretMessages, type SecretFindingCode } from '@ovenjs/analysis';
import ts from 'typescript';
import { createRule } from '../_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile, type SUGGESTION_ID } from '../_findings.js';

/** The message ids of `no-hardcoded-token`. */
export type MessageIds = SecretFindingCode | typeof SUGGESTION_ID;
/** `no-hardcoded-token` takes no options. */
export type Options = [];

/**
 * Disallow Discord bot tokens and webhook URLs written in the source.
 * The checks live in `@ovenjs/analysis` so the tsserver plugin reports the same problems while typing.
 */
export const noHardcodedToken = createRule<Options, MessageIds>({
	name: 'no-hardcoded-token',
	meta: {
		type: 'problem',
		docs: { description: 'Disallow Discord bot tokens and webhook URLs written in the source.', recommended: true },
		messages: { ...eslintMessages(SecretMessages), ...suggestionMessage },
		schema: [],
	},
	defaultOptions: [],
	create(context) {
		return {
			Program(): void {
				reportFindings(context, findHardcodedSecrets(ts, tsSourceFile(context)));
			},
		};
	},
});

export default noHardcodedToken;
