import type { Dispatcher } from 'undici';
import type { PreparedRequest } from './_prepareRequest.js';
import { parseTooManyRequests } from './_rateLimitHeaders.js';
import type { ResolvedRESTOptions } from './_resolveRESTOptions.js';
import { sleep } from './_sleep.js';
import { InvalidRequestBudgetError } from './errors/InvalidRequestBudgetError.js';
import { RateLimitError, type RateLimitInfo } from './errors/RateLimitError.js';
import { MemoryRateLimitStore } from './MemoryRateLimitStore.js';
import type { RateLimitStore } from './RateLimitStore.js';
import type { RejectOnRateLimit } from './RequestOptions.js';
import type { RESTEvents, RESTRateLimitHeaders } from './RESTEvents.js';
import type { RouteInfo } from './routeInfo.js';

function rejects(option: RejectOnRateLimit, info: RateLimitInfo): boolean {
	if (typeof option === 'boolean') return option;
	if (typeof option === 'function') return option(info);
	return option.some((prefix) => info.route.startsWith(prefix));
}

/** How the policy reports: the client's `rateLimited` and `invalidRequestWarning` events. */
export type PolicyEmit = <K extends 'rateLimited' | 'invalidRequestWarning'>(event: K, ...args: RESTEvents[K]) => void;

/**
 * Every rate-limit decision of a `REST` client, over its {@link RateLimitStore}: waiting for
 * the bucket and the global limit before a send, learning buckets from responses, honouring
 * 429s, and the invalid-request budget. A wait longer than the request's `maxRateLimitWait`
 * rejects it at once; the client remembers no wait longer than its own, so a broken answer
 * (`retry_after: 1e9`) can hold a bucket for that long at most.
 * @internal
 */
export class RateLimitPolicy {
	readonly #store: RateLimitStore;
	readonly #options: ResolvedRESTOptions;
	/** Bucket hashes known to this process; the store is asked only on a miss. */
	readonly #hashes: Map<string, string>;
	readonly #emit: PolicyEmit;

	constructor(store: RateLimitStore, options: ResolvedRESTOptions, hashes: Map<string, string>, emit: PolicyEmit) {
		this.#store = store;
		this.#options = options;
		this.#hashes = hashes;
		this.#emit = emit;
	}

	/**
	 * Waits until the request may go. Answers the time its global slot was taken when the store
	 * can {@link RateLimitStore.settleGlobal settle} it, else `undefined`.
	 * @throws {RateLimitError} `rejectOnRateLimit` matched, or the wait is longer than `maxRateLimitWait`.
	 */
	async waitForLimits(req: PreparedRequest): Promise<number | undefined> {
		for (;;) {
			// Another process sharing the store may have learned the bucket meanwhile.
			if (!(this.#store instanceof MemoryRateLimitStore) && !this.#hashes.has(req.info.bucketRoute)) {
				const hash = await this.#store.getBucketHash(req.info.bucketRoute);
				if (hash !== undefined) this.#hashes.set(req.info.bucketRoute, hash);
			}
			if (this.#store.acquire !== undefined) {
				const global = req.info.globalExempt ? undefined : { limit: this.#options.globalPerSecond, windowMs: this.#globalWindowMs };
				const now = Date.now();
				const { waitMs, scope } = await this.#store.acquire(this.#stateKey(req.info), now, global);
				if (waitMs <= 0) return global === undefined || this.#store.settleGlobal === undefined ? undefined : now;
				await this.#wait(req, this.#limitInfo(req, waitMs, scope, false));
				continue;
			}
			const wait = await this.#store.acquireBucket(this.#stateKey(req.info), Date.now());
			if (wait <= 0) break;
			await this.#wait(req, this.#limitInfo(req, wait, 'user', false));
		}
		if (req.info.globalExempt) return undefined;
		for (;;) {
			const now = Date.now();
			const wait = await this.#store.acquireGlobal(now, this.#options.globalPerSecond, this.#globalWindowMs);
			if (wait <= 0) return this.#store.settleGlobal === undefined ? undefined : now;
			await this.#wait(req, this.#limitInfo(req, wait, 'global', false));
		}
	}

	/** Records the bucket a response named and its state (`X-RateLimit-*`), or releases a blind one. */
	async learn(info: RouteInfo, rateLimit: RESTRateLimitHeaders | undefined, now: number): Promise<void> {
		if (rateLimit === undefined) {
			if (this.#store.releaseBucket !== undefined) await this.#store.releaseBucket(this.#stateKey(info));
			return;
		}
		if (this.#hashes.get(info.bucketRoute) !== rateLimit.bucket) {
			this.#hashes.set(info.bucketRoute, rateLimit.bucket);
			await this.#store.setBucketHash(info.bucketRoute, rateLimit.bucket);
		}
		await this.#store.updateBucket(this.#stateKey(info), {
			limit: rateLimit.limit,
			remaining: rateLimit.remaining,
			resetAt: now + this.#remembered(rateLimit.resetAfterMs) + this.#options.offsetMs,
		});
	}

	/**
	 * Honours a 429: counts it, holds the bucket (or blocks all traffic for a global one) for
	 * `retry_after`, and answers when the request may try again.
	 * @param hits The 429s this request met so far, this one included.
	 * @throws {RateLimitError} `rejectOnRateLimit` matched, the wait is longer than `maxRateLimitWait`, or `hits` passed `maxRateLimitRetries`.
	 */
	async tooManyRequests(
		req: PreparedRequest,
		response: { readonly headers: Dispatcher.ResponseData['headers']; readonly body: unknown },
		rateLimit: RESTRateLimitHeaders | undefined,
		now: number,
		hits: number,
	): Promise<void> {
		const tooMany = parseTooManyRequests(response.headers, response.body);
		if (tooMany.scope !== 'shared') await this.recordInvalid();
		const until = now + this.#remembered(tooMany.retryAfterMs) + this.#options.offsetMs;
		if (tooMany.scope === 'global') await this.#store.blockGlobal(until);
		// A sublimit (or a shared resource) can outlast the bucket's own reset: hold the bucket for retry_after.
		else await this.#store.updateBucket(this.#stateKey(req.info), { limit: rateLimit?.limit ?? 1, remaining: 0, resetAt: until });
		const info = this.#limitInfo(req, tooMany.retryAfterMs, tooMany.scope, true, rateLimit?.limit);
		this.#limited(req, info);
		if (hits > this.#options.maxRateLimitRetries) throw new RateLimitError(info, 'retries-exhausted');
		// A global block is only waited out by global traffic; an exempt request waits here.
		if (tooMany.scope === 'global' && req.info.globalExempt) await sleep(tooMany.retryAfterMs, req.abort.signal);
	}

	/** @throws {InvalidRequestBudgetError} the invalid requests of the window reached the threshold. */
	async checkBudget(req: PreparedRequest): Promise<void> {
		const count = await this.#store.invalidRequestCount(Date.now(), this.#options.invalidWindowMs);
		if (count >= this.#options.invalidThreshold)
			throw new InvalidRequestBudgetError(count, this.#options.invalidThreshold, req.method, req.info.template);
	}

	/** Counts an invalid request (401, 403, non-shared 429) and warns at each step. */
	async recordInvalid(): Promise<void> {
		const { invalidWindowMs, invalidThreshold, warnEvery } = this.#options;
		const count = await this.#store.recordInvalidRequest(Date.now(), invalidWindowMs);
		if (count % warnEvery === 0 || count === invalidThreshold) {
			this.#emit('invalidRequestWarning', { count, threshold: invalidThreshold, windowMs: invalidWindowMs });
		}
	}

	/** Holds the global slot taken at `acquiredAt` until a second after now (the answer). */
	async settleGlobal(acquiredAt: number | undefined): Promise<void> {
		// A full second after the answer is safe at any latency (Discord counted the request before
		// answering), so no margin is added here; see RateLimitStore.settleGlobal.
		if (acquiredAt === undefined) return;
		try {
			await this.#store.settleGlobal?.(acquiredAt, this.#globalWindowMs, Date.now() + 1_000);
		} catch {
			// The request itself is done; a store that cannot settle leaves the slot held for its window.
		}
	}

	/** The global window as the client applies it: Discord's second plus the safety margin. */
	get #globalWindowMs(): number {
		return 1_000 + this.#options.offsetMs;
	}

	/** How long the client remembers a wait: at most `maxRateLimitWait`, then it asks Discord again. */
	#remembered(waitMs: number): number {
		return Math.min(waitMs, this.#options.maxRateLimitWait);
	}

	#stateKey(info: RouteInfo): string {
		return `${this.#hashes.get(info.bucketRoute) ?? info.bucketRoute}:${info.majorParameter}`;
	}

	#limitInfo(
		req: PreparedRequest,
		retryAfterMs: number,
		scope: RateLimitInfo['scope'],
		fromResponse: boolean,
		limit?: number,
	): RateLimitInfo {
		return {
			method: req.method,
			route: req.info.template,
			bucket: this.#hashes.get(req.info.bucketRoute) ?? req.info.bucketRoute,
			majorParameter: req.info.majorId,
			limit,
			retryAfterMs,
			scope,
			fromResponse,
		};
	}

	/** Reports a rate limit, and throws if the request will not wait for it. */
	#limited(req: PreparedRequest, info: RateLimitInfo): void {
		this.#emit('rateLimited', info);
		if (rejects(req.options.rejectOnRateLimit ?? this.#options.rejectOnRateLimit, info)) throw new RateLimitError(info, 'rejected');
		// A wait the client computed includes its own safety margin, which is not Discord's to answer for.
		const asked = info.fromResponse ? info.retryAfterMs : info.retryAfterMs - this.#options.offsetMs;
		if (asked > req.maxRateLimitWait) throw new RateLimitError(info, 'too-long', req.maxRateLimitWait);
	}

	async #wait(req: PreparedRequest, info: RateLimitInfo): Promise<void> {
		this.#limited(req, info);
		await sleep(info.retryAfterMs, req.abort.signal);
	}
}
