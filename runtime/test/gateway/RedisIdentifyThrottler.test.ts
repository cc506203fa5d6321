import { describe, expect, it } from 'vitest';
import { InProcessShardingStrategy, RedisIdentifyThrottler, type ShardRawPacket, type ShardWarning } from 'ovenjs';
import { useRedis } from '../_redisServer.js';
import { startMock } from './_harness.js';

const redis = useRedis('RedisIdentifyThrottler');

/** A throttler with its own connection, as each process would have. */
function throttler(options: { maxConcurrency: number; windowMs: number; marginMs?: number; prefix: string }): RedisIdentifyThrottler {
	return new RedisIdentifyThrottler({ redis: redis.connect(), ...options });
}

describe.skipIf(!redis.available)('RedisIdentifyThrottler', () => {
	it('hands each max_concurrency bucket one slot per window across connections', async () => {
		const options = { maxConcurrency: 2, windowMs: 300, prefix: 'unit' };
		const processes = [throttler(options), throttler(options), throttler(options)];
		const start = Date.now();
		const grants = await Promise.all(
			[0, 1, 2, 3, 4, 5].map(async (shardId) => {
				await (processes[shardId % 3] as RedisIdentifyThrottler).waitForIdentify(shardId, new AbortController().signal);
				return { bucket: shardId % 2, at: Date.now() - start };
			}),
		);
		for (const bucket of [0, 1]) {
			const times = grants
				.filter((g) => g.bucket === bucket)
				.map((g) => g.at)
				.sort((a, b) => a - b);
			expect(times).toHaveLength(3);
			// Timers fire no earlier than asked; a few ms of clock granularity between Redis and us.
			expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(290);
			expect((times[2] as number) - (times[1] as number)).toBeGreaterThanOrEqual(290);
		}
		// The two buckets ran side by side: three windows, not six.
		expect(Math.max(...grants.map((g) => g.at))).toBeLessThan(5 * 300);
	});

	it('times each grant from the moment it is given: a stalled process never gets two closer than the window and margin', async () => {
		const options = { maxConcurrency: 1, windowMs: 200, marginMs: 50, prefix: 'stall' };
		const processes = [throttler(options), throttler(options), throttler(options)];
		const signal = new AbortController().signal;
		const grants: number[] = [];
		const waits = processes.map((t, shardId) => t.waitForIdentify(shardId, signal).then(() => grants.push(Date.now())));
		await Promise.race(waits);
		const end = Date.now() + 600; // a busy event loop, past the moments the others were due
		while (Date.now() < end);
		await Promise.all(waits);
		// A few ms of clock granularity between Redis and this process.
		expect((grants[1] as number) - (grants[0] as number)).toBeGreaterThanOrEqual(240);
		expect((grants[2] as number) - (grants[1] as number)).toBeGreaterThanOrEqual(240);
	});

	it('waits for Redis to answer again rather than letting a shard identify unpaced', async () => {
		let calls = 0;
		const failing = {
			eval: async (): Promise<unknown> => {
				calls += 1;
				if (calls === 1) throw new Error('connect ECONNREFUSED');
				return 0;
			},
		};
		const started = Date.now();
		await new RedisIdentifyThrottler({ redis: failing }).waitForIdentify(0, new AbortController().signal);
		expect(calls).toBe(2);
		expect(Date.now() - started).toBeGreaterThanOrEqual(990);
	});

	it('rejects with the abort reason while waiting', async () => {
		const t = throttler({ maxConcurrency: 1, windowMs: 10_000, prefix: 'abort' });
		await t.waitForIdentify(0, new AbortController().signal);
		const controller = new AbortController();
		const waiting = t.waitForIdentify(0, controller.signal);
		controller.abort(new Error('destroyed'));
		await expect(waiting).rejects.toThrow('destroyed');
	});

	it('refuses a bad max_concurrency', () => {
		expect(() => new RedisIdentifyThrottler({ redis: { eval: async () => 0 }, maxConcurrency: 0 })).toThrow(
			expect.objectContaining({ code: 'GATEWAY_INVALID_OPTION' }),
		);
	});

	it('4 sharding strategies with their own Redis connections (as 4 processes would) identify in turn: the mock sees no IDENTIFY too early', async () => {
		const h = await startMock({ identifyWindow: 400 });
		const strategies = [0, 1, 2, 3].map((shardId) => {
			const { identifyThrottler: _, ...options } = h.shardOptions();
			return new InProcessShardingStrategy({
				...options,
				shardCount: 4,
				shardIds: [shardId],
				identifyThrottler: throttler({ maxConcurrency: 1, windowMs: 450, prefix: 'mock' }),
			});
		});
		const warnings: ShardWarning[] = [];
		const identifies: number[] = [];
		for (const s of strategies) {
			s.on('warn', (_shardId: number, warning: ShardWarning) => warnings.push(warning));
			s.on('raw', (_shardId: number, packet: ShardRawPacket) => {
				if (packet.direction === 'out' && packet.payload.op === 2) identifies.push(packet.at);
			});
		}
		try {
			await Promise.all(strategies.map((s) => s.connect()));
			expect(warnings.filter((w) => w.kind === 'invalidSession')).toEqual([]);
			expect(identifies).toHaveLength(4);
			const sorted = identifies.sort((a, b) => a - b);
			for (let i = 1; i < sorted.length; i += 1) expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(400);
		} finally {
			await Promise.all(strategies.map((s) => s.destroy()));
			await h.close();
		}
	});
});
