import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createMockDiscord, type Scenario } from '@ovenjs/mock-discord';
import { createClient, eventLag, InProcessShardingStrategy, publishEvents, StreamShardingStrategy } from 'ovenjs';
import { useRedis } from '../_redisServer.js';
import { until } from '../gateway/_harness.js';

const redis = useRedis('event streams');

const ALICE = '900000000000000010';
// Guild i lives on shard i % 2.
const guilds = Array.from({ length: 4 }, (_, i) => ({ id: String(BigInt(3000 + i) << 22n), channel: String(BigInt(7000 + i) << 22n) }));
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

interface Handled {
	readonly n: number;
	readonly worker: string;
	readonly shardId: number;
	readonly key: string;
	readonly redelivered: boolean;
}

function startWorker(name: string, env: Record<string, string>): ChildProcess {
	return fork(new URL('./_streamWorker.ts', import.meta.url), [], {
		execArgv: ['--import', 'tsx'],
		env: { ...process.env, ...env, NAME: name },
	});
}

describe.skipIf(!redis.available)('events through Redis Streams: a gateway process and stateless workers', () => {
	it('hands each event to one of two workers; a SIGKILLed worker’s pending events are handled by the other; sends reach the shard', async () => {
		const mock = await createMockDiscord({ scenario, gateway: { heartbeatInterval: 2000 } });
		const check = redis.connect();
		let published: ReturnType<typeof publishEvents> | undefined;
		// The gateway process: a createClient bot whose shards publish every dispatch; its cache stays here.
		const gateway = createClient({
			token: mock.token,
			intents: ['Guilds', 'GuildMessages', 'MessageContent'],
			api: mock.api,
			shard: { compression: 'none' },
			strategy: (o) => (published = publishEvents(new InProcessShardingStrategy(o), { redis: redis.url(), maxLength: 1000 })).strategy,
		});
		const env = { TOKEN: mock.token, API: mock.api, REDIS: redis.url(), DELAY_MS: '400', MAX_IN_FLIGHT: '4' };
		const workers = [startWorker('w1', env), startWorker('w2', env)];
		const handled = async (): Promise<Handled[]> => (await check.lrange('test:handled', 0, -1)).map((t) => JSON.parse(t) as Handled);
		const ping = async (from: number, to: number): Promise<void> => {
			for (let n = from; n <= to; n += 1)
				await mock.sendMessage({
					author_id: ALICE,
					channel_id: (guilds[n % guilds.length] as { channel: string }).channel,
					content: `ping ${n}`,
				});
		};
		try {
			await gateway.login();
			const connected = await Promise.all(workers.map(async (w) => (await once(w, 'message'))[0] as { user: string | null }));
			// The workers' client knows the bot user from the READY the gateway stored.
			for (const c of connected) expect(c.user).toBe(gateway.user?.id);
			expect(gateway.cache?.guilds.size).toBe(4);

			// Normal case: every event handled exactly once, by both workers.
			await ping(1, 40);
			await until(async () => (await handled()).length >= 40, 20_000);
			await new Promise((resolve) => setTimeout(resolve, 500));
			let all = await handled();
			expect(all.map((h) => h.n).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
			expect(new Set(all.map((h) => h.worker))).toEqual(new Set(['w1', 'w2']));
			for (const h of all) {
				expect(h.shardId).toBe((h.n % guilds.length) % 2);
				expect(h.redelivered).toBe(false);
				expect(h.key).toMatch(new RegExp(`^${h.shardId}:[0-9a-f]+:\\d+$`));
			}

			// A worker dies (SIGKILL) with events delivered to it, unacknowledged (4 at most in flight,
			// each taking 400 ms, so some are pending when it dies).
			await ping(41, 100);
			const w1Pending = async (): Promise<number> => {
				const [, , , consumers] = (await check.call('XPENDING', '{ovenjs:events}:stream:0', 'workers')) as [
					number,
					unknown,
					unknown,
					[string, string][] | null,
				];
				return Number(consumers?.find(([name]) => name === 'w1')?.[1] ?? 0);
			};
			await until(async () => (await handled()).some((h) => h.n > 45 && h.worker === 'w1') && (await w1Pending()) > 0, 20_000);
			const w1 = workers[0] as ChildProcess;
			w1.kill('SIGKILL');
			await once(w1, 'exit');
			await until(async () => new Set((await handled()).map((h) => h.n)).size === 100, 30_000);
			all = await handled();
			const lost = 100 - new Set(all.map((h) => h.n)).size;
			const duplicates = all.length - new Set(all.map((h) => h.n)).size;
			expect(lost).toBe(0);
			// The other worker took over what w1 had not acknowledged: claimed, marked redelivered.
			const claimed = all.filter((h) => h.redelivered);
			expect(claimed.length).toBeGreaterThan(0);
			for (const h of claimed) expect(h.worker).toBe('w2');
			console.log(
				`events through streams, worker SIGKILLed: 100 events, lost ${lost}, duplicates ${duplicates}, claimed ${claimed.length}`,
			);
			await until(async () => (await eventLag(check))?.pending === 0, 10_000);
			const lag = await eventLag(check);
			expect(lag).toMatchObject({ pending: 0, undelivered: 0, oldestMs: null });
			// 100 messages and 4 GUILD_CREATEs, all kept (maxLength 1000), each published once.
			expect(lag?.streams[0]?.length).toBe(104);
			expect(published?.publisher.stats()).toMatchObject({ published: 104, buffered: 0 });

			// Redis hangs for 3 s (SIGSTOP) while events come in: the gateway process and the worker
			// wait for it, then every event is handled.
			redis.pause();
			try {
				await ping(101, 110);
				await new Promise((resolve) => setTimeout(resolve, 3000));
			} finally {
				redis.resume();
			}
			await until(async () => new Set((await handled()).map((h) => h.n)).size === 110, 30_000);
			expect(published?.publisher.stats()).toMatchObject({ dropped: 0 });

			// A worker's sends reach the shard: op 8 for guild 1 (shard 1), its chunk comes back from shard 1.
			const sender = new StreamShardingStrategy({ redis: redis.url(), group: 'observer' });
			const chunks: number[] = [];
			sender.on('dispatch', (shardId, payload) => {
				if (payload.t === 'GUILD_MEMBERS_CHUNK') chunks.push(shardId);
			});
			await sender.connect();
			expect(sender.shardIds).toEqual([0, 1]);
			sender.send(1, { op: 8, d: { guild_id: (guilds[1] as { id: string }).id, query: '', limit: 0 } });
			await until(() => chunks.length === 1, 10_000);
			expect(chunks).toEqual([1]);
			expect(published?.publisher.stats()).toMatchObject({ commandsSent: 1, dropped: 0, outage: false, published: 115 }); // and the chunk
			expect(() => sender.send(7, { op: 3, d: { since: null, activities: [], status: 'online' as never, afk: false } })).toThrow(
				expect.objectContaining({ code: 'CLUSTER_SHARD_UNAVAILABLE' }),
			);
			await sender.destroy();
		} finally {
			for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
			await gateway.destroy();
			await published?.publisher.close();
			await mock.close();
		}
	}, 120_000);
});
