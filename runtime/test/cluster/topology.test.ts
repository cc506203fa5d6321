import { afterAll, describe, expect, it } from 'vitest';
import { createMockDiscord, defaultScenario, type MockDiscord } from '@ovenjs/mock-discord';
import { Cluster, type ClusterOptions } from 'ovenjs';
import { useRedis } from '../_redisServer.js';

const redis = useRedis('the hosts agree on one layout');

/** Discord recommending `shards` shards. */
const discord = (shards: number): Promise<MockDiscord> =>
	createMockDiscord({ scenario: { ...defaultScenario, gateway: { shards, maxConcurrency: 1 } } });

const mocks: MockDiscord[] = [];
afterAll(async () => {
	for (const mock of mocks.splice(0)) await mock.close();
});

/** One host of a `--hosts-via` cluster, asking `mock` for `'auto'`. */
function host(mock: MockDiscord, shardCount: ClusterOptions['shardCount'], groups: number): Cluster {
	return new Cluster({
		script: new URL('./_plainBot.ts', import.meta.url),
		processes: groups,
		shardCount,
		token: mock.token,
		api: mock.api,
		redis: redis.url(),
		hosts: { groups, leaseTtlMs: 2000 },
		execArgv: ['--import', 'tsx'],
		env: { TOKEN: mock.token, API: mock.api },
	});
}

const shardIds = (cluster: Cluster): number[] => cluster.status().flatMap((p) => p.shards.map((s) => s.shardId));

describe.skipIf(!redis.available)('oven cluster --hosts-via: one layout for every host', () => {
	it('stores the first host layout, lets an auto host adopt it, refuses another while it is held, and takes a new one once it is not', async () => {
		await redis.connect().flushall();
		const four = await discord(4);
		const six = await discord(6);
		mocks.push(four, six);

		const first = host(four, 'auto', 2);
		const stale = host(four, 4, 2);
		try {
			await first.start();
			expect(shardIds(first)).toEqual([0, 1, 2, 3]);
			expect(await redis.connect().get('ovenjs:cluster:topology')).toBe('4:2');

			// Discord now recommends 6: a host started with auto still runs the stored layout.
			const adopter = host(six, 'auto', 2);
			await adopter.start();
			expect(shardIds(adopter)).toEqual([0, 1, 2, 3]);
			await adopter.stop();

			// An explicit other layout while the first host holds its groups: refused, naming the one in force.
			const other = host(six, 6, 3);
			await expect(other.start()).rejects.toMatchObject({
				code: 'CLUSTER_INVALID_OPTION',
				message: expect.stringMatching(/run 4 shards in 2 groups .*--shards 4 --groups 2/),
			});
			await other.stop();

			// A standby host of this layout, and the layout moved on meanwhile (as another host's
			// reshard would, racing the release below): the groups it frees are claimed by nobody.
			await stale.start();
			expect(stale.status().map((p) => p.state)).toEqual(['standby', 'standby']);
			await redis.connect().set('ovenjs:cluster:topology', '6:3');
		} finally {
			await first.stop();
		}
		await new Promise((resolve) => setTimeout(resolve, 2000)); // three claim rounds (a third of the TTL each)
		expect(stale.status().map((p) => p.state)).toEqual(['standby', 'standby']);
		expect(await redis.connect().keys('ovenjs:cluster:lease:4:2:*')).toEqual([]);
		await stale.stop();
		await redis.connect().set('ovenjs:cluster:topology', '4:2');

		// The old layout's hosts are gone (their leases released): the new layout takes over.
		const resharded = host(six, 6, 3);
		try {
			await resharded.start();
			expect(shardIds(resharded)).toEqual([0, 1, 2, 3, 4, 5]);
			expect(await redis.connect().get('ovenjs:cluster:topology')).toBe('6:3');
		} finally {
			await resharded.stop();
		}
	}, 60_000);
});
