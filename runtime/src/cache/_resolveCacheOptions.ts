import { CACHE_ENTITIES, type CacheEntity } from './CacheEntity.js';
import type { CachedEntityMap } from './CachedEntities.js';
import { type CacheOptions, DEFAULT_CACHE_SETTINGS, DEFAULT_SWEEP_INTERVAL_MS, type EntityCacheOptions } from './CacheOptions.js';
import type { _CollectionLimits } from './_EntityCollection.js';
import { OvenCacheError } from './OvenCacheError.js';

/** Options with defaults applied and checked. @internal */
export interface _ResolvedCacheOptions {
	readonly limits: { readonly [E in CacheEntity]: _CollectionLimits<CachedEntityMap[E]> | undefined };
	readonly sweepIntervalMs: number;
}

function invalid(message: string): OvenCacheError {
	return new OvenCacheError('CACHE_INVALID_OPTION', message);
}

function limits<E extends CacheEntity>(entity: E, options: CacheOptions): _CollectionLimits<CachedEntityMap[E]> | undefined {
	const setting = options[entity] as boolean | EntityCacheOptions<CachedEntityMap[E]> | undefined;
	const fallback: false | EntityCacheOptions<CachedEntityMap[E]> = DEFAULT_CACHE_SETTINGS[entity];
	if (setting === false || (setting === undefined && fallback === false)) return undefined;
	if (setting !== undefined && setting !== true && (typeof setting !== 'object' || setting === null)) {
		throw invalid(`cache.${entity} must be false, true or { max?, ttlMs?, filter? }.`);
	}
	const chosen: EntityCacheOptions<CachedEntityMap[E]> = typeof setting === 'object' ? setting : fallback === false ? {} : fallback;
	const max = chosen.max ?? (fallback === false ? Infinity : (fallback.max ?? Infinity));
	if (typeof max !== 'number' || Number.isNaN(max) || max < 0 || (max !== Infinity && !Number.isInteger(max))) {
		throw invalid(`cache.${entity}.max must be a whole number ≥ 0 or Infinity (got ${String(max)}); use false to turn ${entity} off.`);
	}
	const ttlMs = chosen.ttlMs;
	if (ttlMs !== undefined && (typeof ttlMs !== 'number' || !(ttlMs > 0))) {
		throw invalid(`cache.${entity}.ttlMs must be a number of milliseconds > 0 (got ${String(ttlMs)}); leave it out for no TTL.`);
	}
	if (chosen.filter !== undefined && typeof chosen.filter !== 'function') throw invalid(`cache.${entity}.filter must be a function.`);
	return { max, ttlMs, filter: chosen.filter };
}

/** Applies defaults and checks `options`; throws {@link OvenCacheError} `CACHE_INVALID_OPTION`. @internal */
export function _resolveCacheOptions(options: CacheOptions = {}): _ResolvedCacheOptions {
	if (typeof options !== 'object' || options === null) throw invalid('cache options must be an object.');
	const sweepIntervalMs = options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
	if (typeof sweepIntervalMs !== 'number' || !(sweepIntervalMs > 0) || sweepIntervalMs === Infinity) {
		throw invalid(`cache.sweepIntervalMs must be a number of milliseconds > 0 (got ${String(sweepIntervalMs)}).`);
	}
	if (
		options.store !== undefined &&
		(typeof options.store !== 'object' || options.store === null || typeof options.store.get !== 'function')
	) {
		throw invalid('cache.store must implement CacheStore (get, set, delete, clear).');
	}
	const resolved = Object.fromEntries(CACHE_ENTITIES.map((entity) => [entity, limits(entity, options)]));
	return { limits: resolved as _ResolvedCacheOptions['limits'], sweepIntervalMs };
}
