import type { CacheEntity } from './CacheEntity.js';
import type { CachedEntityMap } from './CachedEntities.js';

/**
 * A second cache tier (Redis, a database, another process) behind the in-memory cache.
 * The cache writes through to it on every change and reads through it in `fetch()`.
 * Values are plain JSON-serialisable records; keys are the id (`guilds`, `channels`,
 * `roles`, `users`) or `parentId:id` (`members`, `presences`, `voiceStates`: guild id; `messages`:
 * channel id). Calls may reject: the cache reports the error through `onStoreError`
 * and never lets it reach the gateway path.
 */
export interface CacheStore {
	/** The record under `key`, or undefined. */
	get<E extends CacheEntity>(entity: E, key: string): Promise<CachedEntityMap[E] | undefined>;
	/** Stores (replaces) the record under `key`. */
	set<E extends CacheEntity>(entity: E, key: string, value: CachedEntityMap[E]): Promise<void>;
	/** Removes the record under `key` (no error when absent). */
	delete(entity: CacheEntity, key: string): Promise<void>;
	/** Removes every record of `entity`, or of every entity. */
	clear(entity?: CacheEntity): Promise<void>;
}
