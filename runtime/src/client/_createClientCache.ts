import { type CacheOptions, type ClientCache, createCache } from '../cache/index.js';

function isCache(value: object): value is ClientCache {
	return typeof (value as { apply?: unknown }).apply === 'function' && typeof (value as { destroy?: unknown }).destroy === 'function';
}

/**
 * The client's cache from its `cache` option: `false` none, a ready `ClientCache` as is,
 * otherwise `createCache(options)`.
 * @internal
 */
export function _createClientCache(option: false | CacheOptions | ClientCache | undefined): ClientCache | undefined {
	if (option === false) return undefined;
	if (option !== undefined && isCache(option)) return option;
	return createCache(option);
}
