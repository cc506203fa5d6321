import { afterEach, describe, expect, it } from 'vitest';
import { type GatewaySendPayload, PresenceUpdateStatus } from 'discord-api-types/v10';
import { REDACTED, Shard, type ShardStatus } from 'ovenjs';
import { GUILDS, type Harness, TOKEN, liveTimers, message, next, record, startMock, until } from './_harness.js';

let h: Harness | undefined;
let shard: Shard | undefined;
afterEach(async () => {
	await shard?.destroy();
	await h?.close();
	shard = undefined;
	h = undefined;
});

describe('Shard', () => {
	it.each(['none', 'zlib-stream'] as const)('connects, identifies and receives READY then GUILD_CREATE (%s)', async (compression) => {
		h = await startMock();
		shard = new Shard(h.shardOptions({ compression }));
		const rec = record(shard);
		const statuses: ShardStatus[] = [];
		shard.on('status', (status) => statuses.push(status));
		const ready = next<[{ session_id: string }]>(shard, 'ready');
		await shard.connect();
		expect((await ready)[0].session_id).toBe(h.gateway.sessions()[0]?.sessionId);
		expect(statuses).toEqual(['connecting', 'identifying', 'ready']);
		await until(() => rec.dispatches().length === 1 + GUILDS.length);
		expect(rec.dispatches()).toEqual(['READY', ...GUILDS.map(() => 'GUILD_CREATE')]);
		h.gateway.dispatch('MESSAGE_CREATE', message(1, GUILDS[0] as string), GUILDS[0]);
		const [dispatch] = await next<[{ t: string; d: { id: string } }]>(shard, 'dispatch');
		expect([dispatch.t, dispatch.d.id]).toEqual(['MESSAGE_CREATE', '1']);
	});

	it('heartbeats with the last sequence and measures latency', async () => {
		h = await startMock({ heartbeatInterval: 300 });
		shard = new Shard(h.shardOptions({ heartbeatJitter: () => 0 }));
		const rec = record(shard);
		await shard.connect();
		const [ms] = await next<[number]>(shard, 'latency');
		expect(ms).toBeGreaterThanOrEqual(0);
		expect(shard.latency).toBe(ms);
		expect(rec.sent(1).length).toBeGreaterThanOrEqual(1);
		// Beats carry the last sequence seen: after READY and the guilds, the last GUILD_CREATE's.
		await until(() => rec.sent(1).some((p) => p.payload.d === 1 + GUILDS.length));
	});

	it('never shows the token in raw events', async () => {
		h = await startMock();
		shard = new Shard(h.shardOptions());
		const rec = record(shard);
		await shard.connect();
		const identify = rec.sent(2);
		expect(identify).toHaveLength(1);
		expect((identify[0]?.payload.d as { token: string }).token).toBe(REDACTED);
		expect(JSON.stringify(rec.raw)).not.toContain(TOKEN);
	});

	it('rejects connect() with GatewayFatalError on a bad token, names no token, and does not reconnect', async () => {
		h = await startMock();
		shard = new Shard(h.shardOptions({ token: 'wrong-token' }));
		const rec = record(shard);
		const error = await shard.connect().then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(error).toMatchObject({ code: 'GATEWAY_FATAL', closeCode: 4004, shardId: 0 });
		expect((error as Error).name).toBe('GatewayFatalError[GATEWAY_FATAL]');
		expect((error as Error).message).not.toContain('wrong-token');
		expect(shard.status).toBe('closed');
		await new Promise((resolve) => setTimeout(resolve, 150));
		expect(rec.sent(2)).toHaveLength(1);
		await expect(shard.connect()).rejects.toMatchObject({ code: 'GATEWAY_DESTROYED' });
	});

	it('keeps ordinary sends under the send limit, heartbeats included', async () => {
		// The client's window is a little longer than the mock's: frames take time on the wire.
		h = await startMock({ heartbeatInterval: 400, sendLimit: 20, sendLimitWindow: 1000 });
		shard = new Shard(h.shardOptions({ sendLimit: 20, sendWindow: 1100, heartbeatJitter: () => 0 }));
		const rec = record(shard);
		await shard.connect();
		const presence: GatewaySendPayload = { op: 3, d: { since: null, activities: [], status: PresenceUpdateStatus.Online, afk: false } };
		for (let i = 0; i < 30; i += 1) shard.send(presence);
		await until(() => rec.sent(3).length === 30, 2800);
		expect(rec.events.filter((e) => e.startsWith('close'))).toEqual([]);
		expect(h.gateway.sessions()[0]?.connected).toBe(true);
		// No 1.1 s window ever held more than 20 of our payloads.
		const stamps = rec.raw.filter((p) => p.direction === 'out').map((p) => p.at);
		for (let i = 20; i < stamps.length; i += 1) expect((stamps[i] as number) - (stamps[i - 20] as number)).toBeGreaterThanOrEqual(1100);
	});

	it('destroy() is idempotent, ends the session and leaves no timers', async () => {
		h = await startMock();
		const before = liveTimers();
		const s = new Shard(h.shardOptions({ compression: 'zlib-stream' }));
		await s.connect();
		const statuses: ShardStatus[] = [];
		s.on('status', (status) => statuses.push(status));
		const first = s.destroy();
		expect(s.destroy()).toBe(first);
		await first;
		await s.destroy();
		expect(statuses).toEqual(['closed']);
		expect(() => s.send({ op: 1, d: null })).toThrow(/closed/);
		await until(() => h?.gateway.sessions().length === 0);
		await until(() => liveTimers() <= before);
	});

	it('destroy() during the handshake rejects connect() with GATEWAY_DESTROYED', async () => {
		h = await startMock();
		shard = new Shard(h.shardOptions());
		const pending = shard.connect();
		await shard.destroy();
		await expect(pending).rejects.toMatchObject({ code: 'GATEWAY_DESTROYED' });
	});
});
