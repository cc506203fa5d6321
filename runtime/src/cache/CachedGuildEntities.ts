import type {
	APIAutoModerationRule,
	APIGuildScheduledEvent,
	APISoundboardSound,
	APIStageInstance,
	StickerFormatType,
	StickerType,
} from 'discord-api-types/v10';

// Guild-scoped records beyond channels, roles and members: what GUILD_CREATE carries besides
// them and what their own dispatches keep current. Same rules as CachedEntities.ts: Discord's
// field names, nested users split out to `users` (as `user_id`/`creator_id`), one shape per kind.

/** A guild's custom emoji (the creator, when Discord sends one, is in `users` under `user_id`). */
export interface CachedEmoji {
	readonly id: string;
	readonly guild_id: string;
	readonly name: string | null;
	/** Roles allowed to use it; empty for everyone. */
	readonly roles: readonly string[];
	readonly user_id: string | null;
	readonly require_colons: boolean;
	readonly managed: boolean;
	readonly animated: boolean;
	readonly available: boolean;
}

/** A guild's sticker (its creator in `users` under `user_id`). */
export interface CachedSticker {
	readonly id: string;
	readonly guild_id: string;
	readonly name: string;
	readonly description: string | null;
	/** Autocomplete tags, comma-separated. */
	readonly tags: string;
	readonly type: StickerType;
	readonly format_type: StickerFormatType;
	readonly available: boolean;
	readonly user_id: string | null;
}

/** A scheduled event as Discord sends it, with the creator in `users` (`creator_id` stays). */
export type CachedScheduledEvent = Readonly<Omit<APIGuildScheduledEvent, 'creator'>>;

/** A live stage instance, as Discord sends it. */
export type CachedStageInstance = Readonly<APIStageInstance>;

/** An auto-moderation rule, as Discord sends it (AUTO_MODERATION_RULE_* and fetches; GUILD_CREATE has none). */
export type CachedAutoModerationRule = Readonly<APIAutoModerationRule>;

/** A guild's soundboard sound, its uploader in `users` under `user_id`. */
export type CachedSoundboardSound = Readonly<Omit<APISoundboardSound, 'user' | 'guild_id'>> & {
	readonly guild_id: string;
	readonly user_id: string | null;
};
