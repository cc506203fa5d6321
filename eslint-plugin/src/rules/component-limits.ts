import { findComponentProblems, ComponentMessages, type ComponentFindingCode } from '@ovenjs/analysis';
import ts from 'typescript';
import { createRule } from '../_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile, type SUGGESTION_ID } from '../_findings.js';

/** The message ids of `component-limits`. */
export type MessageIds = ComponentFindingCode | typeof SUGGESTION_ID;
/** `component-limits` takes no options. */
export type Options = [];

/**
 * Enforce Discord's component limits: custom_id, labels, placeholders, rows, options, modals.
 * The checks live in `@ovenjs/analysis` so the tsserver plugin reports the same problems while typing.
 */
export const componentLimits = createRule<Options, MessageIds>({
	name: 'component-limits',
	meta: {
		type: 'problem',
		docs: { description: "Enforce Discord's component limits: custom_id, labels, placeholders, rows, options, modals.", recommended: true },
		messages: { ...eslintMessages(ComponentMessages), ...suggestionMessage },
		schema: [],
	},
	defaultOptions: [],
	create(context) {
		return {
			Program(): void {
				reportFindings(context, findComponentProblems(ts, tsSourceFile(context)));
			},
		};
	},
});

export default componentLimits;
