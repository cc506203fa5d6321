import { addLimitedHeaders, bucketHeaders, toRetryAfterSeconds, VIA_HEADER_VALUE } from './headers.js';
import type { RateLimitDecision } from './RateLimitTypes.js';

/** Discord's message for a `user` or `global` 429. */
export const RATE_LIMITED_MESSAGE = 'You are being rate limited.';
/** Discord's message for a `shared` (per-resource) 429. */
export const RESOURCE_RATE_LIMITED_MESSAGE = 'The resource is being rate limited.';
/**
 * The body Discord's edge sends to a banned client, with `code: 0`, as users have reported it
 * (discord/discord-api-docs#5682).
 */
export const CLOUDFLARE_BAN_MESSAGE =
	'You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently. ' +
	'Please read our docs at https://discord.com/developers/docs/topics/rate-limits to prevent this moving forward.';
/** The `code` of a Cloudflare-ban body. */
export const CLOUDFLARE_BAN_CODE = 0;

/** A 429 from a per-route bucket, or an injected `user`/`shared` fault. */
export function bucketLimited(
	limit: number,
	remaining: number,
	resetAt: number,
	hash: string,
	now: number,
	retryAfterMs: number,
	scope: 'user' | 'shared',
): RateLimitDecision {
	return {
		allowed: false,
		status: 429,
		scope,
		headers: addLimitedHeaders(bucketHeaders(limit, remaining, resetAt, hash, now), retryAfterMs, scope),
		body: {
			message: scope === 'shared' ? RESOURCE_RATE_LIMITED_MESSAGE : RATE_LIMITED_MESSAGE,
			retry_after: toRetryAfterSeconds(retryAfterMs),
			global: false,
		},
	};
}

/** A global 429: like Discord's example, it carries no per-route headers. */
export function globalLimited(retryAfterMs: number): RateLimitDecision {
	return {
		allowed: false,
		status: 429,
		scope: 'global',
		headers: addLimitedHeaders({ Via: VIA_HEADER_VALUE }, retryAfterMs, 'global'),
		body: { message: RATE_LIMITED_MESSAGE, retry_after: toRetryAfterSeconds(retryAfterMs), global: true },
	};
}

/** The Cloudflare ban: only `Retry-After`, no `Via`, no `X-RateLimit-*`. */
export function cloudflareBanned(retryAfterMs: number): RateLimitDecision {
	return {
		allowed: false,
		status: 429,
		cloudflareBan: true,
		headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) },
		body: {
			message: CLOUDFLARE_BAN_MESSAGE,
			retry_after: toRetryAfterSeconds(retryAfterMs),
			global: false,
			code: CLOUDFLARE_BAN_CODE,
		},
	};
}
