import type { CacheEntity } from './CacheEntity.js';
import type { CachedEntityMap } from './CachedEntities.js';
import type { _EntityCollection } from './_EntityCollection.js';
import type { _MemberTable } from './_MemberTable.js';
import type { _MessageCollection } from './_MessageCollection.js';
import { _ArrayInterner } from './_ArrayInterner.js';
import {
	_id,
	_leanChannel,
	_leanMember,
	_leanMessage,
	_leanPresence,
	_leanRole,
	_leanUser,
	_leanVoiceState,
	_memberComplete,
	_raw,
	_sameUser,
	_withLastMessage,
	type _Raw,
} from './_lean.js';

/** The collections, `undefined` when an entity is off (messages have their own, see `_MessageCollection`). @internal */
export type _Collections = { readonly [E in Exclude<CacheEntity, 'messages'>]: _EntityCollection<E> | undefined } & {
	readonly messages: _MessageCollection | undefined;
};

/** Guild-scoped entities kept by id, whose records are built by a `(data, id, guildId, prev)` lean function. @internal */
export type _ScopedEntity = 'emojis' | 'stickers' | 'scheduledEvents' | 'stageInstances' | 'autoModerationRules' | 'soundboardSounds';

/** Builds a lean record of a {@link _ScopedEntity}. @internal */
export type _ScopedLean<E extends _ScopedEntity> = (
	data: _Raw,
	id: string,
	guildId: string,
	prev: CachedEntityMap[E] | undefined,
) => CachedEntityMap[E];

/**
 * The cache's writable state and the upserts the dispatch handlers share. Each method
 * takes a payload piece, reads it defensively, and does nothing when ids are missing
 * or the entity is off.
 * @internal
 */
export class _CacheState {
	readonly c: _Collections;
	readonly arrays = new _ArrayInterner();
	/** The bot's user id, from READY: reactions it adds are `me`. */
	selfId: string | undefined;

	constructor(collections: _Collections) {
		this.c = collections;
	}

	/**
	 * Upserts a user object; returns its id, as the cached user's string when there is one
	 * (members and messages then share it). Unchanged users are not rewritten.
	 */
	user(value: unknown): string | undefined {
		const data = _raw(value);
		const id = _id(data?.id);
		if (data === undefined || id === undefined) return undefined;
		const users = this.c.users;
		if (users === undefined) return id;
		// The common case (every message's author): cached and unchanged, told without a rebuilt record.
		const same = users.unchangedBy('', id, data);
		if (same !== undefined) return same;
		const prev = users.getById(id);
		const next = _leanUser(data, prev?.id ?? id, prev);
		if (prev === undefined || !_sameUser(prev, next)) users.set('', next.id, next);
		return next.id;
	}

	/** Upserts a member (its nested `user` goes to users). `userId` for members sent without one. */
	member(value: unknown, guildId: string | undefined, userId?: string): void {
		const data = _raw(value);
		if (data === undefined || guildId === undefined) return;
		const id = this.user(data.user) ?? userId;
		const members = this.c.members;
		if (id === undefined || members === undefined || members.unchangedBy(guildId, id, data) !== undefined) return;
		const prev = _memberComplete(data) ? undefined : members.get(guildId, id);
		members.set(guildId, id, _leanMember(data, guildId, id, prev, this.arrays));
	}

	channel(value: unknown, guildId?: string): void {
		const data = _raw(value);
		const id = _id(data?.id);
		const channels = this.c.channels;
		if (data === undefined || id === undefined || channels === undefined) return;
		const guild = _id(data.guild_id) ?? guildId ?? channels.getById(id)?.guild_id;
		if (Array.isArray(data.recipients)) for (const user of data.recipients) this.user(user);
		channels.set(guild ?? '', id, _leanChannel(data, id, guild, channels.getById(id), this.arrays));
	}

	/** Removes a channel and its messages. */
	removeChannel(id: string | undefined): void {
		if (id === undefined) return;
		this.c.channels?.deleteById(id);
		this.c.messages?.deleteGroup(id);
	}

	role(value: unknown, guildId: string | undefined): void {
		const data = _raw(value);
		const id = _id(data?.id);
		const roles = this.c.roles;
		if (data === undefined || id === undefined || guildId === undefined || roles === undefined) return;
		roles.set(guildId, id, _leanRole(data, id, guildId, roles.get(guildId, id)));
	}

	presence(value: unknown, guildId: string | undefined): void {
		const data = _raw(value);
		const userId = _id(_raw(data?.user)?.id);
		const presences = this.c.presences;
		if (data === undefined || userId === undefined || guildId === undefined || presences === undefined) return;
		presences.set(guildId, userId, _leanPresence(data, guildId, userId, presences.get(guildId, userId)));
	}

	/**
	 * Upserts a voice state, or removes it when the member left voice (`channel_id: null`).
	 * The member in it (VOICE_STATE_UPDATE carries one) goes to members.
	 */
	voiceState(value: unknown, guildId: string | undefined): void {
		const data = _raw(value);
		const guild = _id(data?.guild_id) ?? guildId;
		const userId = _id(data?.user_id);
		if (data === undefined || guild === undefined || userId === undefined) return;
		if (_raw(data.member) !== undefined) this.member(data.member, guild, userId);
		const voiceStates = this.c.voiceStates;
		if (voiceStates === undefined) return;
		const channelId = _id(data.channel_id);
		if (channelId === undefined) voiceStates.delete(guild, userId);
		else voiceStates.set(guild, userId, _leanVoiceState(data, guild, userId, channelId, voiceStates.get(guild, userId)));
	}

	/**
	 * Upserts a message. `created` for MESSAGE_CREATE, which also moves the channel's
	 * `last_message_id`. An update of a message not in memory is kept only when it carries
	 * a whole message (author, timestamp, type: Discord sends full objects for most edits);
	 * a partial one (embed unfurls, `{ id, channel_id, embeds }`) has nothing to merge into.
	 */
	message(data: _Raw, created: boolean): void {
		const id = _id(data.id);
		const rawChannelId = _id(data.channel_id);
		if (id === undefined || rawChannelId === undefined) return;
		// The cached channel's and user's id strings, not the payload's copies: one string
		// per id however many messages point at it.
		const channels = this.c.channels;
		const channel = channels?.getById(rawChannelId);
		const channelId = channel?.id ?? rawChannelId;
		const guildId = channel?.guild_id ?? _id(data.guild_id);
		// Webhook "authors" are not users.
		const webhook = data.webhook_id !== undefined && data.webhook_id !== null;
		const member = _raw(data.member);
		let authorId = webhook || guildId === undefined || member === undefined ? undefined : this.#knownAuthor(data.author, member, guildId);
		if (authorId === undefined) {
			authorId = webhook ? _id(_raw(data.author)?.id) : this.user(data.author);
			if (authorId !== undefined && guildId !== undefined && member !== undefined) {
				this.member(member, guildId, authorId);
				if (!webhook) this.#linkAuthor(guildId, authorId);
			}
		}
		if (Array.isArray(data.mentions)) {
			for (const mention of data.mentions) {
				const user = _raw(mention);
				const mentionId = this.user(user);
				if (guildId !== undefined && _raw(user?.member) !== undefined) this.member(user?.member, guildId, mentionId);
			}
		}
		if (created && channel !== undefined && channels !== undefined && channel.last_message_id !== id) {
			channels.replace(channel.guild_id ?? '', channelId, _withLastMessage(channel, id));
		}
		const messages = this.c.messages;
		if (messages === undefined) return;
		// A MESSAGE_CREATE is the whole message (ids are never reused): nothing to merge into,
		// so no lookup; a repeated one replaces the record, as it replaces the message.
		const prev = created ? undefined : messages.get(channelId, id);
		const whole = created || (typeof data.timestamp === 'string' && typeof data.type === 'number');
		if (prev === undefined && (authorId === undefined || !whole)) return;
		messages.set(channelId, id, _leanMessage(data, id, channelId, guildId, authorId, prev, this.arrays));
	}

	/**
	 * A guild message's author and member, both cached and both unchanged by the message,
	 * told with one Map lookup (the member's) instead of two: the members table keeps each
	 * member's slot in the users table (see {@link #linkAuthor}). The kept user id, or
	 * undefined for the full path (not cached, not linked, changed, `max` or `ttlMs` set).
	 */
	#knownAuthor(value: unknown, member: _Raw, guildId: string): string | undefined {
		const author = _raw(value);
		const rawId = _id(author?.id);
		const { members, users } = this.c;
		// A member with its own `user` goes the full path, which upserts that user too.
		if (author === undefined || rawId === undefined || members === undefined || users === undefined || member.user !== undefined)
			return undefined;
		const slot = members.slotOf(guildId, rawId);
		if (slot === undefined) return undefined;
		const table = members.tableOf(guildId) as _MemberTable;
		const userSlot = table.userSlot(slot);
		if (userSlot < 0) return undefined;
		const id = users.unchangedAt('', userSlot, rawId, author);
		return id !== undefined && table.unchanged(slot, id, member) !== undefined ? id : undefined;
	}

	/** Links a member to its user's slot in the users table, for {@link #knownAuthor}. */
	#linkAuthor(guildId: string, userId: string): void {
		const { members, users } = this.c;
		const userSlot = users?.slotOf('', userId);
		const slot = userSlot === undefined ? undefined : members?.slotOf(guildId, userId);
		if (userSlot !== undefined && slot !== undefined) (members?.tableOf(guildId) as _MemberTable).linkUser(slot, userSlot);
	}

	/**
	 * Upserts a guild-scoped record kept by id (`idKey`: `sound_id` for soundboard sounds); its
	 * guild is the payload's `guild_id`, else `guildId` (GUILD_CREATE's lists leave it out).
	 */
	scoped<E extends _ScopedEntity>(entity: E, value: unknown, guildId: string | undefined, lean: _ScopedLean<E>, idKey = 'id'): void {
		const data = _raw(value);
		const id = _id(data?.[idKey]);
		const guild = _id(data?.guild_id) ?? guildId;
		const collection = this.c[entity] as _EntityCollection<E> | undefined;
		if (data === undefined || id === undefined || guild === undefined || collection === undefined) return;
		if (entity === 'emojis' || entity === 'stickers' || entity === 'soundboardSounds') this.user(data.user);
		else if (entity === 'scheduledEvents') this.user(data.creator);
		collection.set(guild, id, lean(data, id, guild, collection.get(guild, id)));
	}

	/** Replaces a guild's whole list of a scoped entity (GUILD_CREATE, GUILD_EMOJIS_UPDATE, …). */
	replaceScoped<E extends _ScopedEntity>(entity: E, list: unknown, guildId: string | undefined, lean: _ScopedLean<E>, idKey = 'id'): void {
		if (!Array.isArray(list) || guildId === undefined) return;
		this.c[entity]?.deleteGroup(guildId);
		for (const value of list) this.scoped(entity, value, guildId, lean, idKey);
	}

	/** Removes a guild and everything under it. */
	removeGuild(id: string): void {
		this.c.guilds?.deleteById(id);
		for (const channel of this.c.channels?.deleteGroup(id) ?? []) this.c.messages?.deleteGroup(channel);
		this.c.roles?.deleteGroup(id);
		this.c.members?.deleteGroup(id);
		this.c.presences?.deleteGroup(id);
		this.c.emojis?.deleteGroup(id);
		this.c.stickers?.deleteGroup(id);
		this.c.voiceStates?.deleteGroup(id);
		this.c.scheduledEvents?.deleteGroup(id);
		this.c.stageInstances?.deleteGroup(id);
		this.c.autoModerationRules?.deleteGroup(id);
		this.c.soundboardSounds?.deleteGroup(id);
	}
}
