/**
 * One library's side of the gateway benchmark, in its own process (started with
 * `--expose-gc`). argv[2] is the library, argv[3] a JSON {@link ClientInput}. It connects to
 * the mock, waits for every guild, reports `{ loaded }`, then, for each `{ expect }`, counts
 * that many MESSAGE_CREATEs of a flood and reports `{ done }` with the time from the first to
 * the last, its CPU time, its event-loop utilisation and the heap after a full GC.
 */
import { REST as DjsREST } from '@discordjs/rest';
import { CompressionMethod, WebSocketManager, WebSocketShardEvents } from '@discordjs/ws';
import { Client as DjsClient, Events } from 'discord.js';
import { GatewayDispatchEvents } from 'discord-api-types/v10';
// OvenJS as users run it: the package's entry without the `@ovenjs/source` condition is the
// built runtime/dist (tsc output), not the TypeScript source through tsx (gateway.ts builds it first).
import { createClient, Shard } from 'ovenjs';
import { type BenchCompression, connectFloor } from './_gatewayFloor.js';
import { connectDiscordeno, connectSeyfert } from './_gatewayPeers.js';
import { connectRawSink } from './_rawGatewaySink.js';

export type BenchLibrary =
	'feed' | 'floor' | 'ovenjs' | 'ovenjs-nocache' | 'discord.js' | 'seyfert' | 'discordeno' | 'ovenjs-shard' | '@discordjs/ws';

export interface ClientInput {
	readonly api: string;
	readonly token: string;
	readonly guilds: number;
	readonly compression: BenchCompression;
}

/** GUILDS | GUILD_MEMBERS | GUILD_MESSAGES | MESSAGE_CONTENT. */
const INTENTS = 1 | 2 | 512 | 32_768;

const library = process.argv[2] as BenchLibrary;
const input = JSON.parse(process.argv[3] ?? '{}') as ClientInput;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

function heapAfterGc(): number {
	gc?.();
	gc?.();
	return process.memoryUsage().heapUsed;
}

const baseline = heapAfterGc();
let guildsSeen = 0;
let messages = 0;
let expected = Number.POSITIVE_INFINITY;
let firstAt = 0;
let cpuAtFirst: NodeJS.CpuUsage = process.cpuUsage();
let eluAtFirst = performance.eventLoopUtilization();

function onGuild(): void {
	guildsSeen += 1;
	if (guildsSeen === input.guilds) process.send?.({ loaded: { heapBytes: heapAfterGc() - baseline } });
}

/** What every consumer reads of each message, as a bot would; summed so no engine can skip the reads. */
let readChars = 0;

function onMessage(id: string, content: string | undefined, authorId: string): void {
	readChars += id.length + (content?.length ?? 0) + authorId.length;
	onFrame();
}

function onFrame(): void {
	if (messages === 0) {
		firstAt = performance.now();
		cpuAtFirst = process.cpuUsage();
		eluAtFirst = performance.eventLoopUtilization();
	}
	messages += 1;
	if (messages === expected) {
		const ms = performance.now() - firstAt;
		const cpu = process.cpuUsage(cpuAtFirst);
		// Below 1: the event loop sat waiting for data part of the time (the row is not client-bound).
		const busy = performance.eventLoopUtilization(eluAtFirst).utilization;
		process.send?.({ done: { ms, cpuMicros: cpu.user + cpu.system, busy, heapBytes: heapAfterGc() - baseline, readChars } });
	}
}

async function gatewayUrl(): Promise<string> {
	const response = await fetch(`${input.api}/v10/gateway/bot`, { headers: { authorization: `Bot ${input.token}` } });
	return ((await response.json()) as { url: string }).url;
}

async function connect(): Promise<() => Promise<void>> {
	switch (library) {
		case 'ovenjs-shard': {
			const shard = new Shard({
				token: input.token,
				intents: INTENTS,
				gatewayUrl: await gatewayUrl(),
				compression: input.compression,
				shardId: 0,
				shardCount: 1,
			});
			shard.on('dispatch', (payload) => {
				if (payload.t === GatewayDispatchEvents.GuildCreate) onGuild();
				else if (payload.t === GatewayDispatchEvents.MessageCreate) onMessage(payload.d.id, payload.d.content, payload.d.author.id);
			});
			await shard.connect();
			return () => shard.destroy();
		}
		case 'ovenjs':
		case 'ovenjs-nocache': {
			// The whole client: shard, cache (defaults: members and messages cached; or none), views, typed events.
			const client = createClient({
				token: input.token,
				intents: ['Guilds', 'GuildMembers', 'GuildMessages', 'MessageContent'],
				api: input.api,
				shards: 1,
				shard: { compression: input.compression },
				...(library === 'ovenjs-nocache' ? { cache: false as const } : {}),
			});
			client.on('guildCreate', onGuild);
			client.on('messageCreate', (message) => onMessage(message.id, message.content, message.author.id));
			await client.login();
			return () => client.destroy();
		}
		case '@discordjs/ws': {
			const rest = new DjsREST({ api: input.api }).setToken(input.token);
			const manager = new WebSocketManager({
				token: input.token,
				intents: INTENTS,
				rest,
				shardCount: 1,
				compression: input.compression === 'zlib-stream' ? CompressionMethod.ZlibNative : null,
			});
			manager.on(WebSocketShardEvents.Dispatch, (payload) => {
				if (payload.t === GatewayDispatchEvents.GuildCreate) onGuild();
				else if (payload.t === GatewayDispatchEvents.MessageCreate) onMessage(payload.d.id, payload.d.content, payload.d.author.id);
			});
			await manager.connect();
			return async () => {
				await manager.destroy();
			};
		}
		case 'discord.js': {
			// discord.js turns on zlib-stream only when the optional native `zlib-sync` is installed.
			const client = new DjsClient({ intents: INTENTS, rest: { api: input.api } });
			client.once(Events.ClientReady, () => {
				guildsSeen = input.guilds - 1;
				onGuild();
			});
			client.on(Events.MessageCreate, (message) => onMessage(message.id, message.content, message.author.id));
			await client.login(input.token);
			return () => client.destroy();
		}
		case 'floor': {
			const url = `${await gatewayUrl()}?v=10&encoding=json${input.compression === 'none' ? '' : `&compress=${input.compression}`}`;
			const identify = { token: input.token, intents: INTENTS, properties: { os: 'linux', browser: 'bench', device: 'bench' } };
			return connectFloor(url, identify, input.compression, onGuild, onMessage);
		}
		case 'discordeno':
		case 'seyfert': {
			const target = {
				api: input.api,
				token: input.token,
				intents: INTENTS,
				gatewayUrl: await gatewayUrl(),
				compression: input.compression,
			};
			return (library === 'discordeno' ? connectDiscordeno : connectSeyfert)(target, { onGuild, onMessage });
		}
		case 'feed': {
			// The feed's ceiling: frames counted, nothing decoded. READY, then one frame per guild, then the flood.
			let frames = 0;
			const url = `${await gatewayUrl()}?v=10&encoding=json${input.compression === 'none' ? '' : `&compress=${input.compression}`}`;
			const identify = { token: input.token, intents: INTENTS, properties: { os: 'linux', browser: 'bench', device: 'bench' } };
			return connectRawSink(url, identify, () => {
				frames += 1;
				if (frames > 1 + input.guilds) onFrame();
				else if (frames > 1) onGuild();
			});
		}
	}
}

// Listening before connecting: a library whose start resolves only after the guilds loaded
// would otherwise miss the first `{ expect }`, and the run would wait for its timeout.
const connected = connect();
process.on('message', (message: { expect?: number } | 'close') => {
	if (message === 'close') void connected.then((close) => close()).then(() => process.exit(0));
	else if (message.expect !== undefined) {
		// A new flood: count (and time) it from its first message.
		expected = message.expect;
		messages = 0;
		readChars = 0;
	}
});
await connected;
process.send?.({ connected: true });
