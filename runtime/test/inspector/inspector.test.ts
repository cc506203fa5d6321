import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { findInspectors, InProcessShardingStrategy, Inspector, type InspectorMessage } from 'ovenjs';
import { startHarness, type Harness as RestHarness, DefaultIds } from '../rest/_mock.js';
import { type Harness, startMock, TOKEN, until } from '../gateway/_harness.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const step of cleanup.splice(0).reverse()) await step();
});

/** Connects with `token` (or none); resolves the open socket and what it receives, or the HTTP status it was refused with. */
function connect(
	url: string,
	token: string | undefined,
): Promise<{ socket: WebSocket; messages: InspectorMessage[] } | { refused: number }> {
	return new Promise((resolve, reject) => {
		const messages: InspectorMessage[] = [];
		const socket = new WebSocket(token === undefined ? url : `${url}?token=${token}`);
		socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as InspectorMessage));
		socket.once('open', () => {
			cleanup.push(async () => socket.close());
			resolve({ socket, messages });
		});
		socket.once('unexpected-response', (_request, response) => resolve({ refused: response.statusCode ?? 0 }));
		socket.once('error', reject);
	});
}

async function started(
	options: ConstructorParameters<typeof Inspector>[0] = {},
): Promise<{ inspector: Inspector; url: string; token: string; dir: string }> {
	const dir = await mkdtemp(join(tmpdir(), 'oven-inspector-test-'));
	const inspector = new Inspector({ discoveryDir: dir, ...options });
	cleanup.push(() => inspector.close());
	const { url, token } = await inspector.start();
	return { inspector, url, token, dir };
}

describe('Inspector', () => {
	it('listens on 127.0.0.1 only and refuses connections without the right token', async () => {
		const { url, token } = await started();
		expect(new URL(url).hostname).toBe('127.0.0.1');
		expect(await connect(url, undefined)).toEqual({ refused: 401 });
		expect(await connect(url, 'x'.repeat(token.length))).toEqual({ refused: 401 });
		expect(await connect(url.replace('/inspector', '/other'), token)).toEqual({ refused: 404 });
		const ok = await connect(url, token);
		expect('socket' in ok).toBe(true);
	});

	it('writes a discovery file only this user can read, finds it, and removes it on close', async () => {
		const { inspector, url, token, dir } = await started({ name: 'test bot' });
		const [file] = await readdir(dir);
		expect(((await stat(join(dir, file as string))).mode & 0o777).toString(8)).toBe('600');
		// A file left by a killed process (a pid that cannot exist) is removed.
		await writeFile(
			join(dir, '999999999-1.json'),
			JSON.stringify({ url: 'ws://127.0.0.1:1/inspector', token: 't', pid: 999_999_999, startedAt: 1 }),
		);
		// A live process whose file points off loopback is ignored: it would receive the token.
		await writeFile(
			join(dir, `${process.pid}-2.json`),
			JSON.stringify({ url: 'ws://evil.example:80/inspector', token: 't', pid: process.pid, startedAt: 2 }),
		);
		expect(await findInspectors(dir)).toEqual([expect.objectContaining({ url, token, name: 'test bot', pid: process.pid, source: 'bot' })]);
		await inspector.close();
		await inspector.close();
		expect(await readdir(dir)).toEqual([`${process.pid}-2.json`]);
	});

	it('streams gateway packets with the token redacted, replays READY to late connections, and reports shard status', async () => {
		const h: Harness = await startMock();
		cleanup.push(() => h.close());
		const { identifyThrottler: _, ...options } = h.shardOptions();
		const strategy = new InProcessShardingStrategy({ ...options, shardCount: 2, identifyWindow: 0 });
		cleanup.push(() => strategy.destroy());
		const { inspector, url, token } = await started({ secrets: [TOKEN] });
		inspector.attachGateway(strategy);
		await strategy.connect();
		// Connected after READY: the replay brings it.
		const late = await connect(url, token);
		if (!('socket' in late)) throw new Error('refused');
		await until(() => late.messages.some((m) => m.type === 'packet' && m.t === 'GUILD_CREATE'));
		const [hello, ...rest] = late.messages;
		expect(hello).toMatchObject({ type: 'hello', source: 'bot', pid: process.pid });
		const packets = rest.filter((m) => m.type === 'packet');
		expect(
			packets
				.filter((p) => p.t === 'READY')
				.map((p) => p.shardId)
				.sort(),
		).toEqual([0, 1]);
		const identify = packets.find((p) => p.direction === 'out' && p.op === 2);
		expect(identify?.payload).toMatchObject({ op: 2, d: { token: '[redacted]' } });
		expect(packets.find((p) => p.t === 'GUILD_CREATE')?.guildId).toMatch(/^\d+$/);
		expect(rest.some((m) => m.type === 'shard' && m.status === 'ready')).toBe(true);
		expect(JSON.stringify(late.messages)).not.toContain(TOKEN);
	});

	it('replaces a secret anywhere in a message, as a last guard', async () => {
		const { inspector, url, token } = await started({ secrets: ['very-secret-token-value'] });
		const client = await connect(url, token);
		if (!('socket' in client)) throw new Error('refused');
		inspector.publish({ type: 'cache', sizes: { 'very-secret-token-value': 1 }, at: 1 });
		await until(() => client.messages.length === 2);
		expect(client.messages[1]).toEqual({ type: 'cache', sizes: { '[redacted]': 1 }, at: 1 });
	});

	it('streams REST responses with their bucket state', async () => {
		const h: RestHarness = await startHarness();
		cleanup.push(() => h.close());
		const { inspector, url, token } = await started({ secrets: [h.mock.token] });
		inspector.attachREST(h.rest);
		const client = await connect(url, token);
		if (!('socket' in client)) throw new Error('refused');
		await h.rest.post(`/channels/${DefaultIds.general}/messages`, { body: { content: 'hello' } });
		await until(() => client.messages.some((m) => m.type === 'rest'));
		const response = client.messages.find((m) => m.type === 'rest');
		expect(response).toMatchObject({ method: 'POST', route: '/channels/{channel_id}/messages', status: 200, attempt: 1 });
		expect(response?.type === 'rest' && response.bucket).toEqual(expect.any(String));
		expect(JSON.stringify(client.messages)).not.toContain(h.mock.token);
	});

	it('refuses a short token and a second start after close', async () => {
		expect(() => new Inspector({ token: 'short' })).toThrow(expect.objectContaining({ code: 'INSPECTOR_INVALID_OPTION' }));
		const { inspector } = await started();
		await inspector.close();
		await expect(inspector.start()).rejects.toMatchObject({ code: 'INSPECTOR_CLOSED' });
	});
});
