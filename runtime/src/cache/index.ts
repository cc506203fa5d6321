/**
 * The cache: per-entity stores, limits, sweepers, and the store interface for other tiers.
 * @packageDocumentation
 */
export * from './CacheEntity.js';
export type * from './CachedEntities.js';
export type * from './CachedGuildEntities.js';
export * from './CacheOptions.js';
export type * from './CacheStore.js';
export type * from './ClientCache.js';
export * from './InMemoryCacheStore.js';
export * from './RedisCacheStore.js';
export * from './OvenCacheError.js';
export * from './CacheStoreError.js';
export * from './createCache.js';
export * from './cacheDispatches.js';
