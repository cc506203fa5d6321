import type { GatewayGuildCreateDispatchData } from 'discord-api-types/v10';
// The mock through its public entry: the other side of the wire, not reached into.
import { type GatewayBackend, type MockGateway, type MockGatewayOptions, serveGateway } from '../../../mock-discord/src/index.js';
import { InMemoryIdentifyThrottler, Shard, type ShardOptions, type ShardRawPacket, type ShardWarning } from 'ovenjs';

export const TOKEN = 'secret-bot-token.abc.def';
export const BOT_ID = '100000000000000001';
/** Guild `i` lives on shard `i % 4` of 4 (and `i % 2` of 2): `(id >> 22) % n`. */
export const GUILDS = [0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n].map((n) => String((1000n + n) << 22n));
/** GUILDS | GUILD_MESSAGES. */
export const INTENTS = 1 | (1 << 9);

function guildPayload(id: string): GatewayGuildCreateDispatchData {
	return {
		id,
		name: `guild ${id}`,
		unavailable: false,
		member_count: 1,
		channels: [{ id: `${id}1`, type: 0, name: 'general', guild_id: id }],
		members: [{ user: { id: BOT_ID, username: 'bot' }, roles: [] }],
	} as unknown as GatewayGuildCreateDispatchData;
}

/** A tiny in-test world for the mock gateway. */
export function makeBackend(overrides: Partial<GatewayBackend> = {}): GatewayBackend {
	return {
		token: TOKEN,
		botUser: { id: BOT_ID, username: 'bot', discriminator: '0', global_name: null, avatar: null, bot: true },
		applicationId: BOT_ID,
		enabledPrivilegedIntents: 0,
		maxConcurrency: 1,
		guildIds: () => GUILDS,
		guildCreatePayload: guildPayload,
		...overrides,
	};
}

/** The real mock gateway on a real loopback http server. */
export interface Harness {
	readonly gateway: MockGateway;
	readonly url: string;
	/** Shard options pointing at this mock, with fast timers; `overrides` win. */
	shardOptions(overrides?: Partial<ShardOptions>): ShardOptions;
	close(): Promise<void>;
}

export async function startMock(options: MockGatewayOptions = {}, backend = makeBackend()): Promise<Harness> {
	const { gateway, url, close } = await serveGateway(backend, {
		heartbeatInterval: 400,
		identifyWindow: 0,
		reconnectGrace: 2000,
		...options,
	});
	return {
		gateway,
		url,
		shardOptions: (overrides = {}) => ({
			token: TOKEN,
			intents: INTENTS,
			gatewayUrl: url,
			compression: 'none',
			invalidSessionDelay: () => 50,
			identifyThrottler: new InMemoryIdentifyThrottler({ windowMs: 0 }),
			helloTimeout: 2000,
			readyTimeout: 2000,
			...overrides,
		}),
		close,
	};
}

/** Everything a shard emitted that tests look at. */
export interface Recorder {
	readonly raw: ShardRawPacket[];
	readonly warnings: ShardWarning[];
	readonly events: string[];
	/** Outgoing packets with this op (2 IDENTIFY, 6 RESUME, 1 heartbeat). */
	sent(op: number): ShardRawPacket[];
	/** Dispatch names received, in order. */
	dispatches(): string[];
}

export function record(shard: Shard): Recorder {
	const raw: ShardRawPacket[] = [];
	const warnings: ShardWarning[] = [];
	const events: string[] = [];
	shard.on('raw', (packet) => raw.push(packet));
	shard.on('warn', (warning) => warnings.push(warning));
	shard.on('ready', () => events.push('ready'));
	shard.on('resumed', () => events.push('resumed'));
	shard.on('close', (event) => events.push(`close ${event.code} ${event.action}`));
	return {
		raw,
		warnings,
		events,
		sent: (op) => raw.filter((p) => p.direction === 'out' && p.payload.op === op),
		dispatches: () => raw.flatMap((p) => (p.direction === 'in' && p.payload.op === 0 ? [p.payload.t] : [])),
	};
}

/** Resolves the next time `emitter` emits `event`, or rejects after `ms`. */
export function next<T extends unknown[]>(
	emitter: { once(event: string, listener: (...args: T) => void): unknown; off(event: string, listener: (...args: T) => void): unknown },
	event: string,
	ms = 2500,
): Promise<T> {
	return new Promise((resolve, reject) => {
		const listener = (...args: T): void => {
			clearTimeout(timer);
			resolve(args);
		};
		const timer = setTimeout(() => {
			emitter.off(event, listener);
			reject(new Error(`no '${event}' within ${ms} ms`));
		}, ms);
		emitter.once(event, listener);
	});
}

/** Waits until `check` holds, polling; `check` may be async. */
export async function until(check: () => boolean | Promise<boolean>, ms = 2500): Promise<void> {
	const deadline = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** Active timers that keep the process alive (unref'd ones do not count). */
export function liveTimers(): number {
	return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
}

/** A MESSAGE_CREATE in guild `guildId` with id `n`. */
export function message(n: number, guildId: string): Record<string, unknown> {
	return {
		id: String(n),
		channel_id: `${guildId}1`,
		guild_id: guildId,
		author: { id: '5', username: 'u' },
		content: `m${n}`,
		mentions: [],
	};
}
