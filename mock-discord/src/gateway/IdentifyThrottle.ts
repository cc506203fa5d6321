/**
 * Discord's identify pacing: one IDENTIFY per bucket `shard_id % max_concurrency` per
 * window (5 s). A second one in the same bucket and window is answered with op 9.
 * @see https://discord.com/developers/docs/events/gateway#session-start-limit-object
 */
export class IdentifyThrottle {
	readonly #windowMs: number;
	readonly #lastByBucket = new Map<number, number>();

	public constructor(windowMs: number) {
		this.#windowMs = windowMs;
	}

	/** The bucket of a shard. */
	public static bucketOf(shardId: number, maxConcurrency: number): number {
		return shardId % Math.max(1, maxConcurrency);
	}

	/** Takes the bucket's slot if it is free now; false means the client identified too soon. */
	public tryAcquire(shardId: number, maxConcurrency: number, now = Date.now()): boolean {
		const bucket = IdentifyThrottle.bucketOf(shardId, maxConcurrency);
		const last = this.#lastByBucket.get(bucket);
		if (last !== undefined && now - last < this.#windowMs) return false;
		this.#lastByBucket.set(bucket, now);
		return true;
	}
}
