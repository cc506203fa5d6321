import type { Dispatcher } from 'undici';
import type { RateLimitStore } from './RateLimitStore.js';
import type { RejectOnRateLimit } from './RequestOptions.js';

/** The invalid-request budget: Discord bans an IP past 10,000 invalid requests per 10 minutes. */
export interface InvalidRequestBudgetOptions {
	/** Discord's limit. Default 10,000. */
	readonly max?: number;
	/** The rolling window in ms. Default 600,000 (10 minutes). */
	readonly windowMs?: number;
	/** Stop sending this many requests before `max`. Default 500. */
	readonly safetyMargin?: number;
	/** Emit `invalidRequestWarning` every this many invalid requests. Default 1,000. */
	readonly warnEvery?: number;
}

/** Backoff for retried 5xx and network errors: `baseMs * 2^attempt`, jittered, capped at `maxMs`. */
export interface RetryBackoffOptions {
	/** Default 500 ms. */
	readonly baseMs?: number;
	/** Default 10,000 ms. */
	readonly maxMs?: number;
}

/** Options of a {@link REST} client. Everything is optional. */
export interface RESTOptions {
	/** The bot token, without `Bot `. Can be set later with `setToken`. */
	readonly token?: string;
	/** API base URL. Default: the `OVEN_API_URL` environment variable when set, else `https://discord.com/api`. Point it at the mock in tests. */
	readonly api?: string;
	/** API version, default `10`. */
	readonly version?: number;
	/** Global requests per second, default 50; raise it only if Discord raised yours. */
	readonly globalRequestsPerSecond?: number;
	/**
	 * Safety margin in ms added to every reset and to the global window, so that clock skew
	 * and latency jitter never turn a wait into a 429. Default 20 with a store that settles
	 * global slots (the in-memory and Redis stores: a slot is held for a full second after the
	 * answer, which no latency can defeat), else 50.
	 */
	readonly offsetMs?: number;
	/** Per-attempt timeout in ms, default 15,000. It covers one send and its answer, not rate-limit waits. */
	readonly timeout?: number;
	/**
	 * The most a request may take overall, in ms, from the call to its answer: queueing behind
	 * its bucket, rate-limit waits, retries and every attempt. Past it the request rejects with
	 * a `RequestTimeoutError` (`scope: 'deadline'`) at once. Default none (`Infinity`); each
	 * part is bounded anyway (`timeout`, `retries`, `maxRateLimitWait`, `maxRateLimitRetries`).
	 */
	readonly deadline?: number;
	/** Retries of 5xx and network errors for idempotent requests, default 3. */
	readonly retries?: number;
	/** Backoff between those retries. */
	readonly retryBackoff?: RetryBackoffOptions;
	/** Also retry 5xx on POST/PATCH (Discord may have acted on the first). Default `false`. */
	readonly retryNonIdempotent?: boolean;
	/** How many 429s in a row a request may meet before it fails, default 5. */
	readonly maxRateLimitRetries?: number;
	/**
	 * The longest rate-limit wait a request accepts, in ms. A request facing a longer one (a 429's
	 * `retry_after`, `Retry-After`, or a bucket's `X-RateLimit-Reset-After`) rejects at once with
	 * a `RateLimitError` (`reason: 'too-long'`) carrying the wait Discord asked for. It is also
	 * the longest wait the client remembers: past it, the next request asks Discord again.
	 * Default 900,000 (15 minutes; Discord's longest documented sublimit is 10); `Infinity` waits
	 * whatever Discord says.
	 */
	readonly maxRateLimitWait?: number;
	/** When to reject instead of waiting for a rate limit; default never. */
	readonly rejectOnRateLimit?: RejectOnRateLimit;
	/** Where rate-limit state lives; default a fresh {@link MemoryRateLimitStore}. */
	readonly store?: RateLimitStore;
	/** The invalid-request budget. */
	readonly invalidRequests?: InvalidRequestBudgetOptions;
	/** Keep-alive connections to the API host, default 16. */
	readonly connections?: number;
	/** An undici dispatcher to send through instead of the client's own keep-alive pool. */
	readonly dispatcher?: Dispatcher;
	/** `User-Agent`, default `DiscordBot (https://github.com/ovenjs/ovenjs, 0.1.0)`. */
	readonly userAgent?: string;
}
