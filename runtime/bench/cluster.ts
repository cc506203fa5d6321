/**
 * `npm run bench -w ovenjs` (third part): the same 4 shards run in 1, 2 and 4 processes by
 * `Cluster`, against a mock in its own process (1,000 guilds, rate limits off). Measured:
 * gateway events/s (a flood of MESSAGE_CREATEs until every process has counted its share)
 * and REST requests/s (message creates from every process, 16 at a time each).
 * `BENCH_SCALE` scales the flood and the request count (default 1: 40,000 and 8,000).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Cluster } from '../src/index.js';
import type { WorldSize } from './_gatewayWorld.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
if (!(SCALE > 0)) throw new Error(`BENCH_SCALE must be a number > 0, got ${process.env.BENCH_SCALE}`);
const SIZE: WorldSize = { guilds: 1_000, members: 10, maxConcurrency: 16 };
const FLOOD = Math.round(40_000 * SCALE);
const REQUESTS = Math.round(8_000 * SCALE);
const SHARDS = 4;

function receive<T>(child: ChildProcess, key: string): Promise<T> {
	return new Promise((resolve) => {
		const onMessage = (message: unknown): void => {
			if (typeof message === 'object' && message !== null && key in message) {
				child.off('message', onMessage);
				resolve((message as Record<string, T>)[key] as T);
			}
		};
		child.on('message', onMessage);
	});
}

/** Collects one reply per process to a request sent to all. */
async function ask<T>(cluster: Cluster, processes: number, request: object, key: string): Promise<T[]> {
	const replies = new Map<number, T>();
	return new Promise((resolve) => {
		const onMessage = (index: number, message: unknown): void => {
			if (typeof message !== 'object' || message === null || !(key in message)) return;
			replies.set(index, (message as Record<string, T>)[key] as T);
			if (replies.size === processes) {
				cluster.off('message', onMessage);
				resolve([...replies.values()]);
			}
		};
		cluster.on('message', onMessage);
		for (let i = 0; i < processes; i += 1) cluster.send(i, request);
	});
}

async function run(processes: number): Promise<{ eventsPerSecond: number; requestsPerSecond: number }> {
	const mock = fork(new URL('./_gatewayMock.ts', import.meta.url), [JSON.stringify(SIZE)], { execArgv: ['--import', 'tsx'] });
	const { api, token } = await receive<{ api: string; token: string }>(mock, 'ready');
	const { url } = (await (await fetch(`${api}/gateway/bot`, { headers: { authorization: `Bot ${token}` } })).json()) as { url: string };
	const cluster = new Cluster({
		script: new URL('./_clusterBenchBot.ts', import.meta.url),
		processes,
		shardCount: SHARDS,
		execArgv: ['--import', 'tsx'],
		env: { TOKEN: token, API: api, GATEWAY_URL: url, GUILDS: String(SIZE.guilds) },
	});
	try {
		let connected = 0;
		const allConnected = new Promise<void>((resolve) =>
			cluster.on('message', (_index, message) => {
				if ((message as { connected?: boolean }).connected === true && ++connected === processes) resolve();
			}),
		);
		await cluster.start();
		await allConnected;
		const started = performance.now();
		mock.send({ flood: FLOOD });
		for (;;) {
			const counts = await ask<number>(cluster, processes, { count: true }, 'events');
			if (counts.reduce((a, b) => a + b, 0) >= FLOOD) break;
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
		const eventsPerSecond = FLOOD / ((performance.now() - started) / 1000);
		const times = await ask<number>(cluster, processes, { rest: Math.ceil(REQUESTS / processes) }, 'restMs');
		return { eventsPerSecond, requestsPerSecond: REQUESTS / (Math.max(...times) / 1000) };
	} finally {
		await cluster.stop();
		const exited = new Promise((resolve) => mock.once('exit', resolve));
		mock.send('close');
		await exited;
	}
}

console.log(
	`cluster: ${SHARDS} shards over ${SIZE.guilds} guilds; ${FLOOD} MESSAGE_CREATEs, then ${REQUESTS} REST message creates (limits off)`,
);
const base = await run(1);
console.log(
	`  1 process:  ${Math.round(base.eventsPerSecond).toLocaleString('en').padStart(8)} events/s  ${Math.round(base.requestsPerSecond).toLocaleString('en').padStart(7)} req/s`,
);
for (const processes of [2, 4]) {
	const result = await run(processes);
	console.log(
		`  ${processes} processes: ${Math.round(result.eventsPerSecond).toLocaleString('en').padStart(8)} events/s  ${Math.round(result.requestsPerSecond).toLocaleString('en').padStart(7)} req/s  (${(result.eventsPerSecond / base.eventsPerSecond).toFixed(2)}× / ${(result.requestsPerSecond / base.requestsPerSecond).toFixed(2)}× one process)`,
	);
}
