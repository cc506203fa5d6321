import { describe, expect, it } from 'vitest';
import { createMockDiscord, type Scenario } from '@ovenjs/mock-discord';
import { Cluster } from 'ovenjs';
import { useRedis } from '../_redisServer.js';
import { until } from '../gateway/_harness.js';

const redis = useRedis('cluster client defaults');

const ALICE = '900000000000000010';
// Guild i lives on shard i % 4.
const guilds = Array.from({ length: 8 }, (_, i) => ({ id: String(BigInt(3000 + i) << 22n), channel: String(BigInt(7000 + i) << 22n) }));
const scenario = {
	users: [{ id: ALICE, username: 'alice' }],
	guilds: guilds.map((g, i) => ({
		id: g.id,
		name: `guild ${i}`,
		owner_id: ALICE,
		channels: [{ id: g.channel, name: 'general', type: 0 }],
		members: [{ user_id: ALICE }],
	})),
	gateway: { shards: 4, maxConcurrency: 1 },
} as Scenario;

type Seen = { test: 'message'; id: string; shardId: number } | { test: 'connected'; shards: number[] };

describe.skipIf(!redis.available)('a plain createClient bot under a Cluster with Redis', () => {
	it('takes its shards and sessions from the cluster, shares limits and identify pacing through Redis, and resumes after a crash', async () => {
		const lines: string[] = [];
		const mock = await createMockDiscord({
			scenario,
			// The two processes' shards share bucket 0 (max_concurrency 1): only pacing shared through
			// Redis (5.5 s) keeps their IDENTIFYs 4 s apart. The 1.5 s left covers a stalled process.
			gateway: { identifyWindow: 4000, heartbeatInterval: 2000 },
			log: (line) => lines.push(line),
		});
		const cluster = new Cluster({
			script: new URL('./_plainBot.ts', import.meta.url),
			processes: 2,
			shardCount: 'auto',
			token: mock.token,
			api: `${mock.api}/v10`,
			redis: redis.url(),
			execArgv: ['--import', 'tsx'],
			env: { TOKEN: mock.token, API: mock.api },
			restartDelayMs: 100,
		});
		const seen: Seen[] = [];
		cluster.on('message', (_index, m) => seen.push(m as Seen));
		const ping = async (from: number, to: number): Promise<void> => {
			for (let n = from; n <= to; n += 1)
				await mock.sendMessage({
					author_id: ALICE,
					channel_id: (guilds[n % guilds.length] as { channel: string }).channel,
					content: `ping ${n}`,
				});
		};
		const ids = (): Set<string> => new Set(seen.flatMap((s) => (s.test === 'message' ? [s.id] : [])));
		try {
			await cluster.start();
			await until(() => seen.filter((s) => s.test === 'connected').length === 2, 30_000);
			expect(
				seen
					.filter((s) => s.test === 'connected')
					.map((s) => (s as { shards: number[] }).shards)
					.sort(),
			).toEqual([
				[0, 1],
				[2, 3],
			]);
			await ping(1, 16);
			await until(() => ids().size === 16, 10_000);
			await new Promise((resolve) => setTimeout(resolve, 300)); // sessions reach the cluster

			const victim = cluster.status()[0]?.pid as number;
			process.kill(victim, 'SIGKILL');
			await until(() => cluster.status()[0]?.pid !== victim, 10_000);
			await ping(17, 32);
			await until(() => ids().size === 32, 30_000);
			for (const s of seen) if (s.test === 'message') expect(s.shardId).toBe((Number(s.id) % guilds.length) % 4);
			// The killed process's shards resumed (on a loaded machine a late heartbeat may make
			// another shard resume too); none identified again.
			for (const shardId of [0, 1]) expect(lines.some((l) => l.includes(`shard ${shardId}/4 resumed session`))).toBe(true);
			expect(lines.filter((l) => l.includes('identified too soon'))).toEqual([]);
			expect(lines.filter((l) => l.includes('identified session'))).toHaveLength(4);
			expect((await mock.requests()).filter((r) => r.status === 429)).toEqual([]);
			// The shared rate-limit state is in Redis (identify slots expire 5.5 s after their grant).
			const keys = await redis.connect().keys('*');
			expect(keys.some((k) => k.includes('ovenjs:rl'))).toBe(true);
		} finally {
			await cluster.stop();
			await mock.close();
		}
	}, 90_000);
});
