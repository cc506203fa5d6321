import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, TOKEN, makeBackend, startGateway, until } from './_harness.js';

let h: Harness;
afterEach(() => h.close());

async function closeCodeOf(send: (c: Awaited<ReturnType<Harness['connect']>>) => unknown, query?: string): Promise<number> {
	const c = await h.connect(query);
	await send(c);
	return (await c.closed).code;
}

describe('close codes', () => {
	it('4000 unknown error: a disconnect fault without a code', async () => {
		h = await startGateway();
		const c = await h.connect();
		await c.ready();
		h.gateway.fault({ kind: 'disconnect', shard: 0 });
		expect((await c.closed).code).toBe(4000);
	});

	it('4001 unknown opcode', async () => {
		h = await startGateway();
		expect(await closeCodeOf((c) => c.send({ op: 99, d: null }))).toBe(4001);
		expect(await closeCodeOf((c) => c.send({ op: 11, d: null }))).toBe(4001);
		expect(await closeCodeOf((c) => c.send({ d: null }))).toBe(4001);
	});

	it('4002 decode error: bad JSON, not an object, ETF, oversized payload, etf encoding', async () => {
		h = await startGateway();
		expect(await closeCodeOf((c) => c.send('{"op":'))).toBe(4002);
		expect(await closeCodeOf((c) => c.send('[1,2]'))).toBe(4002);
		expect(await closeCodeOf((c) => c.send('42'))).toBe(4002);
		expect(await closeCodeOf((c) => c.ws.send(Buffer.from([131, 104, 2, 97, 1]), { binary: true }))).toBe(4002);
		expect(await closeCodeOf((c) => c.send({ op: 1, d: 'x'.repeat(5000) }))).toBe(4002);
		expect(await closeCodeOf(() => {}, '?v=10&encoding=etf')).toBe(4002);
	});

	it('4003 not authenticated: a presence update before IDENTIFY', async () => {
		h = await startGateway();
		expect(await closeCodeOf((c) => c.send({ op: 3, d: { status: 'online', since: null, activities: [], afk: false } }))).toBe(4003);
	});

	it('4004 authentication failed, on IDENTIFY and on RESUME', async () => {
		h = await startGateway();
		expect(await closeCodeOf((c) => c.identify({ token: 'wrong' }))).toBe(4004);
		expect(await closeCodeOf((c) => c.send({ op: 6, d: { token: 'wrong', session_id: 'x', seq: 0 } }))).toBe(4004);
		expect(h.logs.some((l) => l.includes('4004'))).toBe(true);
	});

	it('4005 already authenticated', async () => {
		h = await startGateway();
		expect(
			await closeCodeOf(async (c) => {
				await c.ready();
				c.identify();
			}),
		).toBe(4005);
	});

	it('4007 invalid seq on resume', async () => {
		h = await startGateway();
		const first = await h.connect();
		const ready = await first.ready();
		first.ws.close(4200);
		await first.closed;
		expect(await closeCodeOf((c) => c.send({ op: 6, d: { token: TOKEN, session_id: ready.d.session_id, seq: 999 } }))).toBe(4007);
		expect(h.gateway.sessions()).toEqual([]);
	});

	it('4008 rate limited past the send limit', async () => {
		h = await startGateway({ sendLimit: 5, sendLimitWindow: 60_000 });
		expect(
			await closeCodeOf((c) => {
				for (let i = 0; i < 6; i += 1) c.send({ op: 1, d: null });
			}),
		).toBe(4008);
	});

	it('defaults to 120 sends: 120 heartbeats pass', async () => {
		h = await startGateway();
		const c = await h.connect();
		for (let i = 0; i < 120; i += 1) c.send({ op: 1, d: null });
		await c.waitFor(() => c.messages.filter((m) => m.op === 11).length === 120);
		c.send({ op: 1, d: null });
		expect((await c.closed).code).toBe(4008);
	});

	it('4009 session timed out without heartbeats', async () => {
		h = await startGateway({ heartbeatInterval: 150, heartbeatGrace: 100 });
		expect(await closeCodeOf((c) => c.ready())).toBe(4009);
		// 4009 ends the session: the close-code table says to identify anew.
		await until(() => h.gateway.sessions().length === 0);
	});

	it('4010 invalid shard', async () => {
		h = await startGateway();
		expect(await closeCodeOf((c) => c.identify({ shard: [2, 2] }))).toBe(4010);
		expect(await closeCodeOf((c) => c.identify({ shard: [0, 0] }))).toBe(4010);
		expect(await closeCodeOf((c) => c.identify({ shard: 'zero' }))).toBe(4010);
	});

	it('4011 sharding required past the guilds-per-shard limit', async () => {
		h = await startGateway({ maxGuildsPerShard: 2 });
		expect(await closeCodeOf((c) => c.identify())).toBe(4011);
		const ok = await h.connect();
		await ok.ready({ shard: [1, 2] });
	});

	it('4012 invalid API version on connect', async () => {
		h = await startGateway();
		expect(await closeCodeOf(() => {}, '?v=9&encoding=json')).toBe(4012);
		expect(await closeCodeOf(() => {}, '')).toBe(4012);
	});

	it('4013 invalid intents', async () => {
		h = await startGateway();
		expect(await closeCodeOf((c) => c.identify({ intents: 1 << 30 }))).toBe(4013);
		expect(await closeCodeOf((c) => c.identify({ intents: -1 }))).toBe(4013);
		expect(await closeCodeOf((c) => c.identify({ intents: '513' }))).toBe(4013);
		// Client text in the close reason must not break the 123-byte limit of WebSocket.
		expect(await closeCodeOf((c) => c.identify({ intents: '🔥'.repeat(200) }))).toBe(4013);
		expect(await closeCodeOf(() => {}, `?v=10&encoding=${encodeURIComponent('é'.repeat(100))}`)).toBe(4002);
	});

	it('4014 disallowed (privileged, not enabled) intents', async () => {
		h = await startGateway({}, makeBackend({ enabledPrivilegedIntents: 1 << 1 }));
		expect(await closeCodeOf((c) => c.identify({ intents: 1 | (1 << 15) }))).toBe(4014);
		const ok = await h.connect();
		await ok.ready({ intents: 1 | (1 << 1) });
	});
});
