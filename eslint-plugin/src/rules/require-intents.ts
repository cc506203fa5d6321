import { findMissingIntents, IntentMessages, type IntentFindingCode } from '@ovenjs/analysis';
import ts from 'typescript';
import { createRule } from '../_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile, type SUGGESTION_ID } from '../_findings.js';

/** The message ids of `require-intents`. */
export type MessageIds = IntentFindingCode | typeof SUGGESTION_ID;
/** `require-intents` takes no options. */
export type Options = [];

/**
 * Require the gateway intent of every listener in the client's intents.
 * The checks live in `@ovenjs/analysis` so the tsserver plugin reports the same problems while typing.
 */
export const requireIntents = createRule<Options, MessageIds>({
	name: 'require-intents',
	meta: {
		type: 'problem',
		docs: { description: "Require the gateway intent of every listener in the client's intents.", recommended: true },
		hasSuggestions: true,
		messages: { ...eslintMessages(IntentMessages), ...suggestionMessage },
		schema: [],
	},
	defaultOptions: [],
	create(context) {
		return {
			Program(): void {
				reportFindings(context, findMissingIntents(ts, tsSourceFile(context)));
			},
		};
	},
});

export default requireIntents;
