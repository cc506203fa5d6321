import type { GatewayDispatchPayload } from 'discord-api-types/v10';
import type { CacheEntity } from './CacheEntity.js';
import type {
	CachedChannel,
	CachedGuild,
	CachedMember,
	CachedMessage,
	CachedPresence,
	CachedRole,
	CachedUser,
	CachedVoiceState,
} from './CachedEntities.js';
import type {
	CachedAutoModerationRule,
	CachedEmoji,
	CachedScheduledEvent,
	CachedSoundboardSound,
	CachedStageInstance,
	CachedSticker,
} from './CachedGuildEntities.js';

/** What every collection view has. */
export interface CacheCollection<T> {
	/** How many records are in memory. */
	readonly size: number;
	/** Every record in memory. */
	values(): IterableIterator<T>;
}

/** A collection read by one id (guilds, channels, roles, users). */
export interface IdCacheCollection<T> extends CacheCollection<T> {
	/** The record in memory, or undefined. */
	get(id: string): T | undefined;
	/** Whether memory holds `id`. */
	has(id: string): boolean;
	/** Memory, then the store (a store hit is put in memory); undefined when neither has it or the store failed. */
	fetch(id: string): Promise<T | undefined>;
}

/** Guild-scoped collections read by id (channels, roles, emojis, stickers, scheduled events, …). */
export interface GuildScopedCacheCollection<T> extends IdCacheCollection<T> {
	/** The records of one guild, oldest first (by last write when a `max` or `ttlMs` is set, else by first write). */
	forGuild(guildId: string): Iterable<T>;
}

/** Collections keyed by a parent and an id (members, presences: guild; messages: channel). */
export interface PairCacheCollection<T> extends CacheCollection<T> {
	/** The record in memory, or undefined. */
	get(parentId: string, id: string): T | undefined;
	/** Whether memory holds it. */
	has(parentId: string, id: string): boolean;
	/** Memory, then the store (a store hit is put in memory); undefined when neither has it or the store failed. */
	fetch(parentId: string, id: string): Promise<T | undefined>;
}

/** Members by guild and user id. */
export interface MemberCacheCollection extends PairCacheCollection<CachedMember> {
	/** The cached members of one guild, oldest first (by last write when a `max` or `ttlMs` is set, else by first write). */
	forGuild(guildId: string): Iterable<CachedMember>;
}

/** Messages by channel and message id. */
export interface MessageCacheCollection extends PairCacheCollection<CachedMessage> {
	/** The cached messages of one channel, oldest first (by last write when a `max` or `ttlMs` is set, else by first write). */
	forChannel(channelId: string): Iterable<CachedMessage>;
}

/** Records by guild and user id (presences, voice states). */
export interface GuildPairCacheCollection<T> extends PairCacheCollection<T> {
	/** The cached records of one guild. */
	forGuild(guildId: string): Iterable<T>;
}

/** Presences by guild and user id. */
export type PresenceCacheCollection = GuildPairCacheCollection<CachedPresence>;

/** Voice states by guild and user id: who is in which voice channel (`forGuild`: every member in one of its voice channels). */
export type VoiceStateCacheCollection = GuildPairCacheCollection<CachedVoiceState>;

/**
 * The client's cache: fed every gateway dispatch through `apply`, read through lean
 * snake_case records. Entities that are off (or evicted) read as undefined/empty; views
 * work from ids alone in that case. Members, users and messages are stored columnar and
 * rebuilt on every read: two reads give equal records, not the same object.
 */
export interface ClientCache {
	/**
	 * Applies one gateway dispatch: every dispatch that changes what the cache keeps (the
	 * table `CACHE_DISPATCHES`; the others, listed with the reason in `STATELESS_DISPATCHES`,
	 * are ignored). Called by the client for every dispatch before it emits the event. Never
	 * throws on unexpected or partial payloads.
	 */
	apply(payload: GatewayDispatchPayload): void;
	readonly guilds: IdCacheCollection<CachedGuild>;
	readonly channels: GuildScopedCacheCollection<CachedChannel>;
	readonly roles: GuildScopedCacheCollection<CachedRole>;
	readonly members: MemberCacheCollection;
	readonly users: IdCacheCollection<CachedUser>;
	readonly messages: MessageCacheCollection;
	readonly presences: PresenceCacheCollection;
	readonly emojis: GuildScopedCacheCollection<CachedEmoji>;
	readonly stickers: GuildScopedCacheCollection<CachedSticker>;
	readonly voiceStates: VoiceStateCacheCollection;
	readonly scheduledEvents: GuildScopedCacheCollection<CachedScheduledEvent>;
	readonly stageInstances: GuildScopedCacheCollection<CachedStageInstance>;
	readonly autoModerationRules: GuildScopedCacheCollection<CachedAutoModerationRule>;
	readonly soundboardSounds: GuildScopedCacheCollection<CachedSoundboardSound>;
	/** Records in memory per entity (0 for entities that are off). */
	sizes(): Readonly<Record<CacheEntity, number>>;
	/** Runs the TTL sweepers now; returns how many records went. */
	sweep(): number;
	/** Stops sweepers and empties memory (the store keeps its records); idempotent. */
	destroy(): void;
}
