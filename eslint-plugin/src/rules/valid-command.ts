import { findCommandProblems, CommandMessages, type CommandFindingCode } from '@ovenjs/analysis';
import ts from 'typescript';
import { createRule } from '../_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile, type SUGGESTION_ID } from '../_findings.js';

/** The message ids of `valid-command`. */
export type MessageIds = CommandFindingCode | typeof SUGGESTION_ID;
/** `valid-command` takes no options. */
export type Options = [];

/**
 * Enforce Discord's rules for application command definitions.
 * The checks live in `@ovenjs/analysis` so the tsserver plugin reports the same problems while typing.
 */
export const validCommand = createRule<Options, MessageIds>({
	name: 'valid-command',
	meta: {
		type: 'problem',
		docs: { description: "Enforce Discord's rules for application command definitions.", recommended: true },
		fixable: 'code',
		messages: { ...eslintMessages(CommandMessages), ...suggestionMessage },
		schema: [],
	},
	defaultOptions: [],
	create(context) {
		return {
			Program(): void {
				reportFindings(context, findCommandProblems(ts, tsSourceFile(context)));
			},
		};
	},
});

export default validCommand;
