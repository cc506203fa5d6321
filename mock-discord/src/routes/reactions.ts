import { type APIReaction, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';

/** Who reacted with what, per message id then emoji key. Kept beside the world so APIMessage stays Discord's shape. */
const reactors = new WeakMap<object, Map<string, Map<string, Set<string>>>>();

function emojiOf(raw: string): { id: string | null; name: string } {
	const custom = /^(?:a:)?([^:]+):(\d+)$/.exec(raw);
	if (custom !== null) return { id: custom[2] as string, name: custom[1] as string };
	if (/^\d+$/.test(raw)) throw restError('unknownEmoji');
	return { id: null, name: raw };
}

function store(ctx: RouteContext, messageId: string): Map<string, Set<string>> {
	let perWorld = reactors.get(ctx.world);
	if (perWorld === undefined) reactors.set(ctx.world, (perWorld = new Map()));
	let perMessage = perWorld.get(messageId);
	if (perMessage === undefined) perWorld.set(messageId, (perMessage = new Map()));
	return perMessage;
}

/** Rewrites the message's `reactions` summary from the reactor sets. */
function summarise(ctx: RouteContext, channelId: string, messageId: string): void {
	const message = ctx.world.message(channelId, messageId);
	const reactions: APIReaction[] = [];
	for (const [key, users] of store(ctx, messageId)) {
		if (users.size === 0) continue;
		const emoji = emojiOf(key);
		const me = users.has(ctx.world.botUser.id);
		reactions.push({ emoji, count: users.size, count_details: { burst: 0, normal: users.size }, me, me_burst: false, burst_colors: [] });
	}
	if (reactions.length > 0) message.reactions = reactions;
	else delete message.reactions;
}

function reactionPayload(ctx: RouteContext, userId: string): Record<string, unknown> {
	const channelId = param(ctx, 'channel_id');
	const guildId = ctx.world.channel(channelId).guild_id;
	return {
		user_id: userId,
		channel_id: channelId,
		message_id: param(ctx, 'message_id'),
		emoji: emojiOf(param(ctx, 'emoji_name')),
		burst: false,
		type: 0,
		...(guildId === undefined ? {} : { guild_id: guildId }),
	};
}

function addMine(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const messageId = param(ctx, 'message_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ReadMessageHistory | P.AddReactions);
	ctx.world.message(channelId, messageId);
	const emoji = param(ctx, 'emoji_name');
	emojiOf(emoji);
	const users = store(ctx, messageId).get(emoji) ?? new Set<string>();
	store(ctx, messageId).set(emoji, users);
	if (!users.has(ctx.world.botUser.id)) {
		users.add(ctx.world.botUser.id);
		summarise(ctx, channelId, messageId);
		ctx.world.dispatch('MESSAGE_REACTION_ADD', reactionPayload(ctx, ctx.world.botUser.id), ctx.world.channel(channelId).guild_id);
	}
	return noContent;
}

function removeOne(ctx: RouteContext, userId: string) {
	const channelId = param(ctx, 'channel_id');
	const messageId = param(ctx, 'message_id');
	ctx.world.requireBotChannelPermissions(channelId, userId === ctx.world.botUser.id ? P.ViewChannel : P.ViewChannel | P.ManageMessages);
	ctx.world.message(channelId, messageId);
	const users = store(ctx, messageId).get(param(ctx, 'emoji_name'));
	if (users?.delete(userId) === true) {
		summarise(ctx, channelId, messageId);
		ctx.world.dispatch('MESSAGE_REACTION_REMOVE', reactionPayload(ctx, userId), ctx.world.channel(channelId).guild_id);
	}
	return noContent;
}

function listReactors(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ReadMessageHistory);
	ctx.world.message(channelId, param(ctx, 'message_id'));
	const users = store(ctx, param(ctx, 'message_id')).get(param(ctx, 'emoji_name')) ?? new Set<string>();
	return ok([...users].map((id) => ctx.world.user(id)));
}

function clearAll(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const messageId = param(ctx, 'message_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ManageMessages);
	ctx.world.message(channelId, messageId);
	store(ctx, messageId).clear();
	summarise(ctx, channelId, messageId);
	const guildId = ctx.world.channel(channelId).guild_id;
	ctx.world.dispatch(
		'MESSAGE_REACTION_REMOVE_ALL',
		{ channel_id: channelId, message_id: messageId, ...(guildId === undefined ? {} : { guild_id: guildId }) },
		guildId,
	);
	return noContent;
}

function clearEmoji(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const messageId = param(ctx, 'message_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ManageMessages);
	ctx.world.message(channelId, messageId);
	const emoji = param(ctx, 'emoji_name');
	if (store(ctx, messageId).delete(emoji)) {
		summarise(ctx, channelId, messageId);
		const guildId = ctx.world.channel(channelId).guild_id;
		ctx.world.dispatch(
			'MESSAGE_REACTION_REMOVE_EMOJI',
			{ channel_id: channelId, message_id: messageId, emoji: emojiOf(emoji), ...(guildId === undefined ? {} : { guild_id: guildId }) },
			guildId,
		);
	}
	return noContent;
}

/** Records a human's reaction (control API), dispatching MESSAGE_REACTION_ADD. */
export function addReactionAs(ctx: RouteContext, userId: string): void {
	const users = store(ctx, param(ctx, 'message_id')).get(param(ctx, 'emoji_name')) ?? new Set<string>();
	store(ctx, param(ctx, 'message_id')).set(param(ctx, 'emoji_name'), users);
	users.add(userId);
	summarise(ctx, param(ctx, 'channel_id'), param(ctx, 'message_id'));
	ctx.world.dispatch('MESSAGE_REACTION_ADD', reactionPayload(ctx, userId), ctx.world.channel(param(ctx, 'channel_id')).guild_id);
}

const base = '/channels/{channel_id}/messages/{message_id}/reactions';

/** Reaction routes. */
export const reactionRoutes: readonly Route[] = [
	{ method: 'PUT', path: `${base}/{emoji_name}/@me`, handler: addMine },
	{ method: 'DELETE', path: `${base}/{emoji_name}/@me`, handler: (ctx) => removeOne(ctx, ctx.world.botUser.id) },
	{ method: 'DELETE', path: `${base}/{emoji_name}/{user_id}`, handler: (ctx) => removeOne(ctx, param(ctx, 'user_id')) },
	{ method: 'GET', path: `${base}/{emoji_name}`, handler: listReactors },
	{ method: 'DELETE', path: `${base}/{emoji_name}`, handler: clearEmoji },
	{ method: 'DELETE', path: base, handler: clearAll },
];
