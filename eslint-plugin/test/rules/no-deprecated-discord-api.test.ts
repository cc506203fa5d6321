import rule from '../../src/rules/no-deprecated-discord-api.js';
import { ruleTester } from './_tester.js';

ruleTester.run('no-deprecated-discord-api', rule, {
	valid: [
		`import { EmbedBuilder, MessageFlags } from 'discord.js';\nawait interaction.reply({ content: 'hi', flags: MessageFlags.Ephemeral });`,
		`import { MessageEmbed } from './embeds.js';`,
		`client.on('messageCreate', () => {});`,
		`const settings = { ephemeral: true };`,
		`import { defineCommand } from 'ovenjs';\nawait ctx.reply({ content: 'hi', ephemeral: true });`,
	],
	invalid: [
		{
			code: `import { Client, MessageEmbed } from 'discord.js';`,
			errors: [{ messageId: 'v13-name', line: 1, column: 18, data: { name: 'MessageEmbed', replacement: 'EmbedBuilder' } }],
		},
		{
			code: `const { Intents } = require('discord.js');`,
			errors: [{ messageId: 'v13-name', line: 1, column: 9 }],
		},
		{
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
			code: `client.on('message', (m) => {});`,
			output: `client.on('messageCreate', (m) => {});`,
			errors: [{ messageId: 'v13-message-event', line: 1, column: 11 }],
		},
	],
});
