import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	createClient,
	INSPECTOR_PROTOCOL_VERSION,
	inspectorFromEnv,
	Inspector,
	parseInspectorMessage,
	type InspectorMessage,
	type InspectorRest,
} from 'ovenjs';
import { startHarness, DefaultIds } from '../rest/_mock.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const step of cleanup.splice(0).reverse()) await step();
});

async function scratch(): Promise<string> {
	return mkdtemp(join(tmpdir(), 'oven-recording-test-'));
}

/** Every line of a recording, parsed with the protocol's own check (a line it refuses fails the test). */
async function lines(file: string): Promise<InspectorMessage[]> {
	const text = await readFile(file, 'utf8');
	return text
		.trimEnd()
		.split('\n')
		.map((line, i) => {
			const message = parseInspectorMessage(JSON.parse(line));
			if (message === undefined) throw new Error(`line ${i + 1} is not an inspector message: ${line.slice(0, 200)}`);
			return message;
		});
}

describe('recording a session', () => {
	it('writes hello and every REST exchange, with path and both bodies, to a file only this user can read', async () => {
		const h = await startHarness();
		cleanup.push(() => h.close());
		const dir = await scratch();
		const file = join(dir, 'session.jsonl');
		const inspector = new Inspector({ discoveryDir: false, secrets: [h.mock.token], record: file });
		cleanup.push(() => inspector.close());
		await inspector.start();
		inspector.attachREST(h.rest);
		const sent = await h.rest.post(`/channels/${DefaultIds.general}/messages`, { body: { content: 'recorded hello' } });
		await h.rest.get(`/channels/${DefaultIds.general}/messages`, { query: { limit: 2 } });
		await inspector.close();

		expect(((await stat(file)).mode & 0o777).toString(8)).toBe('600');
		const [hello, ...messages] = await lines(file);
		expect(hello).toEqual({
			type: 'hello',
			protocol: INSPECTOR_PROTOCOL_VERSION,
			source: 'bot',
			library: 'ovenjs',
			name: 'ovenjs bot',
			pid: process.pid,
			replayed: 0,
		});
		const rest = messages.filter((m): m is InspectorRest => m.type === 'rest');
		expect(rest.map((m) => [m.method, m.path])).toEqual([
			['POST', `/channels/${DefaultIds.general}/messages`],
			['GET', `/channels/${DefaultIds.general}/messages?limit=2`],
		]);
		expect(rest[0]?.requestBody).toEqual({ content: 'recorded hello' });
		expect(rest[0]?.responseBody).toMatchObject({ id: (sent as { id: string }).id, content: 'recorded hello' });
		expect(rest[1]?.responseBody).toEqual(expect.arrayContaining([expect.objectContaining({ content: 'recorded hello' })]));
		expect(await readFile(file, 'utf8')).not.toContain(h.mock.token);
	});

	it('redacts the configured fields in bodies and payloads, and webhook tokens in paths', async () => {
		const h = await startHarness();
		cleanup.push(() => h.close());
		const file = join(await scratch(), 'session.jsonl');
		const inspector = new Inspector({ discoveryDir: false, redactFields: ['content'], record: file });
		cleanup.push(() => inspector.close());
		await inspector.start();
		inspector.attachREST(h.rest);
		const webhook = (await h.rest.post(`/channels/${DefaultIds.general}/webhooks`, { body: { name: 'hook' } })) as {
			id: string;
			token: string;
		};
		await h.rest.post(`/webhooks/${webhook.id}/${webhook.token}`, { body: { content: 'a secret plan' }, auth: false });
		inspector.publishPacket(0, {
			direction: 'in',
			at: 1,
			payload: { op: 0, s: 1, t: 'MESSAGE_CREATE', d: { content: 'whispered', channel_id: DefaultIds.general } } as never,
		});
		await inspector.close();
		const text = await readFile(file, 'utf8');
		expect(text).not.toContain('a secret plan');
		expect(text).not.toContain('whispered');
		expect(text).not.toContain(webhook.token);
		const rest = (await lines(file)).filter((m): m is InspectorRest => m.type === 'rest');
		expect(rest[1]).toMatchObject({ path: `/webhooks/${webhook.id}/[redacted]`, requestBody: { content: '[redacted]' } });
		expect(rest[0]?.responseBody).toMatchObject({ name: 'hook', token: '[redacted]' });
	});

	it('starts a recording late with what the inspector kept (READY included), and fails clearly on a path it cannot write', async () => {
		const inspector = new Inspector({ discoveryDir: false });
		cleanup.push(() => inspector.close());
		await inspector.start();
		inspector.publish({ type: 'cache', sizes: { guilds: 1 }, at: 5 });
		const file = join(await scratch(), 'late.jsonl');
		const stop = inspector.record(file);
		inspector.publish({ type: 'cache', sizes: { guilds: 2 }, at: 6 });
		await stop();
		inspector.publish({ type: 'cache', sizes: { guilds: 3 }, at: 7 });
		expect((await lines(file)).map((m) => (m.type === 'cache' ? m.sizes['guilds'] : m.type))).toEqual(['hello', 1, 2]);
		expect(() => inspector.record(join(file, 'not-a-folder', 'x.jsonl'))).toThrow(
			expect.objectContaining({ code: 'INSPECTOR_RECORD_FAILED' }),
		);
	});

	it('is switched on from the environment: OVEN_RECORD records (and inspects), OVEN_REDACT_FIELDS redacts', async () => {
		expect(inspectorFromEnv({})).toBeUndefined();
		expect(inspectorFromEnv({ OVEN_INSPECT: '1' })).toEqual({});
		expect(inspectorFromEnv({ OVEN_RECORD: 's.jsonl', OVEN_REDACT_FIELDS: 'content, email,' })).toEqual({
			record: 's.jsonl',
			redactFields: ['content', 'email'],
		});

		const h = await startHarness();
		cleanup.push(() => h.close());
		const file = join(await scratch(), 'client.jsonl');
		const client = createClient({
			token: h.mock.token,
			api: h.mock.api,
			intents: ['Guilds'],
			inspector: { ...inspectorFromEnv({ OVEN_RECORD: file }), discoveryDir: false },
		});
		const guild = new Promise((resolve) => client.once('guildCreate', resolve));
		await client.login();
		await guild;
		await client.destroy();
		const recorded = await lines(file);
		expect(recorded[0]).toMatchObject({ type: 'hello', library: 'ovenjs' });
		const packets = recorded.filter((m) => m.type === 'packet');
		expect(packets.map((p) => p.t)).toEqual(expect.arrayContaining(['READY', 'GUILD_CREATE']));
		expect(packets.find((p) => p.op === 2)?.payload).toMatchObject({ d: { token: '[redacted]' } });
		expect(await readFile(file, 'utf8')).not.toContain(h.mock.token);
	});
});
