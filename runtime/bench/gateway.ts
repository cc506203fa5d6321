/**
 * `npm run bench -w ovenjs` (second part): the gateway side of OvenJS against the decode floor,
 * discord.js, seyfert, discordeno and @discordjs/ws in the same run, on the same mock and the same stream. For each library a
 * fresh mock (its own process) serves GUILDS guilds × MEMBERS members (distinct users) as
 * GUILD_CREATEs, then a flood of FLOOD MESSAGE_CREATEs; the library runs in its own process
 * with `--expose-gc`. Measured: events/s over the flood, client CPU per event, and the heap
 * (after a full GC, over the process's own baseline) once the guilds are loaded and after
 * the flood.
 *
 * `BENCH_SCALE` scales guilds and the flood (default 1: 1,000 guilds × 100 members, 100,000
 * messages; at least 20,000). Runs uncompressed for every library, then zlib-stream for those
 * that inflate with node:zlib (discord.js needs the native `zlib-sync` for it, so the OvenJS
 * client in zlib-stream is compared with discord.js uncompressed), then, on Node ≥ 22.15,
 * zstd-stream for the floor and OvenJS, with its wire bytes and CPU per event against zlib's. The flood comes from the
 * feed in `_gatewayFeed.ts`: serialised and compressed before it is timed, then written as
 * ready frames, so it outruns every client (the `feed` row shows its ceiling). Each library
 * gets `BENCH_ROUNDS` floods (default 3, new message ids each time); the fastest is shown
 * (on a shared machine the slower ones measure the neighbours), the heap after the last.
 * `loop busy` near 100 % means the client, not the feed, set the pace. CPU per event is the
 * steadier figure when other processes compete for the cores. OvenJS runs from runtime/dist,
 * rebuilt first with `tsc -b` (see `buildDist`): what users run, not the source through tsx.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { buildDist } from './_buildDist.js';
import type { BenchLibrary, ClientInput } from './_gatewayClient.js';
import type { BenchCompression } from './_gatewayFloor.js';
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
const ALL_MODES: readonly { readonly compression: BenchCompression; readonly libraries: readonly BenchLibrary[] }[] = [
	{
		compression: 'none',
		libraries: ['feed', 'floor', 'ovenjs', 'ovenjs-nocache', 'discord.js', 'seyfert', 'discordeno', 'ovenjs-shard', '@discordjs/ws'],
	},
	{ compression: 'zlib-stream', libraries: ['feed', 'floor', 'ovenjs', 'ovenjs-nocache', 'discordeno', 'ovenjs-shard', '@discordjs/ws'] },
	// Node ≥ 22.15 only (zstd in node:zlib); the peers would need native or extra packages for it.
	{ compression: 'zstd-stream', libraries: ['feed', 'floor', 'ovenjs', 'ovenjs-nocache', 'ovenjs-shard'] },
];
/** What each row runs: what it builds and keeps, and what it does not. */
const ROWS: Record<BenchLibrary, string> = {
	feed: "the feed's ceiling: a bare socket that walks frame headers; nothing decoded",
	floor: 'the decode floor: `ws` + inflate (node:zlib binding, synchronous) + `JSON.parse` + the 3 fields; no checks, events or cache',
	ovenjs: 'OvenJS client: shard, payload checks, cache on (guilds, channels, roles, members, users, messages), views, typed events',
	'ovenjs-nocache': 'OvenJS client with `cache: false`: shard, payload checks, views over the payload, typed events; nothing kept',
	'discord.js': 'discord.js 14: its full cache and classes (Guild, GuildMember, User, Message); no zlib-stream without native zlib-sync',
	seyfert: 'seyfert 5: default MemoryAdapter cache, its Message built, its prefix-command handler runs; no transport compression',
	discordeno:
		'discordeno 21: no cache; builds only desiredProperties (message id, content, author, channel and guild id; user id); bigint ids',
	'ovenjs-shard': 'a bare OvenJS Shard: decode, payload checks, dispatch events; no cache, no views',
	'@discordjs/ws': 'a bare @discordjs/ws WebSocketManager: decode, dispatch events; no cache, no classes',
};
/** The rows OvenJS is compared with: every peer, and the floor. */
const OURS: readonly BenchLibrary[] = ['ovenjs', 'ovenjs-nocache', 'ovenjs-shard'];
const PEERS: readonly BenchLibrary[] = ['discord.js', 'seyfert', 'discordeno', '@discordjs/ws'];
/** Floods per library (new messages each time); the fastest is reported, the heap after the last. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
/** `BENCH_ONLY=ovenjs,ovenjs-shard` runs only those rows; `BENCH_CPU_PROF=dir` writes each client's `--cpu-prof` there. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const CPU_PROF = process.env.BENCH_CPU_PROF;
const MODES = ALL_MODES.map(({ compression, libraries }) => ({
	compression,
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
	/** The flood's bytes on the wire per event (WebSocket frames, headers included). */
	readonly wireBytesPerEvent: number;
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

async function run(library: BenchLibrary, compression: BenchCompression): Promise<Result> {
	const mock = fork(new URL('./_gatewayMock.ts', import.meta.url), [JSON.stringify(SIZE)], { execArgv: ['--import', 'tsx'] });
	try {
		const { api, token } = await receive<{ api: string; token: string }>(mock, 'ready');
		const input: ClientInput = { api, token, guilds: SIZE.guilds, compression };
		const client = fork(new URL('./_gatewayClient.ts', import.meta.url), [library, JSON.stringify(input)], {
			execArgv: [
				'--expose-gc',
				'--max-old-space-size=8192',
				'--import',
				'tsx',
				...(CPU_PROF === undefined
					? []
					: ['--cpu-prof', '--cpu-prof-interval=50', `--cpu-prof-dir=${CPU_PROF}/${library.replace(/\W/g, '_')}-${compression}`]),
			],
		});
		try {
			const loaded = await receive<{ heapBytes: number }>(client, 'loaded');
			const rounds: Done[] = [];
			let wireBytes = 0;
			for (let round = 0; round < ROUNDS; round += 1) {
				client.send({ expect: FLOOD });
				mock.send({ prepare: FLOOD });
				wireBytes = await receive<number>(mock, 'prepared');
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
				wireBytesPerEvent: wireBytes / FLOOD,
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

/** `ours / theirs` for CPU per event (lower is better) and events/s (higher is better), and the heap where both keep one. */
function versus(ours: Result, theirs: Result): string {
	const heap = theirs.library === 'floor' || theirs.heapBytes <= 0 ? '' : `, heap ${ratio(ours.heapBytes, theirs.heapBytes)}`;
	return `${theirs.library} CPU ${ratio(ours.cpuMicrosPerEvent, theirs.cpuMicrosPerEvent)} events/s ${ratio(ours.eventsPerSecond, theirs.eventsPerSecond)}${heap}`;
}

const dist = buildDist();
// After the build: the bench's own check of what this Node can do comes from the built package.
const { nodeSupports, NODE_FEATURES } = await import('ovenjs');
const zstd = nodeSupports('zstdStream');
console.log(`OvenJS runs from ${dist} (built with tsc -b just now, as users run it); the benchmark's own files run through tsx`);
console.log(
	`gateway: ${SIZE.guilds} guilds × ${SIZE.members} members, then ${ROUNDS} floods of ${FLOOD} MESSAGE_CREATEs (the same frames for every library); the fastest flood is shown`,
);
console.log(
	`machine: ${availableParallelism()} cores, Node.js ${process.versions.node}; each row ends with the 1-minute load average (over ${availableParallelism()}: other processes competed, compare within the run)`,
);
console.log("  consumers read each message's id, content and author id. Rows:");
for (const [library, what] of Object.entries(ROWS)) console.log(`    ${library.padEnd(14)} ${what}`);
const uncompressed: Result[] = [];
const byMode = new Map<BenchCompression, Result[]>();
for (const { compression, libraries } of MODES) {
	if (compression === 'zstd-stream' && !zstd) {
		console.log(
			`transport zstd-stream: SKIPPED on Node.js ${process.versions.node} (needs ${NODE_FEATURES.zstdStream.minimum}); run the bench on Node 24 for these rows`,
		);
		continue;
	}
	console.log(`transport ${compression === 'none' ? 'uncompressed' : compression}:`);
	const results: Result[] = [];
	for (const library of libraries) {
		let result: Result;
		try {
			result = await run(library, compression);
		} catch (error) {
			console.log(`  ${library.padEnd(14)} FAILED: ${error instanceof Error ? error.message : String(error)}`);
			continue;
		}
		results.push(result);
		byMode.set(compression, results);
		if (compression === 'none') uncompressed.push(result);
		const heap = library === 'feed' ? '' : `  heap: ${mb(result.loadedHeapBytes)} loaded, ${mb(result.heapBytes)} after the flood`;
		// The machine's 1-minute load as the row ends: above the core count, other processes took CPU from the row.
		const load = `  load ${(loadavg()[0] ?? 0).toFixed(1)}`;
		console.log(
			`  ${library.padEnd(14)} ${Math.round(result.eventsPerSecond).toLocaleString('en').padStart(9)} events/s  ${result.cpuMicrosPerEvent.toFixed(1).padStart(6)} µs CPU/event  loop busy ${Math.round(result.busy * 100)}%${heap}${load}`,
		);
	}
	const reads = new Set(results.filter((r) => r.library !== 'feed').map((r) => r.readChars));
	if (reads.size > 1) console.log(`  WARNING: the consumers read different data (${[...reads].join(', ')} characters)`);
	const find = (from: readonly Result[], library: BenchLibrary): Result | undefined => from.find((r) => r.library === library);
	// Each OvenJS row against the floor and every peer of this transport; discord.js, uncompressed only, stands in for itself.
	for (const library of OURS) {
		const ours = find(results, library);
		if (ours === undefined) continue;
		const others = ['floor' as const, ...PEERS]
			.map((peer) => find(results, peer) ?? (peer === 'discord.js' ? find(uncompressed, peer) : undefined))
			.filter((r): r is Result => r !== undefined);
		console.log(`  ${library} vs ${others.map((theirs) => versus(ours, theirs)).join(' | ')}`);
	}
	const wire = results[0];
	if (wire !== undefined)
		console.log(`  on the wire: ${wire.wireBytesPerEvent.toFixed(1)} bytes per MESSAGE_CREATE (WebSocket frame included)`);
	const client = find(results, 'ovenjs');
	const bare = find(results, 'ovenjs-nocache');
	const floor = find(results, 'floor');
	const discordeno = find(results, 'discordeno');
	const goals = [
		client !== undefined && floor !== undefined
			? `ovenjs CPU ${ratio(client.cpuMicrosPerEvent, floor.cpuMicrosPerEvent)} the floor's (goal ≤ 2×)`
			: '',
		bare !== undefined && discordeno !== undefined
			? `ovenjs-nocache CPU ${ratio(bare.cpuMicrosPerEvent, discordeno.cpuMicrosPerEvent)} discordeno's (goal ≤ 1×)`
			: '',
	].filter((goal) => goal !== '');
	if (goals.length > 0) console.log(`  goals: ${goals.join('; ')}`);
	const feed = find(results, 'feed');
	const fastest = Math.max(...results.filter((r) => r.library !== 'feed').map((r) => r.eventsPerSecond));
	if (feed !== undefined && feed.eventsPerSecond < fastest * 1.5)
		console.log(
			`  WARNING: the feed (${Math.round(feed.eventsPerSecond)}/s) is less than 1.5× the fastest client: the figures may be feed-bound`,
		);
}
const zlibRows = byMode.get('zlib-stream') ?? [];
const zstdRows = byMode.get('zstd-stream') ?? [];
if (zstdRows.length > 0 && zlibRows.length > 0) {
	console.log('zstd-stream / zlib-stream (same flood, same library):');
	for (const zstdRow of zstdRows) {
		const zlibRow = zlibRows.find((r) => r.library === zstdRow.library);
		if (zlibRow === undefined || zstdRow.library === 'feed') continue;
		console.log(
			`  ${zstdRow.library.padEnd(14)} wire bytes ${ratio(zstdRow.wireBytesPerEvent, zlibRow.wireBytesPerEvent)}, CPU/event ${ratio(zstdRow.cpuMicrosPerEvent, zlibRow.cpuMicrosPerEvent)} (${zstdRow.cpuMicrosPerEvent.toFixed(1)} vs ${zlibRow.cpuMicrosPerEvent.toFixed(1)} µs), events/s ${ratio(zstdRow.eventsPerSecond, zlibRow.eventsPerSecond)}`,
		);
	}
}
