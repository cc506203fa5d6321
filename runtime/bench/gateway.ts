/**
 * `npm run bench -w ovenjs` (second part): the gateway side of OvenJS against discord.js and
 * @discordjs/ws in the same run, on the same mock and the same stream. For each library a
 * fresh mock (its own process) serves GUILDS guilds × MEMBERS members (distinct users) as
 * GUILD_CREATEs, then a flood of FLOOD MESSAGE_CREATEs; the library runs in its own process
 * with `--expose-gc`. Measured: events/s over the flood, client CPU per event, and the heap
 * (after a full GC, over the process's own baseline) once the guilds are loaded and after
 * the flood.
 *
 * `BENCH_SCALE` scales guilds and the flood (default 1: 1,000 guilds × 100 members, 100,000
 * messages; at least 20,000). Runs uncompressed for every library, then zlib-stream for those
 * that inflate with node:zlib (discord.js needs the native `zlib-sync` for it, so the OvenJS
 * client in zlib-stream is compared with discord.js uncompressed). The flood comes from the
 * feed in `_gatewayFeed.ts`: serialised and compressed before it is timed, then written as
 * ready frames, so it outruns every client (the `feed` row shows its ceiling). Each library
 * gets `BENCH_ROUNDS` floods (default 3, new message ids each time); the fastest is shown
 * (on a shared machine the slower ones measure the neighbours), the heap after the last.
 * `loop busy` near 100 % means the client, not the feed, set the pace. CPU per event is the
 * steadier figure when other processes compete for the cores. OvenJS runs from runtime/dist,
 * rebuilt first with `tsc -b` (see `buildDist`): what users run, not the source through tsx.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { buildDist } from './_buildDist.js';
import type { BenchLibrary, ClientInput } from './_gatewayClient.js';
import type { WorldSize } from './_gatewayWorld.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
if (!(SCALE > 0)) throw new Error(`BENCH_SCALE must be a number > 0, got ${process.env.BENCH_SCALE}`);
const SIZE: WorldSize = { guilds: Math.max(10, Math.round(1_000 * SCALE)), members: 100 };
/** Long enough that JIT warm-up is a small part of it even at BENCH_SCALE=0.2. */
const FLOOD = Math.max(20_000, Math.round(100_000 * SCALE));
/**
 * Uncompressed for all; zlib-stream only where the library does it without a native add-on
 * (discord.js 14 inflates zlib-stream only with `zlib-sync`). `feed` is a bare socket that
 * walks frame headers and decodes nothing: the most the feed can deliver, so a client row
 * below it measures the client.
 */
const ALL_MODES: readonly { readonly zlib: boolean; readonly libraries: readonly BenchLibrary[] }[] = [
	{ zlib: false, libraries: ['feed', 'ovenjs', 'discord.js', 'ovenjs-shard', '@discordjs/ws'] },
	{ zlib: true, libraries: ['feed', 'ovenjs', 'ovenjs-shard', '@discordjs/ws'] },
];
/** Floods per library (new messages each time); the fastest is reported, the heap after the last. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
/** `BENCH_ONLY=ovenjs,ovenjs-shard` runs only those rows; `BENCH_CPU_PROF=dir` writes each client's `--cpu-prof` there. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const CPU_PROF = process.env.BENCH_CPU_PROF;
const MODES = ALL_MODES.map(({ zlib, libraries }) => ({
	zlib,
	libraries: libraries.filter((l) => ONLY === undefined || ONLY.includes(l)),
}));

/** What a client reports after one flood. */
interface Done {
	readonly ms: number;
	readonly cpuMicros: number;
	readonly busy: number;
	readonly heapBytes: number;
	readonly readChars: number;
}

interface Result {
	readonly library: BenchLibrary;
	readonly eventsPerSecond: number;
	readonly cpuMicrosPerEvent: number;
	readonly loadedHeapBytes: number;
	readonly heapBytes: number;
	/** Characters of message id, content and author id the consumer read over every flood: equal for every library. */
	readonly readChars: number;
	/** The client's event-loop utilisation over the flood: near 1 when the client is the bottleneck. */
	readonly busy: number;
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
			execArgv: [
				'--expose-gc',
				'--max-old-space-size=8192',
				'--import',
				'tsx',
				...(CPU_PROF === undefined
					? []
					: [
							'--cpu-prof',
							'--cpu-prof-interval=50',
							`--cpu-prof-dir=${CPU_PROF}/${library.replace(/\W/g, '_')}-${zlib ? 'zlib' : 'plain'}`,
						]),
			],
		});
		try {
			const loaded = await receive<{ heapBytes: number }>(client, 'loaded');
			const rounds: Done[] = [];
			for (let round = 0; round < ROUNDS; round += 1) {
				client.send({ expect: FLOOD });
				mock.send({ prepare: FLOOD });
				await receive<number>(mock, 'prepared');
				mock.send({ flood: FLOOD });
				rounds.push(await receive<Done>(client, 'done'));
			}
			// The best round: the one least disturbed by whatever else the machine was doing.
			const best = rounds.reduce((a, b) => (b.ms < a.ms ? b : a));
			const last = rounds.at(-1) as Done;
			return {
				busy: best.busy,
				readChars: rounds.reduce((sum, r) => sum + r.readChars, 0),
				library,
				eventsPerSecond: (FLOOD - 1) / (best.ms / 1000),
				cpuMicrosPerEvent: best.cpuMicros / FLOOD,
				loadedHeapBytes: loaded.heapBytes,
				heapBytes: last.heapBytes,
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

const compare = (ours: Result, theirs: Result, label: string): void =>
	console.log(
		`  ${label}: events/s ${ratio(ours.eventsPerSecond, theirs.eventsPerSecond)}, CPU/event ${ratio(ours.cpuMicrosPerEvent, theirs.cpuMicrosPerEvent)}, heap ${ratio(ours.heapBytes, theirs.heapBytes)} (after the guilds: ${ratio(ours.loadedHeapBytes, theirs.loadedHeapBytes)})`,
	);

const dist = buildDist();
console.log(`OvenJS runs from ${dist} (built with tsc -b just now, as users run it); the benchmark's own files run through tsx`);
console.log(
	`gateway: ${SIZE.guilds} guilds × ${SIZE.members} members, then ${ROUNDS} floods of ${FLOOD} MESSAGE_CREATEs (the same frames for every library); the fastest flood is shown`,
);
console.log("  consumers read each message's id, content and author id; `feed` decodes nothing: it is the feed's own ceiling");
const uncompressed: Result[] = [];
for (const { zlib, libraries } of MODES) {
	console.log(`transport ${zlib ? 'zlib-stream' : 'uncompressed'}:`);
	const results: Result[] = [];
	for (const library of libraries) {
		const result = await run(library, zlib);
		results.push(result);
		if (!zlib) uncompressed.push(result);
		const heap = library === 'feed' ? '' : `  heap: ${mb(result.loadedHeapBytes)} loaded, ${mb(result.heapBytes)} after the flood`;
		console.log(
			`  ${library.padEnd(14)} ${Math.round(result.eventsPerSecond).toLocaleString('en').padStart(9)} events/s  ${result.cpuMicrosPerEvent.toFixed(1).padStart(6)} µs CPU/event  loop busy ${Math.round(result.busy * 100)}%${heap}`,
		);
	}
	const reads = new Set(results.filter((r) => r.library !== 'feed').map((r) => r.readChars));
	if (reads.size > 1) console.log(`  WARNING: the consumers read different data (${[...reads].join(', ')} characters)`);
	// Like against like: the client with its cache against discord.js's, the bare shard against @discordjs/ws.
	const find = (from: readonly Result[], library: BenchLibrary): Result | undefined => from.find((r) => r.library === library);
	const pairs: [Result | undefined, Result | undefined, string][] = [
		[
			find(results, 'ovenjs'),
			find(uncompressed, 'discord.js'),
			zlib ? 'ovenjs vs discord.js (uncompressed: it needs the native zlib-sync for zlib-stream)' : 'ovenjs vs discord.js',
		],
		[find(results, 'ovenjs-shard'), find(results, '@discordjs/ws'), 'ovenjs-shard vs @discordjs/ws'],
	];
	for (const [ours, theirs, label] of pairs) if (ours !== undefined && theirs !== undefined) compare(ours, theirs, label);
	const feed = find(results, 'feed');
	const fastest = Math.max(...results.filter((r) => r.library !== 'feed').map((r) => r.eventsPerSecond));
	if (feed !== undefined && feed.eventsPerSecond < fastest * 1.5)
		console.log(
			`  WARNING: the feed (${Math.round(feed.eventsPerSecond)}/s) is less than 1.5× the fastest client: the figures may be feed-bound`,
		);
}
