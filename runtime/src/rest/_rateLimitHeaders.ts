import type { Dispatcher } from 'undici';

type IncomingHttpHeaders = Dispatcher.ResponseData['headers'];
import type { RESTRateLimitHeaders } from './RESTEvents.js';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads `X-RateLimit-*` headers. `undefined` when the response has none (error pages, some
 * routes): the caller must then carry on, never wait on state it doesn't have.
 * @see https://discord.com/developers/docs/topics/rate-limits#header-format
 */
export function parseRateLimitHeaders(headers: IncomingHttpHeaders): RESTRateLimitHeaders | undefined {
	const bucket = header(headers, 'x-ratelimit-bucket');
	const limit = Number(header(headers, 'x-ratelimit-limit'));
	const remaining = Number(header(headers, 'x-ratelimit-remaining'));
	const resetAfter = Number(header(headers, 'x-ratelimit-reset-after'));
	if (bucket === undefined || !Number.isFinite(limit) || !Number.isFinite(remaining) || !Number.isFinite(resetAfter)) return undefined;
	return { bucket, limit, remaining, resetAfterMs: resetAfter * 1000, scope: header(headers, 'x-ratelimit-scope') };
}

/** The 429 facts: how long, which scope, and whether Cloudflare (not the API) answered. */
export interface TooManyRequests {
	readonly retryAfterMs: number;
	readonly scope: 'user' | 'global' | 'shared';
	/** No `Via` and no rate-limit headers: a Cloudflare ban, which counts as invalid too. */
	readonly cloudflare: boolean;
}

/** Reads a 429's wait and scope from its body and headers. */
export function parseTooManyRequests(headers: IncomingHttpHeaders, body: unknown): TooManyRequests {
	const retryAfterBody = typeof body === 'object' && body !== null ? (body as { retry_after?: unknown }).retry_after : undefined;
	const globalBody = typeof body === 'object' && body !== null && (body as { global?: unknown }).global === true;
	const retryAfterHeader = Number(header(headers, 'retry-after'));
	const retryAfterMs =
		typeof retryAfterBody === 'number' ? retryAfterBody * 1000 : Number.isFinite(retryAfterHeader) ? retryAfterHeader * 1000 : 1000;
	const scopeHeader = header(headers, 'x-ratelimit-scope');
	const global = globalBody || header(headers, 'x-ratelimit-global') === 'true' || scopeHeader === 'global';
	const cloudflare = header(headers, 'via') === undefined && header(headers, 'x-ratelimit-bucket') === undefined && !global;
	return {
		retryAfterMs,
		scope: global || cloudflare ? 'global' : scopeHeader === 'shared' ? 'shared' : 'user',
		cloudflare,
	};
}
