import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { rules } from '../../src/rules.js';
import './_tester.js';

const rule = rules['no-floating-interaction-response'];

// A real program (through the project service) so the rule can ask the checker for promise types.
const typedTester = new RuleTester({
	languageOptions: {
		parserOptions: {
			projectService: true,
			tsconfigRootDir: fileURLToPath(new URL('../fixtures/typed', import.meta.url)),
		},
	},
});

const types = `interface Interaction { reply(text: string): Promise<void>; update(): Promise<void> }\ninterface Cache { update(): void }\n`;

typedTester.run('no-floating-interaction-response', rule, {
	valid: [
		`${types}async function run(interaction: Interaction) { await interaction.reply('hi'); }`,
		`${types}function run(interaction: Interaction) { return interaction.reply('hi'); }`,
		`${types}function run(cache: Cache) { cache.update(); }`,
		`${types}function run(interaction: Interaction) { void interaction.reply('hi'); }`,
	],
	invalid: [
		{
			code: `${types}async function run(interaction: Interaction) {\n  interaction.reply('hi');\n}`,
			errors: [
				{
					messageId: 'floating-interaction-response',
					line: 4,
					column: 3,
					data: { method: 'reply' },
					suggestions: [
						{
							messageId: 'suggestion',
							output: `${types}async function run(interaction: Interaction) {\n  await interaction.reply('hi');\n}`,
						},
					],
				},
			],
		},
		{
			code: `${types}function run(i: Interaction) { i.update(); }`,
			errors: [{ messageId: 'floating-interaction-response', line: 3, column: 32, suggestions: [] }],
		},
	],
});
