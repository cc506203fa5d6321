import type { ShardStatus } from './ShardEvents.js';

/**
 * The strategies' `ready` rule, in one place: `ready` fires when every shard has become
 * `ready`, at start and again each time all are back after any reconnect.
 *
 * A shard's status turns `ready` just before it delivers its READY (or RESUMED) dispatch and
 * its `ready` (or `resumed`) event, so the strategy asks here only after that event
 * ({@link sessionUp}): listeners of the strategy's `ready` then see every shard's READY
 * handled (the bot user, the session) and `shardReady` before it.
 */
export class AllReady {
	#allReady = false;

	/** Records a status change; a shard that is not ready ends "all ready" until {@link sessionUp} says otherwise. */
	public statusChanged(status: ShardStatus): void {
		if (status !== 'ready') this.#allReady = false;
	}

	/**
	 * Records that a shard delivered READY or RESUMED, given every shard's status now; true
	 * when they have just all become ready.
	 */
	public sessionUp(statuses: Iterable<ShardStatus>): boolean {
		let count = 0;
		let allReady = true;
		for (const status of statuses) {
			count += 1;
			if (status !== 'ready') allReady = false;
		}
		allReady &&= count > 0;
		const became = allReady && !this.#allReady;
		this.#allReady = allReady;
		return became;
	}
}
