import type { CacheEntity } from './CacheEntity.js';
import type { CachedEntityMap } from './CachedEntities.js';
import type { CacheStore } from './CacheStore.js';
import type { CacheStoreError } from './CacheStoreError.js';

/**
 * Limits for one entity collection. `max` counts per guild for channels, roles, members,
 * presences and the other guild-scoped entities (emojis, voice states, …), per channel for messages, and in total for guilds and users; over it,
 * the entries written longest ago go first. `ttlMs` drops entries not written for that
 * long (checked every `sweepIntervalMs`). `filter` decides what is kept at all: a record
 * it rejects is not cached (and an older copy is removed).
 */
export interface EntityCacheOptions<T> {
	/** Most entries kept (see above for the scope); `Infinity` for no limit. */
	readonly max?: number;
	/** Entries not written for this long are swept. */
	readonly ttlMs?: number;
	/** Keep only records for which this returns true. */
	readonly filter?: (record: T) => boolean;
}

/** One entity's setting: `false` off, `true` on with the defaults, or limits. */
export type EntityCacheSetting<T> = boolean | EntityCacheOptions<T>;

/** Options of {@link createCache}. Every field is optional. */
export type CacheOptions = {
	readonly [E in CacheEntity]?: EntityCacheSetting<CachedEntityMap[E]>;
} & {
	/** How often sweepers run for collections with `ttlMs` (default 60 000 ms; the timer is unref'd). */
	readonly sweepIntervalMs?: number;
	/** A second tier: written through on every change, read in `fetch()`. */
	readonly store?: CacheStore;
	/** Gets store failures; they never throw into `apply()`. Without it they are dropped. */
	readonly onStoreError?: (error: CacheStoreError) => void;
};

/**
 * The defaults: everything on except presences (they need a privileged intent and are
 * the largest collection); messages keep the last 100 per channel; the rest is unlimited.
 * Voice states are only ever as many as the members in voice channels.
 */
export const DEFAULT_CACHE_SETTINGS = {
	guilds: {},
	channels: {},
	roles: {},
	members: {},
	users: {},
	messages: { max: 100 },
	presences: false,
	emojis: {},
	stickers: {},
	voiceStates: {},
	scheduledEvents: {},
	stageInstances: {},
	autoModerationRules: {},
	soundboardSounds: {},
} as const satisfies { readonly [E in CacheEntity]: false | EntityCacheOptions<CachedEntityMap[E]> };

/** Default `sweepIntervalMs`. */
export const DEFAULT_SWEEP_INTERVAL_MS = 60_000;
