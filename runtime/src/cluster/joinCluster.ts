import type { InProcessShardingStrategy } from '../gateway/InProcessShardingStrategy.js';
import { CLUSTER_ENV, CLUSTER_REDIS_ENV, type ClusterAssignment, type ClusterReport, isClusterMessage } from './_clusterProtocol.js';
import { watchLease } from './_watchLease.js';

export type { ClusterAssignment } from './_clusterProtocol.js';

/**
 * The shards this process runs, when a {@link Cluster} started it (undefined otherwise). Spread
 * into the sharding options: `{ shardIds, shardCount, sessions }`.
 */
export function clusterAssignment(env: NodeJS.ProcessEnv = process.env): ClusterAssignment | undefined {
	const text = env[CLUSTER_ENV];
	return text === undefined ? undefined : (JSON.parse(text) as ClusterAssignment);
}

/** Options of {@link joinCluster}. */
export interface JoinClusterOptions {
	/** How often changed sessions are reported, in ms. Default 100. */
	readonly sessionIntervalMs?: number;
	/** What to do when the cluster stops. Default: destroy the strategy and close the IPC channel. */
	readonly onStop?: () => Promise<void> | void;
	/**
	 * How long `onStop` may take when the supervisor is gone, before the process exits anyway,
	 * in ms. Default 10,000.
	 */
	readonly orphanExitMs?: number;
}

/**
 * Reports this process's shards to its {@link Cluster}: status and latency as they change, and
 * each shard's session (its last seq) every `sessionIntervalMs`, so that a restart after a crash
 * resumes where it left off. A crash between two reports replays at most that interval's events:
 * delivery is at least once. Stops the shards when the cluster says so, and when the IPC
 * channel to the supervisor closes (the supervisor died): then it closes them resumable (a new
 * supervisor with Redis resumes their sessions), runs `onStop` and exits the process, since no
 * one would stop or restart it and a new supervisor would run its shards again. Does nothing outside a cluster. Returns a function that stops it.
 */
export function joinCluster(strategy: InProcessShardingStrategy, options: JoinClusterOptions = {}): () => void {
	const send = process.send?.bind(process);
	const assignment = clusterAssignment();
	if (send === undefined || assignment === undefined) return () => undefined;
	const report = (message: ClusterReport): void => {
		if (process.connected) send(message);
	};
	const lastSeq = new Map<number, number>();
	const onStatus = (shardId: number, status: string): void =>
		report({ oven: 'cluster', kind: 'status', shardId, status, latencyMs: strategy.latencies().get(shardId) ?? null });
	const onLatency = (shardId: number, ms: number): void =>
		report({ oven: 'cluster', kind: 'status', shardId, status: strategy.statuses().get(shardId) ?? 'idle', latencyMs: ms });
	const flushSessions = (): void => {
		for (const [shardId, session] of strategy.sessions()) {
			if (session === undefined || lastSeq.get(shardId) === session.seq) continue;
			lastSeq.set(shardId, session.seq);
			report({ oven: 'cluster', kind: 'session', shardId, session });
		}
	};
	const timer = setInterval(flushSessions, options.sessionIntervalMs ?? 100);
	timer.unref();
	let stopping: Promise<void> | undefined;
	const end = (resumable: boolean): Promise<void> => {
		stopping ??= (async () => {
			stop();
			// Handed over (a rolling restart, a lost lease, a dead supervisor), the sessions stay
			// resumable (any close code but 1000) for the next process, with the last seqs handled.
			// destroy() is idempotent, so onStop's own call keeps this close.
			if (resumable) {
				await strategy.destroy({ code: 4000, reason: 'shards handed over' });
				flushSessions();
			}
			await (options.onStop ?? (() => strategy.destroy()))();
			if (process.connected) process.disconnect();
		})();
		return stopping;
	};
	const onMessage = (message: unknown): void => {
		if (isClusterMessage(message) && (message.kind === 'stop' || message.kind === 'handover')) void end(message.kind === 'handover');
	};
	const onDisconnect = (): void => {
		if (stopping !== undefined) return; // this process closed the channel itself, stopping
		setTimeout(() => process.exit(1), options.orphanExitMs ?? 10_000).unref();
		void end(true).then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	const redisUrl = process.env[CLUSTER_REDIS_ENV];
	// The lease is lost: stop the shards at once (resumable, for the new holder) and exit.
	const unwatch =
		assignment.lease === undefined || redisUrl === undefined ? undefined : watchLease(assignment.lease, redisUrl, onDisconnect);
	strategy.on('status', onStatus);
	strategy.on('latency', onLatency);
	process.on('message', onMessage);
	process.once('disconnect', onDisconnect);
	function stop(): void {
		unwatch?.();
		clearInterval(timer);
		strategy.off('status', onStatus);
		strategy.off('latency', onLatency);
		process.off('message', onMessage);
		process.off('disconnect', onDisconnect);
	}
	return stop;
}
