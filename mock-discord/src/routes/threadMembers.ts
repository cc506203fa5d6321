import { PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';

const THREADS = new Set([10, 11, 12]);
/** Thread member ids per world and thread; the bot joins the threads it creates. */
const joined = new WeakMap<object, Map<string, Map<string, string>>>();

function membersOf(ctx: RouteContext): Map<string, string> {
	const threadId = param(ctx, 'channel_id');
	const thread = ctx.world.channel(threadId);
	if (!THREADS.has(thread.type)) throw restError('unknownChannel');
	let perWorld = joined.get(ctx.world);
	if (perWorld === undefined) joined.set(ctx.world, (perWorld = new Map()));
	let members = perWorld.get(threadId);
	if (members === undefined) {
		members = new Map();
		if ((thread as { owner_id?: string }).owner_id !== undefined)
			members.set((thread as { owner_id: string }).owner_id, new Date().toISOString());
		perWorld.set(threadId, members);
	}
	return members;
}

function entry(threadId: string, userId: string, at: string): Record<string, unknown> {
	return { id: threadId, user_id: userId, join_timestamp: at, flags: 0 };
}

function setMember(ctx: RouteContext, userId: string, join: boolean) {
	const threadId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(
		threadId,
		join && userId === ctx.world.botUser.id ? P.ViewChannel : P.ViewChannel | P.SendMessagesInThreads,
	);
	ctx.world.user(userId);
	const members = membersOf(ctx);
	const guildId = ctx.world.channel(threadId).guild_id;
	const changed = join ? !members.has(userId) : members.delete(userId);
	if (join && changed) members.set(userId, new Date().toISOString());
	if (changed) {
		ctx.world.dispatch(
			'THREAD_MEMBERS_UPDATE',
			{
				id: threadId,
				guild_id: guildId,
				member_count: members.size,
				...(join ? { added_members: [entry(threadId, userId, members.get(userId) ?? '')] } : { removed_member_ids: [userId] }),
			},
			guildId,
		);
	}
	return noContent;
}

function list(ctx: RouteContext) {
	const threadId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(threadId, P.ViewChannel);
	return ok([...membersOf(ctx)].map(([userId, at]) => entry(threadId, userId, at)));
}

function getOne(ctx: RouteContext) {
	const threadId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(threadId, P.ViewChannel);
	const at = membersOf(ctx).get(param(ctx, 'user_id'));
	if (at === undefined) throw restError('unknownMember');
	return ok(entry(threadId, param(ctx, 'user_id'), at));
}

/** Thread member routes. */
export const threadMemberRoutes: readonly Route[] = [
	{ method: 'GET', path: '/channels/{channel_id}/thread-members', handler: list },
	{ method: 'PUT', path: '/channels/{channel_id}/thread-members/@me', handler: (ctx) => setMember(ctx, ctx.world.botUser.id, true) },
	{ method: 'DELETE', path: '/channels/{channel_id}/thread-members/@me', handler: (ctx) => setMember(ctx, ctx.world.botUser.id, false) },
	{ method: 'GET', path: '/channels/{channel_id}/thread-members/{user_id}', handler: getOne },
	{ method: 'PUT', path: '/channels/{channel_id}/thread-members/{user_id}', handler: (ctx) => setMember(ctx, param(ctx, 'user_id'), true) },
	{
		method: 'DELETE',
		path: '/channels/{channel_id}/thread-members/{user_id}',
		handler: (ctx) => setMember(ctx, param(ctx, 'user_id'), false),
	},
];
