import type { GatewayDispatchEvents } from 'discord-api-types/v10';
import type { _CacheState } from './_CacheState.js';
import { _guildCreateEntities, _GUILD_ENTITY_HANDLERS } from './_guildEntityHandlers.js';
import { _id, _leanGuild, _raw, type _Raw } from './_lean.js';
import { _MESSAGE_STATE_HANDLERS } from './_messageStateHandlers.js';

type Handler = (state: _CacheState, data: _Raw) => void;

function guildCreateOrUpdate(state: _CacheState, data: _Raw): void {
	const id = _id(data.id);
	if (id === undefined) return;
	const guilds = state.c.guilds;
	// GUILD_CREATE and GUILD_UPDATE mean the guild is there, whatever `unavailable` says or omits.
	guilds?.set('', id, _leanGuild(data, id, guilds.getById(id), state.arrays, data.unavailable === true));
	if (Array.isArray(data.roles)) {
		// A full role list replaces the old one (roles deleted while we were away go).
		state.c.roles?.deleteGroup(id);
		for (const role of data.roles) state.role(role, id);
	}
	if (Array.isArray(data.channels)) {
		for (const channel of [...(state.c.channels?.group(id) ?? [])]) {
			if (channel.thread_metadata === null) state.removeChannel(channel.id);
		}
		for (const channel of data.channels) state.channel(channel, id);
	}
	if (Array.isArray(data.threads)) for (const thread of data.threads) state.channel(thread, id);
	if (Array.isArray(data.members)) {
		state.c.members?.reserve(id, data.members.length);
		for (const member of data.members) state.member(member, id);
	}
	if (Array.isArray(data.presences)) for (const presence of data.presences) state.presence(presence, id);
	_guildCreateEntities(state, data, id);
}

function memberCount(state: _CacheState, guildId: string | undefined, delta: number): void {
	const guilds = state.c.guilds;
	const guild = guildId === undefined ? undefined : guilds?.getById(guildId);
	if (guild !== undefined && guildId !== undefined)
		guilds?.set('', guildId, _leanGuild({ member_count: Math.max(0, guild.member_count + delta) }, guildId, guild, state.arrays));
}

function channelDelete(state: _CacheState, data: _Raw): void {
	state.removeChannel(_id(data.id));
}

/** Guilds, channels, threads, roles, members, messages, presences and users. */
const CORE_HANDLERS: { readonly [E in GatewayDispatchEvents]?: Handler } = {
	READY: (state, data) => {
		state.selfId = state.user(data.user);
		const guilds = state.c.guilds;
		if (guilds === undefined || !Array.isArray(data.guilds)) return;
		for (const value of data.guilds) {
			const id = _id(_raw(value)?.id);
			if (id !== undefined && !guilds.getById(id)) guilds.set('', id, _leanGuild({ unavailable: true }, id, undefined, state.arrays));
		}
	},
	GUILD_CREATE: guildCreateOrUpdate,
	GUILD_UPDATE: guildCreateOrUpdate,
	GUILD_DELETE: (state, data) => {
		const id = _id(data.id);
		if (id === undefined) return;
		const guild = state.c.guilds?.getById(id);
		// An outage keeps what we know; leaving (no `unavailable`) forgets the guild.
		if (data.unavailable === true) {
			if (guild !== undefined) state.c.guilds?.set('', id, _leanGuild({ unavailable: true }, id, guild, state.arrays));
		} else state.removeGuild(id);
	},
	CHANNEL_CREATE: (state, data) => state.channel(data),
	CHANNEL_UPDATE: (state, data) => state.channel(data),
	CHANNEL_DELETE: channelDelete,
	THREAD_CREATE: (state, data) => state.channel(data),
	THREAD_UPDATE: (state, data) => state.channel(data),
	THREAD_DELETE: channelDelete,
	THREAD_LIST_SYNC: (state, data) => {
		if (Array.isArray(data.threads)) for (const thread of data.threads) state.channel(thread, _id(data.guild_id));
	},
	GUILD_ROLE_CREATE: (state, data) => state.role(data.role, _id(data.guild_id)),
	GUILD_ROLE_UPDATE: (state, data) => state.role(data.role, _id(data.guild_id)),
	GUILD_ROLE_DELETE: (state, data) => {
		const guildId = _id(data.guild_id);
		const roleId = _id(data.role_id);
		if (guildId !== undefined && roleId !== undefined) state.c.roles?.delete(guildId, roleId);
	},
	GUILD_MEMBER_ADD: (state, data) => {
		state.member(data, _id(data.guild_id));
		memberCount(state, _id(data.guild_id), 1);
	},
	GUILD_MEMBER_UPDATE: (state, data) => state.member(data, _id(data.guild_id)),
	GUILD_MEMBER_REMOVE: (state, data) => {
		const guildId = _id(data.guild_id);
		const userId = state.user(data.user);
		if (guildId === undefined || userId === undefined) return;
		state.c.members?.delete(guildId, userId);
		state.c.presences?.delete(guildId, userId);
		state.c.voiceStates?.delete(guildId, userId);
		memberCount(state, guildId, -1);
	},
	GUILD_MEMBERS_CHUNK: (state, data) => {
		const guildId = _id(data.guild_id);
		if (Array.isArray(data.members) && guildId !== undefined) {
			state.c.members?.reserve(guildId, data.members.length);
			for (const member of data.members) state.member(member, guildId);
		}
		if (Array.isArray(data.presences)) for (const presence of data.presences) state.presence(presence, guildId);
	},
	MESSAGE_CREATE: (state, data) => state.message(data, true),
	MESSAGE_UPDATE: (state, data) => state.message(data, false),
	MESSAGE_DELETE: (state, data) => {
		const channelId = _id(data.channel_id);
		const id = _id(data.id);
		if (channelId !== undefined && id !== undefined) state.c.messages?.delete(channelId, id);
	},
	MESSAGE_DELETE_BULK: (state, data) => {
		const channelId = _id(data.channel_id);
		if (channelId === undefined || !Array.isArray(data.ids)) return;
		for (const id of data.ids) if (typeof id === 'string') state.c.messages?.delete(channelId, id);
	},
	PRESENCE_UPDATE: (state, data) => {
		const user = _raw(data.user);
		// Presence users are partial: only refresh users we already hold.
		if (user !== undefined && state.c.users?.getById(String(user.id)) !== undefined) state.user(user);
		state.presence(data, _id(data.guild_id));
	},
	USER_UPDATE: (state, data) => {
		state.user(data);
	},
};

/**
 * What each dispatch does to the cache: a table, not a switch. Dispatches not listed
 * leave the cache alone (`STATELESS_DISPATCHES` says why, for each).
 * @internal
 */
export const _DISPATCH_HANDLERS: { readonly [E in GatewayDispatchEvents]?: Handler } = {
	...CORE_HANDLERS,
	..._GUILD_ENTITY_HANDLERS,
	..._MESSAGE_STATE_HANDLERS,
};
