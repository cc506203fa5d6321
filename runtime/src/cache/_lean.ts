import type { CachedChannel, CachedGuild, CachedMember, CachedMessage, CachedPresence, CachedRole, CachedUser } from './CachedEntities.js';
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
export function _objects(value: unknown): _Raw[] {
	if (!Array.isArray(value)) return [];
	const out: _Raw[] = [];
	for (const item of value) {
		const raw = _raw(item);
		if (raw !== undefined) out.push(raw);
	}
	return out;
}

function field<T>(data: _Raw, key: string, check: (value: unknown) => boolean, previous: T | undefined, fallback: T): T {
	if (key in data && check(data[key])) return data[key] as T;
	return previous ?? fallback;
}

const isString = (v: unknown): boolean => typeof v === 'string';
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isNumber = (v: unknown): boolean => typeof v === 'number';
const isBoolean = (v: unknown): boolean => typeof v === 'boolean';
const isArray = (v: unknown): boolean => Array.isArray(v);
const isObjectOrNull = (v: unknown): boolean => v === null || _raw(v) !== undefined;

function strings(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** @internal */
export function _leanGuild(data: _Raw, id: string, prev: CachedGuild | undefined, arrays: _ArrayInterner, unavailable?: boolean): CachedGuild {
	return {
		id,
		name: field(data, 'name', isString, prev?.name, ''),
		icon: field(data, 'icon', isStringOrNull, prev?.icon, null),
		owner_id: field(data, 'owner_id', isString, prev?.owner_id, ''),
		features: ('features' in data ? arrays.intern(strings(data.features)) : (prev?.features ?? arrays.intern([]))) as CachedGuild['features'],
		member_count: field(data, 'member_count', isNumber, prev?.member_count, 0),
		large: field(data, 'large', isBoolean, prev?.large, false),
		unavailable: unavailable ?? field(data, 'unavailable', isBoolean, prev?.unavailable, false),
		joined_at: field(data, 'joined_at', isStringOrNull, prev?.joined_at, null),
		preferred_locale: field(data, 'preferred_locale', isString, prev?.preferred_locale, 'en-US'),
		premium_tier: field(data, 'premium_tier', isNumber, prev?.premium_tier, 0),
		premium_subscription_count: field(data, 'premium_subscription_count', isNumber, prev?.premium_subscription_count, 0),
		system_channel_id: field(data, 'system_channel_id', isStringOrNull, prev?.system_channel_id, null),
		rules_channel_id: field(data, 'rules_channel_id', isStringOrNull, prev?.rules_channel_id, null),
		afk_channel_id: field(data, 'afk_channel_id', isStringOrNull, prev?.afk_channel_id, null),
		verification_level: field(data, 'verification_level', isNumber, prev?.verification_level, 0),
		nsfw_level: field(data, 'nsfw_level', isNumber, prev?.nsfw_level, 0),
		description: field(data, 'description', isStringOrNull, prev?.description, null),
		banner: field(data, 'banner', isStringOrNull, prev?.banner, null),
	};
}

/** @internal */
export function _leanChannel(data: _Raw, id: string, guildId: string | undefined, prev: CachedChannel | undefined, arrays: _ArrayInterner): CachedChannel {
	const recipients = 'recipients' in data ? arrays.intern(_objects(data.recipients).flatMap((u) => (_id(u.id) === undefined ? [] : [u.id as string]))) : undefined;
	const overwrites = field<CachedChannel['permission_overwrites']>(data, 'permission_overwrites', isArray, prev?.permission_overwrites, []);
	return {
		id,
		type: field(data, 'type', isNumber, prev?.type, 0),
		// Always present (undefined for DMs): one hidden class, no dictionary-mode copy.
		guild_id: guildId as string,
		name: field(data, 'name', isStringOrNull, prev?.name, null),
		position: field(data, 'position', isNumber, prev?.position, 0),
		parent_id: field(data, 'parent_id', isStringOrNull, prev?.parent_id, null),
		topic: field(data, 'topic', isStringOrNull, prev?.topic, null),
		nsfw: field(data, 'nsfw', isBoolean, prev?.nsfw, false),
		permission_overwrites: overwrites.length === 0 ? (arrays.intern([]) as readonly never[]) : overwrites,
		rate_limit_per_user: field(data, 'rate_limit_per_user', isNumber, prev?.rate_limit_per_user, 0),
		last_message_id: field(data, 'last_message_id', isStringOrNull, prev?.last_message_id, null),
		owner_id: field(data, 'owner_id', isStringOrNull, prev?.owner_id, null),
		thread_metadata: field(data, 'thread_metadata', isObjectOrNull, prev?.thread_metadata, null),
		recipient_ids: recipients ?? prev?.recipient_ids ?? arrays.intern([]),
	};
}

/** @internal */
export function _leanRole(data: _Raw, id: string, guildId: string, prev: CachedRole | undefined): CachedRole {
	const role: Record<keyof CachedRole, unknown> = {
		id,
		guild_id: guildId,
		name: field(data, 'name', isString, prev?.name, ''),
		color: field(data, 'color', isNumber, prev?.color, 0),
		colors: field(data, 'colors', isObjectOrNull, prev?.colors, null),
		hoist: field(data, 'hoist', isBoolean, prev?.hoist, false),
		icon: field(data, 'icon', isStringOrNull, prev?.icon, null),
		unicode_emoji: field(data, 'unicode_emoji', isStringOrNull, prev?.unicode_emoji, null),
		position: field(data, 'position', isNumber, prev?.position, 0),
		permissions: field(data, 'permissions', isString, prev?.permissions, '0'),
		managed: field(data, 'managed', isBoolean, prev?.managed, false),
		mentionable: field(data, 'mentionable', isBoolean, prev?.mentionable, false),
		tags: field(data, 'tags', isObjectOrNull, prev?.tags, undefined),
		flags: field<number>(data, 'flags', isNumber, prev?.flags, 0),
	};
	return role as CachedRole;
}

/** @internal */
export function _leanMember(data: _Raw, guildId: string, userId: string, prev: CachedMember | undefined, arrays: _ArrayInterner): CachedMember {
	const nick = field(data, 'nick', isStringOrNull, prev?.nick, null);
	const roles = 'roles' in data && Array.isArray(data.roles) ? arrays.intern(strings(data.roles)) : (prev?.roles ?? arrays.intern([]));
	const joinedAt = field(data, 'joined_at', isStringOrNull, prev?.joined_at, null);
	const flags = field(data, 'flags', isNumber, prev?.flags, 0);
	const avatar = field(data, 'avatar', isStringOrNull, prev?.avatar, null);
	const premiumSince = field(data, 'premium_since', isStringOrNull, prev?.premium_since, null);
	const timeout = field(data, 'communication_disabled_until', isStringOrNull, prev?.communication_disabled_until, null);
	const pending = field(data, 'pending', isBoolean, prev?.pending, false);
	// Most members have none of the rarer fields: they get the six-field shape (32 B less each).
	if (avatar === null && premiumSince === null && timeout === null && !pending) {
		return { guild_id: guildId, user_id: userId, nick, roles, joined_at: joinedAt, flags };
	}
	return { guild_id: guildId, user_id: userId, nick, roles, joined_at: joinedAt, flags, avatar, premium_since: premiumSince, communication_disabled_until: timeout, pending };
}

/** @internal */
export function _leanUser(data: _Raw, id: string, prev: CachedUser | undefined): CachedUser {
	return {
		id,
		username: field(data, 'username', isString, prev?.username, ''),
		discriminator: field(data, 'discriminator', isString, prev?.discriminator, '0'),
		global_name: field(data, 'global_name', isStringOrNull, prev?.global_name, null),
		avatar: field(data, 'avatar', isStringOrNull, prev?.avatar, null),
		bot: field(data, 'bot', isBoolean, prev?.bot, false),
	};
}

/** Whether `a` and `b` hold the same values (to skip rewriting unchanged users). @internal */
export function _sameUser(a: CachedUser, b: CachedUser): boolean {
	return a.username === b.username && a.discriminator === b.discriminator && a.global_name === b.global_name && a.avatar === b.avatar && a.bot === b.bot;
}

/** @internal */
export function _leanMessage(
	data: _Raw,
	id: string,
	channelId: string,
	guildId: string | undefined,
	prev: CachedMessage | undefined,
	arrays: _ArrayInterner,
): CachedMessage {
	const author = _raw(data.author);
	const shared = <T>(key: string, previous: readonly T[] | undefined): readonly T[] => {
		const value = data[key];
		if (!Array.isArray(value)) return previous ?? (arrays.intern([]) as readonly never[]);
		return value.length === 0 ? (arrays.intern([]) as readonly never[]) : (value as T[]);
	};
	const record: CachedMessage = {
		id,
		channel_id: channelId,
		// Always present (undefined in DMs) so every message has one hidden class; a spread
		// to add it would make a copy in dictionary mode (~1 KB more per message).
		guild_id: guildId as string,
		author_id: _id(author?.id) ?? prev?.author_id ?? '',
		content: field(data, 'content', isString, prev?.content, ''),
		timestamp: field(data, 'timestamp', isString, prev?.timestamp, ''),
		edited_timestamp: field(data, 'edited_timestamp', isStringOrNull, prev?.edited_timestamp, null),
		type: field(data, 'type', isNumber, prev?.type, 0),
		flags: field(data, 'flags', isNumber, prev?.flags, 0),
		pinned: field(data, 'pinned', isBoolean, prev?.pinned, false),
		tts: field(data, 'tts', isBoolean, prev?.tts, false),
		mention_everyone: field(data, 'mention_everyone', isBoolean, prev?.mention_everyone, false),
		mention_ids: Array.isArray(data.mentions) ? arrays.intern(_objects(data.mentions).flatMap((u) => (typeof u.id === 'string' ? [u.id] : []))) : (prev?.mention_ids ?? arrays.intern([])),
		mention_roles: Array.isArray(data.mention_roles) ? arrays.intern(strings(data.mention_roles)) : (prev?.mention_roles ?? arrays.intern([])),
		attachments: shared('attachments', prev?.attachments),
		embeds: shared('embeds', prev?.embeds),
		components: shared('components', prev?.components),
		message_reference: field(data, 'message_reference', isObjectOrNull, prev?.message_reference, null),
		webhook_id: field(data, 'webhook_id', isStringOrNull, prev?.webhook_id, null),
	};
	return record;
}

/** @internal */
export function _leanPresence(data: _Raw, guildId: string, userId: string, prev: CachedPresence | undefined): CachedPresence {
	return {
		guild_id: guildId,
		user_id: userId,
		status: field(data, 'status', isString, prev?.status, 'offline'),
		activities: field(data, 'activities', isArray, prev?.activities, []),
		client_status: field(data, 'client_status', isObjectOrNull, prev?.client_status, {}),
	};
}
