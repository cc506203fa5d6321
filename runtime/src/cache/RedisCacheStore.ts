import { CACHE_ENTITIES, type CacheEntity } from './CacheEntity.js';
import type { CachedEntityMap } from './CachedEntities.js';
import type { CacheStore } from './CacheStore.js';
import { OvenCacheError } from './OvenCacheError.js';

/** The part of an ioredis client the store uses. */
export interface RedisHashClient {
	hget(key: string, field: string): Promise<string | null>;
	hset(key: string, field: string, value: string): Promise<unknown>;
	hdel(key: string, field: string): Promise<unknown>;
	del(...keys: string[]): Promise<unknown>;
}

/** Options of a {@link RedisCacheStore}. */
export interface RedisCacheStoreOptions {
	/** An ioredis client (yours to close). */
	readonly redis: RedisHashClient;
	/** Key prefix; one per bot. Default `ovenjs:cache`. */
	readonly prefix?: string;
}

/**
 * A {@link CacheStore} in Redis, so that every process of a bot sees one cache: each process
 * writes through what its shards receive, and reads what other processes cached with the
 * collections' `fetch()`. One Redis hash per entity (`<prefix>:guilds` → id → record), the
 * lean records as JSON.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * const cache = createCache({ store: new RedisCacheStore({ redis: new Redis(process.env.REDIS_URL) }), onStoreError: log });
 * const client = createClient({ token, intents, cache });
 * ```
 */
export class RedisCacheStore implements CacheStore {
	readonly #redis: RedisHashClient;
	readonly #prefix: string;

	public constructor(options: RedisCacheStoreOptions) {
		const prefix = options.prefix ?? 'ovenjs:cache';
		if (prefix === '') throw new OvenCacheError('CACHE_INVALID_OPTION', 'RedisCacheStore: prefix must not be empty.');
		this.#redis = options.redis;
		this.#prefix = prefix;
	}

	/** @inheritdoc */
	public async get<E extends CacheEntity>(entity: E, key: string): Promise<CachedEntityMap[E] | undefined> {
		const text = await this.#redis.hget(this.#key(entity), key);
		return text === null ? undefined : (JSON.parse(text) as CachedEntityMap[E]);
	}

	/** @inheritdoc */
	public async set<E extends CacheEntity>(entity: E, key: string, value: CachedEntityMap[E]): Promise<void> {
		await this.#redis.hset(this.#key(entity), key, JSON.stringify(value));
	}

	/** @inheritdoc */
	public async delete(entity: CacheEntity, key: string): Promise<void> {
		await this.#redis.hdel(this.#key(entity), key);
	}

	/** @inheritdoc */
	public async clear(entity?: CacheEntity): Promise<void> {
		await this.#redis.del(...(entity === undefined ? CACHE_ENTITIES : [entity]).map((e) => this.#key(e)));
	}

	#key(entity: CacheEntity): string {
		return `${this.#prefix}:${entity}`;
	}
}
