import { fileURLToPath } from 'node:url';
import { rules } from '../../src/rules.js';
import { ruleTester } from './_tester.js';

const rule = rules['no-deprecated-discord-api'];
// The rule reads the discord.js version from the nearest package.json of the linted file.
const v14 = fileURLToPath(new URL('../fixtures/bots/djs14/bot.ts', import.meta.url));
const v13 = fileURLToPath(new URL('../fixtures/bots/djs13/bot.ts', import.meta.url));

ruleTester.run('no-deprecated-discord-api', rule, {
	valid: [
		{
			filename: v14,
			code: `import { EmbedBuilder, MessageFlags } from 'discord.js';\nawait interaction.reply({ content: 'hi', flags: MessageFlags.Ephemeral });`,
		},
		{ filename: v14, code: `import { MessageEmbed } from './embeds.js';` },
		{ filename: v14, code: `client.on('messageCreate', () => {});` },
		{ filename: v14, code: `const settings = { ephemeral: true };` },
		{ filename: v14, code: `await message.reply({ content: 'hi', ephemeral: true });` },
		{ filename: v14, code: `import { TextInputComponent, Constants } from 'discord.js';` },
		// OvenJS's own reply options take `ephemeral`.
		{ filename: v14, code: `import { defineCommand } from 'ovenjs';\nawait ctx.reply({ content: 'hi', ephemeral: true });` },
		// A discord.js 13 project is told nothing about v14's removals.
		{
			filename: v13,
			code: `import { Client, MessageEmbed } from 'discord.js';\nclient.on('message', () => {});\nawait interaction.reply({ ephemeral: true });`,
		},
	],
	invalid: [
		{
			filename: v14,
			code: `import { Client, MessageEmbed } from 'discord.js';`,
			errors: [{ messageId: 'v13-name', line: 1, column: 18, data: { name: 'MessageEmbed', replacement: 'EmbedBuilder' } }],
		},
		{
			filename: v14,
			code: `const { Intents } = require('discord.js');`,
			errors: [{ messageId: 'v13-name', line: 1, column: 9 }],
		},
		{
			filename: v14,
			code: `await interaction.reply({ content: 'hi', ephemeral: true });`,
			errors: [
				{
					messageId: 'ephemeral-option',
					line: 1,
					column: 42,
					suggestions: [{ messageId: 'suggestion', output: `await interaction.reply({ content: 'hi', flags: MessageFlags.Ephemeral });` }],
				},
			],
		},
		{
			filename: v14,
			code: `client.on('message', (m) => {});`,
			output: `client.on('messageCreate', (m) => {});`,
			errors: [{ messageId: 'v13-message-event', line: 1, column: 11 }],
		},
	],
});
