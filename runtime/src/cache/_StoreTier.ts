import type { CacheEntity } from './CacheEntity.js';
import type { CachedEntityMap } from './CachedEntities.js';
import type { CacheStore } from './CacheStore.js';
import { CacheStoreError, type CacheStoreOperation } from './CacheStoreError.js';

/**
 * The cache's side of a {@link CacheStore}: fire-and-forget writes, reads that resolve
 * to a miss on failure, and every failure (sync throw or rejection) turned into a
 * {@link CacheStoreError} for `onStoreError`.
 * @internal
 */
export class _StoreTier {
	readonly #store: CacheStore;
	readonly #onError: ((error: CacheStoreError) => void) | undefined;

	constructor(store: CacheStore, onError: ((error: CacheStoreError) => void) | undefined) {
		this.#store = store;
		this.#onError = onError;
	}

	#report(operation: CacheStoreOperation, entity: CacheEntity | undefined, key: string | undefined, cause: unknown): void {
		try {
			this.#onError?.(new CacheStoreError(operation, entity, key, cause));
		} catch {
			// A throwing error handler must not break the gateway path either.
		}
	}

	#run(operation: CacheStoreOperation, entity: CacheEntity | undefined, key: string | undefined, call: () => Promise<unknown>): void {
		try {
			call().catch((error: unknown) => this.#report(operation, entity, key, error));
		} catch (error) {
			this.#report(operation, entity, key, error);
		}
	}

	set<E extends CacheEntity>(entity: E, key: string, value: CachedEntityMap[E]): void {
		this.#run('set', entity, key, () => this.#store.set(entity, key, value));
	}

	delete(entity: CacheEntity, key: string): void {
		this.#run('delete', entity, key, () => this.#store.delete(entity, key));
	}

	clear(entity?: CacheEntity): void {
		this.#run('clear', entity, undefined, () => this.#store.clear(entity));
	}

	async get<E extends CacheEntity>(entity: E, key: string): Promise<CachedEntityMap[E] | undefined> {
		try {
			return await this.#store.get(entity, key);
		} catch (error) {
			this.#report('get', entity, key, error);
			return undefined;
		}
	}
}
