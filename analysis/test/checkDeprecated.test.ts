import { describe, expect, it } from 'vitest';
import { findDeprecatedApi } from '@ovenjs/analysis';
import { run } from './_parse.js';

describe('findDeprecatedApi', () => {
	it('reports v13 names imported or required from discord.js only', () => {
		expect(
			run(findDeprecatedApi, `import { MessageEmbed, Client } from 'discord.js';\nconst { Intents: I } = require('discord.js');`),
		).toEqual([
			{ code: 'v13-name', text: 'MessageEmbed' },
			{ code: 'v13-name', text: 'Intents' },
		]);
		expect(run(findDeprecatedApi, `import { MessageEmbed } from './my-embeds.js';`)).toEqual([]);
	});

	it('reports ephemeral response options and the message event', () => {
		expect(run(findDeprecatedApi, `interaction.reply({ content: 'hi', ephemeral: true });\nclient.on('message', () => {});`)).toEqual([
			{ code: 'ephemeral-option', text: 'ephemeral: true' },
			{ code: 'v13-message-event', text: `'message'` },
		]);
		expect(
			run(findDeprecatedApi, `const options = { ephemeral: true }; socket.on('message', () => {}); process.on('message', () => {});`),
		).toEqual([]);
		expect(run(findDeprecatedApi, `this.client.on('message', () => {});`).map((f) => f.code)).toEqual(['v13-message-event']);
	});

	it('leaves ephemeral alone in files using OvenJS, whose responses take it as an option', () => {
		const reply = `ctx.reply({ content: 'hi', ephemeral: true });`;
		expect(run(findDeprecatedApi, `import { defineCommand } from 'ovenjs';\n${reply}`)).toEqual([]);
		expect(run(findDeprecatedApi, `import { Limits } from 'ovenjs/knowledge';\n${reply}`)).toEqual([]);
		expect(run(findDeprecatedApi, `const { createClient } = require('ovenjs');\n${reply}`)).toEqual([]);
		expect(run(findDeprecatedApi, `import { Client } from 'discord.js';\n${reply}`).map((f) => f.code)).toEqual(['ephemeral-option']);
	});
});
