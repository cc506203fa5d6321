import { restError } from '../errors/RestError.js';
import { bodyObject, ok, type Route, type RouteContext } from '../http/Route.js';
import type { StoredChannel } from '../world/World.js';

/** The bot's DM channel with a user, created on first use as Discord does. */
export function dmChannelWith(ctx: Pick<RouteContext, 'world'>, userId: string): StoredChannel {
	const user = ctx.world.user(userId);
	for (const channel of ctx.world.channels.values()) {
		if (channel.type === 1 && (channel as { recipients?: { id: string }[] }).recipients?.[0]?.id === userId) return channel;
	}
	const channel = {
		id: ctx.world.snowflakes.next(),
		type: 1,
		last_message_id: null,
		recipients: [user],
		flags: 0,
	} as unknown as StoredChannel;
	ctx.world.channels.set(channel.id, channel);
	return channel;
}

/**
 * A group DM (type 3) with the users whose `gdm.join` tokens are given, as a bot makes one;
 * `nicks` maps user ids to nicknames.
 * @see https://discord.com/developers/docs/resources/user#create-group-dm
 */
function groupDm(ctx: RouteContext, tokens: readonly unknown[]): StoredChannel {
	const recipients = tokens.map((token) => {
		const grant = ctx.world.resources.oauthTokens.get(String(token));
		if (grant === undefined || !grant.scopes.includes('gdm.join')) throw restError('invalidRecipients');
		return ctx.world.user(grant.userId);
	});
	const channel = {
		id: ctx.world.snowflakes.next(),
		type: 3,
		last_message_id: null,
		recipients,
		owner_id: ctx.world.botUser.id,
		name: null,
		icon: null,
		flags: 0,
		nicks: bodyObject(ctx)['nicks'] ?? {},
	} as unknown as StoredChannel;
	ctx.world.channels.set(channel.id, channel);
	ctx.world.dispatch('CHANNEL_CREATE', channel);
	return channel;
}

/** DM routes. */
export const dmRoutes: readonly Route[] = [
	{
		method: 'POST',
		path: '/users/@me/channels',
		handler: (ctx) => {
			const body = bodyObject(ctx);
			if (Array.isArray(body['access_tokens'])) return ok(groupDm(ctx, body['access_tokens']));
			return ok(dmChannelWith(ctx, String(body['recipient_id'] ?? '')));
		},
	},
];
