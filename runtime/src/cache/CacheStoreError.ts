import type { CacheEntity } from './CacheEntity.js';
import { OvenCacheError } from './OvenCacheError.js';

/** What the cache was doing with its {@link CacheStore} when it failed. */
export type CacheStoreOperation = 'get' | 'set' | 'delete' | 'clear';

/**
 * A second-tier {@link CacheStore} call failed. Never thrown into the gateway path: the
 * cache hands it to `onStoreError` and carries on with memory alone (a failed read in
 * `fetch()` resolves as a miss). `cause` is the store's own error.
 */
export class CacheStoreError extends OvenCacheError<'CACHE_STORE_ERROR'> {
	/** The store call that failed. */
	readonly operation: CacheStoreOperation;
	/** The entity collection it was for; undefined for `clear()` of everything. */
	readonly entity: CacheEntity | undefined;
	/** The store key (`id`, or `parentId:id` for members, messages, presences, voice states); undefined for `clear`. */
	readonly key: string | undefined;

	/**
	 * @param operation The store call that failed.
	 * @param entity The entity collection.
	 * @param key The store key.
	 * @param cause The store's error.
	 */
	constructor(operation: CacheStoreOperation, entity: CacheEntity | undefined, key: string | undefined, cause: unknown) {
		const where = `${entity ?? 'all entities'}${key === undefined ? '' : ` key ${key}`}`;
		const why = cause instanceof Error ? cause.message : String(cause);
		super(
			'CACHE_STORE_ERROR',
			`The cache store failed on ${operation} (${where}): ${why}. The in-memory cache is unaffected; check the store's connection.`,
			{ cause },
		);
		this.operation = operation;
		this.entity = entity;
		this.key = key;
	}
}
