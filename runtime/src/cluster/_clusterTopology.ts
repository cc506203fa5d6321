import type { ClusterSessions } from './_ClusterSessions.js';
import { type ClusterLayout, clusterKeys, encodeLayout } from './_ShardLeases.js';
import { ClusterError } from './ClusterError.js';

// KEYS[1]: the topology key; KEYS[2..]: the lease keys of the topology ARGV[2] (the one read
// before). Stores ARGV[1] when none is stored, or when ARGV[2] is still stored and none of its
// groups is leased (every host of the old layout stopped). Answers the topology in force.
const AGREE = `
local current = redis.call('GET', KEYS[1])
if current == false or (current == ARGV[2] and current ~= ARGV[1] and redis.call('EXISTS', unpack(KEYS, 2)) == 0) then
	redis.call('SET', KEYS[1], ARGV[1])
	return ARGV[1]
end
return current
`;

function decode(value: unknown): ClusterLayout | undefined {
	const match = typeof value === 'string' ? /^(\d+):(\d+)$/.exec(value) : null;
	return match === null ? undefined : { shardCount: Number(match[1]), groups: Number(match[2]) };
}

/**
 * Agrees this host's layout with the other hosts of the cluster, through Redis
 * (`<prefix>:topology` = `<shardCount>:<groups>`). The first host stores its own; a host
 * started with `'auto'` and the same groups adopts the stored shard count (so a changed
 * recommendation from Discord cannot split the hosts); a host with another layout may replace
 * it only once no group of the stored one is leased, since leases are per layout and two
 * layouts at once would run a shard twice.
 * @param autoShardCount Asks Discord for the shard count, for `'auto'` when nothing is stored.
 * @throws {ClusterError} `CLUSTER_INVALID_OPTION` when the hosts of another layout still run.
 */
export async function agreeTopology(
	redis: ClusterSessions,
	prefix: string,
	wanted: { readonly shardCount: number | 'auto'; readonly groups: number },
	autoShardCount: () => Promise<number>,
): Promise<ClusterLayout> {
	const keys = clusterKeys(prefix);
	const key = keys.topology;
	const stored = decode(await redis.call('GET', key));
	if (wanted.shardCount === 'auto' && stored !== undefined && stored.groups === wanted.groups) return stored;
	const mine = { shardCount: wanted.shardCount === 'auto' ? await autoShardCount() : wanted.shardCount, groups: wanted.groups };
	if (mine.groups > mine.shardCount)
		throw new ClusterError('CLUSTER_INVALID_OPTION', `hosts.groups (${mine.groups}) must not exceed the shard count (${mine.shardCount}).`);
	const leases =
		stored === undefined
			? []
			: Array.from({ length: stored.groups }, (_, g) => `${prefix}:lease:${stored.shardCount}:${stored.groups}:${g}`);
	const agreed = decode(
		await redis.call(
			'EVAL',
			AGREE,
			1 + leases.length,
			key,
			...leases,
			encodeLayout(mine),
			stored === undefined ? '' : encodeLayout(stored),
		),
	);
	if (agreed === undefined || encodeLayout(agreed) !== encodeLayout(mine)) {
		const held = agreed ?? stored;
		throw new ClusterError(
			'CLUSTER_INVALID_OPTION',
			held === undefined
				? `Cannot agree the cluster's layout in Redis (${key}); check that every host uses the same Redis.`
				: `The hosts of this cluster run ${held.shardCount} shards in ${held.groups} groups (${key} in Redis) and still hold them. ` +
						`Start this host with --shards ${held.shardCount} --groups ${held.groups} (or --shards auto), ` +
						'or stop every host of that layout first: a new layout takes over once none of its groups is held.',
		);
	}
	return mine;
}
