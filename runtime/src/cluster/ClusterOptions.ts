import type { ClusterError } from './ClusterError.js';
import type { EventLag } from './eventLag.js';

/** Options of a {@link Cluster}. */
export interface ClusterOptions {
	/** The bot's entry script; it calls `clusterAssignment()` and `joinCluster()`. */
	readonly script: string | URL;
	/** How many processes. */
	readonly processes: number;
	/** Total shards, or `'auto'` for `shards` from `GET /gateway/bot` (needs `token`). */
	readonly shardCount: number | 'auto';
	/** For `'auto'`. Not passed to the processes: they read it from their own environment. */
	readonly token?: string;
	/**
	 * Discord's REST API base (`https://discord.com/api`), or a mock's or a REST proxy's: asked
	 * for `'auto'`, and passed to the processes as `OVEN_API_URL`, which a `createClient` bot
	 * uses unless it names its own. Default: this process's `OVEN_API_URL`, else Discord's.
	 */
	readonly api?: string;
	/** Node options of each process (e.g. `['--import', 'tsx']`). */
	readonly execArgv?: readonly string[];
	/**
	 * A Redis URL the processes share: a `createClient` bot then uses it by default for its
	 * rate limits (`RedisRateLimitStore`) and identify pacing (`RedisIdentifyThrottler`).
	 * Passed as `OVEN_REDIS_URL`. The cluster keeps its shards' sessions there too
	 * (`ovenjs:cluster:sessions:<shardCount>`), so a supervisor started after one died resumes
	 * them. Needs the optional peer dependency `ioredis`.
	 */
	readonly redis?: string;
	/** Extra environment of each process (on top of this process's). */
	readonly env?: Readonly<Record<string, string>>;
	/** Wait before restarting a process that died, in ms. Default 1000. */
	readonly restartDelayMs?: number;
	/** Restarts allowed per process within `restartWindowMs` before it is given up (an `error`). Default 10. */
	readonly maxRestarts?: number;
	/** The window `maxRestarts` counts over, in ms: a process that crashes now and then is always restarted. Default 60,000. */
	readonly restartWindowMs?: number;
	/**
	 * Spread the shards over several hosts, each running a `Cluster` with the same `script`,
	 * `shardCount`, `redis` and `hosts`, and `processes` as its capacity. The shards are split
	 * into `groups` contiguous ranges; a host runs a group only while it holds the group's
	 * lease in Redis, renewed every third of `leaseTtlMs` (default 15 s). A host that dies or
	 * cannot renew loses its groups; another with room claims them and RESUMEs their sessions
	 * from Redis. A process whose host's lease is gone or about to expire stops its shards, and
	 * only the holder of the current lease token may write a group's sessions (fencing), so two
	 * hosts never run one shard. Needs `redis`. The first host stores the layout (shard count
	 * and groups, `<prefix>:topology`); a host with `shardCount: 'auto'` adopts it, one with
	 * another layout is refused (`CLUSTER_INVALID_OPTION`) until no group of the stored one is held.
	 */
	readonly hosts?: { readonly groups: number; readonly leaseTtlMs?: number };
}

/** One shard as its process last reported it. */
export interface ClusterShardStatus {
	readonly shardId: number;
	readonly status: string;
	readonly latencyMs: number | null;
}

/** One process of the cluster. */
export interface ClusterProcessStatus {
	readonly index: number;
	readonly pid: number | undefined;
	/** `running`, `restarting`, `failed` (out of restarts), `stopped`, or `standby` (its group is another host's). */
	readonly state: 'running' | 'restarting' | 'failed' | 'stopped' | 'standby';
	readonly restarts: number;
	readonly shards: readonly ClusterShardStatus[];
}

/** What {@link Cluster.health} answers, and `/health` and `/ready` serve. */
export interface ClusterHealth {
	/** Every shard ready, and Redis (when the cluster uses it) answering. */
	readonly ready: boolean;
	readonly shards: { readonly ready: number; readonly total: number };
	/** Whether the cluster's Redis answers a PING within a second; `unused` without `redis`. */
	readonly redis: 'up' | 'down' | 'unused';
	/** With events through Redis Streams (`publishEvents`): how far the workers are behind. */
	readonly events?: EventLag;
	readonly processes: readonly ClusterProcessStatus[];
}

/** The events of a {@link Cluster}. */
export interface ClusterEventMap {
	processStart: [index: number, pid: number];
	/** A process exited; `restarting` tells whether it will be started again. */
	processExit: [index: number, code: number | null, signal: NodeJS.Signals | null, restarting: boolean];
	/** A process died more than `maxRestarts` times. Only emitted when someone listens. */
	error: [error: ClusterError];
	shardStatus: [shardId: number, status: string];
	/** A message of the bot's own from a process (not the cluster's). */
	message: [index: number, message: unknown];
}
