import { readFileSync } from 'node:fs';
import { discordJsFor, type CheckDefinition, type DiscordJsVersion } from '@ovenjs/analysis';
import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import ts from 'typescript';
import { createRule } from './_createRule.js';
import { eslintMessages, reportFindings, suggestionMessage, tsSourceFile } from './_findings.js';

/** Every rule of the plugin has this shape: messages by id, no options. */
export type OvenRule = TSESLint.RuleModule<string, [], { recommended: boolean; requiresTypeChecking?: boolean }>;

// The discord.js version per folder, across the files of one lint run.
const versions = new Map<string, DiscordJsVersion | undefined>();
const readFile = (path: string): string | undefined => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
};

/**
 * The lint rule of one registry row: its id, description, messages and fixes from the row,
 * and a `Program` visitor that runs the row's check over typescript-eslint's TypeScript AST
 * (or a parse of the text under espree) and reports its findings.
 */
export function ruleFromCheck(check: CheckDefinition): OvenRule {
	return createRule<[], string>({
		name: check.id,
		meta: {
			type: check.kind,
			...(check.fixes.autofix ? { fixable: 'code' as const } : {}),
			...(check.fixes.suggestions ? { hasSuggestions: true } : {}),
			docs: {
				description: check.description,
				recommended: check.recommended,
				...(check.needsTypes ? { requiresTypeChecking: true } : {}),
			},
			messages: { ...eslintMessages(check.messages), ...suggestionMessage },
			schema: [],
		},
		defaultOptions: [],
		create(context) {
			// Throws typescript-eslint's own error when a config gives a typed rule no type information.
			const checker = check.needsTypes ? ESLintUtils.getParserServices(context).program.getTypeChecker() : undefined;
			return {
				Program(): void {
					const file = tsSourceFile(context);
					const discordJs = discordJsFor(context.physicalFilename, readFile, versions);
					reportFindings(context, check.run(ts, file, { checker, discordJs }));
				},
			};
		},
	}) as unknown as OvenRule;
}
