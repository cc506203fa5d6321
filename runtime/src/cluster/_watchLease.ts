import { ClusterSessions } from './_ClusterSessions.js';
import { CHECK_LEASE } from './_ShardLeases.js';
import type { ClusterAssignment } from './_clusterProtocol.js';

/**
 * In a process of a cluster spread over hosts: checks the group's lease every quarter of its
 * TTL and calls `lose` once it is no longer this host's, or when it would expire (a sixth of the
 * TTL early) without a check having seen it renewed: a host frozen or cut off from Redis
 * cannot renew, and its processes must stop before another host may claim their shards.
 * Returns a function that stops watching.
 * @internal
 */
export function watchLease(lease: NonNullable<ClusterAssignment['lease']>, redisUrl: string, lose: () => void): () => void {
	const redis = new ClusterSessions(redisUrl);
	const margin = lease.ttlMs / 6;
	let deadline: NodeJS.Timeout | undefined;
	const expireIn = (ms: number): void => {
		clearTimeout(deadline);
		deadline = setTimeout(lose, Math.max(0, ms));
		deadline.unref();
	};
	// The host renewed the lease just before starting this process.
	expireIn((lease.ttlMs * 2) / 3 - margin);
	const check = async (): Promise<void> => {
		const sent = Date.now();
		const left = await redis.call('EVAL', CHECK_LEASE, 1, lease.key, lease.token).catch(() => undefined);
		if (typeof left !== 'number') return; // Redis did not answer: the deadline stands
		if (left < 0) lose();
		else expireIn(sent + left - margin - Date.now());
	};
	void check();
	const timer = setInterval(() => void check(), lease.ttlMs / 4);
	timer.unref();
	return () => {
		clearInterval(timer);
		clearTimeout(deadline);
		void redis.close();
	};
}
