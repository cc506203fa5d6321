import { afterEach, describe, expect, it } from 'vitest';
import { BOT_ID, GUILD_A, GUILD_B, GUILD_C, type Harness, TOKEN, startGateway } from './_harness.js';

let h: Harness;
afterEach(() => h.close());

describe('handshake', () => {
	it('sends HELLO, then READY and one GUILD_CREATE per guild, in order with increasing seq', async () => {
		h = await startGateway({ heartbeatInterval: 1234 });
		const c = await h.connect();
		const hello = await c.waitFor((m) => m.op === 10);
		expect(hello.d).toEqual({ heartbeat_interval: 1234 });
		c.identify();
		await c.waitFor((m) => m.t === 'GUILD_CREATE' && m.d.id === GUILD_C);
		expect(c.messages.map((m) => m.t ?? m.op)).toEqual([10, 'READY', 'GUILD_CREATE', 'GUILD_CREATE', 'GUILD_CREATE']);
		expect(c.dispatches().map((m) => m.s)).toEqual([1, 2, 3, 4]);
		const ready = c.dispatches('READY')[0]!.d;
		expect(ready).toMatchObject({
			v: 10,
			user: { id: BOT_ID },
			guilds: [GUILD_A, GUILD_B, GUILD_C].map((id) => ({ id, unavailable: true })),
			shard: [0, 1],
			application: { id: BOT_ID, flags: 0 },
			resume_gateway_url: h.url,
		});
		expect(ready.session_id).toMatch(/^[0-9a-f]{32}$/);
		expect(h.gateway.sessions()).toEqual([{ shard: [0, 1], sessionId: ready.session_id, seq: 4, intents: 513, connected: true }]);
	});

	it('answers op 1 with op 11, before and after IDENTIFY', async () => {
		h = await startGateway();
		const c = await h.connect();
		c.send({ op: 1, d: null });
		await c.waitFor((m) => m.op === 11);
		await c.ready();
		c.send({ op: 1, d: 4 });
		await c.waitFor((m) => m.op === 11 && c.messages.filter((x) => x.op === 11).length === 2);
	});

	it('asks a silent client for a heartbeat with op 1, and keeps a client that answers', async () => {
		h = await startGateway({ heartbeatInterval: 100, heartbeatGrace: 200 });
		const c = await h.connect();
		c.ws.on('message', (data: Buffer) => {
			if ((JSON.parse(data.toString()) as { op: number }).op === 1) c.send({ op: 1, d: null });
		});
		await c.ready();
		await c.waitFor((m) => m.op === 1);
		expect(c.messages.find((m) => m.op === 1)?.d).toBe(null);
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(c.ws.readyState).toBe(c.ws.OPEN);
		expect(c.messages.filter((m) => m.op === 1).length).toBeGreaterThanOrEqual(2);
	});

	it('sends only the bot member and no presences without GUILD_MEMBERS and GUILD_PRESENCES', async () => {
		h = await startGateway();
		const plain = await h.connect();
		await plain.ready({ intents: 1 });
		const guild = (await plain.waitFor((m) => m.t === 'GUILD_CREATE')).d;
		expect(guild.members.map((m: { user: { id: string } }) => m.user.id)).toEqual([BOT_ID]);
		expect(guild.presences).toEqual([]);

		const rich = await h.connect();
		await rich.ready({ intents: 1 | (1 << 1) | (1 << 8) });
		const full = (await rich.waitFor((m) => m.t === 'GUILD_CREATE')).d;
		expect(full.members).toHaveLength(2);
		expect(full.presences).toHaveLength(1);
	});

	it('sends no GUILD_CREATE to a session without the GUILDS intent', async () => {
		h = await startGateway();
		const c = await h.connect();
		await c.ready({ intents: 1 << 9 });
		c.send({ op: 1, d: 1 });
		await c.waitFor((m) => m.op === 11);
		expect(c.dispatches('GUILD_CREATE')).toEqual([]);
	});

	it('answers Request Guild Members with a chunk', async () => {
		h = await startGateway();
		const c = await h.connect();
		await c.ready({ intents: 1 | (1 << 1) });
		c.send({ op: 8, d: { guild_id: GUILD_A, query: 'al', limit: 0, nonce: 'n1' } });
		const chunk = await c.waitFor((m) => m.t === 'GUILD_MEMBERS_CHUNK');
		expect(chunk.d).toMatchObject({ guild_id: GUILD_A, chunk_index: 0, chunk_count: 1, nonce: 'n1' });
		expect(chunk.d.members).toHaveLength(1);
	});

	it('keeps serving other clients when one sends garbage, and never logs the token', async () => {
		h = await startGateway();
		const good = await h.connect();
		await good.ready();
		const bad = await h.connect();
		bad.send('{not json');
		expect((await bad.closed).code).toBe(4002);
		good.send({ op: 1, d: 5 });
		await good.waitFor((m) => m.op === 11);
		const late = await h.connect();
		await late.ready();
		expect(h.logs.some((l) => l.includes('identified session'))).toBe(true);
		expect(h.logs.join('\n')).not.toContain(TOKEN);
	});
});
