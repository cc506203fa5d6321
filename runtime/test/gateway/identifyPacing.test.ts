import { describe, expect, it } from 'vitest';
import { type IdentifyThrottler, InProcessShardingStrategy, RedisIdentifyThrottler, type ShardRawPacket } from 'ovenjs';
import { useRedis } from '../_redisServer.js';
import { startMock } from './_harness.js';

const redis = useRedis('identify pacing against the mock');

/** Busy-waits, as a process stalled by other work would: timers and sockets wait with it. */
function stall(ms: number): void {
	const end = Date.now() + ms;
	while (Date.now() < end);
}

/**
 * Connects 3 shards of one max_concurrency bucket through `strategies`, against the mock's
 * strict rule (Discord's 5 s window, timed by when each IDENTIFY arrives), with the process
 * stalled for 250 ms just after the first IDENTIFY left: the mock reads it late, as Discord
 * does a delayed one. Answers the mock's IDENTIFY log.
 */
async function identifyThree(
	strategies: (options: ReturnType<Awaited<ReturnType<typeof startMock>>['shardOptions']>) => InProcessShardingStrategy[],
) {
	const log: { at: number; line: string }[] = [];
	const h = await startMock({ identifyWindow: 5_000, log: (line) => log.push({ at: Date.now(), line }) });
	const { identifyThrottler: _, ...options } = h.shardOptions({ readyTimeout: 15_000 });
	const running = strategies(options);
	let stalled = false;
	for (const s of running) {
		s.on('raw', (_shardId: number, packet: ShardRawPacket) => {
			if (stalled || packet.direction !== 'out' || packet.payload.op !== 2) return;
			stalled = true;
			stall(250);
		});
	}
	try {
		await Promise.all(running.map((s) => s.connect()));
	} finally {
		await Promise.all(running.map((s) => s.destroy()));
		await h.close();
	}
	return log.filter((entry) => entry.line.includes('identified'));
}

function expectPaced(identified: { at: number; line: string }[]): void {
	expect(identified.filter((entry) => entry.line.includes('too soon'))).toEqual([]);
	expect(identified).toHaveLength(3);
	const times = identified.map((entry) => entry.at);
	for (let i = 1; i < times.length; i++) expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(5_000);
}

describe("identify pacing with the default margin, against the mock's strict 5 s rule", () => {
	it('one process (the in-memory throttler): no IDENTIFY refused though the first arrived 250 ms late', async () => {
		const identified = await identifyThree((options) => [new InProcessShardingStrategy({ ...options, shardCount: 3, maxConcurrency: 1 })]);
		expectPaced(identified);
	}, 30_000);

	it.skipIf(!redis.available)(
		'three processes (RedisIdentifyThrottler, a connection each): no IDENTIFY refused',
		async () => {
			const throttler = (): IdentifyThrottler => new RedisIdentifyThrottler({ redis: redis.connect(), prefix: 'pacing' });
			const identified = await identifyThree((options) =>
				[0, 1, 2].map(
					(shardId) => new InProcessShardingStrategy({ ...options, shardCount: 3, shardIds: [shardId], identifyThrottler: throttler() }),
				),
			);
			expectPaced(identified);
		},
		30_000,
	);
});
