import { GlobalSlots } from './_GlobalSlots.js';
import type { AcquireResult, BucketState, GlobalLimit, RateLimitStore } from './RateLimitStore.js';

interface MutableBucket {
	limit: number;
	remaining: number;
	resetAt: number;
	/** The longest reset-after seen in this window: about the window's length. */
	span: number;
}

/** Buckets not touched for this long past their reset are forgotten. */
const SWEEP_EVERY_MS = 60_000;
/** Resets closer than this are always one window (clock and timer granularity). */
const SAME_WINDOW_MIN_MS = 50;

/**
 * A bucket's state after a response, from what was known (`current`) and what the response
 * says. Responses of one window can arrive out of order and from several processes, each
 * timing the reset by its own receipt: within one window the lowest remaining is the truth
 * and the latest reset the safe one. Two windows' resets lie a window apart, and a response
 * resets in at most a window, so resets closer than half the longest reset-after seen are one
 * window. A response of an older window is ignored, unless it says the bucket is spent (a 429
 * for a sublimit), which is merged. `RedisRateLimitStore` applies the same rule.
 */
function mergeBucketState(current: MutableBucket | undefined, state: BucketState, now: number): MutableBucket {
	const span = Math.max(0, state.resetAt - now);
	const fresh = { limit: state.limit, remaining: state.remaining, resetAt: state.resetAt, span };
	if (current === undefined) return fresh;
	const tolerance = Math.max(SAME_WINDOW_MIN_MS, Math.max(span, current.span) / 2);
	const delta = state.resetAt - current.resetAt;
	if (delta >= tolerance) return fresh;
	if (delta <= -tolerance && state.remaining > 0) return { ...current };
	return {
		limit: state.limit,
		remaining: Math.min(current.remaining, state.remaining),
		resetAt: Math.max(current.resetAt, state.resetAt),
		span: Math.max(current.span, span),
	};
}

/**
 * The default {@link RateLimitStore}: one process, synchronous, O(1) per request. Invalid
 * requests are counted per second in a ring, so memory stays bounded at any rate.
 */
export class MemoryRateLimitStore implements RateLimitStore {
	readonly #hashes = new Map<string, string>();
	readonly #buckets = new Map<string, MutableBucket>();
	/** The global limit's slots, each held from its take until a window after its answer. */
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
	acquire(key: string, now: number, global: GlobalLimit | undefined): AcquireResult {
		this.#sweep(now);
		const bucket = this.#buckets.get(key);
		const known = bucket !== undefined && now < bucket.resetAt;
		if (known && bucket.remaining <= 0) return { waitMs: bucket.resetAt - now, scope: 'user' };
		if (global !== undefined) {
			const waitMs = this.acquireGlobal(now, global.limit, global.windowMs);
			if (waitMs > 0) return { waitMs, scope: 'global' };
		}
		if (known) bucket.remaining--;
		else if (bucket !== undefined) this.#buckets.delete(key);
		return { waitMs: 0, scope: 'user' };
	}

	/**
	 * {@inheritDoc RateLimitStore.updateBucket}
	 * @param now When the response arrived (epoch ms); the reset-after it implies tells one window from the next.
	 */
	updateBucket(key: string, state: BucketState, now: number = Date.now()): void {
		const bucket = this.#buckets.get(key);
		const merged = mergeBucketState(bucket, state, now);
		if (bucket === undefined) this.#buckets.set(key, merged);
		else Object.assign(bucket, merged);
	}

	/** @inheritdoc */
	acquireGlobal(now: number, limit: number, windowMs: number): number {
		if (now < this.#globalBlockedUntil) return this.#globalBlockedUntil - now;
		return this.#global.take(now, limit, windowMs);
	}

	/** @inheritdoc */
	settleGlobal(acquiredAt: number, windowMs: number, heldUntil: number): void {
		this.#global.settle(acquiredAt, windowMs, heldUntil);
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
