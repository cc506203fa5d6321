/**
 * Shares identical small string arrays (member roles, guild features, mention ids)
 * between records: thousands of members with the same roles hold one frozen array. The
 * table is dropped when it grows past `limit`; arrays already shared stay shared.
 * @internal
 */
export class _ArrayInterner {
	readonly #table = new Map<string, readonly string[]>();
	/** One-item lists by their item: no joined key string to build (most members have 0–2 roles). */
	readonly #singles = new Map<string, readonly string[]>();
	readonly #limit: number;
	readonly #empty: readonly string[] = Object.freeze([]);

	constructor(limit = 50_000) {
		this.#limit = limit;
	}

	/** The shared frozen empty array. */
	get empty(): readonly string[] {
		return this.#empty;
	}

	/** The shared frozen copy of `items` (same strings, same order). */
	intern(items: readonly string[]): readonly string[] {
		if (items.length === 0) return this.#empty;
		if (items.length > 32) return Object.freeze([...items]);
		if (items.length === 1) {
			const item = items[0] as string;
			const single = this.#singles.get(item);
			if (single !== undefined) return single;
			if (this.#singles.size >= this.#limit) this.#singles.clear();
			const frozen = Object.freeze([item]);
			this.#singles.set(item, frozen);
			return frozen;
		}
		const key = items.join(',');
		const found = this.#table.get(key);
		if (found !== undefined) return found;
		if (this.#table.size >= this.#limit) this.#table.clear();
		const frozen = Object.freeze([...items]);
		this.#table.set(key, frozen);
		return frozen;
	}
}
