/**
 * `npm run bench -w ovenjs` (streams part): events handled by `createClient` handlers in the
 * gateway process (direct) against the same handlers in 1, 2 and 4 worker processes fed
 * through Redis Streams (`publishEvents` → `StreamShardingStrategy`), with a real
 * redis-server. The gateway side is a feed of MESSAGE_CREATE dispatches for 4 shards (the
 * WebSocket part is the same in both shapes and measured by the gateway benchmark), each
 * stamped with the time the gateway process got it. Measured: events/s end to end for a flood
 * (from the first dispatch until every one is handled), and the latency per event at a steady
 * 1,000 events/s (p50/p99, dispatch received → handler running). `BENCH_SCALE` scales the flood
 * (default 1: 20,000 events).
 */
import { spawn, fork, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { createServer } from 'node:net';
import type { GatewayDispatchPayload } from 'discord-api-types/v10';
import {
	createClient,
	EventStreamPublisher,
	type ShardingStrategy,
	type ShardingStrategyEventMap,
	type ShardStatus,
} from '../src/index.js';
import { floodMessage } from './_gatewayWorld.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
if (!(SCALE > 0)) throw new Error(`BENCH_SCALE must be a number > 0, got ${process.env.BENCH_SCALE}`);
const FLOOD = Math.round(20_000 * SCALE);
const STEADY = { rate: 1000, seconds: 2 };
const SHARDS = 4;
const now = (): number => performance.timeOrigin + performance.now();

/** The gateway process's shards, as a feed of dispatches (one session per shard, seqs in order). */
class Feed extends EventEmitter<ShardingStrategyEventMap> implements ShardingStrategy {
	readonly shardIds = Array.from({ length: SHARDS }, (_, i) => i);
	readonly #seq = this.shardIds.map(() => 1);
	#n = 0;
	connect = async (): Promise<void> => {
		for (const id of this.shardIds)
			this.emit('dispatch', id, {
				op: 0,
				t: 'READY',
				s: 1,
				d: { session_id: `s${id}`, user: { id: '1' }, application: { id: '1' } },
			} as never);
		this.emit('ready');
	};
	destroy = async (): Promise<void> => undefined;
	send = (): void => undefined;
	statuses = (): ReadonlyMap<number, ShardStatus> => new Map(this.shardIds.map((id) => [id, 'ready']));
	latencies = (): ReadonlyMap<number, number | undefined> => new Map();
	/** `count` dispatches, a batch per macrotask as a socket delivers them. */
	async emitMany(count: number, perTick = 100): Promise<void> {
		for (let sent = 0; sent < count;) {
			for (const end = Math.min(count, sent + perTick); sent < end; sent += 1) this.#one();
			await new Promise((resolve) => setImmediate(resolve));
		}
	}
	/** `rate` dispatches per second for `seconds`, in 10 ms steps. */
	async emitSteady(rate: number, seconds: number): Promise<void> {
		const start = performance.now();
		const total = rate * seconds;
		for (let sent = 0; sent < total;) {
			const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
			for (; sent < due; sent += 1) this.#one();
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	}
	#one(): void {
		const n = (this.#n += 1);
		const shard = n % SHARDS;
		const { data } = floodMessage(n, { guilds: 1000, members: 10 });
		const s = (this.#seq[shard] = (this.#seq[shard] as number) + 1);
		this.emit('dispatch', shard, { op: 0, t: 'MESSAGE_CREATE', s, d: { ...data, content: String(now()) } } as GatewayDispatchPayload);
	}
}

interface Result {
	readonly eventsPerSecond: number;
	readonly p50: number;
	readonly p99: number;
}

function percentile(values: number[], p: number): number {
	const sorted = values.sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function until(check: () => Promise<boolean> | boolean): Promise<void> {
	while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function direct(): Promise<Result> {
	const feed = new Feed();
	let count = 0;
	let latencies: number[] = [];
	const client = createClient({
		token: 'bench.streams.token',
		intents: ['Guilds', 'GuildMessages', 'MessageContent'],
		cache: false,
		strategy: feed,
	});
	client.on('messageCreate', (message) => {
		count += 1;
		latencies.push(now() - Number(message.content));
	});
	await client.login();
	await feed.emitSteady(STEADY.rate, STEADY.seconds);
	const steady = latencies;
	latencies = [];
	count = 0;
	const started = performance.now();
	await feed.emitMany(FLOOD);
	await until(() => count >= FLOOD);
	const eventsPerSecond = FLOOD / ((performance.now() - started) / 1000);
	await client.destroy();
	return { eventsPerSecond, p50: percentile(steady, 50), p99: percentile(steady, 99) };
}

function reply<T>(child: ChildProcess, key: string): Promise<T> {
	return new Promise((resolve) => {
		const on = (message: unknown): void => {
			if (typeof message === 'object' && message !== null && key in message) {
				child.off('message', on);
				resolve((message as Record<string, T>)[key] as T);
			}
		};
		child.on('message', on);
	});
}

async function throughStreams(redis: string, workers: number): Promise<Result> {
	const prefix = `bench:${workers}`;
	const feed = new Feed();
	const publisher = new EventStreamPublisher(feed, { redis, prefix, maxLength: FLOOD * 2, bufferLimit: FLOOD * 2 });
	await publisher.start();
	await feed.connect();
	const children = Array.from({ length: workers }, () =>
		fork(new URL('./_streamsBenchWorker.ts', import.meta.url), [], {
			execArgv: ['--import', 'tsx'],
			env: { ...process.env, REDIS: redis, PREFIX: prefix },
		}),
	);
	try {
		await Promise.all(children.map((c) => reply(c, 'connected')));
		const report = async (): Promise<{ count: number; latencies: number[] }> => {
			const all = await Promise.all(
				children.map((c) => {
					const r = reply<{ count: number; latencies: number[] }>(c, 'report');
					c.send('report');
					return r;
				}),
			);
			return { count: all.reduce((n, r) => n + r.count, 0), latencies: all.flatMap((r) => r.latencies) };
		};
		// The workers join the stream within a second of its first event.
		await feed.emitMany(SHARDS);
		let warm = 0;
		await until(async () => (warm += (await report()).count) >= SHARDS);
		await feed.emitSteady(STEADY.rate, STEADY.seconds);
		const steady: number[] = [];
		let handled = 0;
		await until(async () => {
			const r = await report();
			steady.push(...r.latencies);
			return (handled += r.count) >= STEADY.rate * STEADY.seconds;
		});
		const started = performance.now();
		await feed.emitMany(FLOOD);
		handled = 0;
		await until(async () => (handled += (await report()).count) >= FLOOD);
		const eventsPerSecond = FLOOD / ((performance.now() - started) / 1000);
		const stats = publisher.stats();
		if (stats.dropped > 0 || stats.replaysSkipped > 0)
			throw new Error(`publisher dropped ${stats.dropped}, skipped ${stats.replaysSkipped}`);
		return { eventsPerSecond, p50: percentile(steady, 50), p99: percentile(steady, 99) };
	} finally {
		await Promise.all(children.map(async (c) => (c.send('close'), await once(c, 'exit'))));
		await publisher.close();
	}
}

async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
	const server = createServer().listen(0, '127.0.0.1');
	await once(server, 'listening');
	const port = (server.address() as { port: number }).port;
	await new Promise((resolve) => server.close(resolve));
	const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
		stdio: 'ignore',
	});
	const url = `redis://127.0.0.1:${port}`;
	const { Redis } = await import('ioredis');
	const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => 50 });
	probe.on('error', () => undefined);
	await until(async () => (await probe.ping().catch(() => '')) === 'PONG');
	probe.disconnect();
	return { url, stop: async () => void (child.kill('SIGTERM'), await once(child, 'exit')) };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en').padStart(7);
const ms = (n: number): string => `${n.toFixed(2).padStart(6)} ms`;
console.log(
	`streams: ${FLOOD} MESSAGE_CREATEs from 4 shards, handled by createClient handlers; latency at ${STEADY.rate}/s (dispatch received → handler)`,
);
const base = await direct();
console.log(`  direct in the gateway process: ${fmt(base.eventsPerSecond)} events/s  p50 ${ms(base.p50)}  p99 ${ms(base.p99)}`);
const redis = await startRedis();
try {
	for (const workers of [1, 2, 4]) {
		const r = await throughStreams(redis.url, workers);
		console.log(
			`  Redis Streams, ${workers} worker(s):   ${fmt(r.eventsPerSecond)} events/s  p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  (${(r.eventsPerSecond / base.eventsPerSecond).toFixed(3)}× direct's events/s; +${(r.p50 - base.p50).toFixed(2)} ms p50, +${(r.p99 - base.p99).toFixed(2)} ms p99)`,
		);
	}
} finally {
	await redis.stop();
}
