import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CodeLensRequest,
	DidChangeWatchedFilesNotification,
	DocumentSymbolRequest,
	FileChangeType,
	type CodeLens,
	type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { EmbedPreviewMethod, PreviewEmbedCommand, type EmbedPreviewParams, type EmbedPreviewResult } from '@ovenjs/language-server';
import { assertBuilt, copyFixture, LspClient, positionOf } from './_lsp.js';

describe('oven-language-server over stdio', () => {
	let fixture: ReturnType<typeof copyFixture>;
	let client: LspClient;

	beforeAll(async () => {
		assertBuilt();
		fixture = copyFixture('bot');
		client = new LspClient();
		const init = await client.initialize(fixture.dir);
		expect(init.capabilities.codeLensProvider).toBeDefined();
		expect(init.capabilities.documentSymbolProvider).toBe(true);
		for (const file of ['src/bot.js', 'src/embeds.ts']) await client.open(fixture.uri(file), fixture.text(file));
	});

	afterAll(() => {
		client?.dispose();
		fixture?.dispose();
	});

	const preview = (file: string, needle: string, delta = 0): Promise<EmbedPreviewResult | null> => {
		const params: EmbedPreviewParams = {
			textDocument: { uri: fixture.uri(file) },
			position: positionOf(fixture.text(file), needle, delta),
		};
		return client.connection.sendRequest(EmbedPreviewMethod, params);
	};

	it('publishes an embed limit violation with its code and source', async () => {
		const uri = fixture.uri('src/embeds.ts');
		const diagnostics = await client.waitForDiagnostics(uri, (list) => list.some((d) => d.code === 'embed-text-too-long'));
		const limit = diagnostics.find((d) => d.code === 'embed-text-too-long');
		expect(limit).toMatchObject({
			source: 'ovenjs',
			severity: 1,
			range: { start: positionOf(fixture.text('src/embeds.ts'), `'x'.repeat(300)`) },
		});
		expect(limit?.message).toContain('256');
	});

	it('publishes a missing intent in a JavaScript file', async () => {
		const uri = fixture.uri('src/bot.js');
		const diagnostics = await client.waitForDiagnostics(uri, (list) => list.some((d) => d.code === 'missing-intent'));
		const intent = diagnostics.find((d) => d.code === 'missing-intent');
		expect(intent).toMatchObject({
			source: 'ovenjs',
			severity: 2,
			range: { start: positionOf(fixture.text('src/bot.js'), `'messageCreate'`) },
		});
		expect(intent?.message).toContain('GuildMessages');
	});

	it('reports commands defined but not deployed or not handled, project-wide', async () => {
		const uri = fixture.uri('src/commands.ts');
		const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length >= 2);
		const codes = diagnostics.map((d) => `${d.code}:${String(d.message).match(/'(\w+)'/)?.[1]}`).sort();
		// `ping` is deployed and handled; `echo` neither.
		expect(codes).toEqual(['command-not-handled:echo', 'command-not-registered:echo']);
	});

	it('reports custom_ids handled nowhere and handlers for ids nothing produces, project-wide', async () => {
		const uri = fixture.uri('src/bot.js');
		const bot = fixture.text('src/bot.js');
		const diagnostics = await client.waitForDiagnostics(uri, (list) => list.some((d) => String(d.code).startsWith('custom-id')));
		const found = diagnostics
			.filter((d) => String(d.code).startsWith('custom-id'))
			.map((d) => ({ code: d.code, start: d.range.start, severity: d.severity }));
		// 'confirm' is produced and handled; 'snooze' is never handled; nothing produces 'cancel'.
		expect(found).toEqual([
			{ code: 'custom-id-not-handled', start: positionOf(bot, `'snooze'`), severity: 2 },
			{ code: 'custom-id-not-produced', start: positionOf(bot, `'cancel'`), severity: 2 },
		]);
	});

	it('previews a builder chain with a cross-file constant and marks the unresolved part', async () => {
		const result = await preview('src/embeds.ts', '.setTitle(`Welcome');
		expect(result?.embeds).toEqual([
			{
				title: 'Welcome to Oven Bakery',
				description: 'Hello ${user.username}!',
				color: 0xf5a623,
				footer: { text: 'Oven Bakery · since 2024' },
				fields: [{ name: 'Rules', value: 'Be kind', inline: true }],
			},
		]);
		expect(result?.unresolved).toEqual([
			{
				path: 'embeds[0].description',
				reason: expect.stringContaining('user.username') as string,
				range: {
					start: positionOf(fixture.text('src/embeds.ts'), 'user.username'),
					end: positionOf(fixture.text('src/embeds.ts'), 'user.username', 'user.username'.length),
				},
			},
		]);
		expect(result?.violations).toEqual([]);
	});

	it('previews an object literal embed together with the message components', async () => {
		const result = await preview('src/bot.js', `title: 'Menu'`);
		expect(result?.embeds).toEqual([{ title: 'Menu', description: 'Pick one', color: 0x5865f2 }]);
		expect(result?.components).toEqual([
			{
				type: 1,
				components: [
					{ type: 2, custom_id: 'confirm', label: 'Confirm', style: 3 },
					{ type: 2, custom_id: 'snooze', label: 'Later', style: 2 },
				],
			},
		]);
		expect(result?.unresolved).toEqual([]);
	});

	it('reports limit violations in the preview, with the path at fault', async () => {
		const result = await preview('src/embeds.ts', 'announcement');
		expect(result?.violations).toEqual([
			{ path: 'embeds[0].title', limit: 256, actual: 300, message: expect.stringContaining('256') as string },
		]);
		// The footer comes from another file and is only partly known: marked there, and not measured.
		expect(result?.embeds[0]).toMatchObject({ footer: { text: '— ${process.env.BOT_NAME}' } });
		const constants = fixture.text('src/constants.ts');
		expect(result?.unresolved).toEqual([
			{
				path: 'embeds[0].footer.text',
				reason: expect.any(String) as string,
				uri: fixture.uri('src/constants.ts'),
				range: {
					start: positionOf(constants, 'process.env.BOT_NAME'),
					end: positionOf(constants, 'process.env.BOT_NAME', 'process.env.BOT_NAME'.length),
				},
			},
		]);
	});

	it('previews the message content, a run-time part shown as a placeholder and listed as evaluated at run time', async () => {
		await client.open(fixture.uri('src/greeting.ts'), fixture.text('src/greeting.ts'));
		const result = await preview('src/greeting.ts', `title: 'Order ready'`);
		expect(result?.content).toBe('Hi ${name}, your **order** is ready');
		expect(result?.embeds).toEqual([{ title: 'Order ready' }]);
		expect(result?.unresolved).toEqual([expect.objectContaining({ path: 'content', reason: expect.stringContaining('name') as string })]);
	});

	it('answers null where there is no embed', async () => {
		expect(await preview('src/embeds.ts', 'import')).toBeNull();
	});

	it('offers a "Preview embed" code lens on each embed', async () => {
		const uri = fixture.uri('src/bot.js');
		const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[];
		expect(lenses).toHaveLength(1);
		expect(lenses[0]?.command).toEqual({
			title: 'Preview embed',
			command: PreviewEmbedCommand,
			arguments: [uri, positionOf(fixture.text('src/bot.js'), `{ title: 'Menu'`)],
		});
		const embedsFile = fixture.uri('src/embeds.ts');
		const more = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: embedsFile } })) as CodeLens[];
		expect(more.map((lens) => lens.range.start.line)).toEqual([4, 12]);
		// The lens's own arguments lead the preview back to the same embed.
		const [lensUri, position] = more[0]?.command?.arguments as [string, { line: number; character: number }];
		const again: EmbedPreviewResult | null = await client.connection.sendRequest(EmbedPreviewMethod, {
			textDocument: { uri: lensUri },
			position,
		});
		expect(again?.embeds[0]).toMatchObject({ title: 'Welcome to Oven Bakery' });
	});

	it('lists commands and handlers as document symbols', async () => {
		const bot = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
			textDocument: { uri: fixture.uri('src/bot.js') },
		})) as DocumentSymbol[];
		const names = bot.map((s) => s.name);
		expect(names).toEqual(
			expect.arrayContaining(['on messageCreate', 'on interactionCreate', 'handle /ping', `handle 'confirm'`, `handle 'cancel'`]),
		);
		const commands = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
			textDocument: { uri: fixture.uri('src/commands.ts') },
		})) as DocumentSymbol[];
		expect(commands.map((s) => s.name)).toEqual(['/ping', '/echo']);
	});

	it('re-checks an edited document after the debounce', async () => {
		const uri = fixture.uri('src/embeds.ts');
		const text = fixture.text('src/embeds.ts').replace(`'x'.repeat(300)`, `'News'`);
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
		const diagnostics = await client.waitForDiagnostics(uri, (list) => !list.some((d) => d.code === 'embed-text-too-long'));
		expect(diagnostics.filter((d) => d.code === 'embed-text-too-long')).toEqual([]);
	});

	it('picks up a file created on disk when the client reports it', async () => {
		writeFileSync(fixture.path('src/extra.ts'), `export const e = { embeds: [{ title: '${'t'.repeat(257)}' }] };\n`);
		const uri = fixture.uri('src/extra.ts');
		await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Created }] });
		const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length > 0);
		expect(diagnostics.map((d) => d.code)).toEqual(['embed-text-too-long']);
	});

	it('shuts down and exits cleanly', async () => {
		expect(await client.shutdown()).toBe(0);
	});
});
