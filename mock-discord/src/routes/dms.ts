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

/** DM routes. */
export const dmRoutes: readonly Route[] = [
	{ method: 'POST', path: '/users/@me/channels', handler: (ctx) => ok(dmChannelWith(ctx, String(bodyObject(ctx)['recipient_id'] ?? ''))) },
];
