import { findDeprecatedApi, DeprecatedMessages, type DeprecatedFindingCode } from '@ovenjs/analysis';
import ts from 'typescript';
import { createRule } from '../_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile, type SUGGESTION_ID } from '../_findings.js';

/** The message ids of `no-deprecated-discord-api`. */
export type MessageIds = DeprecatedFindingCode | typeof SUGGESTION_ID;
/** `no-deprecated-discord-api` takes no options. */
export type Options = [];

/**
 * Disallow deprecated Discord and discord.js APIs: `ephemeral: true` (use flags), v13 names and events left behind.
 * The checks live in `@ovenjs/analysis` so the tsserver plugin reports the same problems while typing.
 */
export const noDeprecatedDiscordApi = createRule<Options, MessageIds>({
	name: 'no-deprecated-discord-api',
	meta: {
		type: 'suggestion',
		fixable: 'code',
		hasSuggestions: true,
		docs: { description: 'Disallow deprecated Discord and discord.js APIs: ephemeral, v13 names and events.', recommended: true },
		messages: { ...eslintMessages(DeprecatedMessages), ...suggestionMessage },
		schema: [],
	},
	defaultOptions: [],
	create(context) {
		return {
			Program(): void {
				reportFindings(context, findDeprecatedApi(ts, tsSourceFile(context)));
			},
		};
	},
});

export default noDeprecatedDiscordApi;
