import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTPError, RateLimitError, type RateLimitInfo, REST, type RESTOptions, RequestTimeoutError } from '../../src/index.js';
import { type Seen, startEchoServer } from './_echoServer.js';

const TOKEN = 'hostile-rest-token';
let server: Awaited<ReturnType<typeof startEchoServer>> | undefined;
let rest: REST | undefined;
let overflows: Error[] = [];
const onWarning = (warning: Error): void => void (warning.name === 'TimeoutOverflowWarning' && overflows.push(warning));
beforeEach(() => {
	overflows = [];
	process.on('warning', onWarning);
});
afterEach(async () => {
	process.off('warning', onWarning);
	await rest?.destroy();
	await server?.close();
	rest = undefined;
	server = undefined;
});

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void =>
	void res.writeHead(status, { 'content-type': 'application/json', via: '1.1 google', ...headers }).end(JSON.stringify(body));

/** Discord's headers for a bucket with `remaining` left that resets after `resetAfter` seconds. */
const bucket = (remaining: number, resetAfter: number | string): Record<string, string> => ({
	'x-ratelimit-bucket': 'abc',
	'x-ratelimit-limit': '5',
	'x-ratelimit-remaining': String(remaining),
	'x-ratelimit-reset-after': String(resetAfter),
});

async function start(respond: (seen: Seen, res: ServerResponse, index: number) => void, options: RESTOptions = {}): Promise<REST> {
	server = await startEchoServer(respond);
	rest = new REST({ api: server.api, token: TOKEN, ...options });
	return rest;
}

/** Runs `request`, answering what it settled with and how long it took. */
async function timed(request: Promise<unknown>): Promise<{ value?: unknown; error?: unknown; ms: number }> {
	const started = performance.now();
	try {
		return { value: await request, ms: performance.now() - started };
	} catch (error) {
		return { error, ms: performance.now() - started };
	}
}

describe('rate-limit waits a server can make absurd', () => {
	it.each([
		['retry_after: 1e9', { retry_after: 1e9, global: false, message: 'x' }, {}],
		['a global 429 with retry_after: 1e9', { retry_after: 1e9, global: true, message: 'x' }, { 'x-ratelimit-global': 'true' }],
		['retry_after: 1e999 (Infinity once parsed)', '{"retry_after": 1e999, "message": "x"}', {}],
	])('%s: rejects at once with RateLimitError carrying the wait asked for; no timer warning', async (_name, body, headers) => {
		const r = await start((_seen, res) =>
			typeof body === 'string'
				? void res.writeHead(429, { 'content-type': 'application/json', via: '1.1 google', ...bucket(0, 1), ...headers }).end(body)
				: json(res, 429, body, { ...bucket(0, 1), ...headers }),
		);
		const limited: RateLimitInfo[] = [];
		r.on('rateLimited', (info) => limited.push(info));
		const { error, ms } = await timed(r.get('/channels/1'));
		expect(error).toBeInstanceOf(RateLimitError);
		expect((error as RateLimitError).reason).toBe('too-long');
		expect((error as RateLimitError).info.retryAfterMs).toBeGreaterThanOrEqual(1e12);
		expect(ms).toBeLessThan(1000);
		expect(limited.length).toBeLessThanOrEqual(1);
		expect(overflows).toEqual([]);
	});

	it('Retry-After: 99999 with no body: rejects at once instead of waiting 27 hours', async () => {
		const r = await start((_seen, res) => void res.writeHead(429, { 'retry-after': '99999' }).end());
		const { error, ms } = await timed(r.get('/channels/1'));
		expect(error).toBeInstanceOf(RateLimitError);
		expect((error as RateLimitError).info.retryAfterMs).toBe(99_999_000);
		expect((error as RateLimitError).message).toContain('maxRateLimitWait');
		expect(ms).toBeLessThan(1000);
	});

	it('X-RateLimit-Reset-After: 1e9 on a success: the next request waits at most maxRateLimitWait, then succeeds', async () => {
		const r = await start((_seen, res, index) => json(res, 200, { index }, index === 0 ? bucket(0, 1e9) : bucket(4, 1)), {
			maxRateLimitWait: 300,
		});
		const limited: RateLimitInfo[] = [];
		r.on('rateLimited', (info) => limited.push(info));
		expect(await r.get('/channels/1')).toEqual({ index: 0 });
		const { value, ms } = await timed(r.get('/channels/1'));
		expect(value).toEqual({ index: 1 });
		expect(ms).toBeLessThan(1500);
		expect(limited.length).toBeLessThanOrEqual(2);
		expect(overflows).toEqual([]);
	});

	it('a per-request maxRateLimitWait shorter than the wait rejects that request at once', async () => {
		const r = await start((_seen, res) => json(res, 429, { retry_after: 2, message: 'x' }, bucket(0, 2)));
		const { error, ms } = await timed(r.get('/channels/1', { maxRateLimitWait: 500 }));
		expect((error as RateLimitError).reason).toBe('too-long');
		expect((error as RateLimitError).info.retryAfterMs).toBe(2000);
		expect(ms).toBeLessThan(1000);
	});
});

describe('deadline: one bound for queueing, waits and retries', () => {
	it('a request that keeps meeting 429s rejects with RequestTimeoutError at its deadline', async () => {
		const r = await start((_seen, res) => json(res, 429, { retry_after: 0.4, message: 'x' }, bucket(0, 0.4)));
		const { error, ms } = await timed(r.get('/channels/1', { deadline: 600 }));
		expect(error).toBeInstanceOf(RequestTimeoutError);
		expect((error as RequestTimeoutError).scope).toBe('deadline');
		expect(ms).toBeGreaterThanOrEqual(550);
		expect(ms).toBeLessThan(1100);
	});

	it('covers the time spent queued behind another request of the same bucket (client-wide default)', async () => {
		const r = await start(
			(_seen, res, index) => {
				if (index === 0) setTimeout(() => json(res, 200, { index }), 700);
				else json(res, 200, { index });
			},
			{ deadline: 300, timeout: 5000 },
		);
		const first = timed(r.get('/channels/1', { deadline: 5000 }));
		const second = await timed(r.get('/channels/1'));
		expect(second.error).toBeInstanceOf(RequestTimeoutError);
		expect(second.ms).toBeLessThan(600);
		expect((await first).value).toEqual({ index: 0 });
		// The queue was not left stuck: a later request on the bucket goes through.
		expect(await r.get('/channels/1')).toEqual({ index: 1 });
	});
});

describe('bodies that are not what they claim', () => {
	it('invalid JSON in a 2xx is an HTTPError with the status and an excerpt of the body, not a string', async () => {
		const r = await start((_seen, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "1", "na'));
		const { error } = await timed(r.get('/channels/1'));
		expect(error).toBeInstanceOf(HTTPError);
		expect((error as HTTPError).status).toBe(200);
		expect((error as HTTPError).bodyExcerpt).toBe('{"id": "1", "na');
		expect((error as HTTPError).message).toContain('not valid JSON');
	});

	it('a body excerpt never carries the token, even when the server echoes it', async () => {
		const r = await start(
			(seen, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(`oops ${seen.headers.authorization}`),
		);
		const { error } = await timed(r.get('/channels/1'));
		expect((error as HTTPError).bodyExcerpt).not.toContain(TOKEN);
		expect((error as HTTPError).message).not.toContain(TOKEN);
	});
});
