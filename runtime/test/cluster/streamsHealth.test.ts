import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMockDiscord, type Scenario } from '@ovenjs/mock-discord';
import { Cluster, createClient, serveClusterHealth, StreamShardingStrategy } from 'ovenjs';
import { useRedis } from '../_redisServer.js';
import { until } from '../gateway/_harness.js';

const redis = useRedis('event lag in cluster health');
const bin = fileURLToPath(new URL('../../bin/oven.js', import.meta.url));

const ALICE = '900000000000000010';
const guilds = Array.from({ length: 2 }, (_, i) => ({ id: String(BigInt(3000 + i) << 22n), channel: String(BigInt(7000 + i) << 22n) }));
const scenario = {
	users: [{ id: ALICE, username: 'alice' }],
	guilds: guilds.map((g, i) => ({
		id: g.id,
		name: `guild ${i}`,
		owner_id: ALICE,
		channels: [{ id: g.channel, name: 'general', type: 0 }],
		members: [{ user_id: ALICE }],
	})),
	gateway: { shards: 2, maxConcurrency: 2 },
} as Scenario;

function status(url: string): Promise<string> {
	const child = spawn(process.execPath, ['--import', 'tsx', bin, 'cluster', 'status', '--url', url]);
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return new Promise((resolve) => child.once('exit', () => resolve(output)));
}

describe.skipIf(!redis.available)('event lag in the cluster’s health', () => {
	it('reports the events no worker has handled yet, per shard group, and none once a worker catches up', async () => {
		const mock = await createMockDiscord({ scenario, gateway: { heartbeatInterval: 2000 } });
		const cluster = new Cluster({
			script: new URL('./_streamGateway.ts', import.meta.url),
			processes: 2,
			shardCount: 2,
			redis: redis.url(),
			execArgv: ['--import', 'tsx'],
			env: { TOKEN: mock.token, API: mock.api },
		});
		const exits: (NodeJS.Signals | null)[] = [];
		cluster.on('processExit', (_index, _code, signal) => exits.push(signal));
		const health = await serveClusterHealth(cluster);
		let worker: ReturnType<typeof createClient> | undefined;
		try {
			await cluster.start();
			await until(async () => (await cluster.health()).shards.ready === 2, 30_000);
			for (let n = 1; n <= 6; n += 1)
				await mock.sendMessage({ author_id: ALICE, channel_id: (guilds[n % 2] as { channel: string }).channel, content: `ping ${n}` });
			// No worker yet: a GUILD_CREATE and 3 messages per group wait in its stream.
			await until(async () => (await cluster.health()).events?.undelivered === 8, 10_000);
			const waiting = await cluster.health();
			expect(waiting.events?.streams.map((s) => [s.stream, s.undelivered, s.consumers])).toEqual([
				['{ovenjs:events}:stream:0', 4, 0],
				['{ovenjs:events}:stream:1', 4, 0],
			]);
			expect(waiting.events?.oldestMs).toBeGreaterThanOrEqual(0);
			expect(await status(health.url)).toMatch(/^events: 0 pending, 8 undelivered, oldest \d+ ms \(2 stream\(s\), 0 worker\(s\)\)$/m);

			// A worker joins and handles them: nothing left.
			const handled: string[] = [];
			worker = createClient({
				token: mock.token,
				intents: ['Guilds', 'GuildMessages', 'MessageContent'],
				cache: false,
				strategy: new StreamShardingStrategy({ redis: redis.url() }),
			});
			worker.on('messageCreate', (message) => void handled.push(message.content ?? ''));
			await worker.login();
			await until(() => handled.length === 6, 10_000);
			await until(async () => (await cluster.health()).events?.undelivered === 0, 10_000);
			expect((await cluster.health()).events).toMatchObject({ pending: 0, undelivered: 0, oldestMs: null });
			expect(await status(health.url)).toMatch(/^events: 0 pending, 0 undelivered, none waiting \(2 stream\(s\), 1 worker\(s\)\)$/m);
		} finally {
			await worker?.destroy();
			await cluster.stop();
			await health.close();
			await mock.close();
		}
		// The gateway processes exited by themselves (their publishers closed with their shards), not killed.
		expect(exits).toEqual([null, null]);
	}, 90_000);
});
