/** A fixed-window limit: `limit` requests per `windowMs`, the window opening at its first request. */
export interface RouteLimit {
	readonly limit: number;
	readonly windowMs: number;
}

/**
 * Routes that share one bucket: one `X-RateLimit-Bucket` hash, one counter per major parameter,
 * and that counter is the resource's, shared by every identity. A 429 from it has
 * `X-RateLimit-Scope: shared` and does not count towards the invalid-request limit.
 */
export interface SharedBucket extends RouteLimit {
	/** Route keys, `METHOD /template`, in the same form as {@link RateLimitConfig.routes}. */
	readonly routes: readonly string[];
}

/** The invalid-request limit ("Cloudflare ban"). */
export interface InvalidRequestLimit {
	/** Invalid results (401, 403, non-shared 429) allowed in the rolling window. */
	readonly max: number;
	/** Length of the rolling window. */
	readonly windowMs: number;
	/** How long a ban lasts once `max` is exceeded. */
	readonly banMs: number;
}

/** Every limit the mock enforces, as data. */
export interface RateLimitConfig {
	/** `false` turns per-route and global limits off (throughput benchmarks); faults and the invalid-request limit stay on. */
	readonly enabled: boolean;
	/** Per-route limits keyed by `METHOD /template`, e.g. `POST /channels/{channel_id}/messages`. */
	readonly routes: Readonly<Record<string, RouteLimit>>;
	/** The limit of a route that is neither in {@link routes} nor in {@link sharedBuckets}. */
	readonly defaultLimit: RouteLimit;
	/** Requests per second per identity across all routes, interaction endpoints excepted. */
	readonly globalPerSecond: number;
	readonly invalidRequests: InvalidRequestLimit;
	/** Groups of routes that share one per-resource bucket, keyed by a name. */
	readonly sharedBuckets: Readonly<Record<string, SharedBucket>>;
	/** How often expired buckets, global windows and invalid-request counters are swept. */
	readonly pruneIntervalMs: number;
}

/**
 * What a scenario may pass: any subset of {@link RateLimitConfig}. `routes` and
 * `sharedBuckets` are merged over the defaults entry by entry, `invalidRequests` field by field,
 * so a scenario names only what it changes.
 */
export type RateLimitOverrides = Partial<Omit<RateLimitConfig, 'invalidRequests'>> & {
	readonly invalidRequests?: Partial<InvalidRequestLimit>;
};
