import { findEmbedProblems, EmbedMessages, type EmbedFindingCode } from '@ovenjs/analysis';
import ts from 'typescript';
import { createRule } from '../_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile, type SUGGESTION_ID } from '../_findings.js';

/** The message ids of `embed-limits`. */
export type MessageIds = EmbedFindingCode | typeof SUGGESTION_ID;
/** `embed-limits` takes no options. */
export type Options = [];

/**
 * Enforce Discord's embed limits: text lengths, 25 fields, 10 embeds, the 6,000-character total.
 * The checks live in `@ovenjs/analysis` so the tsserver plugin reports the same problems while typing.
 */
export const embedLimits = createRule<Options, MessageIds>({
	name: 'embed-limits',
	meta: {
		type: 'problem',
		docs: {
			description: "Enforce Discord's embed limits: text lengths, 25 fields, 10 embeds, the 6,000-character total.",
			recommended: true,
		},
		messages: { ...eslintMessages(EmbedMessages), ...suggestionMessage },
		schema: [],
	},
	defaultOptions: [],
	create(context) {
		return {
			Program(): void {
				reportFindings(context, findEmbedProblems(ts, tsSourceFile(context)));
			},
		};
	},
});

export default embedLimits;
