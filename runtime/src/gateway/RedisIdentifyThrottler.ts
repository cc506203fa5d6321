import { sleep } from '../rest/_sleep.js';
import type { IdentifyThrottler } from './IdentifyThrottler.js';
import { GatewayError } from './GatewayError.js';

/** The part of an ioredis client the throttler uses. */
export interface RedisEvalClient {
	eval(script: string, numberOfKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

/** Options of a {@link RedisIdentifyThrottler}. */
export interface RedisIdentifyThrottlerOptions {
	/** An ioredis client (yours to close). */
	readonly redis: RedisEvalClient;
	/** `session_start_limit.max_concurrency` from `GET /gateway/bot`. Default 1. */
	readonly maxConcurrency?: number;
	/** The pacing window per bucket, in ms. Default 5000 (Discord's). */
	readonly windowMs?: number;
	/** Key prefix; one per bot token. Default `ovenjs:identify`. */
	readonly prefix?: string;
}

// Reserves the bucket's next slot and returns how long to wait for it. Time is Redis's own
// (TIME), so processes on machines with skewed clocks still line up.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, free)
local window = tonumber(ARGV[1])
redis.call('SET', KEYS[1], at + window, 'PX', at + window - now + 1000)
return at - now
`;

/**
 * {@link IdentifyThrottler} shared through Redis by every process of a bot: each
 * `shard_id % max_concurrency` bucket hands out one IDENTIFY slot per window across all of
 * them, reserved atomically by a Lua script. A slot given up by an abort is not handed back
 * (the safe side, as in memory).
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * const identifyThrottler = new RedisIdentifyThrottler({ redis: new Redis(process.env.REDIS_URL), maxConcurrency: 16 });
 * const shards = new InProcessShardingStrategy({ token, intents, shardCount: 32, shardIds: [0, 1], identifyThrottler, gatewayUrl });
 * ```
 */
export class RedisIdentifyThrottler implements IdentifyThrottler {
	readonly #redis: RedisEvalClient;
	readonly #maxConcurrency: number;
	readonly #windowMs: number;
	readonly #prefix: string;

	public constructor(options: RedisIdentifyThrottlerOptions) {
		const maxConcurrency = options.maxConcurrency ?? 1;
		const windowMs = options.windowMs ?? 5000;
		if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1)
			throw new GatewayError('GATEWAY_INVALID_OPTION', `maxConcurrency must be an integer >= 1, got ${String(maxConcurrency)}.`);
		if (!Number.isFinite(windowMs) || windowMs < 0)
			throw new GatewayError('GATEWAY_INVALID_OPTION', `windowMs must be a number >= 0, got ${String(windowMs)}.`);
		this.#redis = options.redis;
		this.#maxConcurrency = maxConcurrency;
		this.#windowMs = windowMs;
		this.#prefix = options.prefix ?? 'ovenjs:identify';
	}

	/** The bucket of a shard. */
	public bucketOf(shardId: number): number {
		return shardId % this.#maxConcurrency;
	}

	public async waitForIdentify(shardId: number, signal: AbortSignal): Promise<void> {
		signal.throwIfAborted();
		const wait = Number(
			await this.#redis.eval(RESERVE, 1, `${this.#prefix}:${this.#maxConcurrency}:${this.bucketOf(shardId)}`, this.#windowMs),
		);
		signal.throwIfAborted();
		if (wait > 0) await sleep(wait, signal);
	}
}
