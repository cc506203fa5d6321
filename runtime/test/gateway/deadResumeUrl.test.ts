import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Shard } from 'ovenjs';
import { type Harness, next, record, startMock } from './_harness.js';

let h: Harness | undefined;
const shards: Shard[] = [];
const servers: Server[] = [];
afterEach(async () => {
	for (const shard of shards.splice(0)) await shard.destroy();
	for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
	await h?.close();
	h = undefined;
});

/** A loopback port nothing listens on: connections to it are refused. */
async function deadUrl(): Promise<string> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return `ws://127.0.0.1:${port}`;
}

/** A server that takes the connection and drops it before any HELLO (a dying gateway node). */
async function droppingUrl(): Promise<string> {
	const server = createServer();
	server.on('upgrade', (_request, socket) => socket.destroy());
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	servers.push(server);
	return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A server that drops the first connection, then passes the others through to `target`. */
async function flakyUrl(target: string): Promise<string> {
	const { port, pathname } = new URL(target);
	let seen = 0;
	const server = createServer();
	server.on('upgrade', (request, socket, head) => {
		if (seen++ === 0) return void socket.destroy();
		const upstream = connect(Number(port), '127.0.0.1', () => {
			const lines = [`${request.method ?? 'GET'} ${request.url ?? '/'} HTTP/1.1`];
			for (let i = 0; i < request.rawHeaders.length; i += 2) lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
			upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
			upstream.write(head);
			upstream.pipe(socket).pipe(upstream);
		});
		const end = (): void => {
			upstream.destroy();
			socket.destroy();
		};
		upstream.on('error', end).on('close', end);
		socket.on('error', end).on('close', end);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	servers.push(server);
	return `ws://127.0.0.1:${(server.address() as AddressInfo).port}${pathname}`;
}

describe('a resume URL that never answers', () => {
	for (const [name, url] of [
		['refuses connections', deadUrl],
		['drops them before HELLO', droppingUrl],
	] as const) {
		it(`that ${name} is given up: the shard IDENTIFYs on the main gateway URL`, async () => {
			h = await startMock();
			const resumeUrl = await url();
			const shard = new Shard(h.shardOptions({ resume: { sessionId: 'lost', resumeUrl, seq: 42 }, reconnectDelay: () => 0 }));
			shards.push(shard);
			const rec = record(shard);
			const debug: string[] = [];
			shard.on('debug', (line) => debug.push(line));
			const ready = next(shard, 'ready', 8000);
			await shard.connect();
			await ready;
			// Every try went to the resume URL until the shard gave it up, then one IDENTIFY on the main URL.
			const attempts = debug.filter((line) => line.includes('connecting to'));
			expect(attempts.filter((line) => line.includes(resumeUrl)).length).toBeGreaterThanOrEqual(2);
			expect(attempts.at(-1)).toContain(h.url);
			expect(attempts.at(-1)).not.toContain('to resume');
			expect(rec.sent(2)).toHaveLength(1);
			expect(rec.sent(6)).toHaveLength(0);
			expect(rec.warnings).toContainEqual({ kind: 'resumeUrlUnreachable', url: resumeUrl, attempts: expect.any(Number) });
		});
	}

	it('one failed try does not throw a session away: the next try on the resume URL RESUMEs', async () => {
		h = await startMock();
		const first = new Shard(h.shardOptions());
		shards.push(first);
		await first.connect();
		const session = first.session;
		await first.destroy({ code: 4000, reason: 'crash' });
		if (session === undefined) throw new Error('the first shard had no session');
		const resumeUrl = await flakyUrl(h.url);
		const shard = new Shard(h.shardOptions({ resume: { ...session, resumeUrl }, reconnectDelay: () => 0 }));
		shards.push(shard);
		const rec = record(shard);
		await shard.connect();
		expect(rec.events).toContain('resumed');
		expect(rec.sent(2)).toHaveLength(0);
		expect(rec.sent(6)).toHaveLength(1);
	});
});
