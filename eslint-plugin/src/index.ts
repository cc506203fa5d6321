/**
 * `@ovenjs/eslint-plugin`: lint rules for Discord bots written with OvenJS or discord.js.
 *
 * ```js
 * // eslint.config.js
 * import oven from '@ovenjs/eslint-plugin';
 * export default [oven.configs.recommended];
 * ```
 * @packageDocumentation
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { rules, type RuleId } from './rules.js';

export { rules, type RuleId } from './rules.js';

const PREFIX = 'ovenjs';
const pkg = { name: '@ovenjs/eslint-plugin', version: '0.1.0' };

/** The plugin object ESLint loads. */
export interface OvenPlugin {
	readonly meta: { readonly name: string; readonly version: string };
	readonly rules: typeof rules;
	readonly configs: {
		/** Every rule that needs no type information, as errors. */
		readonly recommended: TSESLint.FlatConfig.Config;
		/** `recommended` plus the rules that need type information (set up `parserOptions.projectService`). */
		readonly 'recommended-type-checked': TSESLint.FlatConfig.Config;
	};
}

function ruleLevels(typeChecked: boolean): TSESLint.FlatConfig.Rules {
	const out: TSESLint.FlatConfig.Rules = {};
	for (const [id, rule] of Object.entries(rules) as [RuleId, (typeof rules)[RuleId]][]) {
		const needsTypes = rule.meta.docs?.requiresTypeChecking === true;
		if (rule.meta.docs?.recommended === true && (typeChecked || !needsTypes)) out[`${PREFIX}/${id}`] = 'error';
	}
	return out;
}

const plugin: OvenPlugin = {
	meta: pkg,
	rules,
	configs: {} as OvenPlugin['configs'],
};

// The configs name the plugin object itself, so they are attached after it exists.
Object.assign(plugin.configs, {
	recommended: {
		name: 'ovenjs/recommended',
		plugins: { [PREFIX]: plugin as unknown as TSESLint.FlatConfig.Plugin },
		rules: ruleLevels(false),
	},
	'recommended-type-checked': {
		name: 'ovenjs/recommended-type-checked',
		plugins: { [PREFIX]: plugin as unknown as TSESLint.FlatConfig.Plugin },
		rules: ruleLevels(true),
	},
});

export default plugin;
