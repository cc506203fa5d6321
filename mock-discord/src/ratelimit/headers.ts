import type { RateLimitScope } from './RateLimitTypes.js';

/**
 * Discord's API responses come through Google's front end and carry `Via: 1.1 google`; a 429
 * without it is what discord.py (and others) take for a Cloudflare ban. So every answer the API
 * itself gives carries it, and only the ban omits it.
 */
export const VIA_HEADER_VALUE = '1.1 google';

/**
 * The per-route headers Discord sends on every response that passed through a bucket.
 * `X-RateLimit-Reset` is epoch seconds and `X-RateLimit-Reset-After` seconds, both with
 * millisecond decimals ("1470173023.123", "64.570"), as in the docs' examples. Positional
 * arguments rather than a state object: this runs once per request and the headers object is
 * the only allocation it should make.
 * @param resetAt Epoch ms the window closes.
 * @see https://discord.com/developers/docs/topics/rate-limits#header-format
 */
export function bucketHeaders(limit: number, remaining: number, resetAt: number, hash: string, now: number): Record<string, string> {
	return {
		'X-RateLimit-Limit': String(limit),
		'X-RateLimit-Remaining': String(remaining),
		'X-RateLimit-Reset': (resetAt / 1000).toFixed(3),
		'X-RateLimit-Reset-After': (Math.max(0, resetAt - now) / 1000).toFixed(3),
		'X-RateLimit-Bucket': hash,
		Via: VIA_HEADER_VALUE,
	};
}

/** Adds the 429-only headers; `Retry-After` is whole seconds, rounded up, never 0. */
export function addLimitedHeaders(headers: Record<string, string>, retryAfterMs: number, scope: RateLimitScope): Record<string, string> {
	headers['Retry-After'] = String(Math.max(1, Math.ceil(retryAfterMs / 1000)));
	headers['X-RateLimit-Scope'] = scope;
	if (scope === 'global') headers['X-RateLimit-Global'] = 'true';
	return headers;
}

/** Seconds with millisecond precision, for `retry_after`. */
export function toRetryAfterSeconds(ms: number): number {
	return Math.ceil(Math.max(0, ms)) / 1000;
}
