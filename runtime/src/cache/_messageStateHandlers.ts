import type { APIPoll, APIReaction, GatewayDispatchEvents } from 'discord-api-types/v10';
import type { CachedMessage } from './CachedEntities.js';
import type { _CacheState } from './_CacheState.js';
import { _id, _leanChannel, _raw, type _Raw } from './_lean.js';

type Handler = (state: _CacheState, data: _Raw) => void;

/** The cached message a reaction or vote dispatch is about, with its ids. */
function target(state: _CacheState, data: _Raw): { channelId: string; id: string; message: CachedMessage } | undefined {
	const channelId = _id(data.channel_id);
	const id = _id(data.message_id);
	const message = channelId === undefined || id === undefined ? undefined : state.c.messages?.get(channelId, id);
	return message === undefined || channelId === undefined || id === undefined ? undefined : { channelId, id, message };
}

/** A reaction's key: the custom emoji's id, else the unicode emoji itself. */
const emojiKey = (emoji: unknown): string | undefined => _id(_raw(emoji)?.id) ?? _id(_raw(emoji)?.name);

/** Adds (`delta` 1) or removes (-1) one user's reaction on a cached message. */
function react(state: _CacheState, data: _Raw, delta: 1 | -1): void {
	const guildId = _id(data.guild_id);
	const userId = _id(data.user_id);
	if (delta === 1 && guildId !== undefined && _raw(data.member) !== undefined) state.member(data.member, guildId, userId);
	const found = target(state, data);
	const key = emojiKey(data.emoji);
	if (found === undefined || key === undefined) return;
	const burst = data.burst === true || data.type === 1;
	const self = userId !== undefined && userId === state.selfId;
	const reactions = [...found.message.reactions];
	const index = reactions.findIndex((reaction) => emojiKey(reaction.emoji) === key);
	const previous: APIReaction =
		reactions[index] ??
		({
			count: 0,
			count_details: { normal: 0, burst: 0 },
			me: false,
			me_burst: false,
			emoji: data.emoji as APIReaction['emoji'],
			burst_colors: Array.isArray(data.burst_colors) ? (data.burst_colors as string[]) : [],
		} satisfies APIReaction);
	const details = previous.count_details ?? { normal: previous.count, burst: 0 };
	const next: APIReaction = {
		...previous,
		count: Math.max(0, previous.count + delta),
		count_details: burst
			? { normal: details.normal, burst: Math.max(0, details.burst + delta) }
			: { normal: Math.max(0, details.normal + delta), burst: details.burst },
		me: self && !burst ? delta === 1 : previous.me,
		me_burst: self && burst ? delta === 1 : previous.me_burst,
	};
	if (index === -1) reactions.push(next);
	else if (next.count === 0) reactions.splice(index, 1);
	else reactions[index] = next;
	state.c.messages?.set(found.channelId, found.id, { ...found.message, reactions });
}

/** Moves one answer's vote count on a cached message's poll. */
function vote(state: _CacheState, data: _Raw, delta: 1 | -1): void {
	const found = target(state, data);
	const poll = found?.message.poll;
	const answerId = typeof data.answer_id === 'number' ? data.answer_id : undefined;
	if (found === undefined || poll == null || answerId === undefined) return;
	const self = _id(data.user_id) === state.selfId;
	const counts = [...(poll.results?.answer_counts ?? [])];
	const index = counts.findIndex((answer) => answer.id === answerId);
	const previous = counts[index] ?? { id: answerId, count: 0, me_voted: false };
	const next = { ...previous, count: Math.max(0, previous.count + delta), me_voted: self ? delta === 1 : previous.me_voted };
	if (index === -1) counts.push(next);
	else counts[index] = next;
	const results: APIPoll['results'] = { is_finalized: poll.results?.is_finalized ?? false, answer_counts: counts };
	state.c.messages?.set(found.channelId, found.id, { ...found.message, poll: { ...poll, results } });
}

/** Rewrites a cached channel with some fields changed (kept as the lean readers read them). */
function channelFields(state: _CacheState, channelId: string | undefined, fields: _Raw): void {
	const channels = state.c.channels;
	const channel = channelId === undefined ? undefined : channels?.getById(channelId);
	if (channel === undefined || channelId === undefined) return;
	channels?.set(channel.guild_id ?? '', channelId, _leanChannel(fields, channelId, channel.guild_id, channel, state.arrays));
}

/**
 * What reactions, poll votes, pins and thread membership do to cached messages and channels.
 * @internal
 */
export const _MESSAGE_STATE_HANDLERS: { readonly [E in GatewayDispatchEvents]?: Handler } = {
	MESSAGE_REACTION_ADD: (state, data) => react(state, data, 1),
	MESSAGE_REACTION_REMOVE: (state, data) => react(state, data, -1),
	MESSAGE_REACTION_REMOVE_ALL: (state, data) => {
		const found = target(state, data);
		if (found !== undefined) state.c.messages?.set(found.channelId, found.id, { ...found.message, reactions: state.arrays.empty as [] });
	},
	MESSAGE_REACTION_REMOVE_EMOJI: (state, data) => {
		const found = target(state, data);
		const key = emojiKey(data.emoji);
		if (found === undefined || key === undefined) return;
		const reactions = found.message.reactions.filter((reaction) => emojiKey(reaction.emoji) !== key);
		state.c.messages?.set(found.channelId, found.id, { ...found.message, reactions });
	},
	MESSAGE_POLL_VOTE_ADD: (state, data) => vote(state, data, 1),
	MESSAGE_POLL_VOTE_REMOVE: (state, data) => vote(state, data, -1),
	CHANNEL_PINS_UPDATE: (state, data) =>
		channelFields(state, _id(data.channel_id), {
			last_pin_timestamp: typeof data.last_pin_timestamp === 'string' ? data.last_pin_timestamp : null,
		}),
	THREAD_MEMBERS_UPDATE: (state, data) => {
		const guildId = _id(data.guild_id);
		if (typeof data.member_count === 'number') channelFields(state, _id(data.id), { member_count: data.member_count });
		if (!Array.isArray(data.added_members) || guildId === undefined) return;
		// With GuildMembers, added thread members carry their guild member (and presence).
		for (const added of data.added_members) {
			const raw = _raw(added);
			if (_raw(raw?.member) !== undefined) state.member(raw?.member, guildId, _id(raw?.user_id));
			if (_raw(raw?.presence) !== undefined) state.presence(raw?.presence, guildId);
		}
	},
};
