import type { CacheEntity } from './CacheEntity.js';
import type { CachedEntityMap } from './CachedEntities.js';
import type { _StoreTier } from './_StoreTier.js';

/** Resolved limits of one collection. @internal */
export interface _CollectionLimits<T> {
	readonly max: number;
	readonly ttlMs: number | undefined;
	readonly filter: ((record: T) => boolean) | undefined;
}

const FLAT = '';

/**
 * One entity collection: records grouped by parent (guild or channel id; one group `''`
 * for guilds and users), in write order so the oldest go first when a group is over
 * `max`. Nested Maps instead of `parent:id` keys: no key string per record. Optionally
 * indexed by id alone (channels, roles). Write times are kept only when a TTL is set.
 * Every change is written through to the store tier, if any.
 * @internal
 */
export class _EntityCollection<E extends CacheEntity> {
	readonly #entity: E;
	readonly #limits: _CollectionLimits<CachedEntityMap[E]>;
	readonly #tier: _StoreTier | undefined;
	readonly #groups = new Map<string, Map<string, CachedEntityMap[E]>>();
	/** id → group, for collections read by id alone. */
	readonly #locate: Map<string, string> | undefined;
	/** group → id → write time (ms since `#epoch`), only with a TTL. */
	readonly #times: Map<string, Map<string, number>> | undefined;
	readonly #epoch = Date.now();
	#size = 0;

	constructor(entity: E, limits: _CollectionLimits<CachedEntityMap[E]>, tier: _StoreTier | undefined, indexById: boolean) {
		this.#entity = entity;
		this.#limits = limits;
		this.#tier = tier;
		this.#locate = indexById ? new Map() : undefined;
		this.#times = limits.ttlMs === undefined ? undefined : new Map();
	}

	get size(): number {
		return this.#size;
	}

	#storeKey(group: string, id: string): string {
		return group === FLAT || this.#locate !== undefined ? id : `${group}:${id}`;
	}

	get(group: string, id: string): CachedEntityMap[E] | undefined {
		return this.#groups.get(group)?.get(id);
	}

	/** By id alone: the flat group, or the id index. */
	getById(id: string): CachedEntityMap[E] | undefined {
		const group = this.#locate === undefined ? FLAT : this.#locate.get(id);
		return group === undefined ? undefined : this.get(group, id);
	}

	groupOf(id: string): string | undefined {
		return this.#locate?.get(id);
	}

	/** Stores `record` as the newest of its group, unless the filter rejects it; `writeThrough` false for records read from the store. */
	set(group: string, id: string, record: CachedEntityMap[E], writeThrough = true): void {
		if (this.#limits.filter !== undefined && !this.#limits.filter(record)) {
			this.delete(group, id);
			return;
		}
		let map = this.#groups.get(group);
		if (map === undefined) this.#groups.set(group, (map = new Map()));
		if (map.delete(id)) this.#size--;
		else if (this.#locate !== undefined) {
			const previous = this.#locate.get(id);
			if (previous !== undefined && previous !== group) this.delete(previous, id, false);
		}
		map.set(id, record);
		this.#size++;
		this.#locate?.set(id, group);
		if (this.#times !== undefined) {
			let times = this.#times.get(group);
			if (times === undefined) this.#times.set(group, (times = new Map()));
			times.delete(id);
			times.set(id, Date.now() - this.#epoch);
		}
		if (writeThrough) this.#tier?.set(this.#entity, this.#storeKey(group, id), record);
		if (map.size > this.#limits.max) {
			for (const oldest of map.keys()) {
				if (map.size <= this.#limits.max) break;
				this.delete(group, oldest, false);
			}
		}
	}

	/**
	 * Removes one record; true when it was cached. `fromStore` (Discord deleted it) also
	 * deletes it from the store; evictions and sweeps only free memory, so a bigger second
	 * tier keeps what memory had to let go.
	 */
	delete(group: string, id: string, fromStore = true): boolean {
		const map = this.#groups.get(group);
		const had = map?.delete(id) ?? false;
		if (had) {
			this.#size--;
			if (map?.size === 0) this.#groups.delete(group);
			if (this.#locate?.get(id) === group) this.#locate.delete(id);
			const times = this.#times?.get(group);
			times?.delete(id);
			if (times?.size === 0) this.#times?.delete(group);
		}
		if (fromStore) this.#tier?.delete(this.#entity, this.#storeKey(group, id));
		return had;
	}

	deleteById(id: string): boolean {
		const group = this.#locate === undefined ? FLAT : this.#locate.get(id);
		return group === undefined ? false : this.delete(group, id);
	}

	/** Removes a whole group; returns the ids it held. */
	deleteGroup(group: string): string[] {
		const ids = [...(this.#groups.get(group)?.keys() ?? [])];
		for (const id of ids) this.delete(group, id);
		return ids;
	}

	group(group: string): IterableIterator<CachedEntityMap[E]> {
		return (this.#groups.get(group) ?? new Map<string, CachedEntityMap[E]>()).values();
	}

	*values(): IterableIterator<CachedEntityMap[E]> {
		for (const map of this.#groups.values()) yield* map.values();
	}

	/** Drops records not written for `ttlMs`; returns how many. */
	sweep(now = Date.now()): number {
		const ttl = this.#limits.ttlMs;
		if (this.#times === undefined || ttl === undefined) return 0;
		const cutoff = now - this.#epoch - ttl;
		let swept = 0;
		for (const [group, times] of [...this.#times]) {
			for (const [id, at] of times) {
				// Times are in write order: the first fresh one ends the group.
				if (at > cutoff) break;
				if (this.delete(group, id, false)) swept++;
				else times.delete(id);
			}
		}
		return swept;
	}

	/** Memory only: the store keeps its records. */
	clear(): void {
		this.#groups.clear();
		this.#locate?.clear();
		this.#times?.clear();
		this.#size = 0;
	}
}
