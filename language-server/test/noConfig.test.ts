import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, copyFixture, LspClient, positionOf } from './_lsp.js';

// A JavaScript bot with no tsconfig.json or jsconfig.json, and no document open: the server
// still finds its files and publishes their diagnostics.
describe('a workspace without a tsconfig', () => {
	let fixture: ReturnType<typeof copyFixture>;
	let client: LspClient;

	beforeAll(async () => {
		assertBuilt();
		fixture = copyFixture('plain-js');
		client = new LspClient();
		await client.initialize(fixture.dir);
	});

	afterAll(() => {
		client?.dispose();
		fixture?.dispose();
	});

	it('publishes diagnostics for files that are not open', async () => {
		const uri = fixture.uri('index.cjs');
		const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length > 0);
		expect(diagnostics.map((d) => ({ code: d.code, start: d.range.start }))).toEqual([
			{ code: 'embed-text-too-long', start: positionOf(fixture.text('index.cjs'), `'y'.repeat`) },
		]);
		expect(await client.shutdown()).toBe(0);
	});
});
