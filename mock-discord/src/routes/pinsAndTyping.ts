import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { recordAudit } from '../world/auditLog.js';
import { noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';

function pinsOf(ctx: RouteContext): string[] {
	const channelId = param(ctx, 'channel_id');
	let pins = ctx.world.pins.get(channelId);
	if (pins === undefined) ctx.world.pins.set(channelId, (pins = []));
	return pins;
}

function pinsUpdate(ctx: RouteContext): void {
	const channelId = param(ctx, 'channel_id');
	const guildId = ctx.world.channel(channelId).guild_id;
	const last = pinsOf(ctx).at(-1);
	ctx.world.dispatch(
		'CHANNEL_PINS_UPDATE',
		{
			channel_id: channelId,
			last_pin_timestamp: last === undefined ? null : new Date().toISOString(),
			...(guildId === undefined ? {} : { guild_id: guildId }),
		},
		guildId,
	);
}

function setPinned(ctx: RouteContext, pinned: boolean) {
	const channelId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.PinMessages);
	const message = ctx.world.message(channelId, param(ctx, 'message_id'));
	const pins = pinsOf(ctx);
	const at = pins.indexOf(message.id);
	if (pinned && at === -1) pins.push(message.id);
	if (!pinned && at !== -1) pins.splice(at, 1);
	if (message.pinned !== pinned) {
		message.pinned = pinned;
		ctx.world.dispatch(
			'MESSAGE_UPDATE',
			{ ...message, ...(ctx.world.channel(channelId).guild_id === undefined ? {} : { guild_id: ctx.world.channel(channelId).guild_id }) },
			ctx.world.channel(channelId).guild_id,
		);
		pinsUpdate(ctx);
		const guildId = ctx.world.channel(channelId).guild_id;
		if (guildId !== undefined)
			recordAudit(ctx, guildId, {
				action: pinned ? AuditLogEvent.MessagePin : AuditLogEvent.MessageUnpin,
				targetId: message.author.id,
				options: { channel_id: channelId, message_id: message.id },
			});
	}
	return noContent;
}

function listPins(ctx: RouteContext, paged: boolean) {
	const channelId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ReadMessageHistory);
	const messages = [...pinsOf(ctx)].reverse().map((id) => ctx.world.message(channelId, id));
	if (!paged) return ok(messages);
	return ok({ items: messages.map((message) => ({ pinned_at: message.timestamp, message })), has_more: false });
}

function typing(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const channel = ctx.world.channel(channelId);
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.SendMessages);
	ctx.world.dispatch(
		'TYPING_START',
		{
			channel_id: channelId,
			user_id: ctx.world.botUser.id,
			timestamp: Math.floor(Date.now() / 1000),
			...(channel.guild_id === undefined ? {} : { guild_id: channel.guild_id }),
		},
		channel.guild_id,
	);
	return noContent;
}

/** Pin and typing routes, including the deprecated `/pins` paths discord.js still uses. */
export const pinAndTypingRoutes: readonly Route[] = [
	{ method: 'GET', path: '/channels/{channel_id}/messages/pins', handler: (ctx) => listPins(ctx, true) },
	{ method: 'PUT', path: '/channels/{channel_id}/messages/pins/{message_id}', handler: (ctx) => setPinned(ctx, true) },
	{ method: 'DELETE', path: '/channels/{channel_id}/messages/pins/{message_id}', handler: (ctx) => setPinned(ctx, false) },
	{ method: 'GET', path: '/channels/{channel_id}/pins', handler: (ctx) => listPins(ctx, false) },
	{ method: 'PUT', path: '/channels/{channel_id}/pins/{message_id}', handler: (ctx) => setPinned(ctx, true) },
	{ method: 'DELETE', path: '/channels/{channel_id}/pins/{message_id}', handler: (ctx) => setPinned(ctx, false) },
	{ method: 'POST', path: '/channels/{channel_id}/typing', handler: typing },
];
