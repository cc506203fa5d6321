import { Routes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { RequestAbortedError, RequestTimeoutError, RESTDestroyedError } from '../../src/index.js';
import { channelIds, DefaultIds, startHarness, type Harness } from './_mock.js';

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

async function settle(promises: Promise<unknown>[]): Promise<unknown[]> {
	return (await Promise.allSettled(promises)).map((r) => (r.status === 'rejected' ? r.reason : r.value));
}

describe('aborted and timed-out requests never stall a queue', () => {
	it('200 aborted or timed-out requests, then every route still answers', async () => {
		harness = await startHarness({
			extraChannels: 10,
			// The global limit is raised on both sides so that the per-route queues are what is tested.
			mock: {
				rateLimits: {
					globalPerSecond: 1_000,
					routes: {
						'POST /channels/{channel_id}/messages': { limit: 5, windowMs: 300 },
						'GET /channels/{channel_id}': { limit: 50, windowMs: 300 },
					},
				},
			},
			rest: { globalRequestsPerSecond: 1_000 },
		});
		const { rest, mock } = harness;
		const channels = channelIds(10);

		// 100 aborted: most while queued behind their bucket, some in flight.
		const controller = new AbortController();
		const aborted = Array.from({ length: 100 }, (_, i) =>
			rest.post(Routes.channelMessages(channels[i % 10] ?? ''), { body: { content: `a${i}` }, signal: controller.signal }),
		);
		await new Promise((r) => setTimeout(r, 5));
		controller.abort(new Error('user gave up'));
		const abortResults = await settle(aborted);
		const abortErrors = abortResults.filter((r) => r instanceof RequestAbortedError);
		expect(abortErrors.length).toBeGreaterThan(50);
		expect(abortResults.every((r) => r instanceof RequestAbortedError || (typeof r === 'object' && r !== null && 'id' in r))).toBe(true);

		// 100 timed out: the mock holds every response for 150 ms; the client gives each 20 ms.
		await mock.fault({ kind: 'latency', ms: 150 });
		const timedOut = await settle(Array.from({ length: 100 }, (_, i) => rest.get(Routes.channel(channels[i % 10] ?? ''), { timeout: 20 })));
		expect(timedOut.every((r) => r instanceof RequestTimeoutError)).toBe(true);
		expect((timedOut[0] as RequestTimeoutError).code).toBe('REST_REQUEST_TIMEOUT');
		await mock.fault({ kind: 'latency', ms: 0 });

		// A follow-up on every route and channel completes.
		const started = Date.now();
		const followUps = await Promise.all(
			channels.flatMap((id) => [rest.get(Routes.channel(id)), rest.post(Routes.channelMessages(id), { body: { content: 'still alive' } })]),
		);
		expect(followUps).toHaveLength(20);
		expect(Date.now() - started).toBeLessThan(4_000);
		expect(rest.pending).toBe(0);
	});

	it('a response without rate-limit headers does not stall the queue', async () => {
		harness = await startHarness({ mock: { rateLimits: { enabled: false } } });
		const { rest } = harness;
		const results = await Promise.all(Array.from({ length: 30 }, () => rest.get(Routes.channel(DefaultIds.general))));
		expect(results).toHaveLength(30);
	});

	it('an already-aborted signal rejects at once without sending', async () => {
		harness = await startHarness();
		const { rest, mock } = harness;
		await expect(rest.get(Routes.channel(DefaultIds.general), { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(RequestAbortedError);
		expect(await mock.requests()).toHaveLength(0);
	});

	it('destroy rejects queued requests, refuses new ones and is idempotent', async () => {
		harness = await startHarness({ mock: { rateLimits: { routes: { 'GET /channels/{channel_id}': { limit: 1, windowMs: 5_000 } } } } });
		const { rest } = harness;
		await rest.get(Routes.channel(DefaultIds.general));
		const queued = rest.get(Routes.channel(DefaultIds.general)).catch((e: unknown) => e);
		await new Promise((r) => setTimeout(r, 20));
		await Promise.all([rest.destroy(), rest.destroy()]);
		expect(await queued).toBeInstanceOf(RESTDestroyedError);
		await expect(rest.get(Routes.channel(DefaultIds.general))).rejects.toBeInstanceOf(RESTDestroyedError);
	});
});
