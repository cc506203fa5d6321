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
import type { _ArrayInterner } from './_ArrayInterner.js';

// Payload → lean record. Payloads are read defensively (`apply` never throws on partial
// or odd data): a field missing from an update keeps the previous record's value, else
// a neutral default. Every record of a kind gets the same keys in the same order, so V8
// gives them one hidden class.

/** A payload object as read here: any JSON object. @internal */
export type _Raw = Readonly<Record<string, unknown>>;

/** `value` as an object, or undefined. @internal */
export function _raw(value: unknown): _Raw | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as _Raw) : undefined;
}

/** `value` as a string id, or undefined. @internal */
export function _id(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `value` as an array of objects (others dropped). @internal */
function _objects(value: unknown): _Raw[] {
	if (!Array.isArray(value)) return [];
	const out: _Raw[] = [];
	for (const item of value) {
		const raw = _raw(item);
		if (raw !== undefined) out.push(raw);
	}
	return out;
}

// One reader per field type (not one `field` taking a predicate): each stays monomorphic,
// so V8 inlines it. A missing or mistyped field keeps the previous value, else the fallback.

/** @internal */
export function str<T extends string>(data: _Raw, key: string, previous: T | undefined, fallback: T): T {
	const value = data[key];
	return typeof value === 'string' ? (value as T) : (previous ?? fallback);
}

/** @internal */
export function strOrNull<T extends string | null>(data: _Raw, key: string, previous: T | undefined, fallback: T): T {
	const value = data[key];
	return value === null || typeof value === 'string' ? (value as T) : (previous ?? fallback);
}

/** @internal */
export function num<T extends number>(data: _Raw, key: string, previous: T | undefined, fallback: T): T {
	const value = data[key];
	return typeof value === 'number' ? (value as T) : (previous ?? fallback);
}

/** @internal */
export function numOrNull(data: _Raw, key: string, previous: number | null | undefined, fallback: number | null): number | null {
	const value = data[key];
	return value === null || typeof value === 'number' ? value : previous === undefined ? fallback : previous;
}

/** @internal */
export function bool(data: _Raw, key: string, previous: boolean | undefined, fallback: boolean): boolean {
	const value = data[key];
	return typeof value === 'boolean' ? value : (previous ?? fallback);
}

/** @internal */
export function arr<T>(data: _Raw, key: string, previous: T | undefined, fallback: T): T {
	const value = data[key];
	return Array.isArray(value) ? (value as T) : (previous ?? fallback);
}

/** @internal */
export function objOrNull<T>(data: _Raw, key: string, previous: T | undefined, fallback: T): T {
	const value = data[key];
	return value === null || (typeof value === 'object' && !Array.isArray(value)) ? (value as T) : (previous ?? fallback);
}

const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

/** The shared copy of the strings in `value` (no filtered copy first when all are strings: the usual case). */
/** @internal */
export function internStrings(value: unknown, arrays: _ArrayInterner): readonly string[] {
	if (!Array.isArray(value)) return arrays.empty;
	for (const item of value) if (typeof item !== 'string') return arrays.intern(strings(value));
	return arrays.intern(value as string[]);
}

function strings(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** @internal */
export function _leanGuild(
	data: _Raw,
	id: string,
	prev: CachedGuild | undefined,
	arrays: _ArrayInterner,
	unavailable?: boolean,
): CachedGuild {
	return {
		id,
		name: str(data, 'name', prev?.name, ''),
		icon: strOrNull(data, 'icon', prev?.icon, null),
		owner_id: str(data, 'owner_id', prev?.owner_id, ''),
		features: ('features' in data ? internStrings(data.features, arrays) : (prev?.features ?? arrays.empty)) as CachedGuild['features'],
		member_count: num(data, 'member_count', prev?.member_count, 0),
		large: bool(data, 'large', prev?.large, false),
		unavailable: unavailable ?? bool(data, 'unavailable', prev?.unavailable, false),
		joined_at: strOrNull(data, 'joined_at', prev?.joined_at, null),
		preferred_locale: str(data, 'preferred_locale', prev?.preferred_locale, 'en-US'),
		premium_tier: num(data, 'premium_tier', prev?.premium_tier, 0),
		premium_subscription_count: num(data, 'premium_subscription_count', prev?.premium_subscription_count, 0),
		system_channel_id: strOrNull(data, 'system_channel_id', prev?.system_channel_id, null),
		rules_channel_id: strOrNull(data, 'rules_channel_id', prev?.rules_channel_id, null),
		afk_channel_id: strOrNull(data, 'afk_channel_id', prev?.afk_channel_id, null),
		verification_level: num(data, 'verification_level', prev?.verification_level, 0),
		nsfw_level: num(data, 'nsfw_level', prev?.nsfw_level, 0),
		description: strOrNull(data, 'description', prev?.description, null),
		banner: strOrNull(data, 'banner', prev?.banner, null),
	};
}

/** @internal */
export function _leanChannel(
	data: _Raw,
	id: string,
	guildId: string | undefined,
	prev: CachedChannel | undefined,
	arrays: _ArrayInterner,
): CachedChannel {
	const recipients =
		'recipients' in data
			? arrays.intern(_objects(data.recipients).flatMap((u) => (_id(u.id) === undefined ? [] : [u.id as string])))
			: undefined;
	const overwrites = arr<CachedChannel['permission_overwrites']>(data, 'permission_overwrites', prev?.permission_overwrites, []);
	return {
		id,
		type: num(data, 'type', prev?.type, 0),
		// Always present (undefined for DMs): one hidden class, no dictionary-mode copy.
		guild_id: guildId as string,
		name: strOrNull(data, 'name', prev?.name, null),
		position: num(data, 'position', prev?.position, 0),
		parent_id: strOrNull(data, 'parent_id', prev?.parent_id, null),
		topic: strOrNull(data, 'topic', prev?.topic, null),
		nsfw: bool(data, 'nsfw', prev?.nsfw, false),
		permission_overwrites: overwrites.length === 0 ? (arrays.empty as readonly never[]) : overwrites,
		rate_limit_per_user: num(data, 'rate_limit_per_user', prev?.rate_limit_per_user, 0),
		last_message_id: strOrNull(data, 'last_message_id', prev?.last_message_id, null),
		owner_id: strOrNull(data, 'owner_id', prev?.owner_id, null),
		thread_metadata: objOrNull(data, 'thread_metadata', prev?.thread_metadata, null),
		recipient_ids: recipients ?? prev?.recipient_ids ?? arrays.empty,
		last_pin_timestamp: strOrNull(data, 'last_pin_timestamp', prev?.last_pin_timestamp, null),
		member_count: numOrNull(data, 'member_count', prev?.member_count, null),
	};
}

/**
 * `channel` with `last_message_id` moved (every MESSAGE_CREATE does it): an explicit literal
 * in `_leanChannel`'s key order, one hidden class and about a fifth of the time a spread
 * with an override takes.
 * @internal
 */
export function _withLastMessage(channel: CachedChannel, messageId: string): CachedChannel {
	return {
		id: channel.id,
		type: channel.type,
		guild_id: channel.guild_id as string,
		name: channel.name,
		position: channel.position,
		parent_id: channel.parent_id,
		topic: channel.topic,
		nsfw: channel.nsfw,
		permission_overwrites: channel.permission_overwrites,
		rate_limit_per_user: channel.rate_limit_per_user,
		last_message_id: messageId,
		owner_id: channel.owner_id,
		thread_metadata: channel.thread_metadata,
		recipient_ids: channel.recipient_ids,
		last_pin_timestamp: channel.last_pin_timestamp,
		member_count: channel.member_count,
	};
}

/** @internal */
export function _leanRole(data: _Raw, id: string, guildId: string, prev: CachedRole | undefined): CachedRole {
	const role: Record<keyof CachedRole, unknown> = {
		id,
		guild_id: guildId,
		name: str(data, 'name', prev?.name, ''),
		color: num(data, 'color', prev?.color, 0),
		colors: objOrNull(data, 'colors', prev?.colors, null),
		hoist: bool(data, 'hoist', prev?.hoist, false),
		icon: strOrNull(data, 'icon', prev?.icon, null),
		unicode_emoji: strOrNull(data, 'unicode_emoji', prev?.unicode_emoji, null),
		position: num(data, 'position', prev?.position, 0),
		permissions: str(data, 'permissions', prev?.permissions, '0'),
		managed: bool(data, 'managed', prev?.managed, false),
		mentionable: bool(data, 'mentionable', prev?.mentionable, false),
		tags: objOrNull(data, 'tags', prev?.tags, undefined),
		flags: num<number>(data, 'flags', prev?.flags, 0),
	};
	return role as CachedRole;
}

/**
 * Whether `data` has every member field valid, so that `_leanMember` needs no previous
 * record (MESSAGE_CREATE's partial member does: reading the cached one back costs more).
 * @internal
 */
export function _memberComplete(data: _Raw): boolean {
	return (
		Array.isArray(data.roles) &&
		typeof data.flags === 'number' &&
		isStringOrNull(data.nick) &&
		isStringOrNull(data.joined_at) &&
		isStringOrNull(data.avatar) &&
		isStringOrNull(data.premium_since) &&
		isStringOrNull(data.communication_disabled_until) &&
		typeof data.pending === 'boolean'
	);
}

/** @internal */
export function _leanMember(
	data: _Raw,
	guildId: string,
	userId: string,
	prev: CachedMember | undefined,
	arrays: _ArrayInterner,
): CachedMember {
	const nick = strOrNull(data, 'nick', prev?.nick, null);
	const roles = 'roles' in data && Array.isArray(data.roles) ? internStrings(data.roles, arrays) : (prev?.roles ?? arrays.empty);
	const joinedAt = strOrNull(data, 'joined_at', prev?.joined_at, null);
	const flags = num(data, 'flags', prev?.flags, 0);
	const avatar = strOrNull(data, 'avatar', prev?.avatar, null);
	const premiumSince = strOrNull(data, 'premium_since', prev?.premium_since, null);
	const timeout = strOrNull(data, 'communication_disabled_until', prev?.communication_disabled_until, null);
	const pending = bool(data, 'pending', prev?.pending, false);
	// Most members have none of the rarer fields: they get the six-field shape (32 B less each).
	if (avatar === null && premiumSince === null && timeout === null && !pending) {
		return { guild_id: guildId, user_id: userId, nick, roles, joined_at: joinedAt, flags };
	}
	return {
		guild_id: guildId,
		user_id: userId,
		nick,
		roles,
		joined_at: joinedAt,
		flags,
		avatar,
		premium_since: premiumSince,
		communication_disabled_until: timeout,
		pending,
	};
}

/** @internal */
export function _leanUser(data: _Raw, id: string, prev: CachedUser | undefined): CachedUser {
	return {
		id,
		username: str(data, 'username', prev?.username, ''),
		discriminator: str(data, 'discriminator', prev?.discriminator, '0'),
		global_name: strOrNull(data, 'global_name', prev?.global_name, null),
		avatar: strOrNull(data, 'avatar', prev?.avatar, null),
		bot: bool(data, 'bot', prev?.bot, false),
	};
}

/** Whether `a` and `b` hold the same values (to skip rewriting unchanged users). @internal */
export function _sameUser(a: CachedUser, b: CachedUser): boolean {
	return (
		a.username === b.username &&
		a.discriminator === b.discriminator &&
		a.global_name === b.global_name &&
		a.avatar === b.avatar &&
		a.bot === b.bot
	);
}

/** The ids of the user objects in `mentions`. */
function mentionIds(mentions: readonly unknown[]): string[] {
	const ids: string[] = [];
	for (const mention of mentions) {
		const id = _raw(mention)?.id;
		if (typeof id === 'string') ids.push(id);
	}
	return ids;
}

/** The payload's array as is, the shared empty one for an empty array, or `previous` when absent. */
function sharedArray<T>(value: unknown, previous: readonly T[] | undefined, none: readonly never[]): readonly T[] {
	if (!Array.isArray(value)) return previous ?? none;
	return value.length === 0 ? none : (value as T[]);
}

/** @internal */
export function _leanMessage(
	data: _Raw,
	id: string,
	channelId: string,
	guildId: string | undefined,
	authorId: string | undefined,
	prev: CachedMessage | undefined,
	arrays: _ArrayInterner,
): CachedMessage {
	const none = arrays.empty as readonly never[];
	const record: CachedMessage = {
		id,
		channel_id: channelId,
		// Always present (undefined in DMs) so every message has one hidden class; a spread
		// to add it would make a copy in dictionary mode (~1 KB more per message).
		guild_id: guildId as string,
		author_id: authorId ?? prev?.author_id ?? '',
		content: str(data, 'content', prev?.content, ''),
		timestamp: str(data, 'timestamp', prev?.timestamp, ''),
		edited_timestamp: strOrNull(data, 'edited_timestamp', prev?.edited_timestamp, null),
		type: num(data, 'type', prev?.type, 0),
		flags: num(data, 'flags', prev?.flags, 0),
		pinned: bool(data, 'pinned', prev?.pinned, false),
		tts: bool(data, 'tts', prev?.tts, false),
		mention_everyone: bool(data, 'mention_everyone', prev?.mention_everyone, false),
		mention_ids: Array.isArray(data.mentions)
			? data.mentions.length === 0
				? none
				: arrays.intern(mentionIds(data.mentions))
			: (prev?.mention_ids ?? none),
		mention_roles: Array.isArray(data.mention_roles)
			? data.mention_roles.length === 0
				? none
				: internStrings(data.mention_roles, arrays)
			: (prev?.mention_roles ?? none),
		attachments: sharedArray(data.attachments, prev?.attachments, none),
		embeds: sharedArray(data.embeds, prev?.embeds, none),
		components: sharedArray(data.components, prev?.components, none),
		message_reference: objOrNull(data, 'message_reference', prev?.message_reference, null),
		webhook_id: strOrNull(data, 'webhook_id', prev?.webhook_id, null),
		reactions: sharedArray(data.reactions, prev?.reactions, none),
		poll: objOrNull(data, 'poll', prev?.poll, null),
	};
	return record;
}

/** @internal */
export function _leanPresence(data: _Raw, guildId: string, userId: string, prev: CachedPresence | undefined): CachedPresence {
	return {
		guild_id: guildId,
		user_id: userId,
		status: str(data, 'status', prev?.status, 'offline'),
		activities: arr(data, 'activities', prev?.activities, []),
		client_status: objOrNull(data, 'client_status', prev?.client_status, {}),
	};
}

/** @internal */
export function _leanVoiceState(
	data: _Raw,
	guildId: string,
	userId: string,
	channelId: string,
	prev: CachedVoiceState | undefined,
): CachedVoiceState {
	return {
		guild_id: guildId,
		user_id: userId,
		channel_id: channelId,
		session_id: str(data, 'session_id', prev?.session_id, ''),
		deaf: bool(data, 'deaf', prev?.deaf, false),
		mute: bool(data, 'mute', prev?.mute, false),
		self_deaf: bool(data, 'self_deaf', prev?.self_deaf, false),
		self_mute: bool(data, 'self_mute', prev?.self_mute, false),
		self_stream: bool(data, 'self_stream', prev?.self_stream, false),
		self_video: bool(data, 'self_video', prev?.self_video, false),
		suppress: bool(data, 'suppress', prev?.suppress, false),
		request_to_speak_timestamp: strOrNull(data, 'request_to_speak_timestamp', prev?.request_to_speak_timestamp, null),
	};
}
