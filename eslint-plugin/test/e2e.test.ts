import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import oven from '@ovenjs/eslint-plugin';

const bots = fileURLToPath(new URL('./fixtures/bots', import.meta.url));

// The real ESLint class with the flat config a user writes: the recommended config, TS files through typescript-eslint's parser.
const eslint = new ESLint({
	cwd: bots,
	overrideConfigFile: true,
	overrideConfig: [
		{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
		{ files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
		oven.configs.recommended,
	],
});

async function ruleIds(file: string): Promise<string[]> {
	const [result] = await eslint.lintFiles([file]);
	expect(result?.messages.filter((m) => m.fatal === true)).toEqual([]);
	return (result?.messages ?? []).map((m) => `${m.line}:${m.ruleId ?? ''}`);
}

describe('recommended config on bot fixtures', () => {
	it('finds the planted problems in a discord.js v14 bot', async () => {
		expect(await ruleIds('discordjs-v14.ts')).toEqual([
			'6:ovenjs/valid-command',
			'8:ovenjs/snowflake-precision',
			'11:ovenjs/require-intents',
			'12:ovenjs/embed-limits',
			'16:ovenjs/require-intents',
			'22:ovenjs/no-slow-work-before-acknowledge',
			'28:ovenjs/no-hardcoded-token',
		]);
	});

	it('finds the planted problems in an OvenJS bot written in JavaScript', async () => {
		expect(await ruleIds('oven-bot.js')).toEqual([
			'6:ovenjs/require-intents',
			'16:ovenjs/valid-command',
			'22:ovenjs/component-limits',
			'25:ovenjs/no-hardcoded-token',
			'28:ovenjs/prefer-bulk-operations',
		]);
	});

	it('finds the planted problems in a discord.js v13 CommonJS bot, and v14 removals only once it depends on v14', async () => {
		const limits = [
			'10:ovenjs/component-limits',
			'11:ovenjs/embed-limits',
			'15:ovenjs/require-intents',
			'18:ovenjs/valid-command',
			'19:ovenjs/snowflake-precision',
		];
		// test/fixtures/bots has no package.json naming discord.js: a v13 file is taken for v13.
		expect(await ruleIds('discordjs-v13.cjs')).toEqual(limits);
		// The same file in a project whose package.json depends on discord.js 14.
		const text = readFileSync(join(bots, 'discordjs-v13.cjs'), 'utf8');
		const [result] = await eslint.lintText(text, { filePath: fileURLToPath(new URL('./fixtures/bots/djs14/bot.cjs', import.meta.url)) });
		expect((result?.messages ?? []).map((m) => `${m.line}:${m.ruleId ?? ''}`)).toEqual([
			'2:ovenjs/no-deprecated-discord-api',
			'2:ovenjs/no-deprecated-discord-api',
			'2:ovenjs/no-deprecated-discord-api',
			'2:ovenjs/no-deprecated-discord-api',
			...limits,
		]);
	});

	it('keeps finding the planted mistakes the precision fixes are about (recall)', async () => {
		expect(await ruleIds('djs14/planted.ts')).toEqual([
			'2:ovenjs/no-deprecated-discord-api',
			'8:ovenjs/no-slow-work-before-acknowledge',
			'9:ovenjs/no-deprecated-discord-api',
			'14:ovenjs/no-slow-work-before-acknowledge',
			'15:ovenjs/prefer-bulk-operations',
		]);
	});
});
