import type { _Raw } from './_lean.js';

/**
 * How an {@link _EntityCollection} group keeps its records: as they are (no table), or
 * columnar in a `_SlotTable`, where the group's Map holds a slot number per id and the
 * record is rebuilt on read. `read` gets the Map key and the group key, so neither is
 * stored again per record.
 * @internal
 */
export interface _Table<R> {
	/** Stores `record` in `slot` (a rewrite) or in a new slot; returns the slot. */
	write(slot: number | undefined, record: R): number;
	/** The record in `slot`, rebuilt. */
	read(slot: number, id: string, group: string): R;
	/**
	 * The record's id string (the one the table keeps, else `id`) when upserting `data` (a
	 * payload piece, read as the lean readers of `_lean.ts` read it: a missing or mistyped
	 * field keeps the cached value) would leave the record in `slot` as it is; undefined when
	 * it would change it, or when the table cannot tell without rebuilding the record.
	 */
	unchanged(slot: number, id: string, data: _Raw): string | undefined;
	/** Frees `slot` (drops what it references) for reuse. */
	release(slot: number): void;
	/**
	 * Makes room for `count` records about to be written (a GUILD_CREATE's members) in one
	 * exact resize. Counted as if they were rewrites of the slots in use where they can be
	 * (a second GUILD_CREATE after a reconnect must not double the table); more just grow it.
	 */
	reserve(count: number): void;
}

/** Up to this many slots a table sizes its columns itself; past it, V8's own growth (≈ 1.5×) takes over. */
const MANAGED_CAPACITY = 1024;
/** `reserve` sizes columns up to this many slots (`new Array(n)` stays a fast array well past it). */
const MAX_RESERVE = 65_536;

/**
 * `column` copied into an array of exactly `capacity` slots (V8 grows an appended-to array
 * to at least 17: 136 B per column for a channel with one message).
 * @internal
 */
export function _grow<T>(column: readonly T[], capacity: number): T[] {
	const next = new Array<T>(capacity);
	for (let i = 0; i < column.length; i++) next[i] = column[i] as T;
	return next;
}

/**
 * Slot bookkeeping for columnar tables: columns are plain arrays indexed by slot, freed
 * slots are reused first. Small tables grow their columns ×2 from 2 slots (many guilds
 * have a handful of members, many channels a few messages); past {@link MANAGED_CAPACITY}
 * a new slot is appended. Subclasses own the columns.
 * @internal
 */
export abstract class _SlotTable<R> implements _Table<R> {
	/** Freed slots; made on the first release (most tables never free one). */
	#free: number[] | undefined;
	#next = 0;
	#capacity = 0;

	write(slot: number | undefined, record: R): number {
		let at = slot ?? this.#free?.pop();
		if (at === undefined) {
			at = this.#next++;
			if (at === this.#capacity && at < MANAGED_CAPACITY) {
				this.#capacity = Math.max(2, at * 2);
				this.resize(this.#capacity);
			}
		}
		this.store(at, record);
		return at;
	}

	reserve(count: number): void {
		const capacity = Math.max(this.#next, count);
		if (capacity <= this.#capacity || capacity > MAX_RESERVE || this.#next > this.#capacity) return;
		this.#capacity = capacity;
		this.resize(capacity);
	}

	release(slot: number): void {
		this.erase(slot);
		(this.#free ??= []).push(slot);
	}

	abstract read(slot: number, id: string, group: string): R;

	/** Cannot tell by default: the caller writes. */
	unchanged(_slot: number, _id: string, _data: _Raw): string | undefined {
		return undefined;
	}

	/** Replaces every column by a copy of `capacity` slots (see {@link _grow}). */
	protected abstract resize(capacity: number): void;
	/** Writes every column of `slot`. */
	protected abstract store(slot: number, record: R): void;
	/** Drops every reference `slot` holds. */
	protected abstract erase(slot: number): void;
}
