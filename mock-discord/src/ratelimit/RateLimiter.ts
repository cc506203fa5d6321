import { Bucket } from './Bucket.js';
import { FaultQueue, type RateLimitFault } from './FaultQueue.js';
import { bucketHeaders, VIA_HEADER_VALUE } from './headers.js';
import { InvalidRequestCounter } from './InvalidRequestCounter.js';
import type { RateLimitConfig, RateLimitOverrides } from './RateLimitConfig.js';
import { RateLimitSetupError } from './RateLimitSetupError.js';
import type { RateLimitDecision, RateLimitRequest, RateLimitScope } from './RateLimitTypes.js';
import { bucketLimited, cloudflareBanned, globalLimited } from './responses.js';
import { RouteTable, type RouteRule } from './_RouteTable.js';
import { resolveRateLimitConfig } from './routeLimits.js';

/** Discord's global window is one second. */
const GLOBAL_WINDOW_MS = 1_000;

/** With limits off there is nothing to report; one frozen answer means no allocation at all. */
const UNLIMITED: RateLimitDecision = Object.freeze({
	allowed: true,
	headers: Object.freeze({ Via: VIA_HEADER_VALUE }),
});

/** Live state counts, for the control API and pruning tests. */
export interface RateLimiterStats {
	/** Per-route buckets held in memory. */
	readonly buckets: number;
	/** Identities with a global window held in memory. */
	readonly globalWindows: number;
	/** Identities with invalid results or a ban held in memory. */
	readonly invalidIdentities: number;
}

/**
 * Discord's REST rate limits, decided per request: Cloudflare ban, injected faults, the global
 * limit, then the route's bucket. `take` is O(1); expired state is swept every
 * `pruneIntervalMs` of clock time, so memory follows the requests of the last window only.
 *
 * The caller reports every response it sends, 429s from `take` included, through
 * {@link RateLimiter.recordResult}; that is what feeds the invalid-request limit.
 * @see https://discord.com/developers/docs/topics/rate-limits
 */
export class RateLimiter {
	readonly #config: RateLimitConfig;
	readonly #clock: () => number;
	readonly #routes: RouteTable;
	readonly #global = new Map<string, Bucket>();
	readonly #invalid: InvalidRequestCounter;
	readonly #faults = new FaultQueue();
	#nextPruneAt: number;

	/**
	 * @param config Overrides merged over {@link DEFAULT_RATE_LIMITS}.
	 * @param clock Epoch milliseconds; inject one in tests instead of sleeping.
	 * @throws {RateLimitSetupError} when a limit, window or route key is unusable.
	 */
	constructor(config: RateLimitOverrides = {}, clock: () => number = Date.now) {
		this.#config = resolveRateLimitConfig(config);
		this.#clock = clock;
		const { globalPerSecond, invalidRequests, pruneIntervalMs } = this.#config;
		if (!(Number.isInteger(globalPerSecond) && globalPerSecond >= 1)) {
			throw new RateLimitSetupError(`globalPerSecond must be an integer >= 1, got ${String(globalPerSecond)}.`);
		}
		if (!(Number.isInteger(invalidRequests.max) && invalidRequests.max >= 0 && invalidRequests.windowMs > 0 && invalidRequests.banMs > 0)) {
			throw new RateLimitSetupError(
				`invalidRequests needs an integer max >= 0 and positive windowMs and banMs, got ${JSON.stringify(invalidRequests)}.`,
			);
		}
		if (!(pruneIntervalMs > 0)) throw new RateLimitSetupError(`pruneIntervalMs must be > 0, got ${String(pruneIntervalMs)}.`);
		this.#routes = new RouteTable(this.#config);
		this.#invalid = new InvalidRequestCounter(invalidRequests);
		this.#nextPruneAt = clock() + pruneIntervalMs;
	}

	/** The limits in force, defaults merged with the overrides. */
	get config(): RateLimitConfig {
		return this.#config;
	}

	/** Decides one request and, if allowed, counts it against its buckets. */
	take(req: RateLimitRequest): RateLimitDecision {
		const now = this.#clock();
		if (now >= this.#nextPruneAt) this.#prune(now);

		const banMs = this.#invalid.banRemaining(req.identity, now);
		if (banMs > 0) return cloudflareBanned(banMs);

		if (!this.#faults.isEmpty) {
			const scope = this.#faults.take(req.method, req.route);
			if (scope !== undefined) return this.#injected(req, scope, now);
		}

		if (!this.#config.enabled) return UNLIMITED;

		if (!req.globalExempt) {
			let window = this.#global.get(req.identity);
			if (window === undefined) {
				window = new Bucket(this.#config.globalPerSecond, GLOBAL_WINDOW_MS);
				this.#global.set(req.identity, window);
			}
			if (!window.take(now)) return globalLimited(window.resetAt - now);
		}

		const rule = this.#routes.resolve(req.method, req.route);
		const bucket = rule.get(req.identity, req.majorParameter);
		if (!bucket.take(now)) {
			return bucketLimited(rule.limit, 0, bucket.resetAt, rule.hash, now, bucket.resetAt - now, rule.shared ? 'shared' : 'user');
		}
		return { allowed: true, headers: bucketHeaders(rule.limit, bucket.remaining(now), bucket.resetAt, rule.hash, now) };
	}

	/**
	 * Reports the status the mock answered `req` with. 401, 403 and 429 count towards the
	 * invalid-request limit, except a 429 with `X-RateLimit-Scope: shared`, which Discord does
	 * not hold against the client.
	 */
	recordResult(req: RateLimitRequest, status: number, sharedScope: boolean): void {
		if (status === 401 || status === 403 || (status === 429 && !sharedScope)) {
			this.#invalid.record(req.identity, this.#clock());
		}
	}

	/** Makes the next `count` requests to `route` answer 429 with `scope` (default `user`). */
	injectFault(fault: RateLimitFault): void {
		this.#faults.add(fault);
	}

	/** Invalid results counted for `identity` in the current rolling window. */
	invalidRequestCount(identity: string): number {
		return this.#invalid.count(identity, this.#clock());
	}

	/** Live state counts; see {@link RateLimiterStats}. */
	stats(): RateLimiterStats {
		let buckets = 0;
		for (const rule of this.#routes.rules()) buckets += rule.size;
		return { buckets, globalWindows: this.#global.size, invalidIdentities: this.#invalid.size };
	}

	/** Forgets every bucket, count, ban and pending fault; the config stays. */
	reset(): void {
		for (const rule of this.#routes.rules()) rule.clear();
		this.#global.clear();
		this.#invalid.reset();
		this.#faults.clear();
		this.#nextPruneAt = this.#clock() + this.#config.pruneIntervalMs;
	}

	#injected(req: RateLimitRequest, scope: RateLimitScope, now: number): RateLimitDecision {
		if (scope === 'global') {
			const window = this.#global.get(req.identity);
			return globalLimited(window !== undefined && !window.isExpired(now) ? window.resetAt - now : GLOBAL_WINDOW_MS);
		}
		const rule: RouteRule = this.#routes.resolve(req.method, req.route);
		const bucket = rule.find(req.identity, req.majorParameter);
		const open = bucket !== undefined && !bucket.isExpired(now);
		const resetAt = open ? bucket.resetAt : now + rule.windowMs;
		// A shared 429 leaves the client's own quota untouched, as in Discord's example
		// (Remaining 9 on a shared 429); a user 429 says the quota is spent.
		const remaining = scope === 'shared' ? (open ? bucket.remaining(now) : rule.limit) : 0;
		return bucketLimited(rule.limit, remaining, resetAt, rule.hash, now, resetAt - now, scope);
	}

	#prune(now: number): void {
		for (const rule of this.#routes.rules()) rule.prune(now);
		for (const [identity, window] of this.#global) if (window.isExpired(now)) this.#global.delete(identity);
		this.#invalid.prune(now);
		this.#nextPruneAt = now + this.#config.pruneIntervalMs;
	}
}
