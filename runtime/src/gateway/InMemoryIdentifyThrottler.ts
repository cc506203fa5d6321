import { defaultIdentifyMargin } from './_identifyMargin.js';
import type { IdentifyThrottler } from './IdentifyThrottler.js';

/** Tunables of an {@link InMemoryIdentifyThrottler}. */
export interface InMemoryIdentifyThrottlerOptions {
	/** `session_start_limit.max_concurrency` from `GET /gateway/bot`. Default 1. */
	readonly maxConcurrency?: number;
	/** The pacing window per bucket, in ms. Default 5000 (Discord's). */
	readonly windowMs?: number;
	/**
	 * Added to the window between two grants, in ms. Default a tenth of the window (500 ms for
	 * Discord's 5 s). Discord times a bucket by when each IDENTIFY arrives, and one delayed on
	 * its way (a busy event loop, the network) arrives closer to the next: without a margin
	 * such an IDENTIFY is refused with op 9 and costs a whole new window.
	 */
	readonly marginMs?: number;
}

interface Waiter {
	readonly resolve: () => void;
	readonly signal: AbortSignal;
	readonly onAbort: () => void;
}

interface Bucket {
	/** When the last grant was given, by the clock, not by schedule. */
	last: number;
	readonly waiters: Waiter[];
	timer: NodeJS.Timeout | undefined;
}

/**
 * {@link IdentifyThrottler} for shards in one process: each `shard_id % max_concurrency`
 * bucket grants one IDENTIFY per window plus a margin, first come, first served. The next
 * grant is timed from when the last one was actually given, so a timer that fires late never
 * brings two grants closer than the window.
 */
export class InMemoryIdentifyThrottler implements IdentifyThrottler {
	readonly #maxConcurrency: number;
	readonly #spacingMs: number;
	readonly #buckets = new Map<number, Bucket>();

	public constructor(options: InMemoryIdentifyThrottlerOptions = {}) {
		this.#maxConcurrency = Math.max(1, Math.floor(options.maxConcurrency ?? 1));
		const windowMs = Math.max(0, options.windowMs ?? 5000);
		this.#spacingMs = windowMs + Math.max(0, options.marginMs ?? defaultIdentifyMargin(windowMs));
	}

	/** The bucket of a shard. */
	public bucketOf(shardId: number): number {
		return shardId % this.#maxConcurrency;
	}

	/** Waits for the shard's bucket; a waiter that aborts leaves its place to the next. */
	public waitForIdentify(shardId: number, signal: AbortSignal): Promise<void> {
		if (signal.aborted) return Promise.reject(signal.reason as Error);
		const key = this.bucketOf(shardId);
		let bucket = this.#buckets.get(key);
		if (bucket === undefined) {
			bucket = { last: Number.NEGATIVE_INFINITY, waiters: [], timer: undefined };
			this.#buckets.set(key, bucket);
		}
		const queue = bucket;
		return new Promise<void>((resolve, reject) => {
			const waiter: Waiter = {
				resolve,
				signal,
				onAbort: () => {
					const index = queue.waiters.indexOf(waiter);
					if (index !== -1) queue.waiters.splice(index, 1);
					reject(signal.reason as Error);
				},
			};
			signal.addEventListener('abort', waiter.onAbort, { once: true });
			queue.waiters.push(waiter);
			this.#pump(queue);
		});
	}

	#pump(bucket: Bucket): void {
		if (bucket.timer !== undefined || bucket.waiters.length === 0) return;
		const now = Date.now();
		const due = bucket.last + this.#spacingMs;
		if (now < due) {
			bucket.timer = setTimeout(() => {
				bucket.timer = undefined;
				this.#pump(bucket);
			}, due - now);
			return;
		}
		const waiter = bucket.waiters.shift() as Waiter;
		waiter.signal.removeEventListener('abort', waiter.onAbort);
		bucket.last = now;
		waiter.resolve();
		this.#pump(bucket);
	}
}
