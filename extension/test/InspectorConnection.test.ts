import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inspector } from 'ovenjs';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { findInspectors, InspectorConnection } from 'ovenjs-vscode';
import type { InspectorMessage } from 'ovenjs/inspector/protocol';

/** The extension's side against the runtime's real inspector (loopback WebSocket + discovery file). */
describe('InspectorConnection with the OvenJS runtime inspector', () => {
	const cleanup: (() => Promise<unknown> | void)[] = [];
	afterEach(async () => {
		for (const f of cleanup.splice(0).reverse()) await f();
	});

	async function started(): Promise<{ inspector: Inspector; dir: string }> {
		const dir = await mkdtemp(join(tmpdir(), 'oven-ext-inspector-'));
		cleanup.push(() => rm(dir, { recursive: true, force: true }));
		const inspector = new Inspector({ discoveryDir: dir, name: 'test bot' });
		cleanup.push(() => inspector.close());
		await inspector.start();
		return { inspector, dir };
	}

	it('finds the inspector through its discovery file, connects with the token and passes the stream on', async () => {
		const { inspector, dir } = await started();
		inspector.publish({
			type: 'packet',
			shardId: 0,
			direction: 'in',
			op: 0,
			t: 'READY',
			guildId: null,
			payload: { op: 0, t: 'READY', s: 1, d: {} } as never,
			at: 1,
		});
		const [found, ...others] = await findInspectors(dir);
		expect(others).toEqual([]);
		expect(found?.name).toBe('test bot');
		const received: InspectorMessage[] = [];
		const statuses: string[] = [];
		const connection = new InspectorConnection(found!, { message: (m) => received.push(m), status: (s) => statuses.push(s) });
		cleanup.push(() => connection.close());
		await expect.poll(() => statuses).toEqual(['open']);
		inspector.publish({
			type: 'rest',
			id: 1,
			method: 'GET',
			route: '/gateway/bot',
			status: 200,
			durationMs: 5,
			attempt: 1,
			bucket: 'b1',
			remaining: 1,
			limit: 2,
			resetAfterMs: 100,
			at: 2,
		});
		inspector.publish({
			type: 'rateLimit',
			info: {
				method: 'GET',
				route: '/gateway/bot',
				bucket: 'b1',
				majorParameter: 'global',
				limit: 2,
				retryAfterMs: 300,
				scope: 'user',
				fromResponse: true,
			},
			at: 3,
		});
		inspector.publish({ type: 'shard', shardId: 0, status: 'ready', latencyMs: 41, at: 4 });
		await expect.poll(() => received.length).toBe(5);
		// hello, the replayed READY, then the live stream, each as the protocol defines it.
		expect(received.map((m) => m.type)).toEqual(['hello', 'packet', 'rest', 'rateLimit', 'shard']);
		expect(received[0]).toMatchObject({ type: 'hello', protocol: 1, library: 'ovenjs', name: 'test bot', replayed: 1 });
		expect(received[2]).toMatchObject({ type: 'rest', id: 1, bucket: 'b1' });
		expect(received[3]).toMatchObject({ type: 'rateLimit', info: { bucket: 'b1', retryAfterMs: 300, fromResponse: true } });
		connection.close();
		connection.close();
	});

	it('sends the access token in the Authorization header only, never in the URL', async () => {
		const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
		cleanup.push(() => new Promise((resolve) => server.close(resolve)));
		await new Promise((resolve) => server.once('listening', resolve));
		const seen = new Promise<IncomingMessage>((resolve) => server.once('connection', (_socket, request) => resolve(request)));
		const { port } = server.address() as AddressInfo;
		const connection = new InspectorConnection(
			{ url: `ws://127.0.0.1:${port}/inspector`, token: 'access-token-0123456789' },
			{ message: () => undefined, status: () => undefined },
		);
		cleanup.push(() => connection.close());
		const request = await seen;
		expect(request.url).toBe('/inspector');
		expect(request.headers.authorization).toBe('Bearer access-token-0123456789');
		expect(request.headers.origin).toBeUndefined();
	});

	it('leaves a bot that speaks a newer protocol, saying to update the extension', async () => {
		const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
		cleanup.push(() => new Promise((resolve) => server.close(resolve)));
		await new Promise((resolve) => server.once('listening', resolve));
		server.on('connection', (socket) => {
			socket.send(JSON.stringify({ type: 'hello', protocol: 99, name: 'future bot', shape: 'unknown to this release' }));
			socket.send(
				JSON.stringify({ type: 'packet', shardId: 0, direction: 'in', op: 0, t: 'READY', guildId: null, payload: { op: 0 }, at: 1 }),
			);
		});
		const { port } = server.address() as AddressInfo;
		const statuses: string[] = [];
		const received: InspectorMessage[] = [];
		const connection = new InspectorConnection(
			{ url: `ws://127.0.0.1:${port}/inspector`, token: 'access-token-0123456789' },
			{ message: (m) => received.push(m), status: (s, d) => statuses.push(`${s}: ${d ?? ''}`) },
		);
		cleanup.push(() => connection.close());
		await expect
			.poll(() => statuses.find((s) => s.startsWith('incompatible')))
			.toBe(
				'incompatible: future bot speaks inspector protocol 99, newer than the OvenJS extension understands (1): update the OvenJS extension to a release that speaks version 99.',
			);
		expect(received).toEqual([]);
	});

	it('reports a refused token without revealing it', async () => {
		const { inspector } = await started();
		const details: string[] = [];
		const connection = new InspectorConnection(
			{ url: inspector.address!.url, token: 'wrong-token-0123456789' },
			{ message: () => undefined, status: (s, d) => details.push(`${s} ${d ?? ''}`) },
		);
		cleanup.push(() => connection.close());
		await expect.poll(() => details.length).toBeGreaterThan(0);
		expect(details[0]).toMatch(/^closed /);
		expect(details.join()).not.toContain('wrong-token');
	});

	it('ignores discovery files of dead processes, foreign hosts and junk', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'oven-ext-inspector-'));
		cleanup.push(() => rm(dir, { recursive: true, force: true }));
		await writeFile(
			join(dir, '1-1.json'),
			JSON.stringify({ url: 'ws://127.0.0.1:1/inspector', token: 't', pid: 2 ** 22 + 12345, startedAt: 1 }),
		);
		await writeFile(
			join(dir, '2-2.json'),
			JSON.stringify({ url: 'ws://evil.example:80/inspector', token: 't', pid: process.pid, startedAt: 1 }),
		);
		await writeFile(join(dir, '3-3.json'), '{ half');
		expect(await findInspectors(dir)).toEqual([]);
		expect(
			() =>
				new InspectorConnection({ url: 'ws://evil.example/inspector', token: 't' }, { message: () => undefined, status: () => undefined }),
		).toThrow(/loopback/);
	});
});
