/** A value, or a promise of one: the in-memory store answers synchronously, Redis does not. */
export type Awaitable<T> = T | Promise<T>;

/** A bucket's state as learned from `X-RateLimit-*` headers or a 429. */
export interface BucketState {
	/** Requests per window (`X-RateLimit-Limit`). */
	readonly limit: number;
	/** Requests left in the current window (`X-RateLimit-Remaining`). */
	readonly remaining: number;
	/** Epoch ms at which the window resets (now + `X-RateLimit-Reset-After`). */
	readonly resetAt: number;
}

/** The global limit as {@link RateLimitStore.acquire} applies it. */
export interface GlobalLimit {
	readonly limit: number;
	readonly windowMs: number;
}

/** What {@link RateLimitStore.acquire} answers. */
export interface AcquireResult {
	/** 0 when taken, else the milliseconds to wait before asking again. */
	readonly waitMs: number;
	/** The limit in the way: the bucket, or the global limit. */
	readonly scope: 'user' | 'global';
}

/**
 * Where rate-limit state lives. The in-memory default serves one process; a shared store
 * (Redis) lets many processes with the same token share buckets, the global limit and the
 * invalid-request budget. Every method may answer synchronously or with a promise.
 *
 * `acquire*` methods must be atomic (check and take in one step) so that two processes never
 * both spend the last request of a window.
 */
export interface RateLimitStore {
	/** The bucket hash learned for a method + route key, if any. */
	getBucketHash(bucketRoute: string): Awaitable<string | undefined>;
	/** Remembers the bucket hash of a method + route key (`X-RateLimit-Bucket`). */
	setBucketHash(bucketRoute: string, hash: string): Awaitable<void>;
	/**
	 * Takes one request from bucket `key` at `now` (epoch ms). Answers `0` when taken (or the
	 * bucket is unknown), else the milliseconds to wait before asking again.
	 */
	acquireBucket(key: string, now: number): Awaitable<number>;
	/**
	 * A request that `acquireBucket` let through while the bucket's window was unknown got a
	 * response without rate-limit headers. Stores that let only one process send blind (Redis)
	 * release the bucket here; others need not implement it.
	 */
	releaseBucket?(key: string): Awaitable<void>;
	/**
	 * Records a bucket's state from a response. Responses of one window may arrive out of order
	 * (several processes, or a late one): within a window the lowest `remaining` and the latest
	 * `resetAt` are the truth, and a response of an older window must not undo a newer one.
	 */
	updateBucket(key: string, state: BucketState): Awaitable<void>;
	/**
	 * Takes one request from the global limit: at most `limit` slots held at once, each for at
	 * least `windowMs` (a sliding window, so that latency jitter cannot crowd two windows' worth
	 * into one of Discord's). A store with {@link settleGlobal} holds a slot until its request
	 * settles it; the in-memory and Redis stores hold an unsettled slot for 15 s. Answers `0`
	 * when taken, else the milliseconds to wait, also while a global 429 block is in force.
	 */
	acquireGlobal(now: number, limit: number, windowMs: number): Awaitable<number>;
	/**
	 * Optional: `acquireBucket` and `acquireGlobal` in one atomic step, taking both or neither
	 * (`global` absent for exempt routes). Shared stores implement it so that a request never
	 * holds a bucket slot while it waits for the global limit: with several processes, a slot
	 * taken in one window and spent in the next would push that window over its limit. Answers
	 * `waitMs` 0 when taken, else how long to wait and which limit is in the way.
	 */
	acquire?(key: string, now: number, global: GlobalLimit | undefined): Awaitable<AcquireResult>;
	/**
	 * Optional: the request that took a global slot from {@link acquireGlobal} at `acquiredAt`
	 * (with `windowMs`) was answered or failed; hold that slot until `heldUntil` (the client
	 * passes the settle time plus Discord's one-second window), and no less than `windowMs` from
	 * `acquiredAt`. Discord counted the request at some moment between taking the slot and the
	 * answer, not necessarily at `acquiredAt`: a request can wait for a pooled connection, or for
	 * a busy event loop on either side, for longer than any fixed margin. Holding the slot until
	 * it is settled, and then for a full window after the answer, means no such delay can put
	 * more than `limit` requests into one of Discord's windows. Slots taken in the same
	 * millisecond cannot be told apart: they are released together when the last one settles.
	 * Stores without it hold slots for `windowMs` from `acquiredAt`.
	 */
	settleGlobal?(acquiredAt: number, windowMs: number, heldUntil: number): Awaitable<void>;
	/** Blocks global traffic until `until` (epoch ms), after a global 429. */
	blockGlobal(until: number): Awaitable<void>;
	/** Counts one invalid request at `now`; answers the count in the window ending at `now`. */
	recordInvalidRequest(now: number, windowMs: number): Awaitable<number>;
	/** The invalid requests counted in the window ending at `now`. */
	invalidRequestCount(now: number, windowMs: number): Awaitable<number>;
	/** Releases resources (timers, connections). Idempotent. */
	destroy?(): Awaitable<void>;
}
