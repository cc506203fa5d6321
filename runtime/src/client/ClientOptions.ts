import type { CacheOptions, ClientCache } from '../cache/index.js';
import type { InProcessShardingOptions, ShardingStrategy } from '../gateway/index.js';
import type { InspectorOptions } from '../inspector/index.js';
import type { REST, RESTOptions } from '../rest/index.js';
import type { IntentInput } from './ClientIntents.js';

/** How many shards, and which of them this process runs. */
export interface ClientShardsOptions {
	/** The total shard count, or `'auto'` for Discord's recommendation (`GET /gateway/bot`). Default `'auto'`. */
	readonly count?: number | 'auto';
	/** The shards this process runs. Default all. */
	readonly ids?: readonly number[];
	/** `max_concurrency` for identify pacing. Default Discord's (with `'auto'`) or 1. */
	readonly maxConcurrency?: number;
}

/** Shard tunables passed through to every shard (compression, timeouts, presence, …). */
export type ClientShardTuning = Omit<
	InProcessShardingOptions,
	'token' | 'intents' | 'gatewayUrl' | 'shardCount' | 'shardIds' | 'api' | 'maxConcurrency'
>;

/** Builds the sharding strategy from the options the client resolved (token, intents, URL, count). */
export type ShardingStrategyFactory = (options: InProcessShardingOptions) => ShardingStrategy;

/** Options of {@link createClient}. Only `token` and `intents` are required. */
export interface ClientOptions<I extends readonly IntentInput[] = readonly IntentInput[]> {
	/** The bot token, without `Bot `. Never appears in errors, events or logs. */
	readonly token: string;
	/**
	 * The gateway intents, as names (`['Guilds', 'GuildMessages']`) or `GatewayIntentBits`
	 * values. Written inline, they are carried in the client's type: listening to an event
	 * no listed intent enables is a compile error.
	 */
	readonly intents: I;
	/**
	 * REST base URL. Default: the `OVEN_API_URL` environment variable when set (so an unmodified
	 * bot can run against oven-mock), else `https://discord.com/api`.
	 */
	readonly api?: string;
	/** Gateway URL. Default: `url` from `GET /gateway/bot`. */
	readonly gateway?: string;
	/** Shard count: `'auto'` (default), a number, or {@link ClientShardsOptions}. */
	readonly shards?: 'auto' | number | ClientShardsOptions;
	/**
	 * Where shards run: a ready {@link ShardingStrategy} (used as is: it must have been built
	 * with the same token and intents), or a factory, e.g.
	 * `(o) => new WorkerShardingStrategy({ ...o, shardsPerWorker: 4 })`. Default: in process.
	 */
	readonly strategy?: ShardingStrategy | ShardingStrategyFactory;
	/** Shard tunables (compression, timeouts, presence, identify properties, …). */
	readonly shard?: ClientShardTuning;
	/** A `REST` to use, or options for the client's own (token and `api` are set from above). */
	readonly rest?: REST | Omit<RESTOptions, 'token' | 'api'>;
	/**
	 * Cache options, passed to `createCache`; or a ready `ClientCache` (e.g. one you share
	 * with other tools); `false` turns the cache off. Default: the cache's defaults.
	 */
	readonly cache?: false | CacheOptions | ClientCache;
	/**
	 * Streams the bot's gateway packets (tokens redacted), REST traffic, shard status and cache
	 * sizes to editors (the VS Code extension's Gateway Inspector) over a token-guarded
	 * WebSocket on 127.0.0.1, found through a discovery file, and records them with `record`.
	 * `true`, or options for the `Inspector`. Default: what the environment asks for
	 * (`OVEN_INSPECT=1`, `OVEN_RECORD=<file>`, `OVEN_REDACT_FIELDS`; see `inspectorFromEnv`), else off.
	 */
	readonly inspector?: boolean | InspectorOptions;
}
