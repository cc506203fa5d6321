import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { migrate, type MigrationResult } from '@ovenjs/migrate';

const here = dirname(fileURLToPath(import.meta.url));
const workspaceModules = resolve(here, '../../node_modules');

/** Copies a fixture bot into a temp folder (ESM, with the workspace's node_modules linked) and migrates it in place. */
async function migrated(fixture: string, from: 'v13' | 'v14') {
	const root = await mkdtemp(join(tmpdir(), `oven-migrate-${fixture}-`));
	await cp(join(here, 'fixtures', fixture), root, { recursive: true });
	const result = await migrate({ root, from, write: true, force: true });
	await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
	await symlink(workspaceModules, join(root, 'node_modules'), 'dir');
	return { root, result };
}

/** Type-checks `files` against the workspace's ovenjs (its built types, runtime/dist) and returns the diagnostics as text. */
function typeCheck(files: string[]): string[] {
	const program = ts.createProgram(files, {
		strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
		noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, types: ['node'],
	});
	return ts.getPreEmitDiagnostics(program).map((d) => {
		const where = d.file === undefined || d.start === undefined ? '' : `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `;
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
	it('migrates the v14 TypeScript bot and its command deploy, which then type-check against ovenjs', async () => {
		const { root, result } = await migrated('v14-ts', 'v14');
		const bot = await readFile(join(root, 'bot.ts'), 'utf8');
		expect(bot).not.toContain('discord.js');
		expect(bot).toContain("import { EmbedBuilder, type Message, createClient, Permissions } from 'ovenjs';");
		expect(bot).toContain("await message.reply({ embeds: [embed.toJSON()], allowed_mentions: { replied_user: false } });");
		expect(bot).toContain("await interaction.reply({ content: 'hidden too' }, { ephemeral: true });");
		expect(bot).toContain('const pings = new Map<string, number>();');
		expect(todosOf(result, 'bot.ts')).toEqual(expect.arrayContaining([
			expect.stringContaining('partials removed'),
			expect.stringContaining('isChatInputCommand() became a test of the interaction type'),
		]));
		const deploy = await readFile(join(root, 'deploy.ts'), 'utf8');
		expect(deploy).not.toContain("from 'discord.js'");
		expect(deploy).toContain("defineCommand({ name: 'secret', description: 'An ephemeral reply'");
		expect(deploy).toContain('syncCommands(');
		expect(typeCheck([join(root, 'bot.ts'), join(root, 'deploy.ts')])).toEqual([]);
	});

	it('migrates the v14 JavaScript ticket bot (components, modals, Collection, ChannelType, ActivityType)', async () => {
		const { root, result } = await migrated('v14-js', 'v14');
		const bot = await readFile(join(root, 'bot.js'), 'utf8');
		expect(bot).not.toContain('discord.js');
		expect(bot).toContain("const client = createClient({ token: process.env.DISCORD_TOKEN, intents: ['Guilds', 'GuildMessages', 'MessageContent'] });");
		expect(bot).toContain('const tickets = new Map();');
		expect(bot).toContain("button({ custom_id: 'ticket-open', label: 'Open a ticket', style: 'primary' })");
		expect(bot).toContain('await interaction.showModal(modal);');
		expect(bot).toContain('await interaction.defer({ ephemeral: true });');
		expect(todosOf(result, 'bot.js')).toEqual(expect.arrayContaining([expect.stringContaining('presence')]));
	});

	it('migrates the v13 JavaScript bot', async () => {
		const { root, result } = await migrated('v13-js', 'v13');
		const bot = await readFile(join(root, 'bot.js'), 'utf8');
		expect(bot).not.toContain('discord.js');
		expect(bot).toMatch(/^const \{ createClient, EmbedBuilder, .*\} = require\('ovenjs'\);$/m);
		expect(bot).toContain("intents: ['Guilds', 'GuildMessages', 'GuildModeration', 'MessageContent']");
		expect(bot).toContain("client.on('messageCreate', async (message) => {");
		expect(bot).toContain(".setAuthor({ name: message.author.username, icon_url: 'https://cdn.example.com/a.png' })");
		expect(bot).toContain("embed.addFields({ name: 'Members', value: '42', inline: true });");
		expect(bot).toContain('await message.channel.send({ embeds: [embed.toJSON()] });');
		expect(bot).toContain("message.member.permissions.has('BanMembers')");
		expect(bot).toContain("button({ custom_id: 'feedback-open', label: 'Give feedback', style: 'primary' })");
		expect(bot).toContain('if (interaction.type !== 2) return;');
		expect(bot).toContain('await interaction.defer({ ephemeral: true });');
		// The token is declared after the client, so it cannot move into createClient's options.
		expect(todosOf(result, 'bot.js')).toEqual(expect.arrayContaining([
			expect.stringContaining('set the token'),
			expect.stringContaining('partials removed'),
			expect.stringContaining('awaitMessages(): OvenJS has no message collectors'),
		]));
	});

	it('migrates the v13 TypeScript bot, which then type-checks against ovenjs', async () => {
		const { root, result } = await migrated('v13-ts', 'v13');
		const bot = await readFile(join(root, 'bot.ts'), 'utf8');
		expect(bot).not.toContain("from 'discord.js'");
		expect(bot).toContain("const client = createClient({ token: process.env.DISCORD_TOKEN!, intents: ['Guilds', 'GuildMessages', 'MessageContent'] });");
		expect(bot).toContain('.setColor(0x5865f2)');
		expect(bot).toContain("await message.reply({ embeds: [statusEmbed(message).toJSON()] });");
		expect(bot).toContain("button({ custom_id: 'vote-yes', label: 'Yes', style: 'success' })");
		expect(todosOf(result, 'bot.ts')).toEqual(expect.arrayContaining([expect.stringContaining('isButton() became a test of the interaction type')]));
		expect(typeCheck([join(root, 'bot.ts')])).toEqual([]);
	});

	it('has a type check that catches what ovenjs would reject', async () => {
		const { root } = await migrated('v14-ts', 'v14');
		await writeFile(join(root, 'bad.ts'), "import { createClient } from 'ovenjs';\nconst client = createClient({ token: 'x', intents: ['Guilds'] });\nclient.on('messageCreate', () => {});\n");
		expect(typeCheck([join(root, 'bad.ts')])).toEqual([expect.stringContaining('bad.ts:3:')]);
	});
});
