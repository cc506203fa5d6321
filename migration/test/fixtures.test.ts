import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project } from 'ts-morph';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { migrate, runTransforms, transforms, type MigrationResult } from '@ovenjs/migrate';
import { linkDiscordJs } from './_migrateText.js';

const here = dirname(fileURLToPath(import.meta.url));
const workspaceModules = resolve(here, '../../node_modules');

/**
 * Copies a fixture bot into a temp folder with its discord.js installed (the type checker reads
 * its receivers against those typings), migrates it in place, then makes it an ES module with
 * the workspace's node_modules (ovenjs and discord.js 14) for the type check.
 */
async function migrated(fixture: string, from: 'v13' | 'v14') {
	const root = await mkdtemp(join(tmpdir(), `oven-migrate-${fixture}-`));
	await cp(join(here, 'fixtures', fixture), root, { recursive: true });
	linkDiscordJs(root, from);
	const result = await migrate({ root, write: true, force: true });
	await rm(join(root, 'node_modules'), { recursive: true, force: true });
	await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
	await symlink(workspaceModules, join(root, 'node_modules'), 'dir');
	return { root, result };
}

/** Type-checks `files` against the workspace's ovenjs (its built types, runtime/dist) and returns the diagnostics as text. */
function typeCheck(files: string[]): string[] {
	const program = ts.createProgram(files, {
		strict: true,
		noEmit: true,
		skipLibCheck: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.NodeNext,
		moduleResolution: ts.ModuleResolutionKind.NodeNext,
		noUncheckedIndexedAccess: true,
		exactOptionalPropertyTypes: true,
		types: ['node'],
	});
	return ts.getPreEmitDiagnostics(program).map((d) => {
		const where =
			d.file === undefined || d.start === undefined ? '' : `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `;
		return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
	});
}

/** The todo messages of one migrated file. */
function todosOf(result: MigrationResult, path: string): string[] {
	const file = result.files.find((candidate) => candidate.path === path || candidate.path.endsWith(`/${path}`));
	if (file === undefined) throw new Error(`no ${path} in the migration result (files: ${result.files.map((f) => f.path).join(', ')})`);
	return file.todos.map((todo) => todo.message);
}

describe('fixture bots', () => {
	it('migrates the v14 TypeScript bot, its command deploy (with context menus) and its ShardingManager launcher, which then type-check', async () => {
		const { root, result } = await migrated('v14-ts', 'v14');
		const bot = await readFile(join(root, 'bot.ts'), 'utf8');
		expect(bot).not.toContain('discord.js');
		expect(bot).toContain("import { EmbedBuilder, type Message, createClient, Permissions } from 'ovenjs';");
		expect(bot).toContain('await message.reply({ embeds: [embed.toJSON()], allowed_mentions: { replied_user: false } });');
		expect(bot).toContain("await interaction.reply({ content: 'hidden too', ephemeral: true });");
		// Collection is @discordjs/collection's: it stays, with every method, for this file and any other that reads it.
		expect(bot).toContain("import { Collection } from '@discordjs/collection';");
		expect(bot).toContain('const pings = new Collection<string, number>();');
		expect(todosOf(result, 'bot.ts')).toEqual(expect.arrayContaining([expect.stringContaining('partials removed')]));
		// Interactions keep discord.js's guards, as OvenJS's interactions have them.
		expect(bot).toContain('if (!interaction.isChatInputCommand()) return;');
		const deploy = await readFile(join(root, 'deploy.ts'), 'utf8');
		expect(deploy).not.toContain("from 'discord.js'");
		expect(deploy).toContain("defineCommand({ name: 'secret', description: 'An ephemeral reply'");
		expect(deploy).toContain('syncCommands(');
		// Context menu commands (slash-commands), answered in interactionCreate behind their guards.
		expect(deploy).toContain("defineUserCommand({ name: 'High five', run: () => undefined }),");
		expect(deploy).toContain("defineMessageCommand({ name: 'Bookmark', run: () => undefined }),");
		expect(deploy).toContain(
			"import { REST, defineCommand, option, defineUserCommand, defineMessageCommand, API, syncCommands } from 'ovenjs';",
		);
		expect(bot).toContain("if (interaction.isUserContextMenuCommand() && interaction.commandName === 'High five') {");
		expect(bot).toContain("await interaction.reply({ content: 'bookmarked', ephemeral: true });");
		// A select menu's values: the view has them as discord.js does, and they type-check.
		expect(bot).toContain('const [theme] = interaction.values;');
		expect(bot).toContain('(${interaction.values.length} picked)');
		// The ShardingManager launcher (sharding-manager) is todo-only: unchanged but for the marks, still on discord.js.
		const shard = await readFile(join(root, 'shard.ts'), 'utf8');
		expect(shard).toContain("import { ShardingManager } from 'discord.js';");
		expect(shard).toContain("const manager = new ShardingManager('./bot.ts', { totalShards: 2, token: process.env.DISCORD_TOKEN! });");
		expect(todosOf(result, 'shard.ts')).toEqual([
			expect.stringContaining('still from discord.js: ShardingManager (OvenJS runs shards in several processes with oven cluster'),
			expect.stringContaining(
				"new ShardingManager(…): run the bot with `npx -p ovenjs oven cluster ./bot.ts --processes <n> --shards 2`, or in code new Cluster({ script: './bot.ts', processes: <n>, shardCount: 2, token })",
			),
		]);
		// Every migrated TypeScript file type-checks; shard.ts against discord.js's own types, which it still imports.
		expect(typeCheck([join(root, 'bot.ts'), join(root, 'deploy.ts'), join(root, 'shard.ts')])).toEqual([]);
	});

	it('migrates the v14 JavaScript ticket bot (components, select menus, modals, attachments, collectors, Collection, ChannelType, ActivityType)', async () => {
		const { root, result } = await migrated('v14-js', 'v14');
		const bot = await readFile(join(root, 'bot.js'), 'utf8');
		// WebhookClient has no OvenJS equivalent: it stays on discord.js, marked.
		expect(bot).toContain("import { WebhookClient } from 'discord.js';");
		expect(bot).toContain(
			"const client = createClient({ token: process.env.DISCORD_TOKEN, intents: ['Guilds', 'GuildMessages', 'MessageContent'] });",
		);
		expect(bot).toContain('const tickets = new Collection();');
		expect(bot).toContain("import { Collection } from '@discordjs/collection';");
		expect(bot).toContain("button({ custom_id: 'ticket-open', label: 'Open a ticket', style: 'primary' })");
		expect(bot).toContain('await interaction.showModal(modal);');
		expect(bot).toContain('await interaction.deferReply({ ephemeral: true });');
		// Every select menu kind (components), and the values the bot reads from them (interaction-replies).
		expect(bot).toContain(
			"import { createClient, button, actionRow, stringSelect, userSelect, roleSelect, channelSelect, mentionableSelect, textInput, modal as ovenModal } from 'ovenjs';",
		);
		expect(bot).toContain(
			"return actionRow(stringSelect({ custom_id: 'ticket-priority', placeholder: 'Priority', options: [{ label: 'Low', value: 'low' }, { label: 'Normal', value: 'normal', description: 'The default' }, { label: 'High', value: 'high', emoji: { name: '🔥' } }] }));",
		);
		expect(bot).toContain("actionRow(userSelect({ custom_id: 'setup-assignee', placeholder: 'Assignee', max_values: 1 })),");
		expect(bot).toContain("actionRow(roleSelect({ custom_id: 'setup-role', placeholder: 'Staff role' })),");
		expect(bot).toContain("actionRow(channelSelect({ custom_id: 'setup-channel', channel_types: [0 /* GuildText */], min_values: 1 })),");
		expect(bot).toContain("actionRow(mentionableSelect({ custom_id: 'setup-ping', placeholder: 'Who to ping', max_values: 3 })),");
		expect(bot).toContain('await interaction.update({ content: `Priority set to ${interaction.values[0]}`, components: [closeRow()] });');
		expect(bot).toContain("} else if (interaction.isUserSelectMenu() && interaction.customId === 'setup-assignee') {");
		// The attachment became a file to upload, and the send that carries it is marked (components).
		expect(bot).toContain("const transcript = { name: 'transcript.txt', data: Buffer.from([...tickets.values()].join('\\n')) };");
		// Collectors are marked, not rewritten.
		expect(bot).toContain('const collector = poll.createMessageComponentCollector({ time: 15_000 });');
		expect(bot).toContain('const why = await i.awaitModalSubmit({ time: 60_000 });');
		expect(todosOf(result, 'bot.js')).toEqual(
			expect.arrayContaining([
				expect.stringContaining('presence'),
				expect.stringContaining('this is now a file to upload (RawFile)'),
				expect.stringContaining(
					"`message.channel.send({ content: 'the open tickets', files: …` sends files: OvenJS's message views send JSON only",
				),
				// Collectors, from the equivalents table; the second's receiver is untyped (a collector's listener), so it is only flagged.
				expect.stringContaining(
					'`poll.createMessageComponentCollector`: Message.createMessageComponentCollector is written otherwise in OvenJS: `handler.collectComponents(',
				),
				expect.stringContaining("sends files: OvenJS's message views send JSON only"),
				expect.stringContaining('new WebhookClient(…): OvenJS has no WebhookClient; client.api.webhooks.execute('),
				// A discord.js-only client method.
				expect.stringContaining(
					"`client.generateInvite`: discord.js's Client.generateInvite has no OvenJS equivalent in the table; client.api has every endpoint",
				),
				// A discord.js-only client method (unsupported-apis).
			]),
		);
	});

	it('migrates the v13 JavaScript bot', async () => {
		const { root, result } = await migrated('v13-js', 'v13');
		const bot = await readFile(join(root, 'bot.js'), 'utf8');
		expect(bot).not.toContain("'discord.js'");
		expect(bot).toMatch(/^const \{ createClient, EmbedBuilder, .*\} = require\('ovenjs'\);$/m);
		expect(bot).toContain("intents: ['Guilds', 'GuildMessages', 'GuildModeration', 'MessageContent']");
		expect(bot).toContain("client.on('messageCreate', async (message) => {");
		expect(bot).toContain(".setAuthor({ name: message.author.username, icon_url: 'https://cdn.example.com/a.png' })");
		expect(bot).toContain("embed.addFields({ name: 'Members', value: '42', inline: true });");
		expect(bot).toContain('await message.channel.send({ embeds: [embed.toJSON()] });');
		// The member's permissions may be unknown to OvenJS (roles not cached): then not allowed.
		expect(bot).toContain("message.member.permissions?.has('BanMembers')");
		expect(bot).toContain("button({ custom_id: 'feedback-open', label: 'Give feedback', style: 'primary' })");
		// v13's isCommand() (a slash command then) and isSelectMenu() take their v14 names.
		expect(bot).toContain('if (!interaction.isChatInputCommand()) return;');
		expect(bot).toContain("if (interaction.isStringSelectMenu() && interaction.customId === 'feedback-topic') {");
		expect(bot).toContain('await interaction.deferReply({ ephemeral: true });');
		// v13 strings: a channel type compared with .type (channel-types) and activity types (activity-types).
		expect(bot).toContain("if (message.content === '!info' && message.channel.type === 0 /* GuildText */) {");
		expect(bot).toContain("client.user?.setPresence({ activities: [{ name: 'the queue', type: 3 /* Watching */ }], status: 'idle' });");
		expect(bot).toContain("client.user?.setActivity('your feedback', { type: 2 /* Listening */ });");
		// MessageSelectMenu and the values read from it; MessageAttachment; awaitMessageComponent.
		expect(bot).toContain(
			"return actionRow(stringSelect({ custom_id: 'feedback-topic', placeholder: 'What is it about?', options: [{ label: 'Bug', value: 'bug', description: 'Something broke' }, { label: 'Idea', value: 'idea' }] }));",
		);
		expect(bot).toContain("await interaction.reply({ content: `noted: ${interaction.values.join(', ')}`, ephemeral: true });");
		expect(bot).toContain("const logo = { name: 'logo.png', path: './logo.png' };");
		expect(bot).toContain("const choice = await sent.awaitMessageComponent({ componentType: 'SELECT_MENU', time: 15000 });");
		// The token is declared after the client, so it cannot move into createClient's options.
		expect(todosOf(result, 'bot.js')).toEqual(
			expect.arrayContaining([
				expect.stringContaining('set the token'),
				expect.stringContaining('partials removed'),
				expect.stringContaining(
					'`message.channel.awaitMessages`: TextBasedChannelFields.awaitMessages has no OvenJS equivalent; Listen to `messageCreate`',
				),
				expect.stringContaining('this is now a file to upload (RawFile)'),
				expect.stringContaining(
					"`sent.awaitMessageComponent`: discord.js's Message.awaitMessageComponent has no OvenJS equivalent in the table",
				),
				// ShardClientUtil (sharding-manager).
				expect.stringContaining('`client.shard`: Client.shard is written otherwise in OvenJS: `client.shards.map((shard) => shard.id)`'),
			]),
		);
		// The ShardingManager launcher is todo-only and keeps its discord.js require.
		const launcher = await readFile(join(root, 'launcher.js'), 'utf8');
		expect(launcher).toContain("const { ShardingManager } = require('discord.js');");
		expect(todosOf(result, 'launcher.js')).toEqual([
			expect.stringContaining(
				"new ShardingManager(…): run the bot with `npx -p ovenjs oven cluster ./bot.js --processes <n> --shards auto`, or in code new Cluster({ script: './bot.js', processes: <n>, shardCount: 'auto', token })",
			),
		]);
	});

	it('migrates the v13 TypeScript bot, which then type-checks against ovenjs', async () => {
		const { root } = await migrated('v13-ts', 'v13');
		const bot = await readFile(join(root, 'bot.ts'), 'utf8');
		expect(bot).not.toContain("from 'discord.js'");
		expect(bot).toContain(
			"const client = createClient({ token: process.env.DISCORD_TOKEN!, intents: ['Guilds', 'GuildMessages', 'MessageContent'] });",
		);
		expect(bot).toContain('.setColor(0x5865f2)');
		expect(bot).toContain('await message.reply({ embeds: [statusEmbed(message).toJSON()] });');
		expect(bot).toContain("button({ custom_id: 'vote-yes', label: 'Yes', style: 'success' })");
		// v13 channel type strings in a switch on .type (channel-types).
		expect(bot).toContain('switch (message.channel.type) {\n\t\t\tcase 0 /* GuildText */:');
		expect(bot).toContain('case 11 /* PublicThread */:');
		expect(bot).toContain("if (interaction.isChatInputCommand() && interaction.commandName === 'vote') {");
		expect(typeCheck([join(root, 'bot.ts')])).toEqual([]);
	});

	it('exercises every transform: each, run alone on the original fixture files, rewrites or marks something', async () => {
		const fixtures = { 'v14-ts': 'v14', 'v14-js': 'v14', 'v13-js': 'v13', 'v13-ts': 'v13' } as const;
		const actedOn = new Map<string, string[]>(transforms.map((transform) => [transform.name, []]));
		// Those that act on discord.js values need the fixture's discord.js typings: run through migrate().
		const typed = new Set(['interaction-replies', 'discord-members']);
		for (const [fixture, from] of Object.entries(fixtures)) {
			for (const name of await readdir(join(here, 'fixtures', fixture))) {
				const text = await readFile(join(here, 'fixtures', fixture, name), 'utf8');
				for (const transform of transforms.filter((t) => !typed.has(t.name))) {
					const file = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } }).createSourceFile(name, text);
					const todos = runTransforms(file, { transforms: [transform], from });
					if (todos.length > 0 || file.getFullText() !== text) actedOn.get(transform.name)?.push(`${fixture}/${name}`);
				}
			}
			const root = await mkdtemp(join(tmpdir(), `oven-migrate-${fixture}-`));
			await cp(join(here, 'fixtures', fixture), root, { recursive: true });
			linkDiscordJs(root, from);
			for (const transform of transforms.filter((t) => typed.has(t.name))) {
				for (const file of (await migrate({ root, transforms: [transform] })).files)
					if (file.changed) actedOn.get(transform.name)?.push(`${fixture}/${file.path}`);
			}
		}
		const idle = [...actedOn].filter(([, files]) => files.length === 0).map(([name]) => name);
		expect(idle, JSON.stringify(Object.fromEntries(actedOn), null, 1)).toEqual([]);
		// The transforms this suite was extended for, where they act.
		expect(actedOn.get('slash-commands')).toContain('v14-ts/deploy.ts');
		expect(actedOn.get('discord-members')).toEqual(expect.arrayContaining(['v14-js/bot.js', 'v13-js/bot.js']));
		expect(actedOn.get('sharding-manager')).toEqual(expect.arrayContaining(['v14-ts/shard.ts', 'v13-js/launcher.js']));
		expect(actedOn.get('channel-types')).toEqual(expect.arrayContaining(['v13-js/bot.js', 'v13-ts/bot.ts']));
		expect(actedOn.get('activity-types')).toEqual(expect.arrayContaining(['v14-js/bot.js', 'v13-js/bot.js']));
	});

	it('has a type check that catches what ovenjs would reject', async () => {
		const { root } = await migrated('v14-ts', 'v14');
		await writeFile(
			join(root, 'bad.ts'),
			"import { createClient } from 'ovenjs';\nconst client = createClient({ token: 'x', intents: ['Guilds'] });\nclient.on('messageCreate', () => {});\n",
		);
		expect(typeCheck([join(root, 'bad.ts')])).toEqual([expect.stringContaining('bad.ts:3:')]);
	});
});
