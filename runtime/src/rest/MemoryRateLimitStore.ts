import { GlobalSlots } from './_GlobalSlots.js';
import type { BucketState, RateLimitStore } from './RateLimitStore.js';

interface MutableBucket {
	limit: number;
	remaining: number;
	resetAt: number;
}

/** Buckets not touched for this long past their reset are forgotten. */
const SWEEP_EVERY_MS = 60_000;

/**
 * The default {@link RateLimitStore}: one process, synchronous, O(1) per request. Invalid
 * requests are counted per second in a ring, so memory stays bounded at any rate.
 */
export class MemoryRateLimitStore implements RateLimitStore {
	readonly #hashes = new Map<string, string>();
	readonly #buckets = new Map<string, MutableBucket>();
	/** The global limit's slots, each held for a window from its send or, once settled, from its answer. */
	readonly #global = new GlobalSlots();
	#globalBlockedUntil = 0;
	/** Invalid requests per whole second, oldest first: second → count. */
	readonly #invalid = new Map<number, number>();
	#invalidTotal = 0;
	#nextSweep = 0;

	/** @inheritdoc */
	getBucketHash(bucketRoute: string): string | undefined {
		return this.#hashes.get(bucketRoute);
	}

	/** @inheritdoc */
	setBucketHash(bucketRoute: string, hash: string): void {
		this.#hashes.set(bucketRoute, hash);
	}

	/** @inheritdoc */
	acquireBucket(key: string, now: number): number {
		this.#sweep(now);
		const bucket = this.#buckets.get(key);
		if (bucket === undefined) return 0;
		if (now >= bucket.resetAt) {
			// The window has rolled; we don't know when the next one ends until a response says.
			this.#buckets.delete(key);
			return 0;
		}
		if (bucket.remaining > 0) {
			bucket.remaining--;
			return 0;
		}
		return bucket.resetAt - now;
	}

	/** @inheritdoc */
	updateBucket(key: string, state: BucketState): void {
		const bucket = this.#buckets.get(key);
		if (bucket === undefined) {
			this.#buckets.set(key, { limit: state.limit, remaining: state.remaining, resetAt: state.resetAt });
			return;
		}
		// Responses can arrive out of order; within one window, the lowest remaining is the truth.
		if (Math.abs(state.resetAt - bucket.resetAt) < 50) {
			bucket.remaining = Math.min(bucket.remaining, state.remaining);
			bucket.resetAt = Math.max(bucket.resetAt, state.resetAt);
		} else {
			bucket.remaining = state.remaining;
			bucket.resetAt = state.resetAt;
		}
		bucket.limit = state.limit;
	}

	/** @inheritdoc */
	acquireGlobal(now: number, limit: number, windowMs: number): number {
		if (now < this.#globalBlockedUntil) return this.#globalBlockedUntil - now;
		return this.#global.take(now, limit, windowMs);
	}

	/** @inheritdoc */
	settleGlobal(acquiredAt: number, windowMs: number, heldUntil: number): void {
		this.#global.settle(acquiredAt + windowMs, heldUntil);
	}

	/** @inheritdoc */
	blockGlobal(until: number): void {
		this.#globalBlockedUntil = Math.max(this.#globalBlockedUntil, until);
	}

	/** @inheritdoc */
	recordInvalidRequest(now: number, windowMs: number): number {
		const second = Math.floor(now / 1_000);
		this.#invalid.set(second, (this.#invalid.get(second) ?? 0) + 1);
		this.#invalidTotal++;
		return this.invalidRequestCount(now, windowMs);
	}

	/** @inheritdoc */
	invalidRequestCount(now: number, windowMs: number): number {
		// Seconds are inserted in order, so expired ones are at the front: O(expired) per call.
		const oldest = Math.floor((now - windowMs) / 1_000);
		for (const [second, n] of this.#invalid) {
			if (second > oldest) break;
			this.#invalid.delete(second);
			this.#invalidTotal -= n;
		}
		return this.#invalidTotal;
	}

	/** @inheritdoc */
	destroy(): void {
		this.#hashes.clear();
		this.#buckets.clear();
		this.#invalid.clear();
		this.#invalidTotal = 0;
	}

	#sweep(now: number): void {
		if (now < this.#nextSweep) return;
		this.#nextSweep = now + SWEEP_EVERY_MS;
		for (const [key, bucket] of this.#buckets) if (now - bucket.resetAt > SWEEP_EVERY_MS) this.#buckets.delete(key);
	}
}
