import type { CachedMessage } from './CachedEntities.js';
import type { _CollectionLimits } from './_EntityCollection.js';
import { _MessageTable } from './_MessageTable.js';
import type { _StoreTier } from './_StoreTier.js';

/** A message id's search key: a small integer the ring scans instead of the id strings (scattered in the heap). */
function keyOf(id: string): number {
	let h = 0;
	for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
	return h & 0x3fff_ffff;
}

/** `a` after `b` in snowflake order (a longer decimal string is a greater number); a total order on any strings. */
function after(a: string, b: string): boolean {
	return a.length === b.length ? a > b : a.length > b.length;
}

/** A ring position given up by a delete or a rewrite that moved its record to the newest place. */
const HOLE = -1;

/**
 * One channel's messages: their records in a `_MessageTable` (columnar, by slot) and their
 * write order in a ring of slots, with each one's id and search key beside it. No Map: a
 * MESSAGE_CREATE appends (the oldest makes room at `max`), and a lookup by id scans the
 * keys, a contiguous column of small integers, newest first.
 */
class Ring {
	readonly table = new _MessageTable();
	/** Slot in `table` per ring position; {@link HOLE} where a record left. */
	slots: number[] = [];
	ids: string[] = [];
	keys: number[] = [];
	/** Write time (ms) per position, only with a TTL. */
	times: number[] | undefined;
	/** Position of the oldest entry; `length` positions from it are in use, `live` of them records. */
	head = 0;
	length = 0;
	live = 0;
	/** Bumped by every repack: a loop over the ring that sees it change finds its ids again. */
	version = 0;
	/**
	 * The greatest id written (by {@link after}'s order): an id past it cannot be in the
	 * ring, so a MESSAGE_CREATE (a new snowflake, past every older one) skips the search.
	 */
	greatest = '';

	readonly key: string;

	/** The channel's `max`: the ring never grows past it. */
	readonly #limit: number;

	constructor(key: string, limit: number, timed: boolean) {
		this.key = key;
		this.#limit = limit;
		if (timed) this.times = [];
	}

	/** The ring position of `id`, or -1. */
	find(id: string, key: number): number {
		const { keys, slots, ids } = this;
		const capacity = slots.length;
		for (let n = this.length - 1; n >= 0; n--) {
			let p = this.head + n;
			if (p >= capacity) p -= capacity;
			if (keys[p] === key && slots[p] !== HOLE && ids[p] === id) return p;
		}
		return -1;
	}

	/** Appends a record already written to `slot`, making room first. */
	push(slot: number, id: string, key: number, time: number): void {
		if (this.length === this.slots.length) this.#repack();
		let p = this.head + this.length;
		if (p >= this.slots.length) p -= this.slots.length;
		this.slots[p] = slot;
		this.ids[p] = id;
		this.keys[p] = key;
		if (this.times !== undefined) this.times[p] = time;
		this.length++;
		this.live++;
		if (after(id, this.greatest)) this.greatest = id;
	}

	/** Gives up position `p`; returns the slot it held. */
	remove(p: number): number {
		const slot = this.slots[p] as number;
		this.slots[p] = HOLE;
		this.ids[p] = '';
		this.live--;
		// Holes at either end are dropped at once; inner ones wait for the next repack.
		const capacity = this.slots.length;
		while (this.length > 0 && this.slots[this.head] === HOLE) {
			this.head = this.head + 1 === capacity ? 0 : this.head + 1;
			this.length--;
		}
		while (this.length > 0 && this.slots[(this.head + this.length - 1) % capacity] === HOLE) this.length--;
		if (this.length === 0) this.head = 0;
		return slot;
	}

	/** The ring position of the oldest record (the head: holes never stay there). */
	oldest(): number {
		return this.head;
	}

	/** Positions of the records, oldest first. */
	*positions(): IterableIterator<number> {
		const capacity = this.slots.length;
		for (let n = 0; n < this.length; n++) {
			const p = (this.head + n) % capacity;
			if (this.slots[p] !== HOLE) yield p;
		}
	}

	/**
	 * Full: new arrays with the records from position 0; twice as many positions when more
	 * than half are records, but no more than `max` needs (a channel at 100 keeps 100).
	 */
	#repack(): void {
		let capacity = this.slots.length;
		if (this.live * 2 > capacity) capacity = Math.min(Math.max(4, capacity * 2), Math.max(this.#limit, this.live + 1));
		const slots = new Array<number>(capacity);
		const ids = new Array<string>(capacity);
		const keys = new Array<number>(capacity);
		const times = this.times === undefined ? undefined : new Array<number>(capacity);
		let n = 0;
		for (const p of this.positions()) {
			slots[n] = this.slots[p] as number;
			ids[n] = this.ids[p] as string;
			keys[n] = this.keys[p] as number;
			if (times !== undefined) times[n] = this.times?.[p] as number;
			n++;
		}
		this.slots = slots;
		this.ids = ids;
		this.keys = keys;
		this.times = times;
		this.head = 0;
		this.length = n;
		this.version++;
	}
}

/**
 * The messages collection: one {@link Ring} per channel, in write order (a rewrite makes a
 * record the newest when `max` or `ttlMs` is set), at most `max` per channel. The same
 * methods as `_EntityCollection` for what the cache does with messages.
 * @internal
 */
export class _MessageCollection {
	readonly #limits: _CollectionLimits<CachedMessage>;
	readonly #tier: _StoreTier | undefined;
	readonly #rings = new Map<string, Ring>();
	/** Whether a rewrite moves a record to the newest place (only `max` and `ttlMs` need it). */
	readonly #ordered: boolean;
	readonly #epoch = Date.now();
	#size = 0;

	constructor(limits: _CollectionLimits<CachedMessage>, tier: _StoreTier | undefined) {
		this.#limits = limits;
		this.#tier = tier;
		this.#ordered = limits.max !== Infinity || limits.ttlMs !== undefined;
	}

	get size(): number {
		return this.#size;
	}

	get(channelId: string, id: string): CachedMessage | undefined {
		const ring = this.#rings.get(channelId);
		const p = ring === undefined ? -1 : ring.find(id, keyOf(id));
		return p === -1 || ring === undefined ? undefined : ring.table.read(ring.slots[p] as number, id, channelId);
	}

	/** Stores `record` as the newest of its channel, unless the filter rejects it; `writeThrough` false for records read from the store. */
	set(channelId: string, id: string, record: CachedMessage, writeThrough = true): void {
		const limits = this.#limits;
		if ((limits.filter !== undefined && !limits.filter(record)) || limits.max === 0) {
			this.delete(channelId, id);
			return;
		}
		let ring = this.#rings.get(channelId);
		if (ring === undefined) this.#rings.set(channelId, (ring = new Ring(channelId, limits.max, limits.ttlMs !== undefined)));
		const key = keyOf(id);
		const p = after(id, ring.greatest) ? -1 : ring.find(id, key);
		const time = limits.ttlMs === undefined ? 0 : Date.now() - this.#epoch;
		if (p !== -1) {
			const slot = ring.slots[p] as number;
			ring.table.write(slot, record);
			if (this.#ordered) {
				// The first id string stays: the one views and the store key already hold.
				const kept = ring.ids[p] as string;
				ring.remove(p);
				ring.push(slot, kept, key, time);
			} else if (ring.times !== undefined) ring.times[p] = time;
		} else {
			// A full channel gives its oldest record's slot to the new one (overwritten, not freed first).
			if (ring.live >= limits.max) ring.push(ring.table.write(ring.remove(ring.oldest()), record), id, key, time);
			else {
				ring.push(ring.table.write(undefined, record), id, key, time);
				this.#size++;
			}
		}
		if (writeThrough) this.#tier?.set('messages', `${channelId}:${id}`, record);
	}

	#evictOldest(ring: Ring): void {
		ring.table.release(ring.remove(ring.oldest()));
		this.#size--;
	}

	/**
	 * Removes one message; true when it was cached. `fromStore` (Discord deleted it) also
	 * deletes it from the store; evictions and sweeps only free memory.
	 */
	delete(channelId: string, id: string, fromStore = true): boolean {
		const ring = this.#rings.get(channelId);
		const p = ring === undefined ? -1 : ring.find(id, keyOf(id));
		if (ring !== undefined && p !== -1) {
			ring.table.release(ring.remove(p));
			this.#size--;
			if (ring.live === 0) this.#rings.delete(channelId);
		}
		if (fromStore) this.#tier?.delete('messages', `${channelId}:${id}`);
		return p !== -1;
	}

	/** Removes a channel's messages; returns their ids. */
	deleteGroup(channelId: string): string[] {
		const ring = this.#rings.get(channelId);
		if (ring === undefined) return [];
		const ids = [...ring.positions()].map((p) => ring.ids[p] as string);
		for (const id of ids) this.delete(channelId, id);
		this.#rings.delete(channelId);
		return ids;
	}

	/** A channel's messages, oldest write first. */
	*group(channelId: string): IterableIterator<CachedMessage> {
		const ring = this.#rings.get(channelId);
		if (ring !== undefined) yield* this.#records(ring);
	}

	*values(): IterableIterator<CachedMessage> {
		for (const ring of this.#rings.values()) yield* this.#records(ring);
	}

	*#records(ring: Ring): IterableIterator<CachedMessage> {
		// Read one at a time, so a loop that deletes as it goes sees what is left. A repack
		// (a write during the loop) moves positions: the rest is found again by id.
		const { slots, ids, head, length, version } = ring;
		const capacity = slots.length;
		for (let n = 0; n < length; n++) {
			const id = ids[(head + n) % capacity] as string;
			const p = ring.version === version ? (head + n) % capacity : ring.find(id, keyOf(id));
			if (p === -1 || ring.slots[p] === HOLE) continue;
			yield ring.table.read(ring.slots[p] as number, ring.ids[p] as string, ring.key);
		}
	}

	/** Drops messages not written for `ttlMs`; returns how many. */
	sweep(now = Date.now()): number {
		const ttl = this.#limits.ttlMs;
		if (ttl === undefined) return 0;
		const cutoff = now - this.#epoch - ttl;
		let swept = 0;
		for (const [channelId, ring] of [...this.#rings]) {
			// Write times are in ring order (a rewrite moves to the newest place): the first fresh one ends the channel.
			while (ring.live > 0 && (ring.times?.[ring.oldest()] ?? Infinity) <= cutoff) {
				this.#evictOldest(ring);
				swept++;
			}
			if (ring.live === 0) this.#rings.delete(channelId);
		}
		return swept;
	}

	/** Memory only: the store keeps its records. */
	clear(): void {
		this.#rings.clear();
		this.#size = 0;
	}
}
