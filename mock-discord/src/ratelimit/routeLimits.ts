import type { RateLimitConfig, RateLimitOverrides } from './RateLimitConfig.js';

/**
 * The limits the mock enforces unless a scenario overrides them.
 *
 * Discord publishes only the global and invalid-request limits; per-route values are
 * deliberately undocumented ("should not be hard coded") and are learned from the
 * `X-RateLimit-Limit` / `X-RateLimit-Reset-After` headers Discord sends. The per-route values
 * below are those headers as widely observed by client libraries, and each says so.
 * @see https://discord.com/developers/docs/topics/rate-limits
 */
export const DEFAULT_RATE_LIMITS = {
	enabled: true,
	routes: {
		// Observed: X-RateLimit-Limit 5, Reset-After 5 per channel (Discord's long-standing message limit).
		'POST /channels/{channel_id}/messages': { limit: 5, windowMs: 5_000 },
		// Observed: 5 per 5 s per channel, its own bucket.
		'PATCH /channels/{channel_id}/messages/{message_id}': { limit: 5, windowMs: 5_000 },
		// Observed: 5 per 1 s per channel.
		'DELETE /channels/{channel_id}/messages/{message_id}': { limit: 5, windowMs: 1_000 },
		// Observed: 1 per 0.25 s; the reason bulk reacting is slow.
		'PUT /channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me': { limit: 1, windowMs: 250 },
		'DELETE /channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me': { limit: 1, windowMs: 250 },
		// Observed: renaming a channel or changing its topic is 2 per 10 minutes per channel.
		'PATCH /channels/{channel_id}': { limit: 2, windowMs: 600_000 },
		// Observed: 5 per 2 s per webhook.
		'POST /webhooks/{webhook_id}/{webhook_token}': { limit: 5, windowMs: 2_000 },
		// Observed: 5 per 5 s per channel for typing.
		'POST /channels/{channel_id}/typing': { limit: 5, windowMs: 5_000 },
	},
	// Observed: most other buckets report 10 per 10 s (some 5 per 5 s); the same rate either way.
	defaultLimit: { limit: 10, windowMs: 10_000 },
	// Documented: "All bots can make up to 50 requests per second to our API."
	globalPerSecond: 50,
	// Documented: 10,000 invalid requests per 10 minutes. The ban's length is not documented;
	// reports put it at about an hour.
	invalidRequests: { max: 10_000, windowMs: 600_000, banMs: 3_600_000 },
	sharedBuckets: {
		// Documented: emoji routes "are specifically limited on a per-guild basis", across users,
		// so the quota a bot sees is not its own. The numbers are the mock's choice.
		emojis: {
			routes: [
				'POST /guilds/{guild_id}/emojis',
				'PATCH /guilds/{guild_id}/emojis/{emoji_id}',
				'DELETE /guilds/{guild_id}/emojis/{emoji_id}',
			],
			limit: 5,
			windowMs: 60_000,
		},
	},
	pruneIntervalMs: 10_000,
} as const satisfies RateLimitConfig;

/** Merges a scenario's overrides over {@link DEFAULT_RATE_LIMITS}. */
export function resolveRateLimitConfig(overrides: RateLimitOverrides = {}): RateLimitConfig {
	return {
		enabled: overrides.enabled ?? DEFAULT_RATE_LIMITS.enabled,
		routes: { ...DEFAULT_RATE_LIMITS.routes, ...overrides.routes },
		defaultLimit: overrides.defaultLimit ?? DEFAULT_RATE_LIMITS.defaultLimit,
		globalPerSecond: overrides.globalPerSecond ?? DEFAULT_RATE_LIMITS.globalPerSecond,
		invalidRequests: { ...DEFAULT_RATE_LIMITS.invalidRequests, ...overrides.invalidRequests },
		sharedBuckets: { ...DEFAULT_RATE_LIMITS.sharedBuckets, ...overrides.sharedBuckets },
		pruneIntervalMs: overrides.pruneIntervalMs ?? DEFAULT_RATE_LIMITS.pruneIntervalMs,
	};
}
