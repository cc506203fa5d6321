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

/** What the limiter decided for a request. */
export type RateLimitDecision =
	| { readonly allowed: true; readonly headers: Readonly<Record<string, string>> }
	| {
			readonly allowed: false;
			readonly status: 429;
			readonly headers: Readonly<Record<string, string>>;
			readonly body: { readonly message: string; readonly retry_after: number; readonly global: boolean; readonly code?: number };
	  };
