import type { Dispatcher } from 'undici';

type IncomingHttpHeaders = Dispatcher.ResponseData['headers'];
import type { RESTRateLimitHeaders } from './RESTEvents.js';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

/** A header as a number; undefined when absent or not a finite number (`Number('')` is 0, not absent). */
function numeric(headers: IncomingHttpHeaders, name: string): number | undefined {
	const text = header(headers, name)?.trim();
	const value = text === undefined || text === '' ? NaN : Number(text);
	return Number.isFinite(value) ? value : undefined;
}

/**
 * Reads `X-RateLimit-*` headers. `undefined` when the response has none or they are not
 * numbers (error pages, some routes, a broken proxy): the caller must then carry on, never
 * wait on state it doesn't have. Values are brought into range (no negative count or wait);
 * how long a wait is believed is the caller's `maxRateLimitWait`.
 * @see https://discord.com/developers/docs/topics/rate-limits#header-format
 */
export function parseRateLimitHeaders(headers: IncomingHttpHeaders): RESTRateLimitHeaders | undefined {
	const bucket = header(headers, 'x-ratelimit-bucket');
	const limit = numeric(headers, 'x-ratelimit-limit');
	const remaining = numeric(headers, 'x-ratelimit-remaining');
	const resetAfter = numeric(headers, 'x-ratelimit-reset-after');
	if (bucket === undefined || bucket === '' || limit === undefined || remaining === undefined || resetAfter === undefined) return undefined;
	return {
		bucket,
		limit: Math.max(1, Math.floor(limit)),
		remaining: Math.max(0, Math.floor(remaining)),
		resetAfterMs: Math.max(0, resetAfter * 1000),
		scope: header(headers, 'x-ratelimit-scope'),
	};
}

/** The 429 facts: how long, which scope, and whether Cloudflare (not the API) answered. */
export interface TooManyRequests {
	readonly retryAfterMs: number;
	readonly scope: 'user' | 'global' | 'shared';
	/** No `Via` and no rate-limit headers: a Cloudflare ban, which counts as invalid too. */
	readonly cloudflare: boolean;
}

/** `Retry-After` in ms: seconds, or an HTTP date; undefined when it is neither. */
function retryAfterHeader(headers: IncomingHttpHeaders): number | undefined {
	const seconds = numeric(headers, 'retry-after');
	if (seconds !== undefined) return seconds * 1000;
	const date = Date.parse(header(headers, 'retry-after') ?? '');
	return Number.isNaN(date) ? undefined : date - Date.now();
}

/**
 * Reads a 429's wait and scope from its body and headers. The wait is `retry_after` from the
 * body, else `Retry-After`, else 1 s; never negative, and `Infinity` when the body says
 * `1e999`: the caller compares it with its `maxRateLimitWait`.
 */
export function parseTooManyRequests(headers: IncomingHttpHeaders, body: unknown): TooManyRequests {
	const retryAfterBody = typeof body === 'object' && body !== null ? (body as { retry_after?: unknown }).retry_after : undefined;
	const globalBody = typeof body === 'object' && body !== null && (body as { global?: unknown }).global === true;
	const retryAfterMs = Math.max(
		0,
		typeof retryAfterBody === 'number' && !Number.isNaN(retryAfterBody) ? retryAfterBody * 1000 : (retryAfterHeader(headers) ?? 1000),
	);
	const scopeHeader = header(headers, 'x-ratelimit-scope');
	const global = globalBody || header(headers, 'x-ratelimit-global') === 'true' || scopeHeader === 'global';
	const cloudflare = header(headers, 'via') === undefined && header(headers, 'x-ratelimit-bucket') === undefined && !global;
	return {
		retryAfterMs,
		scope: global || cloudflare ? 'global' : scopeHeader === 'shared' ? 'shared' : 'user',
		cloudflare,
	};
}
