// Heap used by the cache for the same gateway data in OvenJS, discord.js v14 and seyfert 5,
// beside the data floor (`_cacheFloor.ts`: the bytes of the cached fields, compactly):
// GUILDS guilds × MEMBERS members via GUILD_CREATE, then a MESSAGE_CREATE flood.
// Each library runs in its own child process so none sees another's garbage. Memory is
// heap used + ArrayBuffers after a full GC; CPU is that of the cache's update alone (OvenJS:
// `apply`; discord.js: `guilds._add` / `actions.MessageCreate`; seyfert: `cache.onPacket`
// of its default MemoryAdapter), payloads parsed outside the timed part. discordeno 21 has
// no cache, so no row.
//   node --expose-gc --import tsx runtime/bench/cacheHeap.ts
// Env: GUILDS (1000), MEMBERS (100), MESSAGES per guild channel (50).
// OvenJS runs from the built runtime/dist (what users run), rebuilt first with `tsc -b`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { guildFloorBytes, messageFloorBytes } from './_cacheFloor.js';
import { CHANNELS, GUILDS, guildJson, MEMBERS, MESSAGES, messageJson, ROLES } from './_cachePayloads.js';

async function heap(): Promise<number> {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (gc === undefined) throw new Error('Run with node --expose-gc.');
	for (let i = 0; i < 3; i++) {
		gc();
		await new Promise((resolve) => setImmediate(resolve));
	}
	// Typed-array backing stores live outside the JS heap: count them too, on both sides.
	const usage = process.memoryUsage();
	return usage.heapUsed + usage.arrayBuffers;
}

type Sink = {
	guild(payload: { t: string; d: unknown }): void | Promise<void>;
	message(payload: { t: string; d: unknown }): void | Promise<void>;
	keep: unknown;
};

async function oven(): Promise<Sink> {
	// The package's entry without the `@ovenjs/source` condition: runtime/dist.
	const { createCache } = await import('ovenjs');
	const cache = createCache();
	return { keep: cache, guild: (p) => cache.apply(p as never), message: (p) => cache.apply(p as never) };
}

async function discordjs(): Promise<Sink> {
	const { Client, GatewayIntentBits } = await import('discord.js');
	const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers, GatewayIntentBits.GuildMessages] });
	// What the GUILD_CREATE handler and MESSAGE_CREATE action do with a payload, without a socket.
	const internal = client as unknown as {
		guilds: { _add(data: unknown): unknown };
		actions: { MessageCreate: { handle(data: unknown): unknown } };
	};
	return {
		keep: client,
		guild: (p) => {
			internal.guilds._add({ ...(p.d as object), shardId: 0 });
		},
		message: (p) => {
			internal.actions.MessageCreate.handle(p.d);
		},
	};
}

async function seyfert(): Promise<Sink> {
	const { Client } = await import('seyfert');
	// Its cache, without a socket: what its shard hands `cache.onPacket` for each dispatch.
	const client = new Client({ getRC: async () => ({ token: 'bench', intents: 0, locations: { base: '.' }, debug: false }) as never });
	const cache = (client as unknown as { cache: { intents: number; onPacket(p: unknown): Promise<void> } }).cache;
	cache.intents = 1 | 2 | 512; // GUILDS | GUILD_MEMBERS | GUILD_MESSAGES
	return { keep: client, guild: (p) => cache.onPacket(p), message: (p) => cache.onPacket(p) };
}

/** What each row keeps. */
const ROWS: Record<string, string> = {
	floor: 'the bytes of the cached fields, compactly encoded (`_cacheFloor.ts`): no index, no keys, no records',
	oven: 'OvenJS `createCache()` defaults: guilds, channels, roles, members, users, messages (columnar tables)',
	discordjs: 'discord.js 14 `Client` caches: Guild, GuildChannel, Role, GuildMember, User, Message objects',
	seyfert: 'seyfert 5 default MemoryAdapter: guilds, channels, roles, members, users, messages as raw records',
};

const SINKS: Record<string, () => Promise<Sink>> = { oven, discordjs, seyfert };

/** CPU time (user + system) in µs spent inside `fn`, awaited (a cache may update asynchronously). */
async function cpuAsync(fn: () => void | Promise<void>): Promise<number> {
	const start = process.cpuUsage();
	await fn();
	const used = process.cpuUsage(start);
	return used.user + used.system;
}

async function child(mode: string): Promise<void> {
	const make = SINKS[mode];
	if (make === undefined) throw new Error(`unknown mode ${mode}`);
	const sink = await make();
	const base = await heap();
	// CPU of the cache alone: payloads are parsed outside the timed part.
	let guildCpu = 0;
	for (let g = 0; g < GUILDS; g++) {
		const payload = JSON.parse(guildJson(g)) as { t: string; d: unknown };
		guildCpu += await cpuAsync(() => sink.guild(payload));
	}
	const afterGuilds = await heap();
	const batch = Math.max(1, MESSAGES);
	let messageCpu = 0;
	for (let g = 0; g < GUILDS; g++) {
		const payloads = Array.from({ length: batch }, (_, n) => JSON.parse(messageJson(g, n)) as { t: string; d: unknown });
		messageCpu += await cpuAsync(async () => {
			for (const payload of payloads) {
				// Awaited only when the cache is asynchronous, so a synchronous one pays no microtask.
				const pending = sink.message(payload);
				if (pending !== undefined) await pending;
			}
		});
	}
	const afterMessages = await heap();
	process.stdout.write(
		JSON.stringify({
			mode,
			guilds: afterGuilds - base,
			messages: afterMessages - afterGuilds,
			total: afterMessages - base,
			guildCpu: guildCpu / Math.max(1, GUILDS),
			messageCpu: messageCpu / Math.max(1, GUILDS * MESSAGES),
			keep: sink.keep !== undefined,
		}),
	);
}

const mode = process.argv[2];
if (mode !== undefined) {
	await child(mode);
} else {
	const file = fileURLToPath(import.meta.url);
	const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
	const build = spawnSync(process.execPath, [tsc, '-b', fileURLToPath(new URL('..', import.meta.url))], { encoding: 'utf8' });
	if (build.status !== 0)
		throw new Error(
			`\`tsc -b runtime\` failed, so runtime/dist (what this bench runs) may be stale; fix the build first:\n${build.stdout}${build.stderr}`,
		);
	type Row = { guilds: number; messages: number; total: number; guildCpu: number; messageCpu: number };
	const run = (which: string): Row => {
		const result = spawnSync(process.execPath, [...process.execArgv, file, which], { encoding: 'utf8', maxBuffer: 1 << 20 });
		if (result.status !== 0) throw new Error(`${which} failed: ${result.stderr}`);
		return JSON.parse(result.stdout) as Row;
	};
	const members = GUILDS * MEMBERS;
	const messages = GUILDS * MESSAGES;
	const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
	const rows = ['oven', 'discordjs', 'seyfert'].map((which) => ({ which, ...run(which) }));
	// The data floor, from the same payloads: nothing to run, only bytes to count.
	let floorGuilds = 0;
	let floorMessages = 0;
	for (let g = 0; g < GUILDS; g++) {
		floorGuilds += guildFloorBytes((JSON.parse(guildJson(g)) as { d: Parameters<typeof guildFloorBytes>[0] }).d);
		for (let n = 0; n < MESSAGES; n++)
			floorMessages += messageFloorBytes((JSON.parse(messageJson(g, n)) as { d: Parameters<typeof messageFloorBytes>[0] }).d);
	}
	process.stdout.write('OvenJS from runtime/dist (built with tsc -b just now, as users run it)\n');
	process.stdout.write(
		`cache heap: ${GUILDS} guilds × ${MEMBERS} members (${CHANNELS} channels, ${ROLES} roles each), then ${messages} MESSAGE_CREATE (${MESSAGES} per guild)\n`,
	);
	for (const [which, what] of Object.entries(ROWS)) process.stdout.write(`  ${which.padEnd(10)} ${what}\n`);
	const line = (which: string, guilds: number, messageBytes: number, cpu: string): void => {
		process.stdout.write(
			`${which.padEnd(10)} guilds ${mb(guilds).padStart(10)} (${Math.round(guilds / members)} B/member incl. guild share)` +
				`  messages ${mb(messageBytes).padStart(10)} (${Math.round(messageBytes / messages)} B/message)  total ${mb(guilds + messageBytes)}${cpu}\n`,
		);
	};
	line('floor', floorGuilds, floorMessages, '');
	for (const row of rows)
		line(
			row.which,
			row.guilds,
			row.messages,
			`  CPU ${row.guildCpu.toFixed(0)} µs/GUILD_CREATE, ${row.messageCpu.toFixed(2)} µs/MESSAGE_CREATE`,
		);
	const ovenRow = rows.find((row) => row.which === 'oven');
	if (ovenRow !== undefined) {
		const versus = rows
			.filter((row) => row !== ovenRow)
			.map((row) => `${row.which} ${((100 * ovenRow.total) / row.total).toFixed(1)} %`)
			.join(', ');
		process.stdout.write(
			`oven heap: ${(ovenRow.total / (floorGuilds + floorMessages)).toFixed(2)}× the data floor (goal ≤ 3×); of ${versus} (goal ≤ 15 % of discord.js)\n`,
		);
	}
}
