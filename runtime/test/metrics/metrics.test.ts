import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics, InProcessShardingStrategy, serveMetrics } from 'ovenjs';
import { DefaultIds, startHarness } from '../rest/_mock.js';
import { GUILDS, message, startMock, until } from '../gateway/_harness.js';

const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.splice(0).reverse()) await step();
});

/** The value of one sample line of a Prometheus text exposition, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
	for (const line of text.split('\n')) {
		const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
		if (match?.[1] !== name) continue;
		const have = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
		if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(match[3]);
	}
	return undefined;
}

async function scrape(url: string): Promise<string> {
	const response = await fetch(url);
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toContain('text/plain');
	return response.text();
}

describe('metrics', () => {
	it('serves REST figures on 127.0.0.1/metrics that agree with what the mock counted', async () => {
		const h = await startHarness();
		cleanup.push(() => h.close());
		const metrics = await createMetrics();
		metrics.attachREST(h.rest);
		const server = await serveMetrics(metrics);
		cleanup.push(() => server.close());
		expect(new URL(server.url).hostname).toBe('127.0.0.1');
		for (let i = 0; i < 4; i += 1) await h.rest.post(`/channels/${DefaultIds.general}/messages`, { body: { content: `m${i}` } });
		await h.rest.get('/channels/1/messages').catch(() => undefined); // 404 from the mock
		const text = await scrape(server.url);
		const route = '/channels/{channel_id}/messages';
		const mockCreates = (await h.mock.requests()).filter(
			(r) => r.method === 'POST' && r.status === 200 && r.path.endsWith('/messages'),
		).length;
		expect(mockCreates).toBe(4);
		expect(sample(text, 'ovenjs_rest_request_duration_seconds_count', { method: 'POST', route, status: '200' })).toBe(mockCreates);
		expect(sample(text, 'ovenjs_rest_request_duration_seconds_count', { method: 'GET', route, status: '404' })).toBe(1);
		expect(sample(text, 'ovenjs_rest_pending_requests')).toBe(0);
		expect((await fetch(server.url.replace('/metrics', '/other'))).status).toBe(404);
	});

	it('counts 429s and rate-limit waits by scope', async () => {
		const h = await startHarness();
		cleanup.push(() => h.close());
		const metrics = await createMetrics();
		metrics.attachREST(h.rest);
		await h.mock.fault({ kind: 'rate_limit', route: 'POST /channels/{channel_id}/messages', scope: 'user', count: 1 });
		await h.rest.post(`/channels/${DefaultIds.general}/messages`, { body: { content: 'after a 429' } });
		const text = await metrics.text();
		expect(sample(text, 'ovenjs_rest_429_total', { scope: 'user' })).toBe(1);
		expect(sample(text, 'ovenjs_rest_rate_limited_total', { scope: 'user' })).toBeGreaterThanOrEqual(1);
	});

	it('counts gateway events by type and follows shard status, latency and cache sizes', async () => {
		const h = await startMock();
		cleanup.push(() => h.close());
		const { identifyThrottler: _, ...options } = h.shardOptions();
		const strategy = new InProcessShardingStrategy({ ...options, shardCount: 2, identifyWindow: 0 });
		cleanup.push(() => strategy.destroy());
		const metrics = await createMetrics({ prefix: 'bot_' });
		metrics.attachGateway(strategy);
		metrics.attachCache(() => ({ guilds: 8, messages: 3 }));
		await strategy.connect();
		for (let n = 0; n < 10; n += 1)
			h.gateway.dispatch('MESSAGE_CREATE', message(n, GUILDS[n % GUILDS.length] as string), GUILDS[n % GUILDS.length]);
		let text = '';
		await until(async () => {
			text = await metrics.text();
			const total =
				(sample(text, 'bot_gateway_events_total', { shard: '0', event: 'MESSAGE_CREATE' }) ?? 0) +
				(sample(text, 'bot_gateway_events_total', { shard: '1', event: 'MESSAGE_CREATE' }) ?? 0);
			return total === 10 && sample(text, 'bot_gateway_latency_seconds', { shard: '1' }) !== undefined;
		}, 5000);
		expect(
			(sample(text, 'bot_gateway_events_total', { shard: '0', event: 'GUILD_CREATE' }) ?? 0) +
				(sample(text, 'bot_gateway_events_total', { shard: '1', event: 'GUILD_CREATE' }) ?? 0),
		).toBe(GUILDS.length);
		expect(sample(text, 'bot_gateway_shard_status', { shard: '0', status: 'ready' })).toBe(1);
		expect(sample(text, 'bot_gateway_shard_status', { shard: '0', status: 'connecting' })).toBe(0);
		expect(sample(text, 'bot_cache_entities', { entity: 'guilds' })).toBe(8);
	});
});
