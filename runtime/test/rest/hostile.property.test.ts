import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OvenRESTError, REST, type RESTMethod } from '../../src/index.js';
import { heapAfterGc, hostileParameters, hostileRuns, type ProcessWatch, watchProcess } from '../_hostile.js';

/** Values a rate-limit header may carry: sane, absurd, negative, not numbers. */
const NUMBERS = ['0', '1', '5', '0.05', '0.2', '-5', '1e9', '1e308', 'Infinity', 'NaN', 'abc', '', '0x10', ' 3 ', '99999'];
const HEADER_VALUE = fc.constantFrom(...NUMBERS);
/** `retry_after` as a body may write it: JSON text, so `1e999` parses to Infinity. */
const RETRY_AFTER = fc.constantFrom('0', '0.05', '0.2', '-1', '1e9', '1e999', '"5"', 'null', '99999');
const STATUS = fc.constantFrom(200, 200, 201, 204, 301, 400, 401, 403, 404, 418, 429, 429, 429, 500, 502, 503, 504, 599);

type Delivery = 'normal' | 'slowHeaders' | 'slowBody' | 'truncated' | 'reset' | 'hang';
type Body =
	| { kind: 'json'; value: unknown }
	| { kind: 'discordError' }
	| { kind: 'retryAfter'; retryAfter: string; global: boolean }
	| { kind: 'invalidJson'; cut: number }
	| { kind: 'html' }
	| { kind: 'empty' };

interface Reply {
	readonly status: number;
	readonly headers: Record<string, string>;
	readonly body: Body;
	readonly delivery: Delivery;
}

const reply: fc.Arbitrary<Reply> = fc.record({
	status: STATUS,
	headers: fc.record(
		{
			'x-ratelimit-bucket': fc.constantFrom('abc', 'def', ''),
			'x-ratelimit-limit': HEADER_VALUE,
			'x-ratelimit-remaining': HEADER_VALUE,
			'x-ratelimit-reset-after': HEADER_VALUE,
			'x-ratelimit-scope': fc.constantFrom('user', 'global', 'shared', 'nonsense'),
			'x-ratelimit-global': fc.constantFrom('true', 'false', 'yes'),
			'retry-after': fc.constantFrom(...NUMBERS, 'Wed, 21 Oct 2015 07:28:00 GMT', 'Fri, 01 Jan 2100 00:00:00 GMT'),
			via: fc.constant('1.1 google'),
			'content-type': fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/html', 'application/octet-stream'),
		},
		{ requiredKeys: [] },
	),
	body: fc.oneof(
		fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
		fc.constant({ kind: 'discordError' as const }),
		fc.record({ kind: fc.constant('retryAfter' as const), retryAfter: RETRY_AFTER, global: fc.boolean() }),
		fc.record({ kind: fc.constant('invalidJson' as const), cut: fc.double({ min: 0.05, max: 0.95, noNaN: true }) }),
		fc.constant({ kind: 'html' as const }),
		fc.constant({ kind: 'empty' as const }),
	),
	delivery: fc.oneof(
		{ weight: 12, arbitrary: fc.constant<Delivery>('normal') },
		{ weight: 1, arbitrary: fc.constantFrom<Delivery>('slowHeaders', 'slowBody', 'truncated', 'reset', 'hang') },
	),
});

const scenario = fc.record({
	// Infinity: the client believes any wait, so only the deadline (and the timer clamp) bound a request.
	maxWait: fc.constantFrom(300, 300, Infinity),
	replies: fc.array(reply, { minLength: 1, maxLength: 10 }),
	requests: fc.array(
		fc.record({
			method: fc.constantFrom<RESTMethod>('GET', 'POST', 'DELETE'),
			route: fc.constantFrom('/channels/1/messages', '/channels/1', '/channels/2/messages', '/interactions/3/tok/callback'),
		}),
		{ minLength: 1, maxLength: 4 },
	),
});

const TIMEOUT = 150;
const DEADLINE = 1000;
/** Event-loop lateness allowed on a shared machine: a request must settle by its deadline plus this. */
const SLACK = 1500;

function bodyText(body: Body): string {
	switch (body.kind) {
		case 'json':
			return JSON.stringify(body.value) ?? 'null';
		case 'discordError':
			return JSON.stringify({
				code: 50035,
				message: 'Invalid Form Body',
				errors: { content: { _errors: [{ code: 'X', message: 'bad' }] } },
			});
		case 'retryAfter':
			return `{"message": "You are being rate limited.", "retry_after": ${body.retryAfter}, "global": ${body.global}}`;
		case 'invalidJson': {
			const text = JSON.stringify({ id: '1', content: 'a message that is cut' });
			return text.slice(0, Math.floor(text.length * body.cut));
		}
		case 'html':
			return '<html><body>502 Bad Gateway</body></html>';
		case 'empty':
			return '';
	}
}

/** The honest answer once the script is spent. */
function sane(res: ServerResponse): void {
	res
		.writeHead(200, {
			'content-type': 'application/json',
			'x-ratelimit-bucket': 'abc',
			'x-ratelimit-limit': '5',
			'x-ratelimit-remaining': '4',
			'x-ratelimit-reset-after': '0.05',
		})
		.end('{"ok":true}');
}

function answer(req: IncomingMessage, res: ServerResponse, r: Reply): void {
	const text = bodyText(r.body);
	const respond = (): void => void res.writeHead(r.status, r.headers).end(text);
	switch (r.delivery) {
		case 'normal':
			return respond();
		case 'slowHeaders':
			return void setTimeout(respond, TIMEOUT + 100);
		case 'slowBody':
			res.writeHead(r.status, { ...r.headers, 'content-length': String(Buffer.byteLength(text) + 1) }).write(text);
			return void setTimeout(() => res.end(' '), TIMEOUT + 100);
		case 'truncated':
			res.writeHead(r.status, { ...r.headers, 'content-length': String(Buffer.byteLength(text) + 100) }).write(text);
			return void setTimeout(() => req.socket.destroy(), 5);
		case 'reset':
			return void req.socket.destroy();
		case 'hang':
			return;
	}
}

let watch: ProcessWatch;
beforeAll(() => {
	watch = watchProcess();
});
afterAll(() => watch.stop());

const RUNS = hostileRuns(150);

describe('REST against an HTTP server that answers anything (property)', () => {
	it(
		'every request settles by its deadline with a value or an OvenRESTError, no timer warning, and the bucket still works after',
		async () => {
			const heapBefore = heapAfterGc();
			let cases = 0;
			await fc.assert(
				fc.asyncProperty(scenario, async ({ maxWait, replies, requests }) => {
					cases++;
					watch.reset();
					const script = [...replies];
					const server = createServer((req, res) => {
						req.resume();
						req.on('end', () => {
							const next = script.shift();
							if (next === undefined) sane(res);
							else answer(req, res, next);
						});
					});
					await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
					const { port } = server.address() as AddressInfo;
					const rest = new REST({
						api: `http://127.0.0.1:${port}/api`,
						token: 'hostile-property-rest-token',
						timeout: TIMEOUT,
						deadline: DEADLINE,
						maxRateLimitWait: maxWait,
						retries: 2,
						retryBackoff: { baseMs: 10, maxMs: 40 },
						maxRateLimitRetries: 3,
						globalRequestsPerSecond: 1000,
					});
					let limited = 0;
					rest.on('rateLimited', () => void limited++);
					try {
						const settled = await Promise.all(
							requests.map(async ({ method, route }) => {
								const started = performance.now();
								const outcome = await rest.request(method, route, method === 'GET' ? {} : { body: { content: 'x' } }).then(
									(value) => ({ ok: true as const, value }),
									(error: unknown) => ({ ok: false as const, error }),
								);
								return { ...outcome, ms: performance.now() - started };
							}),
						);
						for (const outcome of settled) {
							expect(outcome.ms, 'settled by its deadline').toBeLessThan(DEADLINE + SLACK);
							if (!outcome.ok) expect(outcome.error, String(outcome.error)).toBeInstanceOf(OvenRESTError);
						}
						expect(limited, 'rateLimited events').toBeLessThanOrEqual(30 * requests.length);
						// Nothing stuck: once the server is sane, a request on each route used gets through
						// (when the client was told to believe any wait, it may still be waiting one: it must settle).
						script.length = 0;
						for (const route of new Set(requests.map((r) => r.route))) {
							const final = rest.request('GET', route, {
								timeout: 3000,
								deadline: maxWait === Infinity ? 1500 : 6000,
								maxRateLimitWait: maxWait === Infinity ? Infinity : 3000,
							});
							if (maxWait !== Infinity) expect(await final).toEqual({ ok: true });
							else await final.catch((error: unknown) => expect(error).toBeInstanceOf(OvenRESTError));
						}
					} finally {
						await rest.destroy();
						server.closeAllConnections();
						await new Promise<void>((resolve) => server.close(() => resolve()));
					}
					expect(watch.timerWarnings).toEqual([]);
					expect(watch.uncaught).toEqual([]);
					expect(watch.unhandled).toEqual([]);
				}),
				hostileParameters(RUNS),
			);
			const growth = heapAfterGc() - heapBefore;
			console.log(`hostile HTTP: ${cases} cases, heap growth ${(growth / 1024 / 1024).toFixed(1)} MiB`);
			expect(growth).toBeLessThan(64 * 1024 * 1024);
		},
		RUNS * 4000 + 30_000,
	);
});
