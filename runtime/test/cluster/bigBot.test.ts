import { describe, expect, it } from 'vitest';
import { createMockDiscord, type MockDiscord, type Scenario } from '@ovenjs/mock-discord';
import { Cluster } from 'ovenjs';
import { useRedis } from '../_redisServer.js';
import { until } from '../gateway/_harness.js';

const redis = useRedis('cluster with Redis');

const SHARDS = 8;
const ALICE = '900000000000000010';
// Guild i lives on shard i % 8: (id >> 22) % 8.
const guilds = Array.from({ length: 16 }, (_, i) => ({ id: String(BigInt(1000 + i) << 22n), channel: String(BigInt(5000 + i) << 22n) }));

function scenario(): Scenario {
	return {
		users: [{ id: ALICE, username: 'alice' }],
		guilds: guilds.map((g, i) => ({
			id: g.id,
			name: `guild ${i}`,
			owner_id: ALICE,
			channels: [{ id: g.channel, name: 'general', type: 0 }],
			members: [{ user_id: ALICE }],
		})),
		gateway: { shards: SHARDS, maxConcurrency: 2 },
	} as Scenario;
}

type Seen =
	| { test: 'message'; id: string; shardId: number }
	| { test: 'connected'; index: number }
	| { test: 'guild'; guild: { id: string; name: string } | null; local: boolean }
	| { test: 'storeError'; message: string }
	| { test: 'error'; message: string };

describe.skipIf(!redis.available)('a big bot: 4 processes × 2 shards on Redis, Discord’s real limits', () => {
	it('no 429s, identify paced, every message answered once; a killed process loses nothing; caches agree', async () => {
		const lines: string[] = [];
		const mock: MockDiscord = await createMockDiscord({
			scenario: scenario(),
			gateway: { identifyWindow: 1000, heartbeatInterval: 2000 },
			log: (line) => lines.push(line),
		});
		const cluster = new Cluster({
			script: new URL('./_bigBot.ts', import.meta.url),
			processes: 4,
			shardCount: SHARDS,
			execArgv: ['--import', 'tsx'],
			env: { TOKEN: mock.token, API: mock.api, REDIS_URL: redis.url() },
			restartDelayMs: 100,
		});
		const seen: Seen[] = [];
		cluster.on('message', (_index, m) => seen.push(m as Seen));
		const ask = async (index: number, request: object): Promise<Seen> => {
			const before = seen.length;
			cluster.send(index, request);
			await until(() => seen.slice(before).some((s) => s.test === 'guild'), 5000);
			return seen.slice(before).find((s) => s.test === 'guild') as Seen;
		};
		const ping = async (from: number, to: number): Promise<void> => {
			for (let n = from; n <= to; n += 1) {
				const g = guilds[n % guilds.length] as { channel: string };
				await mock.sendMessage({ author_id: ALICE, channel_id: g.channel, content: `ping ${n}` });
			}
		};
		const pongs = async (): Promise<Set<string>> => {
			const all = await Promise.all(guilds.map((g) => mock.messages(g.channel)));
			return new Set(all.flat().flatMap((m) => /^pong (\d+)$/.exec(m.content)?.[1] ?? []));
		};
		try {
			await cluster.start();
			await until(() => seen.filter((s) => s.test === 'connected').length === 4, 30_000);
			expect(cluster.status().map((p) => p.shards.map((s) => s.shardId))).toEqual([
				[0, 1],
				[2, 3],
				[4, 5],
				[6, 7],
			]);

			await ping(1, 48); // 3 per channel
			await until(() => seen.filter((s) => s.test === 'message').length >= 48, 20_000);
			// A process killed between receiving a message and sending its reply loses the reply (the
			// event was delivered; its handler never finished): wait for the replies first.
			await until(async () => (await pongs()).size === 48, 20_000);
			await new Promise((resolve) => setTimeout(resolve, 200)); // last seqs reach the cluster

			const victim = cluster.status()[1]?.pid as number;
			process.kill(victim, 'SIGKILL');
			await until(() => cluster.status()[1]?.pid !== victim, 10_000);
			await ping(49, 96); // half are for guilds of the dead process's shards
			await until(() => new Set(seen.flatMap((s) => (s.test === 'message' ? [s.id] : []))).size === 96, 30_000);
			// Replies queue behind the per-channel limit (5 per 5 s; 6 pings per channel).
			await until(async () => (await pongs()).size === 96, 30_000);
			expect((await pongs()).size).toBe(96);

			// Every message reached the process of its guild's shard, once (a crash may replay what was between two reports).
			const received = seen.flatMap((s) => (s.test === 'message' ? [s] : []));
			for (const r of received) expect(r.shardId).toBe((Number(r.id) % 16) % SHARDS);
			const counts = new Map<string, number>();
			for (const r of received) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
			expect([...counts.values()].every((c) => c === 1)).toBe(true);

			// Discord's real limits held across the 4 processes, and IDENTIFY was never too early.
			const statuses = (await mock.requests()).map((r) => r.status);
			expect(statuses.filter((s) => s === 429)).toEqual([]);
			expect(lines.filter((l) => l.includes('identified too soon'))).toEqual([]);
			expect(lines.filter((l) => l.includes('resumed session')).length).toBeGreaterThanOrEqual(2);

			// Process 0 does not run guild 2's shard, yet reads what process 1 cached: one cache.
			const answer = await ask(0, { fetchGuild: guilds[2]?.id });
			expect(answer).toMatchObject({ test: 'guild', local: false, guild: { id: guilds[2]?.id, name: 'guild 2' } });
			expect(seen.filter((s) => s.test === 'storeError' || s.test === 'error')).toEqual([]);
		} finally {
			await cluster.stop();
			await mock.close();
		}
	}, 120_000);
});
