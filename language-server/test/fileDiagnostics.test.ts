import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, copyFixture, LspClient } from './_lsp.js';

describe('initializationOptions.fileDiagnostics: false (an editor whose tsserver runs @ovenjs/ts-plugin)', () => {
	let fixture: ReturnType<typeof copyFixture>;
	let client: LspClient;

	beforeAll(async () => {
		assertBuilt();
		fixture = copyFixture('bot');
		client = new LspClient();
		await client.initialize(fixture.dir, { fileDiagnostics: false });
		for (const file of ['src/embeds.ts', 'src/commands.ts']) await client.open(fixture.uri(file), fixture.text(file));
	});

	afterAll(() => {
		client?.dispose();
		fixture?.dispose();
	});

	it('publishes the project-wide findings only, so nothing shows twice', async () => {
		const commands = await client.waitForDiagnostics(fixture.uri('src/commands.ts'), (list) => list.length >= 2);
		expect(commands.map((d) => d.code).sort()).toEqual(['command-not-handled', 'command-not-registered']);
		// The per-file limit check (the ts-plugin's job here) is not published.
		expect((client.diagnostics.get(fixture.uri('src/embeds.ts')) ?? []).filter((d) => d.code === 'embed-text-too-long')).toEqual([]);
	});
});
