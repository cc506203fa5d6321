import { FloatingResponseMessages, findFloatingResponses, type FloatingResponseFindingCode } from '@ovenjs/analysis';
import { ESLintUtils } from '@typescript-eslint/utils';
import ts from 'typescript';
import { createRule } from '../_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile, type SUGGESTION_ID } from '../_findings.js';

/** The message ids of `no-floating-interaction-response`. */
export type MessageIds = FloatingResponseFindingCode | typeof SUGGESTION_ID;
/** `no-floating-interaction-response` takes no options. */
export type Options = [];

/**
 * Require interaction responses (reply, defer, followUp, update, …) to be awaited or
 * returned. Needs type information: only calls that really return a promise are reported.
 */
export const noFloatingInteractionResponse = createRule<Options, MessageIds>({
	name: 'no-floating-interaction-response',
	meta: {
		type: 'problem',
		hasSuggestions: true,
		docs: { description: 'Require interaction responses to be awaited or returned.', recommended: true, requiresTypeChecking: true },
		messages: { ...eslintMessages(FloatingResponseMessages), ...suggestionMessage },
		schema: [],
	},
	defaultOptions: [],
	create(context) {
		// Throws the usual typescript-eslint error when the config gives no type information.
		const services = ESLintUtils.getParserServices(context);
		const checker = services.program.getTypeChecker();
		return {
			Program(): void {
				reportFindings(context, findFloatingResponses(ts, tsSourceFile(context), checker));
			},
		};
	},
});

export default noFloatingInteractionResponse;
