import type { ShardSession } from '../gateway/SessionState.js';

/** The environment variable that tells a process which shards it runs in a cluster. */
export const CLUSTER_ENV = 'OVEN_CLUSTER';

/** The environment variable with the Redis URL a cluster's processes share limits, identify pacing and cache through. */
export const CLUSTER_REDIS_ENV = 'OVEN_REDIS_URL';

/** What a cluster process is told to run (JSON in {@link CLUSTER_ENV}). */
export interface ClusterAssignment {
	/** This process's index in the cluster, from 0. */
	readonly index: number;
	readonly shardIds: readonly number[];
	readonly shardCount: number;
	/** Sessions the previous run of this process left, to RESUME. */
	readonly sessions: Readonly<Record<number, ShardSession>>;
	/**
	 * With hosts sharing the shards (`Cluster({ hosts })`): the lease of this process's shard
	 * group in Redis (`OVEN_REDIS_URL`). The process stops its shards if the lease stops being
	 * its host's, or would expire before its host renews it.
	 */
	readonly lease?: { readonly key: string; readonly token: string; readonly ttlMs: number };
}

/** Process → cluster. */
export type ClusterReport =
	| {
			readonly oven: 'cluster';
			readonly kind: 'status';
			readonly shardId: number;
			readonly status: string;
			readonly latencyMs: number | null;
	  }
	| { readonly oven: 'cluster'; readonly kind: 'session'; readonly shardId: number; readonly session: ShardSession };

/** Cluster → process. */
export interface ClusterCommand {
	readonly oven: 'cluster';
	/** `stop`: end the sessions and exit. `handover`: close them resumable, report the last seqs, exit. */
	readonly kind: 'stop' | 'handover';
}

/** Whether an IPC message is one of the cluster's own. */
export function isClusterMessage(message: unknown): message is ClusterReport | ClusterCommand {
	return typeof message === 'object' && message !== null && (message as { oven?: unknown }).oven === 'cluster';
}
