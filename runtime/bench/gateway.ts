/**
 * `npm run bench -w ovenjs` (second part): the gateway side of OvenJS against discord.js and
 * @discordjs/ws in the same run, on the same mock and the same stream. For each library a
 * fresh mock (its own process) serves GUILDS guilds × MEMBERS members (distinct users) as
 * GUILD_CREATEs, then a flood of FLOOD MESSAGE_CREATEs; the library runs in its own process
 * with `--expose-gc`. Measured: events/s over the flood, client CPU per event, and the heap
 * (after a full GC, over the process's own baseline) once the guilds are loaded and after
 * the flood.
 *
 * `BENCH_SCALE` scales guilds and the flood (default 1: 1,000 guilds × 100 members, 50,000
 * messages). Runs uncompressed for every library, then zlib-stream for those that inflate with
 * node:zlib (discord.js needs the native `zlib-sync` for it).
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { BenchLibrary, ClientInput } from './_gatewayClient.js';
import type { WorldSize } from './_gatewayWorld.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
if (!(SCALE > 0)) throw new Error(`BENCH_SCALE must be a number > 0, got ${process.env.BENCH_SCALE}`);
const SIZE: WorldSize = { guilds: Math.max(10, Math.round(1_000 * SCALE)), members: 100 };
const FLOOD = Math.max(1_000, Math.round(50_000 * SCALE));
/** Uncompressed for all; zlib-stream only where the library does it without a native add-on. */
const MODES: readonly { readonly zlib: boolean; readonly libraries: readonly BenchLibrary[] }[] = [
	{ zlib: false, libraries: ['ovenjs', 'discord.js', 'ovenjs-shard', '@discordjs/ws'] },
	{ zlib: true, libraries: ['ovenjs-shard', '@discordjs/ws'] },
];

interface Result {
	readonly library: BenchLibrary;
	readonly eventsPerSecond: number;
	readonly cpuMicrosPerEvent: number;
	readonly loadedHeapBytes: number;
	readonly heapBytes: number;
}

function receive<T>(child: ChildProcess, key: string, timeoutMs = 300_000): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => fail(new Error(`no '${key}' from the child within ${timeoutMs} ms`)), timeoutMs);
		const onMessage = (message: unknown): void => {
			if (typeof message === 'object' && message !== null && key in message) {
				cleanup();
				resolve((message as Record<string, T>)[key] as T);
			}
		};
		const onExit = (code: number | null): void => fail(new Error(`the child exited (${code}) before '${key}'`));
		const fail = (error: Error): void => {
			cleanup();
			reject(error);
		};
		const cleanup = (): void => {
			clearTimeout(timer);
			child.off('message', onMessage);
			child.off('exit', onExit);
		};
		child.on('message', onMessage);
		child.once('exit', onExit);
	});
}

async function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.send('close');
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
	await exited;
	clearTimeout(timer);
}

async function run(library: BenchLibrary, zlib: boolean): Promise<Result> {
	const mock = fork(new URL('./_gatewayMock.ts', import.meta.url), [JSON.stringify(SIZE)], { execArgv: ['--import', 'tsx'] });
	try {
		const { api, token } = await receive<{ api: string; token: string }>(mock, 'ready');
		const input: ClientInput = { api, token, guilds: SIZE.guilds, zlib };
		const client = fork(new URL('./_gatewayClient.ts', import.meta.url), [library, JSON.stringify(input)], {
			execArgv: ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx'],
		});
		try {
			const loaded = await receive<{ heapBytes: number }>(client, 'loaded');
			client.send({ expect: FLOOD });
			mock.send({ flood: FLOOD });
			const done = await receive<{ ms: number; cpuMicros: number; heapBytes: number }>(client, 'done');
			return {
				library,
				eventsPerSecond: (FLOOD - 1) / (done.ms / 1000),
				cpuMicrosPerEvent: done.cpuMicros / FLOOD,
				loadedHeapBytes: loaded.heapBytes,
				heapBytes: done.heapBytes,
			};
		} finally {
			await stop(client);
		}
	} finally {
		await stop(mock);
	}
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

console.log(`gateway: ${SIZE.guilds} guilds × ${SIZE.members} members, then ${FLOOD} MESSAGE_CREATEs`);
for (const { zlib, libraries } of MODES) {
	console.log(`transport ${zlib ? 'zlib-stream' : 'uncompressed'}:`);
	const results: Result[] = [];
	for (const library of libraries) {
		const result = await run(library, zlib);
		results.push(result);
		console.log(
			`  ${library.padEnd(14)} ${Math.round(result.eventsPerSecond).toLocaleString('en').padStart(9)} events/s  ${result.cpuMicrosPerEvent.toFixed(1).padStart(6)} µs CPU/event  heap: ${mb(result.loadedHeapBytes)} loaded, ${mb(result.heapBytes)} after the flood`,
		);
	}
	// Like against like: the client with its cache against discord.js's, the bare shard against @discordjs/ws.
	for (const [ours, theirs] of [['ovenjs', 'discord.js'], ['ovenjs-shard', '@discordjs/ws']] as const) {
		const oven = results.find((r) => r.library === ours);
		const other = results.find((r) => r.library === theirs);
		if (oven === undefined || other === undefined) continue;
		console.log(
			`  ${ours} vs ${theirs}: events/s ${ratio(oven.eventsPerSecond, other.eventsPerSecond)}, CPU/event ${ratio(oven.cpuMicrosPerEvent, other.cpuMicrosPerEvent)}, heap ${ratio(oven.heapBytes, other.heapBytes)} (after the guilds: ${ratio(oven.loadedHeapBytes, other.loadedHeapBytes)})`,
		);
	}
}
