import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST as DiscordjsREST } from '@discordjs/rest';
import { type APIMessage, type APIUser, Routes } from 'discord-api-types/v10';
import { createRestManager } from 'discordeno';
import { afterEach, describe, expect, it } from 'vitest';
import { createRestProxy, InvalidRESTOptionError, REST, type RestProxy, RestProxyError } from '../../src/index.js';
import { channelIds, DefaultIds, startHarness, type Harness } from '../rest/_mock.js';

let harness: Harness | undefined;
const proxies: RestProxy[] = [];
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const close of closers.splice(0)) await close();
	for (const proxy of proxies.splice(0)) await proxy.close();
	await harness?.close();
	harness = undefined;
});

async function proxyFor(options: Parameters<typeof createRestProxy>[0]): Promise<RestProxy> {
	const proxy = await createRestProxy(options);
	proxies.push(proxy);
	return proxy;
}

/** An @discordjs/rest client through `api`, recording every response status and the last headers. */
function discordjs(api: string, token: string): { rest: DiscordjsREST; statuses: number[]; headers: Headers[] } {
	const rest = new DiscordjsREST({ api, version: '10' }).setToken(token);
	const statuses: number[] = [];
	const headers: Headers[] = [];
	rest.on('response', (_request, response) => {
		statuses.push(response.status);
		headers.push(response.headers as Headers);
	});
	return { rest, statuses, headers };
}

async function silentServer(): Promise<string> {
	const server: Server = createServer(() => undefined);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	closers.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
}

describe('the REST proxy (pass-through tokens)', () => {
	it('serves @discordjs/rest and the OvenJS client: bodies, audit-log reasons and rate-limit headers both ways', async () => {
		harness = await startHarness();
		const { mock } = harness;
		const proxy = await proxyFor({ api: mock.api });
		const djs = discordjs(proxy.api, mock.token);
		const oven = new REST({ api: proxy.api, token: mock.token });
		closers.push(() => oven.destroy());

		const sent = (await djs.rest.post(Routes.channelMessages(DefaultIds.general), { body: { content: 'from discord.js' } })) as APIMessage;
		expect(sent.content).toBe('from discord.js');
		expect(djs.headers.at(-1)?.get('x-ratelimit-bucket')).toEqual(expect.any(String));
		expect(djs.headers.at(-1)?.get('x-ratelimit-limit')).toMatch(/^\d+$/);
		await djs.rest.delete(Routes.channelMessage(DefaultIds.general, sent.id), { reason: 'cleanup: ünïcode ✓' });
		const deleted = (await mock.requests()).find((r) => r.method === 'DELETE');
		expect(deleted?.reason).toBe('cleanup: ünïcode ✓');

		const me = await oven.get(Routes.user('@me'));
		expect(me.id).toBe(mock.applicationId);
		const edited = await oven.post(Routes.channelMessages(DefaultIds.general), { body: { content: 'from ovenjs' } });
		expect(await oven.patch(Routes.channelMessage(DefaultIds.general, edited.id), { body: { content: 'edited' } })).toMatchObject({
			content: 'edited',
		});
		// A Discord error passes through as Discord's: status and JSON body.
		await expect(oven.get(Routes.channel('1'))).rejects.toMatchObject({ code: 'REST_DISCORD_API_ERROR', status: 404 });
	});

	it('two clients hammering one route get zero 429s, and neither does Discord', async () => {
		harness = await startHarness({
			extraChannels: 1,
			mock: { rateLimits: { routes: { 'POST /channels/{channel_id}/messages': { limit: 5, windowMs: 250 } } } },
		});
		const { mock } = harness;
		const [channel = ''] = channelIds(1);
		const proxy = await proxyFor({ api: mock.api });
		const djs = discordjs(proxy.api, mock.token);
		const oven = new REST({ api: proxy.api, token: mock.token });
		closers.push(() => oven.destroy());
		const ovenStatuses: number[] = [];
		oven.on('response', (event) => ovenStatuses.push(event.status));

		await Promise.all([
			...Array.from({ length: 20 }, (_, i) => djs.rest.post(Routes.channelMessages(channel), { body: { content: `djs ${i}` } })),
			...Array.from({ length: 20 }, (_, i) => oven.post(Routes.channelMessages(channel), { body: { content: `oven ${i}` } })),
		]);
		expect(await mock.messages(channel)).toHaveLength(40);
		const posts = (await mock.requests()).filter((r) => r.method === 'POST');
		expect(posts).toHaveLength(40);
		expect(posts.filter((r) => r.status === 429)).toEqual([]);
		expect(djs.statuses.filter((status) => status === 429)).toEqual([]);
		expect(ovenStatuses.filter((status) => status === 429)).toEqual([]);
		expect(ovenStatuses).toHaveLength(20);
	});

	it('drops a queued request whose client went away: it is never sent late', async () => {
		harness = await startHarness({
			mock: { rateLimits: { routes: { 'POST /channels/{channel_id}/messages': { limit: 1, windowMs: 1_500 } } } },
		});
		const { mock } = harness;
		const proxy = await proxyFor({ api: mock.api });
		const post = (content: string, signal?: AbortSignal): Promise<Response> =>
			fetch(`${proxy.api}/v10${Routes.channelMessages(DefaultIds.general)}`, {
				method: 'POST',
				headers: { authorization: `Bot ${mock.token}`, 'content-type': 'application/json' },
				body: JSON.stringify({ content }),
				...(signal === undefined ? {} : { signal }),
			});
		expect((await post('first')).status).toBe(200);
		// The bucket is spent for 1.5 s: the second waits in the proxy's queue until its client gives up.
		await expect(post('second', AbortSignal.timeout(200))).rejects.toThrow();
		expect((await post('third')).status).toBe(200);
		const contents = (await mock.messages(DefaultIds.general)).map((m) => m.content);
		expect(contents).toContain('third');
		expect(contents).not.toContain('second');
		expect((await mock.requests()).filter((r) => r.method === 'POST')).toHaveLength(2);
	});

	it('answers a wait longer than maxRateLimitWait with a 429 worded as Discord’s, at once', async () => {
		harness = await startHarness({
			mock: { rateLimits: { routes: { 'POST /channels/{channel_id}/messages': { limit: 1, windowMs: 5_000 } } } },
		});
		const { mock } = harness;
		const proxy = await proxyFor({ api: mock.api, rest: { maxRateLimitWait: 100 } });
		const oven = new REST({ api: proxy.api, token: mock.token, maxRateLimitRetries: 0 });
		closers.push(() => oven.destroy());
		await oven.post(Routes.channelMessages(DefaultIds.general), { body: { content: 'first' } });
		const limited = await fetch(`${proxy.api}/v10${Routes.channelMessages(DefaultIds.general)}`, {
			method: 'POST',
			headers: { authorization: `Bot ${mock.token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ content: 'second' }),
		});
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(4);
		expect(await limited.json()).toMatchObject({ retry_after: expect.any(Number), global: false });
		expect((await mock.messages(DefaultIds.general)).map((m) => m.content)).not.toContain('second');
	});

	it('passes a multipart upload through intact', async () => {
		harness = await startHarness();
		const proxy = await proxyFor({ api: harness.mock.api });
		const oven = new REST({ api: proxy.api, token: harness.mock.token });
		closers.push(() => oven.destroy());
		const big = Buffer.alloc(300_000, 9);
		const message = await oven.post(Routes.channelMessages(DefaultIds.general), {
			body: { content: 'two files' },
			files: [
				{ name: 'note.txt', data: 'hello', contentType: 'text/plain' },
				{ name: 'big.bin', data: big },
			],
		});
		expect(message.content).toBe('two files');
		expect(message.attachments.map((a) => [a.filename, a.size])).toEqual([
			['note.txt', 5],
			['big.bin', big.length],
		]);
	});

	it('answers an unreachable or silent upstream with a 502/504 JSON error, never a hang, and no token in it', async () => {
		const token = 'proxy-test-token.abc.def';
		const dead = await proxyFor({ api: 'http://127.0.0.1:9/api', rest: { retries: 1, retryBackoff: { baseMs: 5, maxMs: 10 } } });
		const errors: RestProxyError[] = [];
		dead.on('error', (error) => errors.push(error));
		const refused = await fetch(`${dead.api}/v10/users/@me`, { headers: { authorization: `Bot ${token}` } });
		expect(refused.status).toBe(502);
		const body = await refused.text();
		expect(JSON.parse(body)).toMatchObject({ code: 'REST_PROXY_UPSTREAM', message: expect.stringContaining('GET /users/@me') });
		expect(body).not.toContain(token);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toBeInstanceOf(RestProxyError);
		expect(`${errors[0]?.message} ${String(errors[0]?.stack)}`).not.toContain(token);

		const silent = await proxyFor({ api: await silentServer(), rest: { timeout: 200, retries: 0 } });
		const timedOut = await fetch(`${silent.api}/v10/users/@me`, { headers: { authorization: `Bot ${token}` } });
		expect(timedOut.status).toBe(504);
		expect(await timedOut.json()).toMatchObject({ code: 'REST_PROXY_UPSTREAM' });
	});

	it('answers /health and /ready, refuses web pages, paths outside the API (keeping their tokens out of errors) and other methods', async () => {
		harness = await startHarness();
		const proxy = await proxyFor({ api: harness.mock.api });
		const health = await fetch(`${proxy.url}/health`);
		expect(health.status).toBe(200);
		expect(await health.json()).toEqual({ ready: true, redis: 'unused', tokens: 1 });
		expect((await fetch(`${proxy.url}/ready`)).status).toBe(200);
		const page = await fetch(`${proxy.api}/v10/users/@me`, {
			headers: { origin: 'https://evil.example', authorization: `Bot ${harness.mock.token}` },
		});
		expect(page.status).toBe(403);
		const errors: string[] = [];
		proxy.on('error', (error) => errors.push(error.message));
		const elsewhere = await fetch(`${proxy.url}/api/webhooks/1/secret-webhook-token`);
		expect(elsewhere.status).toBe(404);
		expect(await elsewhere.json()).toMatchObject({ code: 'REST_PROXY_BAD_REQUEST' });
		expect(errors).toHaveLength(1);
		expect(errors.join()).not.toContain('secret-webhook-token');
		expect((await fetch(`${proxy.api}/v10/users/@me`, { method: 'OPTIONS' })).status).toBe(405);
		expect((await harness.mock.requests()).length).toBe(0);
	});
});

describe('the REST proxy (injected token)', () => {
	it('sends its own token for a client that sends none', async () => {
		harness = await startHarness();
		const proxy = await proxyFor({ api: harness.mock.api, token: harness.mock.token });
		const me = await fetch(`${proxy.api}/v10/users/@me`);
		expect(me.status).toBe(200);
		expect(((await me.json()) as APIUser).id).toBe(harness.mock.applicationId);
		const oven = new REST({ api: proxy.api });
		closers.push(() => oven.destroy());
		const message = await oven.post(Routes.channelMessages(DefaultIds.general), { body: { content: 'no token here' }, auth: false });
		expect(message.content).toBe('no token here');
	});

	it('with a secret, serves only clients that send it: discordeno through its proxy option', async () => {
		harness = await startHarness();
		const proxy = await proxyFor({ api: harness.mock.api, token: harness.mock.token, secret: 'let-me-in' });
		const refused = await fetch(`${proxy.api}/v10/users/@me`, { headers: { authorization: 'wrong' } });
		expect(refused.status).toBe(401);
		expect(await refused.json()).toMatchObject({ code: 'REST_PROXY_UNAUTHORIZED' });
		expect((await fetch(`${proxy.url}/v10/users/@me`, { headers: { authorization: 'let-me-in' } })).status).toBe(200);
		// discordeno's own proxy option: its base without /api, the secret as Authorization.
		const logger = { debug() {}, info() {}, warn() {}, error() {}, fatal() {} };
		const deno = createRestManager({ token: harness.mock.token, logger, proxy: { baseUrl: proxy.url, authorization: 'let-me-in' } });
		const message = await deno.sendMessage(DefaultIds.general, { content: 'from discordeno' });
		expect(message.content).toBe('from discordeno');
		expect((await harness.mock.messages(DefaultIds.general)).map((m) => m.content)).toContain('from discordeno');
	});

	it('refuses unusable options as REST does (InvalidRESTOptionError, InvalidTokenError)', async () => {
		await expect(createRestProxy({ secret: 'x' })).rejects.toMatchObject({ code: 'REST_INVALID_OPTION' });
		await expect(createRestProxy({ token: 'bad\ntoken' })).rejects.toMatchObject({ code: 'REST_INVALID_TOKEN' });
		await expect(createRestProxy({ api: 'not a url' })).rejects.toBeInstanceOf(InvalidRESTOptionError);
		await expect(createRestProxy({ maxBodyBytes: -1 })).rejects.toMatchObject({ code: 'REST_INVALID_OPTION' });
		const taken = await proxyFor({ api: 'http://127.0.0.1:9/api' });
		await expect(createRestProxy({ port: Number(new URL(taken.url).port) })).rejects.toMatchObject({ code: 'REST_INVALID_OPTION' });
	});
});
