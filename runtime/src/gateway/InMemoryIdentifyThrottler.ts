import { sleep } from '../rest/_sleep.js';
import type { IdentifyThrottler } from './IdentifyThrottler.js';

/** Tunables of an {@link InMemoryIdentifyThrottler}. */
export interface InMemoryIdentifyThrottlerOptions {
	/** `session_start_limit.max_concurrency` from `GET /gateway/bot`. Default 1. */
	readonly maxConcurrency?: number;
	/** The pacing window per bucket, in ms. Default 5000 (Discord's). */
	readonly windowMs?: number;
}

/**
 * {@link IdentifyThrottler} for shards in one process: each `shard_id % max_concurrency`
 * bucket hands out one slot per window, first come, first served. Slots are reserved when
 * asked for, so waiting shards of one bucket line up without polling.
 */
export class InMemoryIdentifyThrottler implements IdentifyThrottler {
	readonly #maxConcurrency: number;
	readonly #windowMs: number;
	readonly #nextSlot = new Map<number, number>();

	public constructor(options: InMemoryIdentifyThrottlerOptions = {}) {
		this.#maxConcurrency = Math.max(1, Math.floor(options.maxConcurrency ?? 1));
		this.#windowMs = Math.max(0, options.windowMs ?? 5000);
	}

	/** The bucket of a shard. */
	public bucketOf(shardId: number): number {
		return shardId % this.#maxConcurrency;
	}

	/** Waits for the shard's bucket; a slot given up by an abort is not handed back (the safe side). */
	public waitForIdentify(shardId: number, signal: AbortSignal): Promise<void> {
		if (signal.aborted) return Promise.reject(signal.reason as Error);
		const bucket = this.bucketOf(shardId);
		const now = Date.now();
		const at = Math.max(now, this.#nextSlot.get(bucket) ?? 0);
		this.#nextSlot.set(bucket, at + this.#windowMs);
		if (at === now) return Promise.resolve();
		return sleep(at - now, signal);
	}
}
