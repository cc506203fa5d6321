import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link ClusterError}s. */
export type ClusterErrorCode =
	| 'CLUSTER_INVALID_OPTION'
	| 'CLUSTER_PROCESS_FAILED'
	| 'CLUSTER_REDIS_UNAVAILABLE'
	| 'CLUSTER_RESTART_TIMEOUT'
	| 'CLUSTER_SHARD_UNAVAILABLE'
	| 'CLUSTER_STOPPED';

/** The base of every cluster error: a stable `code`, carried in `name` too (an {@link OvenError}). Never contains the token. */
export class ClusterError<C extends ClusterErrorCode = ClusterErrorCode> extends OvenError<C> {}
