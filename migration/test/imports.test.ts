import { describe, expect, it } from 'vitest';
import { clientIntents, imports } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('imports', () => {
	it('drops unused names, moves equivalents to ovenjs and adds names other transforms wrote', () => {
		const before =
			"import { Client, GatewayIntentBits, Message } from 'discord.js';\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nfunction f(m: Message) {}\nclient.login('abc');\n";
		const migrated = run(clientIntents, before).text;
		expect(run(imports, migrated)).toEqual({
			text: "import { Message, createClient } from 'ovenjs';\nconst client = createClient({ token: 'abc', intents: ['Guilds'] });\nfunction f(m: Message) {}\nclient.login();\n",
			todos: [],
		});
	});

	it('imports an equivalent under the local name when OvenJS calls it differently', () => {
		expect(run(imports, "import { GuildMember } from 'discord.js';\nlet m: GuildMember;\n").text).toBe(
			"import { Member as GuildMember } from 'ovenjs';\nlet m: GuildMember;\n",
		);
	});

	it('keeps names with no equivalent from discord.js, with a todo', () => {
		const { text, todos } = run(
			imports,
			"import { Collection, EmbedBuilder } from 'discord.js';\nconst c = new Collection();\nconst e = new EmbedBuilder();\n",
		);
		expect(text).toBe(
			"import { EmbedBuilder } from 'ovenjs';\nimport { Collection } from 'discord.js';\nconst c = new Collection();\nconst e = new EmbedBuilder();\n",
		);
		expect(todos).toEqual(['still from discord.js (no OvenJS equivalent): Collection.']);
	});

	it('rewrites require destructuring and namespace requires', () => {
		expect(
			run(imports, "const { Client, Intents } = require('discord.js');\nconst c = createClient({ token: 'x', intents: [] });\n").text,
		).toBe("const { createClient } = require('ovenjs');\nconst c = createClient({ token: 'x', intents: [] });\n");
		const ns = run(
			imports,
			"const Discord = require('discord.js');\nconst e = new Discord.MessageEmbed();\nconst c = new Discord.Collection();\n",
		);
		expect(ns.text).toBe(
			"const { EmbedBuilder } = require('ovenjs');\nconst Discord = require('discord.js');\nconst e = new EmbedBuilder();\nconst c = new Discord.Collection();\n",
		);
		expect(ns.todos).toEqual([
			expect.stringContaining("discord.js's Collection has no OvenJS equivalent"),
			'still from discord.js (no OvenJS equivalent): Discord.',
		]);
	});

	it('leaves files without discord.js alone', () => {
		const text = "import { readFile } from 'node:fs';\nreadFile('x', () => {});\n";
		expect(run(imports, text)).toEqual({ text, todos: [] });
	});

	it('keeps type-only imports type-only', () => {
		const text =
			"import type { Message } from 'discord.js';\nimport { Client, type GuildMember } from 'discord.js';\nlet m: Message;\nlet g: GuildMember;\nconst c = createClient({ token: 'x', intents: [] });\n";
		expect(run(imports, text).text).toBe(
			"import type { Message } from 'ovenjs';\nimport { type Member as GuildMember, createClient } from 'ovenjs';\nlet m: Message;\nlet g: GuildMember;\nconst c = createClient({ token: 'x', intents: [] });\n",
		);
	});

	it('splits a require of discord.js out of a multi-declaration statement', () => {
		const text = "const Discord = require('discord.js'), fs = require('fs');\nconst client = createClient({ token: 'x', intents: [] });\n";
		expect(run(imports, text).text).toBe(
			"const { createClient } = require('ovenjs');\nconst fs = require('fs');\nconst client = createClient({ token: 'x', intents: [] });\n",
		);
	});

	it('moves @discordjs/rest and @discordjs/builders imports too, drops unused discord-api-types names and merges the ovenjs requires', () => {
		const text =
			"const { SlashCommandBuilder } = require('@discordjs/builders');\nconst { REST } = require('@discordjs/rest');\nconst { Routes, ChannelType } = require('discord-api-types/v9');\nconst c = defineCommand({ name: 'a', description: 'b', run: () => undefined });\nconst rest = new REST({ version: 9 });\nsyncCommands(new API(rest), id, [c]);\nconst t = ChannelType.GuildText;\n";
		expect(run(imports, text)).toEqual({
			text: "const { defineCommand, syncCommands, API, REST } = require('ovenjs');\nconst { ChannelType } = require('discord-api-types/v9');\nconst c = defineCommand({ name: 'a', description: 'b', run: () => undefined });\nconst rest = new REST({ version: 9 });\nsyncCommands(new API(rest), id, [c]);\nconst t = ChannelType.GuildText;\n",
			todos: [],
		});
		const esm = run(
			imports,
			"import { Routes } from 'discord-api-types/v10';\nimport { ContextMenuCommandBuilder } from '@discordjs/builders';\nconst b = new ContextMenuCommandBuilder();\n",
		);
		expect(esm.text).toBe("import { ContextMenuCommandBuilder } from '@discordjs/builders';\nconst b = new ContextMenuCommandBuilder();\n");
		expect(esm.todos).toEqual(['still from @discordjs/builders (no OvenJS equivalent): ContextMenuCommandBuilder.']);
	});

	it('imports the builders the other transforms wrote, under an alias when the file declares the name', () => {
		const text =
			"import { ActionRowBuilder, ButtonBuilder } from 'discord.js';\nconst button = ovenButton({ custom_id: 'a', label: 'A' });\nconst row = actionRow(button);\n";
		expect(run(imports, text).text).toBe(
			"import { actionRow, button as ovenButton } from 'ovenjs';\nconst button = ovenButton({ custom_id: 'a', label: 'A' });\nconst row = actionRow(button);\n",
		);
		const cjs =
			"const { ModalBuilder } = require('discord.js');\nconst modal = ovenModal({ custom_id: 'm', title: 'T', components: [] });\n";
		expect(run(imports, cjs).text).toBe(
			"const { modal: ovenModal } = require('ovenjs');\nconst modal = ovenModal({ custom_id: 'm', title: 'T', components: [] });\n",
		);
	});

	it('keeps an ESM namespace import that is still needed, naming it in the todo', () => {
		const { text, todos } = run(
			imports,
			"import * as Discord from 'discord.js';\nconst e = new Discord.EmbedBuilder();\nconst w = new Discord.WebhookClient({ url });\n",
		);
		expect(text).toBe(
			"import { EmbedBuilder } from 'ovenjs';\nimport * as Discord from 'discord.js';\nconst e = new EmbedBuilder();\nconst w = new Discord.WebhookClient({ url });\n",
		);
		expect(todos).toEqual([
			expect.stringContaining("discord.js's WebhookClient has no OvenJS equivalent"),
			'still from discord.js (no OvenJS equivalent): Discord.',
		]);
	});

	it('does not import a name the file declares as a parameter or imports from elsewhere', () => {
		const text =
			"import { button } from './ui';\nfunction f(option) { return option.x + button(); }\ncollector.on('collect', (modal) => modal.id);\n";
		expect(run(imports, text)).toEqual({ text, todos: [] });
	});
});
