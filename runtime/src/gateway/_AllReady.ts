import type { ShardStatus } from './ShardEvents.js';

/**
 * The strategies' `ready` rule, in one place: `ready` fires when every shard has become
 * `ready`, at start and again each time all are back after any reconnect.
 */
export class AllReady {
	#allReady = false;

	/** Records the shards' statuses; true when they have just all become ready. */
	public update(statuses: Iterable<ShardStatus>): boolean {
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
