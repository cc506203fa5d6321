import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link ClusterError}s. */
export type ClusterErrorCode =
	/** `oven cluster` or `Cluster` was given an option it cannot use (or ioredis is missing). */
	| 'CLUSTER_INVALID_OPTION'
	/** A process died more than `maxRestarts` times within `restartWindowMs` and was given up. */
	| 'CLUSTER_PROCESS_FAILED'
	/** A worker (`StreamShardingStrategy`) could not read the event streams: Redis does not answer. */
	| 'CLUSTER_REDIS_UNAVAILABLE'
	/** A rolling restart's new process did not report its shards ready in time. */
	| 'CLUSTER_RESTART_TIMEOUT'
	/** A worker's send names a shard no gateway process reports, or Redis refused the command. */
	| 'CLUSTER_SHARD_UNAVAILABLE'
	/** The cluster was stopped; create a new one. */
	| 'CLUSTER_STOPPED';

/** The base of every cluster error: a stable `code`, carried in `name` too (an {@link OvenError}). Never contains the token. */
export class ClusterError<C extends ClusterErrorCode = ClusterErrorCode> extends OvenError<C> {}
