import type { CacheEntity } from './CacheEntity.js';
import type { CachedEntityMap } from './CachedEntities.js';
import type { CacheStore } from './CacheStore.js';

/**
 * A {@link CacheStore} in a Map, holding JSON text as a remote store would: what you get
 * back is a copy, and a record that does not survive `JSON.stringify` shows up here.
 * Useful for tests and as the pattern for other tiers; for one process the in-memory
 * cache alone is enough.
 */
export class InMemoryCacheStore implements CacheStore {
	readonly #data = new Map<CacheEntity, Map<string, string>>();

	/** @inheritdoc */
	async get<E extends CacheEntity>(entity: E, key: string): Promise<CachedEntityMap[E] | undefined> {
		const text = this.#data.get(entity)?.get(key);
		return text === undefined ? undefined : (JSON.parse(text) as CachedEntityMap[E]);
	}

	/** @inheritdoc */
	async set<E extends CacheEntity>(entity: E, key: string, value: CachedEntityMap[E]): Promise<void> {
		let map = this.#data.get(entity);
		if (map === undefined) this.#data.set(entity, (map = new Map()));
		map.set(key, JSON.stringify(value));
	}

	/** @inheritdoc */
	async delete(entity: CacheEntity, key: string): Promise<void> {
		this.#data.get(entity)?.delete(key);
	}

	/** @inheritdoc */
	async clear(entity?: CacheEntity): Promise<void> {
		if (entity === undefined) this.#data.clear();
		else this.#data.delete(entity);
	}

	/** How many records of `entity` the store holds (for tests and inspection). */
	size(entity: CacheEntity): number {
		return this.#data.get(entity)?.size ?? 0;
	}
}
