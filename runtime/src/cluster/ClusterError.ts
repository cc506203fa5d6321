import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link ClusterError}s. */
export type ClusterErrorCode =
	/** `oven cluster` or `Cluster` was given an option it cannot use (or ioredis is missing). */
	| 'CLUSTER_INVALID_OPTION'
	/** A process died more than `maxRestarts` times within `restartWindowMs` and was given up. */
	| 'CLUSTER_PROCESS_FAILED'
	/** A rolling restart's new process did not report its shards ready in time. */
	| 'CLUSTER_RESTART_TIMEOUT'
	/** The cluster was stopped; create a new one. */
	| 'CLUSTER_STOPPED';

/** The base of every cluster error: a stable `code`, carried in `name` too (an {@link OvenError}). Never contains the token. */
export class ClusterError<C extends ClusterErrorCode = ClusterErrorCode> extends OvenError<C> {}
