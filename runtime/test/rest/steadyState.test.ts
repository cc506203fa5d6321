import { Routes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import type { RateLimitInfo } from '../../src/index.js';
import { channelIds, startHarness, type Harness } from './_mock.js';

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

describe('steady state under per-route limits', () => {
	it('sends 100 messages into 5 channels at 5 per 250 ms with zero 429s', async () => {
		harness = await startHarness({
			extraChannels: 5,
			mock: { rateLimits: { routes: { 'POST /channels/{channel_id}/messages': { limit: 5, windowMs: 250 } } } },
		});
		const { rest, mock } = harness;
		const waits: RateLimitInfo[] = [];
		rest.on('rateLimited', (info) => waits.push(info));
		const channels = channelIds(5);
		const sent = await Promise.all(
			Array.from({ length: 100 }, (_, i) =>
				rest.post(Routes.channelMessages(channels[i % 5] ?? ''), { body: { content: `message ${i}` } }),
			),
		);
		expect(sent).toHaveLength(100);
		expect(new Set(sent.map((m) => m.id)).size).toBe(100);
		const requests = await mock.requests();
		const posts = requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
		expect(posts).toHaveLength(100);
		expect(posts.filter((r) => r.status === 429)).toEqual([]);
		// It did have to wait, pre-emptively, and never because of a 429.
		expect(waits.length).toBeGreaterThan(0);
		expect(waits.every((w) => !w.fromResponse)).toBe(true);
		for (const channel of channels) expect(await mock.messages(channel)).toHaveLength(20);
	});

	it('sends 1,000 messages into 10 channels at 5 per 50 ms with zero 429s', async () => {
		harness = await startHarness({
			extraChannels: 10,
			// Global limits raised on both sides: this test is about the per-route buckets.
			mock: { rateLimits: { globalPerSecond: 5_000, routes: { 'POST /channels/{channel_id}/messages': { limit: 5, windowMs: 50 } } } },
			rest: { globalRequestsPerSecond: 5_000 },
		});
		const { rest, mock } = harness;
		const channels = channelIds(10);
		const sent = await Promise.all(
			Array.from({ length: 1_000 }, (_, i) => rest.post(Routes.channelMessages(channels[i % 10] ?? ''), { body: { content: `m${i}` } })),
		);
		expect(sent).toHaveLength(1_000);
		const log = await mock.requests();
		expect(log.filter((r) => r.status === 429)).toEqual([]);
		expect(log.filter((r) => r.status === 200)).toHaveLength(1_000);
	});

	it('learns the bucket hash and keeps per-channel order', async () => {
		harness = await startHarness({
			extraChannels: 2,
			mock: { rateLimits: { routes: { 'POST /channels/{channel_id}/messages': { limit: 3, windowMs: 150 } } } },
		});
		const { rest, mock } = harness;
		const [a = '', b = ''] = channelIds(2);
		await Promise.all(
			Array.from({ length: 12 }, (_, i) => rest.post(Routes.channelMessages(i % 2 === 0 ? a : b), { body: { content: String(i) } })),
		);
		const inA = (await mock.messages(a)).map((m) => m.content).reverse();
		expect(inA).toEqual(['0', '2', '4', '6', '8', '10']);
		expect((await mock.requests()).some((r) => r.status === 429)).toBe(false);
	});
});
