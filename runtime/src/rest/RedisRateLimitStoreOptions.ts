import type { RateLimitStoreUnavailableError } from './errors/RateLimitStoreUnavailableError.js';

/**
 * The one method of a Redis client the store uses: ioredis's `call(command, ...args)`. Any
 * ioredis `Redis` (or `Cluster`) instance fits.
 */
export interface RedisClientLike {
	call(command: string, ...args: (string | number)[]): Promise<unknown>;
}

/** What a {@link RedisRateLimitStore} does while Redis is unreachable. */
export interface RedisFallbackOptions {
	/** A command unanswered for this long counts as an outage, in ms. Default 2,000. */
	readonly timeoutMs?: number;
	/** How often Redis is tried again during an outage, in ms. Default 1,000. */
	readonly retryMs?: number;
	/**
	 * The share of the global limit this process takes alone during an outage, in (0, 1].
	 * Default: one over the number of processes that used the store's prefix in the last minute,
	 * so that together they stay within the limit.
	 */
	readonly globalShare?: number;
}

/** Options of a {@link RedisRateLimitStore}. */
export interface RedisRateLimitStoreOptions {
	/**
	 * A connected ioredis client to use. The store never closes a client it was given. When
	 * absent, the store loads `ioredis` (an optional peer dependency) on first use and opens
	 * its own connection to `url`. Give yours `enableOfflineQueue: false` to fall back at once
	 * when the connection drops, rather than after `fallback.timeoutMs`.
	 */
	readonly client?: RedisClientLike;
	/** `redis://host:port/db` for the store's own connection. Default `redis://127.0.0.1:6379`. */
	readonly url?: string;
	/**
	 * Prefix of every key. Processes that share limits (one bot token) must share the prefix;
	 * different bots on one Redis need different prefixes. Default `ovenjs:rl`. All keys carry
	 * it as a hash tag (`{ovenjs:rl}:…`), so they live in one Redis Cluster slot.
	 */
	readonly prefix?: string;
	/**
	 * While Redis fails or does not answer, keep sending with this process's own limits (and a
	 * share of the global limit), then return to the shared state: the default. `false` makes
	 * requests reject with `RateLimitStoreUnavailableError` instead.
	 */
	readonly fallback?: RedisFallbackOptions | false;
}

/** Redis failed or timed out: the store now applies per-process limits. */
export interface RateLimitStoreOutageEvent {
	/** What failed; its `cause` is the Redis client's error, when there is one. */
	readonly error: RateLimitStoreUnavailableError;
	/** The share of the global limit this process takes alone until Redis is back. */
	readonly globalShare: number;
}

/** Redis answers again: the store is back on the shared state. */
export interface RateLimitStoreRecoveredEvent {
	/** How long the store ran on per-process limits, in ms. */
	readonly downMs: number;
}

/** The events of a {@link RedisRateLimitStore}. */
export interface RedisRateLimitStoreEvents {
	outage: [event: RateLimitStoreOutageEvent];
	recovered: [event: RateLimitStoreRecoveredEvent];
}
