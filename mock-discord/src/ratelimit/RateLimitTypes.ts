/** One REST request as the rate limiter sees it. */
export interface RateLimitRequest {
	readonly method: string;
	/** The route template, e.g. `/channels/{channel_id}/messages`. */
	readonly route: string;
	/** The top-level resource id that keys the bucket (channel, guild, or webhook id + token). */
	readonly majorParameter: string;
	/** Interaction callbacks and follow-ups are exempt from the global limit. */
	readonly globalExempt: boolean;
	/** Who is asking: the bot token, or the client address for unauthenticated calls. */
	readonly identity: string;
}

/**
 * The `X-RateLimit-Scope` values Discord sends on a 429.
 * @see https://discord.com/developers/docs/topics/rate-limits#header-format
 */
export type RateLimitScope = 'user' | 'global' | 'shared';

/** The JSON body of a 429. */
export interface RateLimitBody {
	readonly message: string;
	/** Seconds to wait, with millisecond decimals. */
	readonly retry_after: number;
	readonly global: boolean;
	/** Only set where Discord (or, for {@link RateLimitDecision} `cloudflareBan`, Cloudflare) sends one. */
	readonly code?: number;
}

/** What the limiter decided for a request. */
export type RateLimitDecision =
	| { readonly allowed: true; readonly headers: Readonly<Record<string, string>> }
	| {
			readonly allowed: false;
			readonly status: 429;
			readonly headers: Readonly<Record<string, string>>;
			readonly body: RateLimitBody;
			/** Which limit refused the request; `undefined` only for a Cloudflare ban. */
			readonly scope?: RateLimitScope;
			/**
			 * Set when the identity is past the invalid-request limit. Discord's edge (Cloudflare)
			 * answers these, not the API: no `X-RateLimit-*` headers and no `Via` header, which is how
			 * discord.py and others tell a ban from an ordinary 429.
			 */
			readonly cloudflareBan?: true;
	  };
