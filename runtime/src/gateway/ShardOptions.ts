import type { GatewayIdentifyProperties, GatewayPresenceUpdateData } from 'discord-api-types/v10';
import type { GatewayCompressionName, GatewayEncoding } from './GatewayEncoding.js';
import { assertNodeFeature } from '../node/nodeFeatures.js';
import { GatewayError } from './GatewayError.js';
import { isGatewayUrl } from './_checkReceivePayload.js';
import type { GatewayTransportFactory } from './GatewayTransport.js';
import type { IdentifyThrottler } from './IdentifyThrottler.js';
import type { ShardSession } from './SessionState.js';
import { InMemoryIdentifyThrottler } from './InMemoryIdentifyThrottler.js';
import { JsonEncoding } from './JsonEncoding.js';
import { webSocketTransport } from './WebSocketTransport.js';

/** How a {@link Shard} connects. Timers default to Discord's; tests lower them. */
export interface ShardOptions {
	/** The bot token. Sent only in IDENTIFY and RESUME; never in errors, logs or `raw` events. */
	readonly token: string;
	/** The intents bitfield (see `GatewayIntents` in `ovenjs/knowledge`). */
	readonly intents: number;
	/** The gateway URL from `GET /gateway/bot`, e.g. `wss://gateway.discord.gg`. */
	readonly gatewayUrl: string;
	/** This shard's id. Default 0. */
	readonly shardId?: number;
	/** The total number of shards. Default 1. */
	readonly shardCount?: number;
	/**
	 * Transport compression. Default `zlib-stream`. `zstd-stream` is smaller on the wire and
	 * needs Node.js ≥ 22.15: on an older one the shard's constructor throws `NodeVersionError`.
	 */
	readonly compression?: GatewayCompressionName;
	/** Payload encoding. Default {@link JsonEncoding}. */
	readonly encoding?: GatewayEncoding;
	/** Opens the socket. Default {@link webSocketTransport}. */
	readonly transport?: GatewayTransportFactory;
	/** Paces IDENTIFY. Default: an {@link InMemoryIdentifyThrottler} of its own (max_concurrency 1). */
	readonly identifyThrottler?: IdentifyThrottler;
	/** `properties` of IDENTIFY. Default os = `process.platform`, browser and device `ovenjs`. */
	readonly identifyProperties?: GatewayIdentifyProperties;
	/** The presence to IDENTIFY with. */
	readonly presence?: GatewayPresenceUpdateData;
	/** `large_threshold` of IDENTIFY (50–250). */
	readonly largeThreshold?: number;
	/** How long to wait for HELLO after the socket opens before reconnecting, in ms. Default 20 000. */
	readonly helloTimeout?: number;
	/** How long to wait for READY or RESUMED after IDENTIFY or RESUME, in ms. Default 15 000. */
	readonly readyTimeout?: number;
	/** Returns a number in [0, 1) scaling the first heartbeat's delay. Default `Math.random`. */
	readonly heartbeatJitter?: () => number;
	/** Delay before identifying again after op 9 `d: false`, in ms. Default random 1000–5000, as Discord asks. */
	readonly invalidSessionDelay?: () => number;
	/**
	 * Delay before reconnect attempt `attempt` (0 for the first after a healthy session), in ms,
	 * whatever ended the connection. Default: 0, then 0.5–1 s, 1–2 s, 2–4 s … up to 15–30 s
	 * (exponential, with jitter). Whatever it answers, one shard opens at most five
	 * connections a second.
	 */
	readonly reconnectDelay?: (attempt: number) => number;
	/**
	 * How long a connection must stay ready (after READY or RESUMED) before the reconnect
	 * attempt count starts over, in ms. Default 5 000: a gateway that ends every session
	 * sooner gets ever longer delays, and one that waits longer can force at most one
	 * immediate reconnect per 5 s.
	 */
	readonly backoffResetAfter?: number;
	/** Payloads per {@link sendWindow}. Default 120. */
	readonly sendLimit?: number;
	/** The send-limit window, in ms. Default 60 000. */
	readonly sendWindow?: number;
	/** Slots per window kept for heartbeats. Default: the beats one window holds, plus two. */
	readonly heartbeatReserve?: number;
	/**
	 * A session to RESUME on the first connection instead of identifying: one a crashed
	 * process left (see `Shard.session`). If Discord no longer has it, the shard identifies.
	 */
	readonly resume?: ShardSession;
}

/** How `Shard.destroy` closes the socket. */
export interface ShardDestroyOptions {
	/** Close code. Default 1000, which ends the session; any other code leaves it resumable. */
	readonly code?: number;
	readonly reason?: string;
}

/** {@link ShardOptions} with every default filled in. */
export type ResolvedShardOptions = Required<Omit<ShardOptions, 'presence' | 'largeThreshold' | 'heartbeatReserve' | 'resume'>> &
	Pick<ShardOptions, 'presence' | 'largeThreshold' | 'heartbeatReserve' | 'resume'>;

/** 0, then half to all of 1 s, 2 s, 4 s … 30 s: jitter keeps shards that dropped together from returning together. */
function defaultReconnectDelay(attempt: number): number {
	if (attempt === 0) return 0;
	const ceiling = Math.min(1000 * 2 ** (attempt - 1), 30_000);
	return ceiling / 2 + (Math.random() * ceiling) / 2;
}

/** A session handed in with `resume`, checked as READY's would be. */
function checkResume(resume: ShardSession | undefined): void {
	if (resume === undefined) return;
	const { sessionId, resumeUrl, seq } = resume;
	if (typeof sessionId !== 'string' || sessionId === '' || !isGatewayUrl(resumeUrl) || !Number.isSafeInteger(seq) || seq < 0) {
		throw new GatewayError(
			'GATEWAY_INVALID_OPTION',
			'resume must be a session as Shard.session gives it: { sessionId, resumeUrl (a ws:// or wss:// URL), seq (a whole number ≥ 0) }.',
		);
	}
}

const COMPRESSIONS: readonly GatewayCompressionName[] = ['zlib-stream', 'zstd-stream', 'none'];

/**
 * Fills in defaults and checks the numbers; a bad option throws `GATEWAY_INVALID_OPTION`,
 * `zstd-stream` on a Node.js without zstd throws `NodeVersionError`.
 */
export function resolveShardOptions(options: ShardOptions): ResolvedShardOptions {
	const shardId = options.shardId ?? 0;
	const shardCount = options.shardCount ?? 1;
	if (!Number.isInteger(shardId) || !Number.isInteger(shardCount) || shardId < 0 || shardId >= shardCount) {
		throw new GatewayError('GATEWAY_INVALID_OPTION', `shardId ${shardId} is not in [0, shardCount ${shardCount}).`);
	}
	if (!URL.canParse(options.gatewayUrl) || !/^wss?:$/.test(new URL(options.gatewayUrl).protocol)) {
		throw new GatewayError(
			'GATEWAY_INVALID_OPTION',
			`gatewayUrl must be a ws:// or wss:// URL (from GET /gateway/bot), got ${JSON.stringify(options.gatewayUrl)}.`,
		);
	}
	if (typeof options.token !== 'string' || options.token === '') {
		throw new GatewayError('GATEWAY_INVALID_OPTION', 'A bot token is required (options.token).');
	}
	checkResume(options.resume);
	const compression = options.compression ?? 'zlib-stream';
	if (!COMPRESSIONS.includes(compression))
		throw new GatewayError(
			'GATEWAY_INVALID_OPTION',
			`compression must be one of ${COMPRESSIONS.map((name) => `'${name}'`).join(', ')}, got ${JSON.stringify(compression)}.`,
		);
	if (compression === 'zstd-stream') assertNodeFeature('zstdStream');
	const backoffResetAfter = options.backoffResetAfter ?? 5_000;
	if (!(backoffResetAfter >= 0))
		throw new GatewayError('GATEWAY_INVALID_OPTION', `backoffResetAfter must be a number of ms ≥ 0, got ${backoffResetAfter}.`);
	return {
		...options,
		shardId,
		shardCount,
		compression,
		encoding: options.encoding ?? new JsonEncoding(),
		transport: options.transport ?? webSocketTransport,
		identifyThrottler: options.identifyThrottler ?? new InMemoryIdentifyThrottler(),
		identifyProperties: options.identifyProperties ?? { os: process.platform, browser: 'ovenjs', device: 'ovenjs' },
		helloTimeout: options.helloTimeout ?? 20_000,
		readyTimeout: options.readyTimeout ?? 15_000,
		heartbeatJitter: options.heartbeatJitter ?? Math.random,
		invalidSessionDelay: options.invalidSessionDelay ?? (() => 1000 + Math.random() * 4000),
		reconnectDelay: options.reconnectDelay ?? defaultReconnectDelay,
		backoffResetAfter,
		sendLimit: options.sendLimit ?? 120,
		sendWindow: options.sendWindow ?? 60_000,
	};
}
