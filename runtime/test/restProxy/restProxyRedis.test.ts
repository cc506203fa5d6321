import { Routes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { createRestProxy, REST, type RestProxy } from '../../src/index.js';
import { channelIds, startHarness, type Harness } from '../rest/_mock.js';
import { useRedis } from '../_redisServer.js';

const redis = useRedis('REST proxy with Redis');

let harness: Harness | undefined;
const proxies: RestProxy[] = [];
const clients: REST[] = [];
afterEach(async () => {
	for (const client of clients.splice(0)) await client.destroy();
	for (const proxy of proxies.splice(0)) await proxy.close();
	await harness?.close();
	harness = undefined;
});

const GLOBAL = 10;
const CHANNELS = channelIds(30);

/**
 * Two proxies, each with a client of its own, send 30 GETs to 30 channels (no route bucket in
 * the way) against a gateway allowing GLOBAL requests a second; answers the 429s Discord gave.
 */
async function twoProxies(store: 'memory' | 'redis'): Promise<number> {
	harness = await startHarness({ extraChannels: CHANNELS.length, mock: { rateLimits: { globalPerSecond: GLOBAL } } });
	const { mock } = harness;
	const prefix = `proxy-${Math.random().toString(36).slice(2)}`;
	for (let i = 0; i < 2; i++) {
		const proxy = await createRestProxy({
			api: mock.api,
			token: mock.token,
			rest: { globalRequestsPerSecond: GLOBAL },
			...(store === 'redis' ? { redis: { url: redis.url(), prefix } } : {}),
		});
		proxies.push(proxy);
		clients.push(new REST({ api: proxy.api, globalRequestsPerSecond: 1_000 }));
	}
	const sent = await Promise.all(
		CHANNELS.map((channel, i) => (clients[i % 2] as REST).get(Routes.channel(channel), { auth: false, deadline: 20_000 })),
	);
	expect(sent.map((c) => c.id)).toEqual(CHANNELS);
	return (await mock.requests()).filter((r) => r.status === 429).length;
}

describe.skipIf(!redis.available)('two REST proxies sharing Redis', () => {
	it('keep the global limit between them: Discord answers no 429', async () => {
		expect(await twoProxies('redis')).toBe(0);
		expect(await (await fetch(`${proxies[0]?.url}/ready`)).json()).toMatchObject({ ready: true, redis: 'ok' });
	});

	it('(control) each on its own limits, they go over it together', async () => {
		expect(await twoProxies('memory')).toBeGreaterThan(0);
	});

	it('keeps answering while Redis is down, and says so on /ready', async () => {
		harness = await startHarness();
		const { mock } = harness;
		const proxy = await createRestProxy({
			api: mock.api,
			token: mock.token,
			redis: { url: redis.url(), prefix: 'outage', fallback: { timeoutMs: 300, retryMs: 200 } },
		});
		proxies.push(proxy);
		const rest = new REST({ api: proxy.api });
		clients.push(rest);
		const ready = async (): Promise<unknown> => (await fetch(`${proxy.url}/ready`)).json();
		await rest.get(Routes.user('@me'), { auth: false });
		expect(await ready()).toMatchObject({ redis: 'ok' });
		await redis.stop();
		try {
			for (let i = 0; i < 3; i++) expect((await rest.get(Routes.user('@me'), { auth: false })).id).toBe(mock.applicationId);
			expect(await ready()).toMatchObject({ ready: true, redis: 'outage' });
		} finally {
			await redis.start();
		}
		expect((await mock.requests()).filter((r) => r.status !== 200)).toEqual([]);
	});
});
