import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CodeActionRequest,
	DidChangeConfigurationNotification,
	DocumentDiagnosticRequest,
	WorkspaceDiagnosticRequest,
	WorkDoneProgressCreateRequest,
	type CodeAction,
	type Diagnostic,
	type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { assertBuilt, copyFixture, LspClient, positionOf } from './_lsp.js';

const ID_FILE = `export const guildId = 175928847299117063;\n`;

describe('code actions and settings (push diagnostics)', () => {
	let fixture: ReturnType<typeof copyFixture>;
	let client: LspClient;

	beforeAll(async () => {
		assertBuilt();
		fixture = copyFixture('bot');
		writeFileSync(fixture.path('src/ids.ts'), ID_FILE);
		client = new LspClient();
		await client.initialize(fixture.dir, { checks: { 'require-intents': 'off', 'no-such-check': 'off' } });
		await client.open(fixture.uri('src/ids.ts'), ID_FILE);
	});

	afterAll(() => {
		client?.dispose();
		fixture?.dispose();
	});

	it("offers a finding's fix as a quick fix with the edit in ranges", async () => {
		const uri = fixture.uri('src/ids.ts');
		const [diagnostic] = await client.waitForDiagnostics(uri, (list) => list.some((d) => d.code === 'snowflake-precision'));
		expect(diagnostic?.data).toMatchObject({ editorCode: 93030 });
		const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri },
			range: diagnostic!.range,
			context: { diagnostics: [diagnostic as Diagnostic] },
		})) as CodeAction[];
		expect(actions).toHaveLength(1);
		expect(actions[0]).toMatchObject({ kind: 'quickfix', isPreferred: true });
		const edit = actions[0]?.edit?.changes?.[uri]?.[0];
		expect(edit).toEqual({ range: { start: positionOf(ID_FILE, '1759'), end: positionOf(ID_FILE, ';') }, newText: `'175928847299117063'` });
	});

	it('honours check settings from initializationOptions and from a configuration change', async () => {
		// bot.js misses an intent, but require-intents is off.
		const bot = fixture.uri('src/bot.js');
		const before = await client.waitForDiagnostics(bot, (list) => list.some((d) => String(d.code).startsWith('custom-id')));
		expect(before.map((d) => d.code)).not.toContain('missing-intent');
		await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
			settings: { ovenjs: { checks: { 'require-intents': 'error', 'custom-id-map': 'off' } } },
		});
		const after = await client.waitForDiagnostics(bot, (list) => list.some((d) => d.code === 'missing-intent'));
		expect(after.find((d) => d.code === 'missing-intent')?.severity).toBe(1);
		expect(after.filter((d) => String(d.code).startsWith('custom-id'))).toEqual([]);
	});
});

describe('pull diagnostics, closed files and first-load progress', () => {
	let fixture: ReturnType<typeof copyFixture>;
	let client: LspClient;
	const progress: unknown[] = [];

	beforeAll(async () => {
		assertBuilt();
		fixture = copyFixture('bot');
		client = new LspClient();
		client.connection.onRequest(WorkDoneProgressCreateRequest.method, (params: { token: unknown }) => {
			progress.push(params.token);
			return null;
		});
		client.connection.onNotification('$/progress', (params: { value: unknown }) => {
			progress.push(params.value);
		});
		const init = await client.initialize(
			fixture.dir,
			{ fileDiagnostics: 'closed' },
			{ textDocument: { diagnostic: { dynamicRegistration: false } }, window: { workDoneProgress: true } },
		);
		expect(init.capabilities.diagnosticProvider).toEqual({ interFileDependencies: true, workspaceDiagnostics: true });
	});

	afterAll(() => {
		client?.dispose();
		fixture?.dispose();
	});

	const pullFor = async (file: string): Promise<Diagnostic[]> => {
		const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
			textDocument: { uri: fixture.uri(file) },
		})) as DocumentDiagnosticReport;
		return report.kind === 'full' ? report.items : [];
	};

	it('answers a pull for a file nobody opened, and reports progress on the first load', async () => {
		let items: Diagnostic[] = [];
		for (let i = 0; i < 100 && !items.some((d) => d.code === 'embed-text-too-long'); i++) {
			items = await pullFor('src/embeds.ts');
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		expect(items.map((d) => d.code)).toContain('embed-text-too-long');
		expect(progress).toContainEqual(expect.objectContaining({ kind: 'begin', title: 'OvenJS: checking the workspace' }));
		expect(progress).toContainEqual(expect.objectContaining({ kind: 'end' }));
	});

	it('leaves an open file\'s per-file findings to tsserver in "closed" mode', async () => {
		await client.open(fixture.uri('src/embeds.ts'), fixture.text('src/embeds.ts'));
		let items: Diagnostic[] = [{} as Diagnostic];
		for (let i = 0; i < 100 && items.some((d) => d.code === 'embed-text-too-long'); i++) {
			await new Promise((resolve) => setTimeout(resolve, 100));
			items = await pullFor('src/embeds.ts');
		}
		expect(items.filter((d) => d.code === 'embed-text-too-long')).toEqual([]);
	});

	it('holds a workspace pull that already has the current results until the next check (a long poll)', async () => {
		const first = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
		const ids = first.items.map((item) => ({ uri: item.uri, value: (item as { resultId?: string }).resultId ?? '' }));
		expect(ids.length).toBeGreaterThan(0);
		let answered = false;
		const second = client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: ids }).then((report) => {
			answered = true;
			return report;
		});
		await new Promise((resolve) => setTimeout(resolve, 600));
		expect(answered).toBe(false);
		const uri = fixture.uri('src/embeds.ts');
		await client.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ text: `${fixture.text('src/embeds.ts')}\n// edited\n` }],
		});
		const report = await second;
		expect(report.items.some((item) => item.uri === fixture.uri('src/commands.ts'))).toBe(true);
	});
});
