import { OvenError } from '../errors/OvenError.js';

/**
 * The stable string codes of every error the cache throws or reports. Match on these,
 * not on messages or class names.
 */
export type CacheErrorCode =
	/** A second-tier `CacheStore` call failed (reported through `onStoreError`, never thrown). */
	| 'CACHE_STORE_ERROR'
	/** `createCache` or a store was given an option it cannot use. */
	| 'CACHE_INVALID_OPTION';

/**
 * Base class of every error the cache throws or reports, an {@link OvenError}: `name` carries
 * the code (`CacheStoreError[CACHE_STORE_ERROR]`).
 */
export class OvenCacheError<C extends CacheErrorCode = CacheErrorCode> extends OvenError<C> {}
