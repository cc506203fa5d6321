import { afterEach, describe, expect, it } from 'vitest';
import { InProcessShardingStrategy, type ShardOptions, type ShardRawPacket } from 'ovenjs';
import { GUILDS, type Harness, makeBackend, message, next, startMock, until } from './_harness.js';

let h: Harness | undefined;
let strategy: InProcessShardingStrategy | undefined;
afterEach(async () => {
	await strategy?.destroy();
	await h?.close();
	strategy = undefined;
	h = undefined;
});

/** The harness's shard options without its throttler: the strategy builds its own. */
function base(harness: Harness): Omit<ShardOptions, 'identifyThrottler'> {
	const { identifyThrottler: _, ...rest } = harness.shardOptions();
	return rest;
}

/** IDENTIFY send times per shard. */
function identifies(s: InProcessShardingStrategy): Map<number, number[]> {
	const times = new Map<number, number[]>();
	s.on('raw', (shardId: number, packet: ShardRawPacket) => {
		if (packet.direction === 'out' && packet.payload.op === 2) times.set(shardId, [...(times.get(shardId) ?? []), packet.at]);
	});
	return times;
}

describe('InProcessShardingStrategy', () => {
	it('runs 4 shards; each receives only its own guilds', async () => {
		h = await startMock();
		const s = (strategy = new InProcessShardingStrategy({ ...base(h), shardCount: 4, identifyWindow: 0 }));
		const guildsOf = new Map<number, string[]>();
		s.on('dispatch', (shardId, payload) => {
			const guild = payload.t === 'GUILD_CREATE' ? payload.d.id : payload.t === 'MESSAGE_CREATE' ? payload.d.guild_id : undefined;
			if (guild !== undefined) guildsOf.set(shardId, [...(guildsOf.get(shardId) ?? []), `${payload.t} ${guild}`]);
		});
		let readies = 0;
		s.on('ready', () => (readies += 1));
		await s.connect();
		expect([...s.statuses().values()]).toEqual(['ready', 'ready', 'ready', 'ready']);
		expect(readies).toBe(1);
		GUILDS.forEach((guild, n) => h?.gateway.dispatch('MESSAGE_CREATE', message(n, guild), guild));
		await until(() => [...guildsOf.values()].flat().length === 2 * GUILDS.length);
		for (const shardId of [0, 1, 2, 3]) {
			const own = GUILDS.filter((_, i) => i % 4 === shardId);
			expect(guildsOf.get(shardId)).toEqual([...own.map((g) => `GUILD_CREATE ${g}`), ...own.map((g) => `MESSAGE_CREATE ${g}`)]);
		}
		await until(() => [...s.latencies().values()].every((ms) => ms !== undefined));
	});

	it('fires ready again once every shard is back after a reconnect', async () => {
		h = await startMock();
		const s = (strategy = new InProcessShardingStrategy({ ...base(h), shardCount: 2, identifyWindow: 0 }));
		let readies = 0;
		s.on('ready', () => (readies += 1));
		await s.connect();
		expect(readies).toBe(1);
		const back = next(s, 'ready');
		h.gateway.fault({ kind: 'disconnect', shard: 1, code: 4000 });
		await next(s, 'shardResumed');
		await back;
		expect(readies).toBe(2);
		const again = next(s, 'ready');
		h.gateway.fault({ kind: 'disconnect', shard: 0, code: 4009 });
		await next(s, 'shardReady');
		await again;
		expect(readies).toBe(3);
		expect([...s.statuses().values()]).toEqual(['ready', 'ready']);
	});

	it('emits ready after the last READY/RESUMED dispatch and shardReady/shardResumed, at start and after a resume', async () => {
		h = await startMock();
		const s = (strategy = new InProcessShardingStrategy({ ...base(h), shardCount: 2, identifyWindow: 0 }));
		const order: string[] = [];
		s.on('status', (shardId, status) => {
			if (status === 'ready') order.push(`status ${shardId}`);
		});
		s.on('dispatch', (shardId, payload) => {
			if (payload.t === 'READY' || payload.t === 'RESUMED') order.push(`${payload.t} ${shardId}`);
		});
		s.on('shardReady', (shardId) => order.push(`shardReady ${shardId}`));
		s.on('shardResumed', (shardId) => order.push(`shardResumed ${shardId}`));
		s.on('ready', () => order.push('ready'));
		await s.connect();
		// Shards identify in either order; each shard's events are in this order, `ready` last.
		const first = order[0]?.endsWith('1') ? 1 : 0;
		const second = 1 - first;
		expect(order).toEqual([
			`status ${first}`,
			`READY ${first}`,
			`shardReady ${first}`,
			`status ${second}`,
			`READY ${second}`,
			`shardReady ${second}`,
			'ready',
		]);
		order.length = 0;
		const back = next(s, 'ready');
		h.gateway.fault({ kind: 'disconnect', shard: 1, code: 4000 });
		await back;
		expect(order).toEqual(['status 1', 'RESUMED 1', 'shardResumed 1', 'ready']);
	});

	it('forwards raw packets only while a raw listener is attached, from every shard', async () => {
		h = await startMock();
		const s = (strategy = new InProcessShardingStrategy({ ...base(h), shardCount: 2, identifyWindow: 0 }));
		await s.connect();
		const seen: string[] = [];
		const listener = (shardId: number, packet: ShardRawPacket): void => {
			if (packet.direction === 'in' && 't' in packet.payload && packet.payload.t === 'MESSAGE_CREATE')
				seen.push(`${shardId} ${packet.payload.d.id}`);
		};
		const send = (n: number): void =>
			GUILDS.slice(0, 2).forEach((guild) => h?.gateway.dispatch('MESSAGE_CREATE', message(n, guild), guild));
		const dispatched = (count: number): Promise<void> => {
			let left = count;
			return new Promise((resolve) => s.on('dispatch', () => --left === 0 && resolve()));
		};
		let arrived = dispatched(2);
		send(1);
		await arrived;
		s.on('raw', listener);
		arrived = dispatched(2);
		send(2);
		await arrived;
		s.off('raw', listener);
		arrived = dispatched(2);
		send(3);
		await arrived;
		s.on('raw', listener);
		arrived = dispatched(2);
		send(4);
		await arrived;
		// GUILDS[0] is on shard 0 and GUILDS[1] on shard 1 (guild id >> 22 % 2); message ids are `n`.
		const ids = (n: number): string[] => [0, 1].map((shardId) => `${shardId} ${String(message(n, GUILDS[shardId] as string)['id'])}`);
		expect(seen.sort()).toEqual([...ids(2), ...ids(4)].sort());
	});

	it('paces IDENTIFY one per window with max_concurrency 1', async () => {
		const window = 300;
		h = await startMock({ identifyWindow: window - 50 }, makeBackend({ maxConcurrency: 1 }));
		const s = (strategy = new InProcessShardingStrategy({ ...base(h), shardCount: 4, maxConcurrency: 1, identifyWindow: window }));
		const times = identifies(s);
		const invalid: number[] = [];
		s.on('warn', (shardId, w) => w.kind === 'invalidSession' && invalid.push(shardId));
		await s.connect();
		const sorted = [...times.values()].map((t) => (expect(t).toHaveLength(1), t[0] as number)).sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i += 1)
			expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(window - 40);
		expect(invalid).toEqual([]);
	});

	it('identifies two buckets at once with max_concurrency 2', async () => {
		const window = 300;
		h = await startMock({ identifyWindow: window - 50 }, makeBackend({ maxConcurrency: 2 }));
		const s = (strategy = new InProcessShardingStrategy({ ...base(h), shardCount: 4, maxConcurrency: 2, identifyWindow: window }));
		const times = identifies(s);
		const invalid: number[] = [];
		s.on('warn', (shardId, w) => w.kind === 'invalidSession' && invalid.push(shardId));
		await s.connect();
		const at = (id: number): number => times.get(id)?.[0] as number;
		expect([0, 1, 2, 3].map((id) => times.get(id)?.length)).toEqual([1, 1, 1, 1]);
		// Buckets 0 (shards 0, 2) and 1 (shards 1, 3) run side by side.
		expect(at(2) - at(0)).toBeGreaterThanOrEqual(window - 40);
		expect(at(3) - at(1)).toBeGreaterThanOrEqual(window - 40);
		expect(Math.max(at(0), at(1))).toBeLessThan(Math.min(at(2), at(3)));
		expect(invalid).toEqual([]);
	});

	it('destroy() is idempotent and closes every shard', async () => {
		h = await startMock();
		const s = new InProcessShardingStrategy({ ...base(h), shardCount: 2, identifyWindow: 0 });
		await s.connect();
		const first = s.destroy();
		expect(s.destroy()).toBe(first);
		await first;
		expect([...s.statuses().values()]).toEqual(['closed', 'closed']);
		await until(() => h?.gateway.sessions().length === 0);
	});
});
