import type { IdentifyThrottler } from './IdentifyThrottler.js';

/** What every {@link ShardingStrategy} is told about the bot's shards. */
export interface ShardingOptions {
	/** The bot token (also used for `GET /gateway/bot` when `shardCount` is `'auto'`). */
	readonly token: string;
	/**
	 * The total shard count: a number, or `'auto'` to use `shards` from `GET /gateway/bot`
	 * (fetched by `connect()`, which then also takes `max_concurrency` from the answer unless
	 * {@link maxConcurrency} is set).
	 */
	readonly shardCount: number | 'auto';
	/** REST base for `'auto'`. Default `https://discord.com/api/v10`. */
	readonly api?: string;
	/** The shards to run here. Default all, `0 .. shardCount - 1`. */
	readonly shardIds?: readonly number[];
	/** `session_start_limit.max_concurrency`, for the default throttler. Default 1 (or the API's with `'auto'`). */
	readonly maxConcurrency?: number;
	/** Identify window of the default throttler, in ms. Default 5000. */
	readonly identifyWindow?: number;
	/** Margin of the default throttler between two IDENTIFYs of a bucket, beyond the window, in ms. Default a tenth of the window. */
	readonly identifyMargin?: number;
	/** A shared throttler (e.g. across processes). Default: in memory, from the options above. */
	readonly identifyThrottler?: IdentifyThrottler;
}
