import { it } from 'vitest';
import { clientIntents, imports, slashCommands, commandDeploys, components } from '@ovenjs/migrate';
import { run } from './_transform.js';
const show = (label: string, r: { text: string; todos: string[] }) =>
	console.log(`== ${label}\n${r.text}${JSON.stringify(r.todos, null, 1)}`);
it('scratch', () => {
	show(
		'1',
		run(
			[clientIntents, imports],
			"import { Client, GatewayIntentBits, Message } from 'discord.js';\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nfunction f(m: Message) {}\nclient.login('abc');\n",
		),
	);
	show(
		'3',
		run(
			imports,
			"import { Collection, EmbedBuilder, escapeMarkdown, Colors } from 'discord.js';\nconst c = new Collection();\nconst e = new EmbedBuilder();\nescapeMarkdown('x', Colors.Red);\n",
		),
	);
	show(
		'4a',
		run(
			[clientIntents, imports],
			"const { Client, Intents } = require('discord.js');\nconst c = new Client({ intents: [] });\nc.login('x');\n",
		),
	);
	show(
		'4b',
		run(
			imports,
			"const Discord = require('discord.js');\nconst e = new Discord.MessageEmbed();\nconst c = new Discord.Collection();\nconst w = new Discord.WebhookClient({ url });\n",
		),
	);
	show(
		'5',
		run(
			[clientIntents, imports],
			"import type { Message } from 'discord.js';\nimport { Client, type GuildMember } from 'discord.js';\nlet m: Message;\nlet g: GuildMember;\nconst c = new Client({ intents: [] });\nc.login('x');\n",
		),
	);
	show(
		'6',
		run(
			[clientIntents, imports],
			"const Discord = require('discord.js'), fs = require('fs');\nconst client = new Discord.Client({ intents: [] });\nclient.login('x');\n",
		),
	);
	show(
		'7',
		run(
			[slashCommands, commandDeploys, imports],
			"const { SlashCommandBuilder } = require('@discordjs/builders');\nconst { REST } = require('@discordjs/rest');\nconst { Routes, ChannelType } = require('discord-api-types/v9');\nconst c = new SlashCommandBuilder().setName('a').setDescription('b');\nconst rest = new REST({ version: '9' });\nrest.put(Routes.applicationCommands(id), { body: [c] });\nconst t = ChannelType.GuildText;\n",
		),
	);
	show(
		'7b',
		run(
			imports,
			"import { Routes } from 'discord-api-types/v10';\nimport { ContextMenuCommandBuilder } from '@discordjs/builders';\nconst b = new ContextMenuCommandBuilder();\n",
		),
	);
	show(
		'8',
		run(
			[components, imports],
			"import { ActionRowBuilder, ButtonBuilder } from 'discord.js';\nconst button = new ButtonBuilder().setCustomId('a').setLabel('A');\nconst row = new ActionRowBuilder().addComponents(button);\n",
		),
	);
	show(
		'8b',
		run(
			[components, imports],
			"const { ModalBuilder } = require('discord.js');\nconst modal = new ModalBuilder().setCustomId('m').setTitle('T');\n",
			'v14',
			'bot.js',
		),
	);
	show(
		'9',
		run(
			imports,
			"import * as Discord from 'discord.js';\nconst e = new Discord.EmbedBuilder();\nconst w = new Discord.WebhookClient({ url });\n",
		),
	);
	show(
		'h',
		run(
			[clientIntents, imports],
			"/**\n * The bot.\n */\nconst { Client, GatewayIntentBits } = require('discord.js');\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.login('t');\n",
			'v14',
			'bot.js',
		),
	);
	show(
		'h2',
		run(
			[clientIntents, imports],
			"// Header line\n// more\nimport { Client, GatewayIntentBits, Collection } from 'discord.js';\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.login('t');\n",
		),
	);
});
