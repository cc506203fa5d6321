import { describe, expect, it } from 'vitest';
import { findDeprecatedApi, type DiscordJsVersion } from '@ovenjs/analysis';
import { parse, ts } from './_parse.js';

const v14: DiscordJsVersion = { major: 14, minor: 16, exact: false };
const v13: DiscordJsVersion = { major: 13, minor: 6, exact: false };
const found = (text: string, version?: DiscordJsVersion, checker?: ts.TypeChecker): { code: string; text: string }[] => {
	const file = parse(text);
	return findDeprecatedApi(ts, file, version, checker).map((f) => ({ code: f.code, text: file.text.slice(f.start, f.end) }));
};

describe('findDeprecatedApi', () => {
	it('reports v13 names imported or required from discord.js in a v14 project', () => {
		expect(found(`import { MessageEmbed, Client } from 'discord.js';\nconst { Intents: I } = require('discord.js');`, v14)).toEqual([
			{ code: 'v13-name', text: 'MessageEmbed' },
			{ code: 'v13-name', text: 'Intents' },
		]);
		expect(found(`import { MessageEmbed } from './my-embeds.js';`, v14)).toEqual([]);
	});

	it('leaves v13 code alone in a v13 project, and in a project of unknown version unless the file is v14', () => {
		const v13Bot = `import { MessageEmbed, Intents } from 'discord.js';\ninteraction.reply({ content: 'hi', ephemeral: true });\nclient.on('message', () => {});`;
		expect(found(v13Bot, v13)).toEqual([]);
		expect(found(v13Bot)).toEqual([]);
		// Mixed: v14-only names beside v13 ones are a half-migrated file.
		expect(found(`import { EmbedBuilder, MessageButton } from 'discord.js';`).map((f) => f.text)).toEqual(['MessageButton']);
	});

	it('never reports names v14 still exports (TextInputComponent, Constants)', () => {
		expect(found(`import { TextInputComponent, Constants } from 'discord.js';`, v14)).toEqual([]);
	});

	it('reports ephemeral from the release that deprecated it, on interactions only', () => {
		const reply = `interaction.reply({ content: 'hi', ephemeral: true });`;
		expect(found(reply, v14)).toEqual([{ code: 'ephemeral-option', text: 'ephemeral: true' }]);
		expect(found(reply, { major: 14, minor: 14, exact: true })).toEqual([]);
		expect(found(reply, { major: 14, minor: 17, exact: true })).toHaveLength(1);
		expect(found(`await interaction.deferReply({ ephemeral: true });`, { major: 14, minor: 17, exact: true })).toEqual([]);
		// A message reply has no ephemeral flag at all: the fix would mean nothing.
		expect(found(`message.reply({ content: 'hi', ephemeral: true });`, v14)).toEqual([]);
		expect(found(`async function run(cmd: ButtonInteraction) { await cmd.reply({ ephemeral: true }); }`, v14)).toHaveLength(1);
		expect(found(`async function run(cmd: Message) { await cmd.reply({ ephemeral: true }); }`, v14)).toEqual([]);
		expect(found(`const options = { ephemeral: true };`, v14)).toEqual([]);
		// An update or an edit cannot change who sees the message: no ephemeral option there, flags would mean nothing either.
		expect(found(`interaction.update({ content: 'gone', ephemeral: true });`, v14)).toEqual([]);
		expect(found(`await interaction.editReply({ content: 'done', ephemeral: true });`, v14)).toEqual([]);
		expect(found(`await interaction.followUp({ content: 'more', ephemeral: true });`, v14)).toHaveLength(1);
	});

	it('leaves OvenJS code alone: its own API takes `ephemeral`', () => {
		expect(found(`import { createClient } from 'ovenjs';\nawait ctx.reply({ content: 'hi', ephemeral: true });`, v14)).toEqual([]);
	});

	it('reports the message event on a client only', () => {
		expect(found(`client.on('message', () => {});`, v14)).toEqual([{ code: 'v13-message-event', text: `'message'` }]);
		expect(found(`socket.on('message', () => {}); process.on('message', () => {});`, v14)).toEqual([]);
		expect(found(`this.client.on('message', () => {});`, v14).map((f) => f.code)).toEqual(['v13-message-event']);
	});

	it('decides by type where types exist', () => {
		const text = `interface Msg { reply(o: object): Promise<void> }\ninterface Cmd { reply(o: object): Promise<void>; deferReply(): Promise<void> }\ndeclare const interaction: Msg;\ndeclare const c: Cmd;\ninteraction.reply({ ephemeral: true });\nc.reply({ ephemeral: true });`;
		const host = ts.createCompilerHost({});
		const original = host.getSourceFile;
		host.getSourceFile = (name, target) => (name === 'bot.ts' ? ts.createSourceFile(name, text, target, true) : original(name, target));
		const program = ts.createProgram(['bot.ts'], { noLib: true, types: [] }, host);
		const file = program.getSourceFile('bot.ts');
		if (file === undefined) throw new Error('no file');
		const codes = findDeprecatedApi(ts, file, v14, program.getTypeChecker()).map(
			(f) => file.text.slice(f.start, f.end) + '@' + file.getLineAndCharacterOfPosition(f.start).line,
		);
		expect(codes).toEqual(['ephemeral: true@5']);
	});

	it('leaves ephemeral alone in files using OvenJS, whose responses take it as an option', () => {
		const reply = `ctx.reply({ content: 'hi', ephemeral: true });`;
		expect(found(`import { defineCommand } from 'ovenjs';\n${reply}`, v14)).toEqual([]);
		expect(found(`import { Limits } from 'ovenjs/knowledge';\n${reply}`, v14)).toEqual([]);
		expect(found(`const { createClient } = require('ovenjs');\n${reply}`, v14)).toEqual([]);
		expect(found(`import { Client } from 'discord.js';\n${reply}`, v14).map((f) => f.code)).toEqual(['ephemeral-option']);
	});
});
