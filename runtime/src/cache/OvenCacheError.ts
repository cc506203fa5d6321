/**
 * The stable string codes of every error the cache throws or reports. Match on these,
 * not on messages or class names.
 * - `INVALID_CACHE_OPTION`: `createCache` was given a bad option (thrown).
 * - `CACHE_STORE_ERROR`: a second-tier store call failed (reported through
 *   `onStoreError`, never thrown).
 */
export type CacheErrorCode = 'CACHE_STORE_ERROR' | 'INVALID_CACHE_OPTION';

/**
 * Base class of every error the cache throws or reports. `code` is stable across
 * releases; `name` carries it too (`CacheStoreError[CACHE_STORE_ERROR]`).
 */
export class OvenCacheError extends Error {
	/** The stable string code; see {@link CacheErrorCode}. */
	readonly code: CacheErrorCode | (string & {});

	/**
	 * @param code The stable string code.
	 * @param message What happened and what to do about it.
	 * @param options Standard error options (`cause`).
	 */
	constructor(code: CacheErrorCode | (string & {}), message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
	}

	/** The class name with the code, e.g. `CacheStoreError[CACHE_STORE_ERROR]`. */
	override get name(): string {
		return `${this.constructor.name}[${this.code}]`;
	}
}
