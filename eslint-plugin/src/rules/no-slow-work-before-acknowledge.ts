import { findSlowWorkBeforeAcknowledge, AcknowledgeMessages, type AcknowledgeFindingCode } from '@ovenjs/analysis';
import ts from 'typescript';
import { createRule } from '../_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile, type SUGGESTION_ID } from '../_findings.js';

/** The message ids of `no-slow-work-before-acknowledge`. */
export type MessageIds = AcknowledgeFindingCode | typeof SUGGESTION_ID;
/** `no-slow-work-before-acknowledge` takes no options. */
export type Options = [];

/**
 * Disallow awaiting other work before an interaction is answered or deferred (Discord allows 3 seconds).
 * The checks live in `@ovenjs/analysis` so the tsserver plugin reports the same problems while typing.
 */
export const noSlowWorkBeforeAcknowledge = createRule<Options, MessageIds>({
	name: 'no-slow-work-before-acknowledge',
	meta: {
		type: 'problem',
		hasSuggestions: true,
		docs: { description: 'Disallow awaiting other work before an interaction is answered or deferred.', recommended: true },
		messages: { ...eslintMessages(AcknowledgeMessages), ...suggestionMessage },
		schema: [],
	},
	defaultOptions: [],
	create(context) {
		return {
			Program(): void {
				reportFindings(context, findSlowWorkBeforeAcknowledge(ts, tsSourceFile(context)));
			},
		};
	},
});

export default noSlowWorkBeforeAcknowledge;
