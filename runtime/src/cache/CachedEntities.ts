import type {
	APIAttachment,
	APIPoll,
	APIReaction,
	APIEmbed,
	APIMessageReference,
	APIMessageTopLevelComponent,
	APIOverwrite,
	APIRole,
	APIThreadMetadata,
	ChannelType,
	GatewayActivity,
	GatewayPresenceClientStatus,
	GuildFeature,
	MessageType,
	PresenceUpdateStatus,
} from 'discord-api-types/v10';
import type {
	CachedAutoModerationRule,
	CachedEmoji,
	CachedScheduledEvent,
	CachedSoundboardSound,
	CachedStageInstance,
	CachedSticker,
} from './CachedGuildEntities.js';

// The records the cache keeps. Plain frozen-shape objects in Discord's own field names
// (snake_case, string ids) so views and tools can wrap them; nested entities are split
// out (a member keeps `user_id`, the user is in `users`) and absent fields are `null`,
// so every record of a kind has one shape. Arrays may be shared between records: never
// mutate them.

/**
 * A guild without its nested arrays: channels, threads, roles, members, presences, emojis,
 * stickers, voice states, scheduled events, stage instances and soundboard sounds go to their
 * own collections (`forGuild`).
 */
export interface CachedGuild {
	readonly id: string;
	readonly name: string;
	readonly icon: string | null;
	readonly owner_id: string;
	/** Shared between guilds with the same feature list. */
	readonly features: readonly GuildFeature[];
	readonly member_count: number;
	readonly large: boolean;
	readonly unavailable: boolean;
	readonly joined_at: string | null;
	readonly preferred_locale: string;
	readonly premium_tier: number;
	readonly premium_subscription_count: number;
	readonly system_channel_id: string | null;
	readonly rules_channel_id: string | null;
	readonly afk_channel_id: string | null;
	readonly verification_level: number;
	readonly nsfw_level: number;
	readonly description: string | null;
	readonly banner: string | null;
}

/** A channel or thread (guild or DM). `recipient_ids` replaces DM `recipients`. */
export interface CachedChannel {
	readonly id: string;
	readonly type: ChannelType;
	/** Absent for DM channels. */
	readonly guild_id?: string;
	readonly name: string | null;
	readonly position: number;
	readonly parent_id: string | null;
	readonly topic: string | null;
	readonly nsfw: boolean;
	readonly permission_overwrites: readonly APIOverwrite[];
	readonly rate_limit_per_user: number;
	readonly last_message_id: string | null;
	/** Threads: who made it; null otherwise. */
	readonly owner_id: string | null;
	/** Threads: archive state; null otherwise. */
	readonly thread_metadata: APIThreadMetadata | null;
	/** DM channels: the other users' ids (the users are in `users`). */
	readonly recipient_ids: readonly string[];
	/** When the latest pin was pinned (CHANNEL_PINS_UPDATE), if known. */
	readonly last_pin_timestamp: string | null;
	/** Threads: about how many members (THREAD_MEMBERS_UPDATE); null otherwise. */
	readonly member_count: number | null;
}

/** A role as Discord sends it, plus its guild id. */
export type CachedRole = Readonly<APIRole> & { readonly guild_id: string };

/**
 * A guild member without the nested user (it is in `users` under `user_id`) and without
 * voice state (`deaf`, `mute`). The four rarer fields are present only when set (absent
 * means null/false), which keeps most member records at six fields.
 */
export interface CachedMember {
	readonly guild_id: string;
	readonly user_id: string;
	readonly nick: string | null;
	/** Role ids (without @everyone). Shared between members with the same roles. */
	readonly roles: readonly string[];
	/** Null for members only seen partially (e.g. from a message before the member was cached). */
	readonly joined_at: string | null;
	readonly flags: number;
	/** Guild avatar hash; absent when none. */
	readonly avatar?: string | null;
	/** Absent when not boosting. */
	readonly premium_since?: string | null;
	/** Timeout end; absent when not timed out. */
	readonly communication_disabled_until?: string | null;
	/** Membership screening not passed yet; absent when false. */
	readonly pending?: boolean;
}

/** A user: the fields needed to show and mention them. */
export interface CachedUser {
	readonly id: string;
	readonly username: string;
	readonly discriminator: string;
	readonly global_name: string | null;
	readonly avatar: string | null;
	readonly bot: boolean;
}

/**
 * A message without the nested author (in `users` under `author_id`), member (in
 * `members`), mentioned users (ids in `mention_ids`), stickers and `referenced_message`
 * (`message_reference` keeps the ids). Reactions and a poll's counts follow the reaction and
 * vote dispatches.
 */
export interface CachedMessage {
	readonly id: string;
	readonly channel_id: string;
	/** Absent in DMs. */
	readonly guild_id?: string;
	readonly author_id: string;
	/** Empty without the MessageContent intent (except mentions and DMs). */
	readonly content: string;
	readonly timestamp: string;
	readonly edited_timestamp: string | null;
	readonly type: MessageType;
	readonly flags: number;
	readonly pinned: boolean;
	readonly tts: boolean;
	readonly mention_everyone: boolean;
	readonly mention_ids: readonly string[];
	readonly mention_roles: readonly string[];
	readonly attachments: readonly APIAttachment[];
	readonly embeds: readonly APIEmbed[];
	readonly components: readonly APIMessageTopLevelComponent[];
	readonly message_reference: APIMessageReference | null;
	readonly webhook_id: string | null;
	/** Reactions with their counts (`me`: the bot reacted). */
	readonly reactions: readonly APIReaction[];
	/** The poll, with its results as the vote dispatches move them; null without one. */
	readonly poll: APIPoll | null;
}

/** A member's presence in a guild (off by default: needs the GuildPresences intent and much memory). */
export interface CachedPresence {
	readonly guild_id: string;
	readonly user_id: string;
	readonly status: PresenceUpdateStatus | `${PresenceUpdateStatus}`;
	readonly activities: readonly GatewayActivity[];
	readonly client_status: GatewayPresenceClientStatus;
}

/**
 * Who is in a voice channel: a member's voice state, kept while they are in one (a
 * VOICE_STATE_UPDATE with `channel_id: null` removes it). Needs the GuildVoiceStates intent.
 */
export interface CachedVoiceState {
	readonly guild_id: string;
	readonly user_id: string;
	readonly channel_id: string;
	readonly session_id: string;
	readonly deaf: boolean;
	readonly mute: boolean;
	readonly self_deaf: boolean;
	readonly self_mute: boolean;
	readonly self_stream: boolean;
	readonly self_video: boolean;
	readonly suppress: boolean;
	readonly request_to_speak_timestamp: string | null;
}

/** The record type of each {@link CacheEntity}. */
export interface CachedEntityMap {
	guilds: CachedGuild;
	channels: CachedChannel;
	roles: CachedRole;
	members: CachedMember;
	users: CachedUser;
	messages: CachedMessage;
	presences: CachedPresence;
	emojis: CachedEmoji;
	stickers: CachedSticker;
	voiceStates: CachedVoiceState;
	scheduledEvents: CachedScheduledEvent;
	stageInstances: CachedStageInstance;
	autoModerationRules: CachedAutoModerationRule;
	soundboardSounds: CachedSoundboardSound;
}
