import { findPerItemRequests, BulkMessages, type BulkFindingCode } from '@ovenjs/analysis';
import ts from 'typescript';
import { createRule } from '../_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile, type SUGGESTION_ID } from '../_findings.js';

/** The message ids of `prefer-bulk-operations`. */
export type MessageIds = BulkFindingCode | typeof SUGGESTION_ID;
/** `prefer-bulk-operations` takes no options. */
export type Options = [];

/**
 * Prefer bulk endpoints to per-item REST calls in loops: bulk message delete, role arrays.
 * The checks live in `@ovenjs/analysis` so the tsserver plugin reports the same problems while typing.
 */
export const preferBulkOperations = createRule<Options, MessageIds>({
	name: 'prefer-bulk-operations',
	meta: {
		type: 'suggestion',
		docs: { description: 'Prefer bulk endpoints to per-item requests in loops (message deletes, role edits).', recommended: true },
		messages: { ...eslintMessages(BulkMessages), ...suggestionMessage },
		schema: [],
	},
	defaultOptions: [],
	create(context) {
		return {
			Program(): void {
				reportFindings(context, findPerItemRequests(ts, tsSourceFile(context)));
			},
		};
	},
});

export default preferBulkOperations;
