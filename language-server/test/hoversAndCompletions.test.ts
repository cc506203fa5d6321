import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CompletionRequest,
	HoverRequest,
	type CompletionItem,
	type CompletionList,
	type Hover,
	type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { assertBuilt, copyFixture, LspClient, positionOf } from './_lsp.js';

// A file of the bot fixture's project (bot.js makes the custom_ids 'confirm' and 'snooze').
const EDITOR = `import { Client, GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import chokidar from 'chokidar';

const client = new Client({ intents: [GatewayIntentBits.Guilds] });
client.on('', () => {});
client.on('guildMemberAdd', () => {});

const watcher = chokidar.watch('.');
watcher?.on('', () => {});

export const owner = '175928847299117063';
export const bits = PermissionFlagsBits.Ba;
export const ban = PermissionFlagsBits.BanMembers;

export function handle(interaction: { customId: string }): void {
	if (interaction.customId === '') return;
}
`;

describe('hovers and completions over LSP', () => {
	let fixture: ReturnType<typeof copyFixture>;
	let client: LspClient;
	let uri: string;

	beforeAll(async () => {
		assertBuilt();
		fixture = copyFixture('bot');
		writeFileSync(fixture.path('src/editor.ts'), EDITOR);
		uri = fixture.uri('src/editor.ts');
		client = new LspClient();
		const init = await client.initialize(fixture.dir);
		expect(init.capabilities.hoverProvider).toBe(true);
		expect(init.capabilities.completionProvider?.triggerCharacters).toEqual([`'`, `"`, '`', '.']);
		await client.open(uri, EDITOR);
	});

	afterAll(() => {
		client?.dispose();
		fixture?.dispose();
	});

	const hover = async (needle: string, delta: number): Promise<string | undefined> => {
		const answer = (await client.connection.sendRequest(HoverRequest.type, {
			textDocument: { uri },
			position: positionOf(EDITOR, needle, delta),
		})) as Hover | null;
		return answer === null ? undefined : (answer.contents as MarkupContent).value;
	};
	const complete = async (needle: string): Promise<CompletionItem[]> => {
		const answer = (await client.connection.sendRequest(CompletionRequest.type, {
			textDocument: { uri },
			position: positionOf(EDITOR, needle, needle.length),
		})) as CompletionItem[] | CompletionList | null;
		return answer === null ? [] : Array.isArray(answer) ? answer : answer.items;
	};

	it('explains snowflakes, intents, events and permission flags on hover', async () => {
		expect(await hover(`'175928847299117063'`, 3)).toMatch(/^\(snowflake\) 175928847299117063\n\nCreated at 2016-04-30T11:18:25\.796Z/);
		expect(await hover('Guilds]', 2)).toMatch(/^\(gateway intent\) Guilds = 1 << 0\n\n/);
		const event = await hover(`'guildMemberAdd'`, 2);
		expect(event).toContain('(gateway event) guildMemberAdd ← GUILD_MEMBER_ADD');
		expect(event).toContain('this listener never fires');
		expect(await hover('BanMembers;', 2)).toMatch(/^\(permission\) BanMembers = 1 << 2 — elevated \(2FA\)\n\n/);
		expect(await hover('const watcher', 8)).toBeUndefined();
	});

	it("completes a client's events, noting the intent a never-firing one needs", async () => {
		const items = await complete("client.on('");
		const byName = new Map(items.map((item) => [item.label, item]));
		expect(byName.get('interactionCreate')?.labelDetails).toBeUndefined();
		expect(byName.get('guildMemberAdd')?.labelDetails?.description).toBe('needs intent GuildMembers');
		expect(byName.get('guildMemberAdd')?.textEdit).toEqual({
			range: { start: positionOf(EDITOR, "client.on('", 11), end: positionOf(EDITOR, "client.on('", 11) },
			newText: 'guildMemberAdd',
		});
		// A never-firing event sorts after the others.
		expect((byName.get('guildMemberAdd')?.sortText ?? '') > (byName.get('interactionCreate')?.sortText ?? '')).toBe(true);
	});

	it('offers no Discord events on a chokidar watcher', async () => {
		expect(await complete("watcher?.on('")).toEqual([]);
	});

	it("completes the project's custom_ids in a handler and permission names after a flags object", async () => {
		const ids = await complete("customId === '");
		expect(ids.map((item) => [item.label, item.labelDetails?.description]).sort()).toEqual([
			['confirm', 'button · bot.js'],
			['snooze', 'button · bot.js'],
		]);
		const flags = await complete('PermissionFlagsBits.Ba');
		const ban = flags.find((item) => item.label === 'BanMembers');
		expect(ban?.textEdit).toEqual({
			range: { start: positionOf(EDITOR, 'PermissionFlagsBits.Ba', 20), end: positionOf(EDITOR, 'PermissionFlagsBits.Ba', 22) },
			newText: 'BanMembers',
		});
	});
});

describe('an editor whose tsserver runs @ovenjs/ts-plugin', () => {
	it('gets no hovers or completions from the server (the plugin serves them), only with hoversAndCompletions: false', async () => {
		assertBuilt();
		const fixture = copyFixture('bot');
		const client = new LspClient();
		try {
			const init = await client.initialize(fixture.dir, { hoversAndCompletions: false });
			expect(init.capabilities.hoverProvider).toBeUndefined();
			expect(init.capabilities.completionProvider).toBeUndefined();
			expect(init.capabilities.codeActionProvider).toBeDefined();
		} finally {
			client.dispose();
			fixture.dispose();
		}
	});
});
