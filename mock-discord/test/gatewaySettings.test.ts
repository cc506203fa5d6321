import { describe, expect, it } from 'vitest';
import { defaultScenario, ScenarioError, validateScenario, World } from '../src/index.js';
import { TestGatewayClient } from './_gatewayClient.js';
import { expectSpecResponse, rest, startMock } from './_helpers.js';

function issuesOf(input: unknown): string[] {
	try {
		validateScenario(input);
	} catch (error) {
		expect(error).toBeInstanceOf(ScenarioError);
		return (error as ScenarioError).issues.map((i) => `${i.path}: ${i.message}`);
	}
	return [];
}

describe('scenario gateway settings', () => {
	it('are validated with their paths', () => {
		expect(issuesOf({ gateway: { shards: 4, maxConcurrency: 16, sessionStartLimit: 50 } })).toEqual([]);
		expect(issuesOf({ gateway: { shards: 0, maxConcurrency: 1.5, colour: 1 } })).toEqual(
			expect.arrayContaining([
				'gateway.shards: must be >= 1',
				'gateway.maxConcurrency: must be integer',
				'gateway.colour: is not a known property',
			]),
		);
		expect(issuesOf({ gateway: 'many' })).toContain('gateway: must be object');
	});

	it('default: one shard per 1,000 guilds, max_concurrency 1, 1,000 starts a day', () => {
		const world = new World(defaultScenario);
		expect(world.recommendedShards()).toBe(1);
		expect(world.sessionStartLimit()).toEqual({ total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 });
	});

	it('counts IDENTIFYs in a 24-hour window that opens at the first one', () => {
		const world = new World(validateScenario({ ...defaultScenario, gateway: { sessionStartLimit: 2 } }));
		const t0 = 1_000_000;
		world.sessionStarted(t0);
		world.sessionStarted(t0 + 10);
		world.sessionStarted(t0 + 20);
		expect(world.sessionStartLimit(t0 + 1000)).toMatchObject({ total: 2, remaining: 0, reset_after: 86_400_000 - 1000 });
		expect(world.sessionStartLimit(t0 + 86_400_000)).toMatchObject({ remaining: 2, reset_after: 86_400_000 });
	});

	it('drive /gateway/bot and the gateway’s identify pacing; remaining counts down per IDENTIFY', async () => {
		const mock = await startMock({ scenario: { ...defaultScenario, gateway: { shards: 3, maxConcurrency: 3 } } });
		try {
			const before = await rest(mock, 'GET', '/gateway/bot');
			expectSpecResponse('GET', '/gateway/bot', before);
			expect(before.body).toMatchObject({
				url: mock.gateway,
				shards: 3,
				session_start_limit: { total: 1000, remaining: 1000, max_concurrency: 3 },
			});
			// With max_concurrency 3, shards 0–2 land in three buckets and may all identify at once
			// (with 1 the second would get op 9 for identifying too soon).
			const clients = await Promise.all(
				[0, 1, 2].map((shard) => TestGatewayClient.connect(mock.gateway, mock.token, { shard: [shard, 3] })),
			);
			const after = await rest(mock, 'GET', '/gateway/bot');
			expect(after.body.session_start_limit.remaining).toBe(997);
			expect(after.body.session_start_limit.reset_after).toBeLessThanOrEqual(86_400_000);
			for (const client of clients) client.close();
		} finally {
			await mock.close();
		}
	});

	it('with the default max_concurrency of 1, a second shard identifying at once gets op 9', async () => {
		const mock = await startMock();
		try {
			const results = await Promise.allSettled(
				[0, 1].map((shard) => TestGatewayClient.connect(mock.gateway, mock.token, { shard: [shard, 2] })),
			);
			expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
			for (const r of results) if (r.status === 'fulfilled') r.value.close();
			expect((await rest(mock, 'GET', '/gateway/bot')).body.session_start_limit.remaining).toBe(999);
		} finally {
			await mock.close();
		}
	});
});
