import { ESLintUtils } from '@typescript-eslint/utils';

/** Docs the plugin attaches to every rule's `meta.docs`. */
export interface OvenRuleDocs {
	/** Whether `recommended` (or `recommended-type-checked` for rules needing types) enables the rule. */
	recommended: boolean;
	/** Whether the rule needs type information (a `parserOptions.project`/`projectService`). */
	requiresTypeChecking?: boolean;
}

/** Where a rule's doc page lives. */
export const ruleDocsUrl = (name: string): string => `https://github.com/ovenjs/ovenjs/blob/main/analysis/src/checks/${name}/README.md`;

/** `createRule` as typescript-eslint's own rules use it, pointing docs at this repository. */
export const createRule = ESLintUtils.RuleCreator<OvenRuleDocs>(ruleDocsUrl);
