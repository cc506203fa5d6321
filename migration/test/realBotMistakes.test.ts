import { describe, expect, it } from 'vitest';
import { migrate, MigrationError } from '@ovenjs/migrate';
import { migrateText } from './_migrateText.js';
import { project } from './_project.js';
import { typeCheck } from './_typeCheck.js';

// One test per mistake oven-migrate made on five real discord.js bots (issue #19, "Why"), each
// written from the pattern in code of our own, as a bot would have it (discord.js installed).

/** The text without the todo comments. */
const code = (text: string): string => text.replace(/^[\t ]*\/\/ oven-migrate: .*\n/gm, '');

describe('1. Collection: decided by what a value is, across files, never by a variable name', () => {
	it('keeps discord.js Collections working in every file (they are @discordjs/collection), and leaves arrays named like one alone', async () => {
		const index =
			"const { Client, Collection, GatewayIntentBits } = require('discord.js');\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.commands = new Collection();\nmodule.exports = client;\n";
		const handler =
			'// Another file reads the commands with Collection methods.\nmodule.exports = (client, name) => client.commands.find((c) => c.name === name) ?? client.commands.first();\n';
		const util =
			"import { Collection } from 'discord.js';\nexport const cache = new Collection<string, number>();\nexport function pick(commands: string[]): string | undefined {\n\treturn commands.find((c) => c.startsWith('a'));\n}\n";
		const out = await migrateText(util, { fileName: 'util.ts', files: { 'index.js': index, 'handler.js': handler } });
		expect(out.file('index.js')).toContain("const { Collection } = require('@discordjs/collection');");
		expect(out.file('index.js')).toContain('client.commands = new Collection();');
		expect(out.file('handler.js')).toBe(handler);
		expect(out.text).toBe(
			"import { Collection } from '@discordjs/collection';\nexport const cache = new Collection<string, number>();\nexport function pick(commands: string[]): string | undefined {\n\treturn commands.find((c) => c.startsWith('a'));\n}\n",
		);
		expect(out.result.notes).toContain(
			"Collection now comes from @discordjs/collection (discord.js's own): npm install @discordjs/collection.",
		);
	});
});

describe('2. Type guards: each tests exactly what discord.js tests', () => {
	it('tells context menus, chat input commands, buttons and every select menu apart, and type-checks', async () => {
		const bot = `import { Client, GatewayIntentBits } from 'discord.js';
const client = new Client({ intents: [GatewayIntentBits.Guilds] });
client.on('interactionCreate', async (interaction) => {
	if (interaction.isChatInputCommand()) return void (await interaction.reply('slash'));
	if (interaction.isUserContextMenuCommand()) return void (await interaction.reply('user'));
	if (interaction.isMessageContextMenuCommand()) return void (await interaction.reply('message'));
	if (interaction.isContextMenuCommand()) return void (await interaction.reply('any menu'));
	if (interaction.isButton()) return void (await interaction.reply('button'));
	if (interaction.isStringSelectMenu()) return void (await interaction.reply('strings'));
	if (interaction.isAnySelectMenu()) return void (await interaction.reply('some select'));
	if (!interaction.isModalSubmit()) return;
	await interaction.reply('modal');
});
client.login('token');
`;
		const out = await migrateText(bot);
		// OvenJS's interactions have every guard discord.js has, each as exact: they stay as written.
		for (const guard of [
			'isChatInputCommand',
			'isUserContextMenuCommand',
			'isMessageContextMenuCommand',
			'isContextMenuCommand',
			'isButton',
			'isStringSelectMenu',
			'isAnySelectMenu',
		])
			expect(out.text).toContain(`if (interaction.${guard}()) return void (await interaction.reply(`);
		expect(out.text).toContain('if (!interaction.isModalSubmit()) return;');
		expect(out.todos).toEqual([]);
		// No dead branch (TS2367) nor any other error: each guard narrows as it should.
		expect(typeCheck(out.text)).toEqual([]);
	});
});

describe('3. Nothing is rewritten for its name: only discord.js values, and only names a transform wrote are imported', () => {
	it('leaves deferReply and reply of an object that is not discord.js alone', async () => {
		const bot = `import { Client } from 'discord.js';
class Context { async deferReply(options: { ephemeral: boolean }) {} async reply(body: { content: string; ephemeral: boolean }) {} }
export async function run(ctx: Context) {
	await ctx.deferReply({ ephemeral: true });
	await ctx.reply({ content: 'x', ephemeral: true });
}
export const client = new Client({ intents: [] });
`;
		const out = await migrateText(bot);
		expect(code(out.text)).toContain(
			"\tawait ctx.deferReply({ ephemeral: true });\n\tawait ctx.reply({ content: 'x', ephemeral: true });\n",
		);
		expect(out.todos.filter((todo) => todo.includes('ctx'))).toEqual([]);
	});

	it('imports no `option`, `button` or `modal` for a parameter, a key or a method of those names', async () => {
		const bot = `import { SlashCommandBuilder, Client } from 'discord.js';
// A chain it cannot rewrite whole keeps its callbacks, and their parameter is no ovenjs import.
export const data = new SlashCommandBuilder().setName('x').setDescription('y').addStringOption((option) => option.setName('a').setDescription('b').setNameLocalization('fr', 'a'));
const ui = { button: 1, modal: 2, option() {} };
const { button } = ui;
export const client = new Client({ intents: [] });
console.log(ui.modal, button);
`;
		const out = await migrateText(bot);
		expect(out.text).not.toMatch(/import \{[^}]*\b(option|button|modal)\b[^}]*\} from 'ovenjs'/);
		expect(out.text).toContain("import { createClient } from 'ovenjs';");
	});

	it('refuses bots built on a framework over discord.js, naming it and what it would take, unless forced', async () => {
		const sapphire = await project({
			'package.json': JSON.stringify({ dependencies: { '@sapphire/framework': '^5.0.0', 'discord.js': '^14.0.0' } }),
			'src/commands/ping.ts':
				"import { Command } from '@sapphire/framework';\nexport class Ping extends Command {\n\tpublic override async chatInputRun(ctx: Command.ChatInputCommandInteraction) {\n\t\tawait ctx.deferReply();\n\t}\n}\n",
		});
		const refusal = migrate({ root: sapphire });
		await expect(refusal).rejects.toBeInstanceOf(MigrationError);
		await expect(refusal).rejects.toMatchObject({
			code: 'MIGRATE_FRAMEWORK',
			message: expect.stringMatching(
				/^This bot is built on Sapphire \(@sapphire\/framework, found in package\.json\).*Command, Listener, Precondition.*--force/,
			),
		});
		// No package.json: the imports tell (discordx here).
		const discordx = await project({ 'main.ts': "import { Discord, Slash } from 'discordx';\n@Discord()\nexport class Hello {}\n" });
		await expect(migrate({ root: discordx })).rejects.toMatchObject({
			code: 'MIGRATE_FRAMEWORK',
			message: expect.stringContaining('built on discordx (discordx, found in main.ts)'),
		});
		const forced = await migrate({ root: sapphire, force: true });
		expect(forced.notes).toContain(
			'Migrated with --force although the bot is built on Sapphire: its framework classes were left as they are.',
		);
	});
});

describe('4. Comments and formatting are kept byte for byte', () => {
	it('keeps the header comment above a discord.js require it removes or rewrites', async () => {
		const header = '/**\n * Ticket bot.\n * (c) someone, MIT.\n */\n';
		const js = `${header}const { Client, GatewayIntentBits } = require('discord.js');\n\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.login(process.env.TOKEN);\n`;
		const helper = `${header}// eslint-disable-next-line\nconst { EmbedBuilder } = require('discord.js');\n\nmodule.exports = () => 1;\n`;
		const out = await migrateText(js, { fileName: 'bot.js', files: { 'helper.js': helper } });
		expect(out.text).toBe(
			`${header}const { createClient } = require('ovenjs');\n\nconst client = createClient({ token: process.env.TOKEN, intents: ['Guilds'] });\nclient.login();\n`,
		);
		// The require had nothing left: its line goes, the comments above it stay.
		expect(out.file('helper.js')).toBe(`${header}// eslint-disable-next-line\n\n\nmodule.exports = () => 1;\n`);
	});

	it('writes rewrites with the indentation they had: long multi-line bodies do not drift', async () => {
		const body = `import { Client } from 'discord.js';
const client = new Client({ intents: [] });
client.on('interactionCreate', async (interaction) => {
	if (interaction.isChatInputCommand()) {
		if (interaction.commandName === 'x') {
			await interaction.reply({
				content: [
					'line one',
					'line two',
				].join('\\n'),
				ephemeral: true,
			});
		}
	}
});
`;
		const out = await migrateText(body);
		// The body is untouched: its lines keep their indentation, byte for byte.
		expect(out.text).toContain(body.slice(body.indexOf('\t\t\tawait interaction.reply({'), body.indexOf('\t\t}\n\t}\n});')));
	});
});

describe('5. Builders stay builders where code still calls them; import type stays import type', () => {
	it('leaves a builder set up across statements a discord.js builder, and keeps type-only imports type-only', async () => {
		const bot = `import { ModalBuilder, ActionRowBuilder, TextInputBuilder, TextInputStyle, type ChatInputCommandInteraction } from 'discord.js';
import type { Message } from 'discord.js';
export async function open(interaction: ChatInputCommandInteraction, last: Message) {
	const modal = new ModalBuilder().setCustomId('m').setTitle('Report');
	const input = new TextInputBuilder().setCustomId('why').setLabel('Why').setStyle(TextInputStyle.Short);
	modal.addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input));
	await interaction.showModal(modal);
	return last.id;
}
`;
		const out = await migrateText(bot);
		expect(out.text).toContain("\tconst modal = new ModalBuilder().setCustomId('m').setTitle('Report');\n");
		expect(out.text).toContain('\tmodal.addComponents(');
		expect(out.todos).toContainEqual(
			expect.stringMatching(/^new ModalBuilder\(\) stays a discord\.js builder \(it is set up later, with modal\.addComponents\(\)/),
		);
		expect(out.text).toContain("import type { Message } from 'ovenjs';");
		expect(out.text).toMatch(/import \{[^}]*ModalBuilder[^}]*\} from 'discord\.js';/);
	});
});

describe('And: the other mistakes of the same bots', () => {
	it("reads no table entry from Object's prototype (a todo saying `[object Undefined]`)", async () => {
		const bot = `import { Client, ButtonBuilder } from 'discord.js';
const client = new Client({ intents: [] });
client.on('messageCreate', (message) => {
	console.log(message.toString(), message.constructor.name, String(message.valueOf()));
	const b = new ButtonBuilder().setCustomId('a').setLabel('A').toString();
});
`;
		const out = await migrateText(bot);
		expect(out.todos.join('\n')).not.toMatch(/\[object|function |native code/);
	});

	it("carries the client's allowedMentions to every message it sends, so @everyone still pings no one", async () => {
		const bot = `import { Client, GatewayIntentBits } from 'discord.js';
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent], allowedMentions: { parse: [], repliedUser: false } });
const reply = { content: 'a' };
client.on('messageCreate', async (message) => {
	await message.channel.send(\`echo: \${message.content}\`);
	await message.channel.send(message.content.slice(5));
	await message.channel.send(reply);
	await message.reply({ content: message.content ?? '' });
	await message.reply({ content: 'x', allowedMentions: { parse: ['users'] } });
});
client.on('interactionCreate', async (interaction) => {
	if (interaction.isChatInputCommand()) await interaction.reply({ content: interaction.options.getString('text') ?? '', ephemeral: true });
});
client.login('t');
`;
		const out = await migrateText(bot);
		expect(out.text).toContain("createClient({ token: 't', intents: ['Guilds', 'GuildMessages', 'MessageContent'] })");
		expect(out.text).toContain(
			'await message.channel.send({ content: `echo: ${message.content}`, allowed_mentions: { parse: [], replied_user: false } });',
		);
		expect(out.text).toContain(
			'await message.channel.send({ content: message.content.slice(5), allowed_mentions: { parse: [], replied_user: false } });',
		);
		expect(out.todos).toEqual([
			expect.stringContaining('send allowed_mentions: { parse: [], replied_user: false } with this body (`reply`)'),
		]);
		expect(out.text).toContain(
			"await message.reply({ content: message.content ?? '', allowed_mentions: { parse: [], replied_user: false } });",
		);
		expect(out.text).toContain("await message.reply({ content: 'x', allowed_mentions: { parse: ['users'] } });");
		expect(out.text).toContain(
			"await interaction.reply({ content: interaction.options.getString('text') ?? '', ephemeral: true, allowed_mentions: { parse: [], replied_user: false } });",
		);
		expect(out.result.notes).toContainEqual(
			expect.stringContaining("The client's allowedMentions ({ parse: [], replied_user: false }) now goes with every message body"),
		);
	});

	it('rewrites or marks message.client, interaction.client, Events.ClientReady, clientReady, user.tag, avatars, member.roles.cache, Colors, client.application.commands', async () => {
		const bot = `import { Client, Colors, EmbedBuilder, Events, GatewayIntentBits } from 'discord.js';
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });
client.once(Events.ClientReady, async (ready) => {
	console.log(ready.user.tag);
	await client.application?.commands.set([{ name: 'ping', description: 'Ping' }]);
});
client.on('clientReady', () => undefined);
client.on(Events.MessageCreate, async (message) => {
	if (!message.member?.roles.cache.has('123')) return;
	const embed = new EmbedBuilder().setColor(Colors.Blurple).setThumbnail(message.author.displayAvatarURL());
	console.log(message.client.user?.id, message.author.tag, message.createdTimestamp);
	await message.reply({ embeds: [embed] });
});
client.on(Events.InteractionCreate, (interaction) => console.log(interaction.client.ws.ping));
client.login(process.env.DISCORD_TOKEN);
`;
		const out = await migrateText(bot);
		// The ready listener gets the client OvenJS does not pass; what OvenJS has by discord.js's name stays.
		expect(out.text).toContain("client.once('ready', async (ready = client) => {");
		expect(out.text).toContain("client.on('ready', () => undefined);");
		// OvenJS's client.user may be undefined: what is read on it is read with ?.
		expect(out.text).toContain('console.log(ready.user?.tag);');
		// application is renamed applicationId only where nothing of discord.js's is read on it: here the line stays, marked.
		expect(out.text).toContain("await client.application?.commands.set([{ name: 'ping', description: 'Ping' }]);");
		// A manager's cache read through OvenJS's manager, the optional chain kept.
		expect(out.text).toContain("if (!message.member?.roles.has('123')) return;");
		// A chain the table reads otherwise from the same value: the table's example, from the receiver on.
		expect(out.text).toContain('console.log(interaction.client.shards[0]?.latency)');
		expect(out.text).toContain('console.log(message.client.user?.id, message.author.tag, message.createdTimestamp);');
		expect(out.text).toContain('.setColor(0x5865f2 /* Blurple */).setThumbnail(message.author.displayAvatarURL())');
		expect(out.text).not.toMatch(/from 'discord\.js'/);
		// What OvenJS writes otherwise: the todo gives the table's example.
		expect(out.todos).toEqual(
			expect.arrayContaining([
				expect.stringContaining('is written otherwise in OvenJS: `syncCommands(client.api, client.applicationId!, [slash])`'),
			]),
		);
	});

	it("migrates a class that extends Client: its super(…) options become createClient's, with the token", async () => {
		const bot = `import { Client, Collection, GatewayIntentBits, Partials } from 'discord.js';
export class Bot extends Client {
	commands = new Collection<string, unknown>();
	constructor() {
		super({ intents: [GatewayIntentBits.Guilds], partials: [Partials.Channel] });
	}
	async start() {
		await this.login(process.env.BOT_TOKEN);
	}
}
`;
		const out = await migrateText(bot);
		expect(code(out.text)).toContain("super({ token: process.env.BOT_TOKEN!, intents: ['Guilds'] });");
		expect(out.text).toContain('await this.login();');
		expect(out.text).toMatch(/^import \{ Client \} from 'ovenjs';$/m);
		expect(typeCheck(out.text)).toEqual([]);
	});

	it("keeps a CommonJS bot CommonJS: require('ovenjs'), with a note on the Node it needs", async () => {
		const out = await migrateText(
			"const { Client, GatewayIntentBits } = require('discord.js');\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.login(process.env.TOKEN);\n",
			{ fileName: 'index.js', packageJson: { name: 'bot', engines: { node: '>=18' }, dependencies: { 'discord.js': '^14.0.0' } } },
		);
		expect(out.text).toContain("const { createClient } = require('ovenjs');");
		expect(out.result.notes).toContainEqual(expect.stringContaining("require('ovenjs'), which Node loads from 20.19"));
		expect(out.result.notes).toContainEqual(expect.stringContaining('engines.node (">=18") allows older ones'));
	});
});
