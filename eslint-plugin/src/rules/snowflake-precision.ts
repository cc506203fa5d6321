import { findSnowflakePrecision, SnowflakeMessages, type SnowflakeFindingCode } from '@ovenjs/analysis';
import ts from 'typescript';
import { createRule } from '../_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile, type SUGGESTION_ID } from '../_findings.js';

/** The message ids of `snowflake-precision`. */
export type MessageIds = SnowflakeFindingCode | typeof SUGGESTION_ID;
/** `snowflake-precision` takes no options. */
export type Options = [];

/**
 * Disallow Discord ids written as numbers past 2^53, which lose precision.
 * The checks live in `@ovenjs/analysis` so the tsserver plugin reports the same problems while typing.
 */
export const snowflakePrecision = createRule<Options, MessageIds>({
	name: 'snowflake-precision',
	meta: {
		type: 'problem',
		docs: { description: 'Disallow Discord ids written as numbers past 2^53, which lose precision.', recommended: true },
		fixable: 'code',
		messages: { ...eslintMessages(SnowflakeMessages), ...suggestionMessage },
		schema: [],
	},
	defaultOptions: [],
	create(context) {
		return {
			Program(): void {
				reportFindings(context, findSnowflakePrecision(ts, tsSourceFile(context)));
			},
		};
	},
});

export default snowflakePrecision;
