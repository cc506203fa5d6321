/**
 * `npm run bench:soak -w ovenjs` (also the last part of `npm run bench`): a soak, not a
 * speed race. A client (`createClient`, 2 shards, cache on, default options) runs against a
 * mock Discord in its own process that sends MESSAGE_CREATEs at SOAK_RATE per second for
 * SOAK_MINUTES and breaks a shard's connection every SOAK_FAULT_EVERY seconds (disconnects
 * with resumable codes, op 7, op 9 resumable, zombie heartbeats, in turn). Printed: events
 * received against sent (lost and duplicated), reconnects and how long shards were away,
 * the heap after a full GC once logged in and at the end (client still running, caches full), and the event latency (send in the mock
 * to the listener in the client; p50, p99, max).
 *
 * Run with `--expose-gc` (the npm script does). Defaults: 10 minutes, 200 events/s, a fault
 * every 5 s.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createClient } from '../src/index.js';
import type { SoakDrive, SoakWorld } from './_soakMock.js';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const RATE = Number(process.env.SOAK_RATE ?? 200);
const FAULT_EVERY_S = Number(process.env.SOAK_FAULT_EVERY ?? 5);
if (!(MINUTES > 0 && RATE > 0 && FAULT_EVERY_S > 0)) throw new Error('SOAK_MINUTES, SOAK_RATE and SOAK_FAULT_EVERY must be numbers > 0.');
const SHARDS = 2;
const WORLD: SoakWorld = { guilds: 8, members: 20, heartbeatInterval: 5_000 };

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('Run the soak with node --expose-gc (npm run bench:soak does).');
function heapMiB(): number {
	gc?.();
	gc?.();
	return process.memoryUsage().heapUsed / 1024 / 1024;
}

function once<T>(child: ChildProcess, key: string): Promise<T> {
	return new Promise((resolve) => {
		const listener = (message: Record<string, unknown>): void => {
			if (!(key in message)) return;
			child.off('message', listener);
			resolve(message[key] as T);
		};
		child.on('message', listener);
	});
}

function percentile(sorted: Float64Array, p: number): number {
	return sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);
}

const mock = fork(new URL('./_soakMock.ts', import.meta.url), [JSON.stringify(WORLD)], { execArgv: ['--import', 'tsx'] });
const { api, token } = await once<{ api: string; token: string }>(mock, 'ready');
const client = createClient({ token, intents: ['Guilds', 'GuildMessages', 'MessageContent'], api, shards: SHARDS });

const expected = Math.ceil(RATE * MINUTES * 60);
const seen = new Uint8Array(expected + 1);
const latencies = new Float64Array(expected + 1);
let received = 0;
let duplicates = 0;
let unreadable = 0;
client.on('messageCreate', (message) => {
	const [, n, sentAt] = (message.content ?? '').split(' ');
	const index = Number(n);
	if (!Number.isInteger(index) || index < 0 || index > expected) return void unreadable++;
	if (seen[index] === 1) return void duplicates++;
	seen[index] = 1;
	latencies[received++] = performance.timeOrigin + performance.now() - Number(sentAt);
});

let reconnects = 0;
const away: number[] = [];
const leftAt = new Map<number, number>();
client.on('shardStatus', (shardId, status, previous) => {
	if (previous === 'ready') leftAt.set(shardId, performance.now());
	if (status === 'reconnecting') reconnects++;
	const left = leftAt.get(shardId);
	if (status === 'ready' && left !== undefined) {
		away.push(performance.now() - left);
		leftAt.delete(shardId);
	}
});
const warnings: Record<string, number> = {};
client.on('warn', (warning) => void (warnings[warning.kind] = (warnings[warning.kind] ?? 0) + 1));
client.on('error', (error) => console.error(`client error: ${error.message}`));

await client.login();
const heapStart = heapMiB();
const started = performance.now();
console.log(
	`OvenJS soak, Node ${process.version}: ${SHARDS} shards, ${RATE} events/s for ${MINUTES} min, a fault every ${FAULT_EVERY_S} s (heap at start ${heapStart.toFixed(1)} MiB)`,
);
const progress = setInterval(() => {
	const minutes = (performance.now() - started) / 60_000;
	console.log(
		`  ${minutes.toFixed(1)} min: ${received} events received, ${reconnects} reconnects, heap ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MiB`,
	);
}, 60_000);

const drive: SoakDrive = { rate: RATE, durationMs: MINUTES * 60_000, faultEveryMs: FAULT_EVERY_S * 1000, shards: SHARDS };
const done = once<{ sent: number; faults: Record<string, number> }>(mock, 'done');
mock.send({ start: drive });
const { sent, faults } = await done;
// What was sent last may still be in a shard's replay buffer: give the shards time to come back.
const drainUntil = performance.now() + 120_000;
while (received < sent && performance.now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 100));
clearInterval(progress);
const elapsed = (performance.now() - started) / 1000;
const heapEnd = heapMiB();
await client.destroy();
mock.send('close');

const sorted = latencies.slice(0, received).sort();
const awaySorted = Float64Array.from(away).sort();
const lost = sent - received;
console.log(`  ran ${elapsed.toFixed(0)} s; faults injected: ${JSON.stringify(faults)}`);
console.log(`  events: sent ${sent}, received ${received}, lost ${lost}, duplicated ${duplicates}, unreadable ${unreadable}`);
console.log(
	`  reconnects: ${reconnects}; time away from ready per reconnect: median ${percentile(awaySorted, 50).toFixed(0)} ms, max ${(awaySorted.at(-1) ?? NaN).toFixed(0)} ms`,
);
console.log(`  warnings: ${JSON.stringify(warnings)}`);
console.log(
	`  heap after GC: start ${heapStart.toFixed(1)} MiB, end ${heapEnd.toFixed(1)} MiB, growth ${(heapEnd - heapStart).toFixed(1)} MiB`,
);
console.log(
	`  event latency: p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`,
);
process.exitCode = lost === 0 && duplicates === 0 ? 0 : 1;
