import type { GatewayDispatchPayload } from 'discord-api-types/v10';
import { CACHE_ENTITIES, type CacheEntity } from './CacheEntity.js';
import type { CachedEntityMap, CachedMember, CachedMessage, CachedPresence, CachedVoiceState } from './CachedEntities.js';
import type { CacheOptions } from './CacheOptions.js';
import type { ClientCache, GuildScopedCacheCollection, IdCacheCollection, PairCacheCollection } from './ClientCache.js';
import { _CacheState, type _Collections } from './_CacheState.js';
import { _DISPATCH_HANDLERS } from './_dispatchHandlers.js';
import { _EntityCollection } from './_EntityCollection.js';
import { _raw } from './_lean.js';
import { _MemberTable } from './_MemberTable.js';
import { _MessageCollection } from './_MessageCollection.js';
import { _resolveCacheOptions } from './_resolveCacheOptions.js';
import type { _Table } from './_SlotTable.js';
import { _StoreTier } from './_StoreTier.js';
import { _UserTable } from './_UserTable.js';

const EMPTY: readonly never[] = [];

/** Entities read by id alone although grouped by guild. */
const INDEXED_BY_ID: ReadonlySet<CacheEntity> = new Set([
	'channels',
	'roles',
	'emojis',
	'stickers',
	'scheduledEvents',
	'stageInstances',
	'autoModerationRules',
	'soundboardSounds',
]);

/** Members and users are kept columnar (one table per guild, one for all users), messages in `_MessageCollection`; the rest as records. */
const TABLES: { readonly [E in CacheEntity]?: () => _Table<CachedEntityMap[E]> } = {
	members: () => new _MemberTable(),
	users: () => new _UserTable(),
};

function idView<E extends CacheEntity, X extends object>(
	entity: E,
	collection: _EntityCollection<E> | undefined,
	tier: _StoreTier | undefined,
	extra: X,
): IdCacheCollection<CachedEntityMap[E]> & X {
	return {
		...extra,
		get: (id) => collection?.getById(id),
		has: (id) => collection?.getById(id) !== undefined,
		get size() {
			return collection?.size ?? 0;
		},
		values: () => collection?.values() ?? EMPTY.values(),
		fetch: async (id) => {
			const cached = collection?.getById(id);
			if (cached !== undefined || tier === undefined) return cached;
			const stored = await tier.get(entity, id);
			if (stored !== undefined && collection !== undefined) {
				const group = (stored as { guild_id?: string }).guild_id;
				collection.set(INDEXED_BY_ID.has(entity) ? (group ?? '') : '', id, stored, false);
			}
			return stored;
		},
	};
}

/** The entities grouped by guild and read by id alone. */
type ScopedEntity =
	'channels' | 'roles' | 'emojis' | 'stickers' | 'scheduledEvents' | 'stageInstances' | 'autoModerationRules' | 'soundboardSounds';

function scopedView<E extends ScopedEntity>(
	entity: E,
	collection: _EntityCollection<E> | undefined,
	tier: _StoreTier | undefined,
): GuildScopedCacheCollection<CachedEntityMap[E]> {
	return idView(entity, collection, tier, {
		forGuild: (guildId: string): Iterable<CachedEntityMap[E]> => collection?.group(guildId) ?? EMPTY,
	});
}

/** What a pair view reads and writes: an `_EntityCollection`, or the `_MessageCollection`. */
type PairCollection<T> = Pick<_EntityCollection<CacheEntity>, 'size'> & {
	get(parentId: string, id: string): T | undefined;
	set(parentId: string, id: string, record: T, writeThrough?: boolean): void;
	values(): IterableIterator<T>;
};

function pairView<E extends 'members' | 'messages' | 'presences' | 'voiceStates', X extends object>(
	entity: E,
	collection: PairCollection<CachedEntityMap[E]> | undefined,
	tier: _StoreTier | undefined,
	extra: X,
): PairCacheCollection<CachedEntityMap[E]> & X {
	return {
		...extra,
		get: (parentId, id) => collection?.get(parentId, id),
		has: (parentId, id) => collection?.get(parentId, id) !== undefined,
		get size() {
			return collection?.size ?? 0;
		},
		values: () => collection?.values() ?? EMPTY.values(),
		fetch: async (parentId, id) => {
			const cached = collection?.get(parentId, id);
			if (cached !== undefined || tier === undefined) return cached;
			const stored = await tier.get(entity, `${parentId}:${id}`);
			if (stored !== undefined) collection?.set(parentId, id, stored, false);
			return stored;
		},
	};
}

/**
 * Makes the cache the client feeds with every dispatch. Defaults: everything on except
 * presences, messages capped at 100 per channel (see `DEFAULT_CACHE_SETTINGS` and
 * runtime/src/cache/README.md). Throws {@link OvenCacheError} `CACHE_INVALID_OPTION` on
 * bad options; never throws from `apply`.
 */
export function createCache(options: CacheOptions = {}): ClientCache {
	const resolved = _resolveCacheOptions(options);
	const tier = options.store === undefined ? undefined : new _StoreTier(options.store, options.onStoreError);
	const make = <E extends CacheEntity>(entity: E): _EntityCollection<E> | undefined => {
		const limits = resolved.limits[entity];
		return limits === undefined ? undefined : new _EntityCollection(entity, limits, tier, INDEXED_BY_ID.has(entity), TABLES[entity]);
	};
	const c: _Collections = {
		guilds: make('guilds'),
		channels: make('channels'),
		roles: make('roles'),
		members: make('members'),
		users: make('users'),
		messages: resolved.limits.messages === undefined ? undefined : new _MessageCollection(resolved.limits.messages, tier),
		presences: make('presences'),
		emojis: make('emojis'),
		stickers: make('stickers'),
		voiceStates: make('voiceStates'),
		scheduledEvents: make('scheduledEvents'),
		stageInstances: make('stageInstances'),
		autoModerationRules: make('autoModerationRules'),
		soundboardSounds: make('soundboardSounds'),
	};
	const state = new _CacheState(c);
	// A Map, not the table object: `t` is a fresh string from JSON.parse, which a Map looks up
	// by its hash (computed once per string) where a property lookup must internalize it first.
	const handlers = new Map(Object.entries(_DISPATCH_HANDLERS));
	let destroyed = false;
	const sweep = (): number => {
		let swept = 0;
		for (const entity of CACHE_ENTITIES) swept += c[entity]?.sweep() ?? 0;
		return swept;
	};
	const hasTtl = CACHE_ENTITIES.some((entity) => resolved.limits[entity]?.ttlMs !== undefined);
	let timer: NodeJS.Timeout | undefined = hasTtl ? setInterval(sweep, resolved.sweepIntervalMs).unref() : undefined;

	return {
		apply(payload: GatewayDispatchPayload): void {
			if (destroyed) return;
			const frame = _raw(payload);
			const handler = typeof frame?.t === 'string' ? handlers.get(frame.t) : undefined;
			const data = _raw(frame?.d);
			if (handler !== undefined && data !== undefined) handler(state, data);
		},
		guilds: idView('guilds', c.guilds, tier, {}),
		channels: scopedView('channels', c.channels, tier),
		roles: scopedView('roles', c.roles, tier),
		members: pairView('members', c.members, tier, {
			forGuild: (guildId: string): Iterable<CachedMember> => c.members?.group(guildId) ?? EMPTY,
		}),
		users: idView('users', c.users, tier, {}),
		messages: pairView('messages', c.messages, tier, {
			forChannel: (channelId: string): Iterable<CachedMessage> => c.messages?.group(channelId) ?? EMPTY,
		}),
		presences: pairView('presences', c.presences, tier, {
			forGuild: (guildId: string): Iterable<CachedPresence> => c.presences?.group(guildId) ?? EMPTY,
		}),
		emojis: scopedView('emojis', c.emojis, tier),
		stickers: scopedView('stickers', c.stickers, tier),
		voiceStates: pairView('voiceStates', c.voiceStates, tier, {
			forGuild: (guildId: string): Iterable<CachedVoiceState> => c.voiceStates?.group(guildId) ?? EMPTY,
		}),
		scheduledEvents: scopedView('scheduledEvents', c.scheduledEvents, tier),
		stageInstances: scopedView('stageInstances', c.stageInstances, tier),
		autoModerationRules: scopedView('autoModerationRules', c.autoModerationRules, tier),
		soundboardSounds: scopedView('soundboardSounds', c.soundboardSounds, tier),
		sizes: () => Object.fromEntries(CACHE_ENTITIES.map((entity) => [entity, c[entity]?.size ?? 0])) as Record<CacheEntity, number>,
		sweep,
		destroy(): void {
			if (destroyed) return;
			destroyed = true;
			if (timer !== undefined) clearInterval(timer);
			timer = undefined;
			for (const entity of CACHE_ENTITIES) c[entity]?.clear();
		},
	};
}
