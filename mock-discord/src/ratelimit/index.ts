/**
 * Discord's REST rate limits for the mock: per-route buckets, shared buckets, the global limit,
 * the invalid-request limit (Cloudflare ban) and injected 429s.
 * @packageDocumentation
 */
export * from './RateLimiter.js';
export * from './routeLimits.js';
export * from './RateLimitSetupError.js';
export * from './responses.js';
export { VIA_HEADER_VALUE } from './headers.js';
export type * from './RateLimitTypes.js';
export type * from './RateLimitConfig.js';
export type { RateLimitFault } from './FaultQueue.js';
