import { sleep } from '../rest/_sleep.js';
import type { IdentifyThrottler } from './IdentifyThrottler.js';
import { GatewayError } from './GatewayError.js';
import { defaultIdentifyMargin } from './_identifyMargin.js';

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
	/** Added to the window between two grants, in ms. Default a tenth of the window (see `InMemoryIdentifyThrottlerOptions.marginMs`). */
	readonly marginMs?: number;
	/** Key prefix; one per bot token. Default `ovenjs:identify`. */
	readonly prefix?: string;
}

/** How long to wait before asking again when Redis fails. */
const REDIS_RETRY_MS = 1_000;

// Grants the bucket's slot if it is free, holding it for the spacing from this very moment
// (Redis's clock, so processes on machines with skewed clocks still line up); else answers how
// long it stays taken.
const CLAIM = `
if redis.call('SET', KEYS[1], ARGV[2], 'NX', 'PX', ARGV[1]) then return 0 end
return math.max(1, redis.call('PTTL', KEYS[1]))
`;

/**
 * {@link IdentifyThrottler} shared through Redis by every process of a bot: each
 * `shard_id % max_concurrency` bucket grants one IDENTIFY per window plus a margin across all
 * of them. A grant takes the bucket atomically, timed from the moment it is given, so no late
 * timer or slow process brings two grants closer than the window; waiters ask again when the
 * slot frees. While Redis fails, shards wait and ask again every second: an IDENTIFY is never
 * sent unpaced.
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
	readonly #spacingMs: number;
	readonly #prefix: string;
	readonly #owner = `${process.pid}:${Math.random().toString(36).slice(2)}`;

	public constructor(options: RedisIdentifyThrottlerOptions) {
		const maxConcurrency = options.maxConcurrency ?? 1;
		const windowMs = options.windowMs ?? 5000;
		const marginMs = options.marginMs ?? defaultIdentifyMargin(windowMs);
		if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1)
			throw new GatewayError('GATEWAY_INVALID_OPTION', `maxConcurrency must be an integer >= 1, got ${String(maxConcurrency)}.`);
		if (!Number.isFinite(windowMs) || windowMs < 0)
			throw new GatewayError('GATEWAY_INVALID_OPTION', `windowMs must be a number >= 0, got ${String(windowMs)}.`);
		if (!Number.isFinite(marginMs) || marginMs < 0)
			throw new GatewayError('GATEWAY_INVALID_OPTION', `marginMs must be a number >= 0, got ${String(marginMs)}.`);
		this.#redis = options.redis;
		this.#maxConcurrency = maxConcurrency;
		this.#spacingMs = Math.max(1, Math.ceil(windowMs + marginMs));
		this.#prefix = options.prefix ?? 'ovenjs:identify';
	}

	/** The bucket of a shard. */
	public bucketOf(shardId: number): number {
		return shardId % this.#maxConcurrency;
	}

	public async waitForIdentify(shardId: number, signal: AbortSignal): Promise<void> {
		const key = `${this.#prefix}:${this.#maxConcurrency}:${this.bucketOf(shardId)}`;
		for (;;) {
			signal.throwIfAborted();
			let wait: number;
			try {
				wait = Number(await this.#redis.eval(CLAIM, 1, key, this.#spacingMs, this.#owner));
			} catch {
				wait = REDIS_RETRY_MS;
			}
			// Granted, but given up meanwhile: the slot stays taken (the safe side).
			signal.throwIfAborted();
			if (wait <= 0) return;
			await sleep(wait, signal);
		}
	}
}
