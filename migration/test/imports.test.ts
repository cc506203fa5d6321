import { describe, expect, it } from 'vitest';
import { clientIntents, commandDeploys, components, imports, slashCommands } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('imports', () => {
	it('drops unused names, moves equivalents to ovenjs and adds the names other transforms wrote', () => {
		const before =
			"import { Client, GatewayIntentBits, Message } from 'discord.js';\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nfunction f(m: Message) {}\nclient.login('abc');\n";
		expect(run([clientIntents, imports], before)).toEqual({
			text: "import { Message, createClient } from 'ovenjs';\nconst client = createClient({ token: 'abc', intents: ['Guilds'] });\nfunction f(m: Message) {}\nclient.login();\n",
			todos: [],
		});
	});

	it('imports an equivalent under the local name when OvenJS calls it differently', () => {
		expect(run(imports, "import { GuildMember } from 'discord.js';\nlet m: GuildMember;\n").text).toBe(
			"import { Member as GuildMember } from 'ovenjs';\nlet m: GuildMember;\n",
		);
	});

	it('takes Collection from @discordjs/collection, and keeps names with no equivalent with a todo saying what to write', () => {
		const { text, todos } = run(
			imports,
			"import { Collection, EmbedBuilder, escapeMarkdown, WebhookClient } from 'discord.js';\nconst c = new Collection();\nconst e = new EmbedBuilder();\nescapeMarkdown('x');\nnew WebhookClient({ url });\n",
		);
		expect(text).toBe(
			"import { EmbedBuilder } from 'ovenjs';\nimport { Collection } from '@discordjs/collection';\nimport { escapeMarkdown, WebhookClient } from 'discord.js';\nconst c = new Collection();\nconst e = new EmbedBuilder();\nescapeMarkdown('x');\nnew WebhookClient({ url });\n",
		);
		expect(todos).toEqual([
			'still from discord.js: escapeMarkdown (no OvenJS equivalent yet: rewrite its uses by hand); WebhookClient (client.api.webhooks.execute(webhookId, webhookToken, body) from ovenjs (an API over a REST with no token works too)).',
		]);
	});

	it('rewrites require destructuring and namespace requires', () => {
		expect(
			run(
				[clientIntents, imports],
				"const { Client, Intents } = require('discord.js');\nconst c = new Client({ intents: [] });\nc.login('x');\n",
			).text,
		).toBe("const { createClient } = require('ovenjs');\nconst c = createClient({ token: 'x', intents: [] });\nc.login();\n");
		const ns = run(
			imports,
			"const Discord = require('discord.js');\nconst e = new Discord.MessageEmbed();\nconst c = new Discord.Collection();\nconst w = new Discord.WebhookClient({ url });\n",
		);
		expect(ns.text).toBe(
			"const { Collection } = require('@discordjs/collection');\nconst { EmbedBuilder } = require('ovenjs');\nconst Discord = require('discord.js');\nconst e = new EmbedBuilder();\nconst c = new Collection();\nconst w = new Discord.WebhookClient({ url });\n",
		);
		expect(ns.todos).toEqual([
			"discord.js's WebhookClient has no OvenJS equivalent: client.api.webhooks.execute(webhookId, webhookToken, body) from ovenjs (an API over a REST with no token works too).",
			'still from discord.js: Discord (the namespace, for the members marked below that have no OvenJS equivalent).',
		]);
	});

	it('leaves files without discord.js alone', () => {
		const text = "import { readFile } from 'node:fs';\nreadFile('x', () => {});\n";
		expect(run(imports, text)).toEqual({ text, todos: [] });
	});

	it('keeps type-only imports type-only', () => {
		const text =
			"import type { Message } from 'discord.js';\nimport { Client, type GuildMember } from 'discord.js';\nlet m: Message;\nlet g: GuildMember;\nconst c = new Client({ intents: [] });\nc.login('x');\n";
		expect(run([clientIntents, imports], text).text).toBe(
			"import type { Message } from 'ovenjs';\nimport { type Member as GuildMember, createClient } from 'ovenjs';\nlet m: Message;\nlet g: GuildMember;\nconst c = createClient({ token: 'x', intents: [] });\nc.login();\n",
		);
		// Names it cannot move keep their `import type` too.
		expect(run(imports, "import type { Message, Snowflake } from 'discord.js';\nlet m: Message;\nlet s: Snowflake;\n").text).toBe(
			"import type { Message } from 'ovenjs';\nimport type { Snowflake } from 'discord.js';\nlet m: Message;\nlet s: Snowflake;\n",
		);
	});

	it('splits a require of discord.js out of a multi-declaration statement', () => {
		const text =
			"const Discord = require('discord.js'), fs = require('fs');\nconst client = new Discord.Client({ intents: [] });\nclient.login('x');\n";
		expect(run([clientIntents, imports], text).text).toBe(
			"const { createClient } = require('ovenjs');\nconst fs = require('fs');\nconst client = createClient({ token: 'x', intents: [] });\nclient.login();\n",
		);
	});

	it('moves @discordjs/rest and @discordjs/builders imports too, drops unused discord-api-types names and merges the ovenjs requires', () => {
		const text =
			"const { SlashCommandBuilder } = require('@discordjs/builders');\nconst { REST } = require('@discordjs/rest');\nconst { Routes, ChannelType } = require('discord-api-types/v9');\nconst c = new SlashCommandBuilder().setName('a').setDescription('b');\nconst rest = new REST({ version: '9' });\nrest.put(Routes.applicationCommands(id), { body: [c] });\nconst t = ChannelType.GuildText;\n";
		expect(run([slashCommands, commandDeploys, imports], text).text).toBe(
			"const { defineCommand, API, syncCommands, REST } = require('ovenjs');\nconst { ChannelType } = require('discord-api-types/v9');\nconst c = defineCommand({ name: 'a', description: 'b', run: () => undefined });\nconst rest = new REST({ version: 9 });\nsyncCommands(new API(rest), id, [c]);\nconst t = ChannelType.GuildText;\n",
		);
		const esm = run(
			imports,
			"import { Routes } from 'discord-api-types/v10';\nimport { ContextMenuCommandBuilder } from '@discordjs/builders';\nconst b = new ContextMenuCommandBuilder();\n",
		);
		expect(esm.text).toBe("import { ContextMenuCommandBuilder } from '@discordjs/builders';\nconst b = new ContextMenuCommandBuilder();\n");
		expect(esm.todos).toEqual([
			'still from @discordjs/builders: ContextMenuCommandBuilder (no OvenJS equivalent yet: rewrite its uses by hand).',
		]);
	});

	it('imports the builders the other transforms wrote, under an alias when the file declares the name', () => {
		expect(
			run(
				[components, imports],
				"import { ActionRowBuilder, ButtonBuilder } from 'discord.js';\nconst button = new ButtonBuilder().setCustomId('a').setLabel('A');\nconst row = new ActionRowBuilder().addComponents(button);\n",
			).text,
		).toBe(
			"import { button as ovenButton, actionRow } from 'ovenjs';\nconst button = ovenButton({ custom_id: 'a', label: 'A' });\nconst row = actionRow(button);\n",
		);
		expect(
			run(
				[components, imports],
				"const { ModalBuilder } = require('discord.js');\nconst modal = new ModalBuilder().setCustomId('m').setTitle('T');\n",
				'v14',
				'bot.js',
			).text,
		).toBe("const { modal: ovenModal } = require('ovenjs');\nconst modal = ovenModal({ custom_id: 'm', title: 'T', components: [] });\n");
	});

	it('keeps an ESM namespace import that is still needed, naming it in the todo', () => {
		const { text, todos } = run(
			imports,
			"import * as Discord from 'discord.js';\nconst e = new Discord.EmbedBuilder();\nconst w = new Discord.WebhookClient({ url });\n",
		);
		expect(text).toBe(
			"import * as Discord from 'discord.js';\nimport { EmbedBuilder } from 'ovenjs';\nconst e = new EmbedBuilder();\nconst w = new Discord.WebhookClient({ url });\n",
		);
		expect(todos).toEqual([
			expect.stringContaining("discord.js's WebhookClient has no OvenJS equivalent: client.api.webhooks.execute"),
			'still from discord.js: Discord (the namespace, for the members marked below that have no OvenJS equivalent).',
		]);
	});

	it('does not import a name the file declares as a parameter or imports from elsewhere', () => {
		const text =
			"import { button } from './ui';\nfunction f(option) { return option.x + button(); }\ncollector.on('collect', (modal) => modal.id);\n";
		expect(run(imports, text)).toEqual({ text, todos: [] });
	});
});
