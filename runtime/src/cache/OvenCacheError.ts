import { OvenError } from '../errors/OvenError.js';

/**
 * The stable string codes of every error the cache throws or reports. Match on these,
 * not on messages or class names.
 * - `CACHE_INVALID_OPTION`: `createCache` was given a bad option (thrown).
 * - `CACHE_STORE_ERROR`: a second-tier store call failed (reported through
 *   `onStoreError`, never thrown).
 */
export type CacheErrorCode = 'CACHE_STORE_ERROR' | 'CACHE_INVALID_OPTION';

/**
 * Base class of every error the cache throws or reports, an {@link OvenError}: `name` carries
 * the code (`CacheStoreError[CACHE_STORE_ERROR]`).
 */
export class OvenCacheError<C extends CacheErrorCode = CacheErrorCode> extends OvenError<C> {}
