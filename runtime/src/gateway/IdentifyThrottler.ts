/**
 * Paces IDENTIFYs across shards. Discord allows one IDENTIFY per bucket
 * (`shard_id % max_concurrency`) per 5 s; shards of one bot may run in several threads or
 * processes, so the pacing is an interface: {@link InMemoryIdentifyThrottler} for one
 * process, a shared (e.g. Redis) implementation for many.
 * @see https://discord.com/developers/docs/events/gateway#sharding-max-concurrency
 */
export interface IdentifyThrottler {
	/**
	 * Resolves when shard `shardId` may IDENTIFY. Rejects with `signal.reason` if the
	 * signal aborts first (the shard was destroyed or its connection dropped).
	 */
	waitForIdentify(shardId: number, signal: AbortSignal): Promise<void>;
}
