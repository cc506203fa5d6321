import type { CacheEntity } from './CacheEntity.js';
import type { CachedEntityMap } from './CachedEntities.js';
import type { _Raw } from './_lean.js';
import type { _Table } from './_SlotTable.js';
import type { _StoreTier } from './_StoreTier.js';

/** Resolved limits of one collection. @internal */
export interface _CollectionLimits<T> {
	readonly max: number;
	readonly ttlMs: number | undefined;
	readonly filter: ((record: T) => boolean) | undefined;
}

const FLAT = '';

/** One group: id → record (no table) or id → slot in `table`, in write order. */
interface Group<R> {
	readonly key: string;
	/** Replaced by a compact copy after many deletes (see `set`). */
	ids: Map<string, unknown>;
	readonly table: _Table<R> | undefined;
	/** Deletes since `ids` was made. */
	churn: number;
}

/**
 * One entity collection: records grouped by parent (guild or channel id; one group `''`
 * for guilds and users), in write order so the oldest go first when a group is over
 * `max`. Nested Maps instead of `parent:id` keys: no key string per record. Optionally
 * indexed by id alone (channels, roles). Write times are kept only when a TTL is set.
 * With `table` (members, users, messages) each group keeps its records columnar and
 * rebuilds them on read. Every change is written through to the store tier, if any.
 * @internal
 */
export class _EntityCollection<E extends CacheEntity> {
	readonly #entity: E;
	readonly #limits: _CollectionLimits<CachedEntityMap[E]>;
	readonly #tier: _StoreTier | undefined;
	readonly #groups = new Map<string, Group<CachedEntityMap[E]>>();
	/**
	 * The group looked up last: a MESSAGE_CREATE reads, writes and evicts in one channel's
	 * group, a pointer comparison each instead of a Map lookup. Reset whenever a group goes.
	 */
	#lastKey: string | undefined;
	#last: Group<CachedEntityMap[E]> | undefined;
	readonly #table: (() => _Table<CachedEntityMap[E]>) | undefined;
	/** id → its group, for collections read by id alone (the group itself: one Map lookup less per read). */
	readonly #locate: Map<string, Group<CachedEntityMap[E]>> | undefined;
	/** group → id → write time (ms since `#epoch`), only with a TTL. */
	readonly #times: Map<string, Map<string, number>> | undefined;
	readonly #epoch = Date.now();
	/** Whether a rewrite moves a record to the newest place (only `max` and `ttlMs` need it). */
	readonly #ordered: boolean;
	#size = 0;

	constructor(
		entity: E,
		limits: _CollectionLimits<CachedEntityMap[E]>,
		tier: _StoreTier | undefined,
		indexById: boolean,
		table?: () => _Table<CachedEntityMap[E]>,
	) {
		this.#entity = entity;
		this.#table = table;
		this.#limits = limits;
		this.#tier = tier;
		this.#locate = indexById ? new Map() : undefined;
		this.#times = limits.ttlMs === undefined ? undefined : new Map();
		this.#ordered = limits.max !== Infinity || limits.ttlMs !== undefined;
	}

	get size(): number {
		return this.#size;
	}

	/** `#groups.get(key)`, through the one-entry memo. */
	#group(key: string): Group<CachedEntityMap[E]> | undefined {
		if (key === this.#lastKey) return this.#last;
		const g = this.#groups.get(key);
		if (g !== undefined) {
			this.#lastKey = key;
			this.#last = g;
		}
		return g;
	}

	/** Removes a group (and forgets it in the memo). */
	#dropGroup(key: string): void {
		this.#groups.delete(key);
		if (key === this.#lastKey) {
			this.#lastKey = undefined;
			this.#last = undefined;
		}
	}

	#storeKey(group: string, id: string): string {
		return group === FLAT || this.#locate !== undefined ? id : `${group}:${id}`;
	}

	get(group: string, id: string): CachedEntityMap[E] | undefined {
		return this.#read(this.#group(group), id);
	}

	/** By id alone: the flat group, or the id index. */
	getById(id: string): CachedEntityMap[E] | undefined {
		return this.#read(this.#locate === undefined ? this.#group(FLAT) : this.#locate.get(id), id);
	}

	#read(g: Group<CachedEntityMap[E]> | undefined, id: string): CachedEntityMap[E] | undefined {
		const value = g?.ids.get(id);
		if (value === undefined || g === undefined) return undefined;
		return g.table === undefined ? (value as CachedEntityMap[E]) : g.table.read(value as number, id, g.key);
	}

	/**
	 * The cached record's id string when upserting `data` (a payload piece) would leave
	 * record `id` of `group` as it is, so the upsert can be skipped; undefined means "write
	 * it". Only columnar groups can tell (see `_Table.unchanged`), and only where a rewrite
	 * would not move the record (with `max` or `ttlMs` a write makes it the newest).
	 */
	unchangedBy(group: string, id: string, data: _Raw): string | undefined {
		if (this.#ordered) return undefined;
		const g = this.#group(group);
		const slot = g?.ids.get(id);
		return slot === undefined || g?.table === undefined ? undefined : g.table.unchanged(slot as number, id, data);
	}

	/**
	 * The slot of record `id` in `group`'s table, for a caller that keeps it as a hint and
	 * checks it with {@link unchangedAt} later (see `_CacheState.message`). Undefined without
	 * a table, and where a write would move the record (`max`, `ttlMs`: nothing may skip it).
	 */
	slotOf(group: string, id: string): number | undefined {
		if (this.#ordered) return undefined;
		const g = this.#group(group);
		return g?.table === undefined ? undefined : (g.ids.get(id) as number | undefined);
	}

	/** `group`'s table; undefined without one. */
	tableOf(group: string): _Table<CachedEntityMap[E]> | undefined {
		return this.#group(group)?.table;
	}

	/**
	 * As {@link unchangedBy}, for a record found by a slot hint instead of the Map: the kept
	 * id when `slot` of `group` still holds record `id` (for tables whose `unchanged` returns
	 * the id they keep: users) and `data` leaves it as it is.
	 */
	unchangedAt(group: string, slot: number, id: string, data: _Raw): string | undefined {
		if (this.#ordered) return undefined;
		const kept = this.#group(group)?.table?.unchanged(slot, id, data);
		return kept === id ? kept : undefined;
	}

	groupOf(id: string): string | undefined {
		return this.#locate?.get(id)?.key;
	}

	/** Stores `record` as the newest of its group, unless the filter rejects it; `writeThrough` false for records read from the store. */
	set(group: string, id: string, record: CachedEntityMap[E], writeThrough = true): void {
		if (this.#limits.filter !== undefined && !this.#limits.filter(record)) {
			this.delete(group, id);
			return;
		}
		let g = this.#group(group);
		if (g === undefined) this.#groups.set(group, (g = { key: group, ids: new Map(), table: this.#table?.(), churn: 0 }));
		const ids = g.ids;
		const previous = ids.get(id);
		if (previous !== undefined) {
			// Write order matters only to `max` and `ttlMs`; without them a rewrite keeps its
			// place, and the Map no deleted entry (V8 doubles a Map's table rather than reuse
			// them while fewer than half its slots are deleted).
			if (this.#ordered) {
				ids.delete(id);
				g.churn++;
			}
			this.#size--;
		} else {
			// A full group makes room first, so that the new record takes the slot just freed,
			// whose columns are in the CPU cache now (one channel's 100th message and on). Never
			// down to empty: that would drop the group `g` is.
			const max = this.#limits.max;
			if (ids.size >= max && ids.size > 1) this.#evict(g, max - 1);
			if (this.#locate !== undefined) {
				// New in this group: moved from another one, or new altogether.
				const before = this.#locate.get(id);
				if (before !== undefined && before !== g) this.delete(before.key, id, false);
				this.#locate.set(id, g);
			}
		}
		ids.set(id, g.table === undefined ? record : g.table.write(previous as number | undefined, record));
		this.#size++;
		if (this.#times !== undefined) {
			let times = this.#times.get(group);
			if (times === undefined) this.#times.set(group, (times = new Map()));
			times.delete(id);
			times.set(id, Date.now() - this.#epoch);
		}
		if (writeThrough) this.#tier?.set(this.#entity, this.#storeKey(group, id), record);
		if (ids.size > this.#limits.max) this.#evict(g, this.#limits.max);
		// V8 keeps a Map's deleted entries until its table is full, then doubles the table
		// unless half of it is deleted: a capped group (messages at `max`) would sit in a
		// table twice the size it needs. A fresh copy now and then keeps it tight (O(1)
		// amortised: one copy per `size` deletes). Here, not in `delete`, so that no loop
		// over the old Map is running.
		if (g.churn > 32 && g.churn > ids.size && this.#group(group) === g) {
			g.ids = new Map(ids);
			g.churn = 0;
		}
	}

	/**
	 * Replaces the record of `id` in place, for collections read by id alone (a channel's
	 * `last_message_id` on every MESSAGE_CREATE): one Map write where `set` would look the
	 * group and the record up again. `set` when the write is more than that (a filter, an
	 * order to keep, a TTL, a record not cached).
	 */
	replace(group: string, id: string, record: CachedEntityMap[E]): void {
		const g = this.#locate?.get(id);
		if (g === undefined || g.key !== group || this.#ordered || this.#limits.filter !== undefined || g.table !== undefined) {
			this.set(group, id, record);
			return;
		}
		g.ids.set(id, record);
		this.#tier?.set(this.#entity, this.#storeKey(g.key, id), record);
	}

	/** Removes the oldest records of `g` (from memory only) until it holds at most `keep`. */
	#evict(g: Group<CachedEntityMap[E]>, keep: number): void {
		const ids = g.ids;
		for (const oldest of ids.keys()) {
			if (ids.size <= keep) break;
			this.delete(g.key, oldest, false);
		}
	}

	/** Makes room in `group`'s table for `count` records about to be set (see `_Table.reserve`; no-op without a table). */
	reserve(group: string, count: number): void {
		if (this.#table === undefined || count <= 0) return;
		let g = this.#group(group);
		if (g === undefined) this.#groups.set(group, (g = { key: group, ids: new Map(), table: this.#table(), churn: 0 }));
		g.table?.reserve(count);
	}

	/**
	 * Removes one record; true when it was cached. `fromStore` (Discord deleted it) also
	 * deletes it from the store; evictions and sweeps only free memory, so a bigger second
	 * tier keeps what memory had to let go.
	 */
	delete(group: string, id: string, fromStore = true): boolean {
		const g = this.#group(group);
		const value = g?.ids.get(id);
		const had = value !== undefined && g !== undefined;
		if (had) {
			g.ids.delete(id);
			g.churn++;
			g.table?.release(value as number);
			this.#size--;
			if (g.ids.size === 0) this.#dropGroup(group);
			if (this.#locate?.get(id) === g) this.#locate.delete(id);
			const times = this.#times?.get(group);
			times?.delete(id);
			if (times?.size === 0) this.#times?.delete(group);
		}
		if (fromStore) this.#tier?.delete(this.#entity, this.#storeKey(group, id));
		return had;
	}

	deleteById(id: string): boolean {
		const group = this.#locate === undefined ? FLAT : this.#locate.get(id)?.key;
		return group === undefined ? false : this.delete(group, id);
	}

	/** Removes a whole group; returns the ids it held. */
	deleteGroup(group: string): string[] {
		const ids = [...(this.#groups.get(group)?.ids.keys() ?? [])];
		for (const id of ids) this.delete(group, id);
		// Also a group `reserve` made that never got a record.
		this.#dropGroup(group);
		return ids;
	}

	/** The records of one group, oldest write first (rebuilt as iterated for columnar groups). */
	*group(group: string): IterableIterator<CachedEntityMap[E]> {
		const g = this.#groups.get(group);
		if (g !== undefined) yield* this.#records(g);
	}

	*values(): IterableIterator<CachedEntityMap[E]> {
		for (const g of this.#groups.values()) yield* this.#records(g);
	}

	*#records(g: Group<CachedEntityMap[E]>): IterableIterator<CachedEntityMap[E]> {
		const table = g.table;
		if (table === undefined) yield* g.ids.values() as IterableIterator<CachedEntityMap[E]>;
		else {
			// A loop that outlives a compaction (see `set`) walks the old Map: skip what
			// the live one no longer holds in that slot.
			for (const [id, slot] of g.ids) if (g.ids.get(id) === slot) yield table.read(slot as number, id, g.key);
		}
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
		this.#lastKey = undefined;
		this.#last = undefined;
		this.#locate?.clear();
		this.#times?.clear();
		this.#size = 0;
	}
}
