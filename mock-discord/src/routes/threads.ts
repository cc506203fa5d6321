import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { recordAudit } from '../world/auditLog.js';
import { restError } from '../errors/RestError.js';
import { bodyObject, ok, param, type Route, type RouteContext } from '../http/Route.js';
import type { StoredChannel } from '../world/World.js';

function makeThread(ctx: RouteContext, parentId: string, id: string, type: number): StoredChannel {
	const body = bodyObject(ctx);
	const now = new Date().toISOString();
	const parent = ctx.world.channel(parentId);
	return {
		id,
		guild_id: parent.guild_id,
		parent_id: parentId,
		owner_id: ctx.world.botUser.id,
		name: String(body['name'] ?? 'thread'),
		type,
		last_message_id: null,
		rate_limit_per_user: Number(body['rate_limit_per_user'] ?? 0),
		flags: 0,
		message_count: 0,
		member_count: 1,
		total_message_sent: 0,
		member: { id, user_id: ctx.world.botUser.id, join_timestamp: now, flags: 0 },
		thread_metadata: {
			archived: false,
			auto_archive_duration: Number(body['auto_archive_duration'] ?? 1440),
			archive_timestamp: now,
			locked: false,
			create_timestamp: now,
			...(type === 12 ? { invitable: body['invitable'] !== false } : {}),
		},
	} as unknown as StoredChannel;
}

function announce(ctx: RouteContext, thread: StoredChannel): void {
	ctx.world.channels.set(thread.id, thread);
	ctx.world.dispatch('THREAD_CREATE', { ...thread, newly_created: true }, thread.guild_id);
	if (thread.guild_id !== undefined) recordAudit(ctx, thread.guild_id, { action: AuditLogEvent.ThreadCreate, targetId: thread.id });
}

function createThread(ctx: RouteContext) {
	const parentId = param(ctx, 'channel_id');
	const parent = ctx.world.channel(parentId);
	const type = Number(bodyObject(ctx)['type'] ?? 12);
	if (![0, 5, 15].includes(parent.type)) throw restError('missingPermissions');
	ctx.world.requireBotChannelPermissions(parentId, P.ViewChannel | (type === 12 ? P.CreatePrivateThreads : P.CreatePublicThreads));
	const thread = makeThread(ctx, parentId, ctx.world.snowflakes.next(), parent.type === 15 ? 11 : type);
	announce(ctx, thread);
	return { status: 201, body: thread };
}

function createThreadFromMessage(ctx: RouteContext) {
	const parentId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(parentId, P.ViewChannel | P.CreatePublicThreads);
	const message = ctx.world.message(parentId, param(ctx, 'message_id'));
	// A thread started from a message takes the message's id.
	const thread = makeThread(ctx, parentId, message.id, ctx.world.channel(parentId).type === 5 ? 10 : 11);
	announce(ctx, thread);
	message.thread = thread as never;
	return { status: 201, body: thread };
}

/** Archived threads under a channel: public (type 11/10) or private (type 12, which also needs Manage Threads). */
function archived(ctx: RouteContext, kind: 'public' | 'private') {
	const parentId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(parentId, P.ViewChannel | P.ReadMessageHistory | (kind === 'private' ? P.ManageThreads : 0n));
	const wanted = (type: number): boolean => (kind === 'private' ? type === 12 : type !== 12);
	const threads = [...ctx.world.channels.values()].filter(
		(c) =>
			c.parent_id === parentId && wanted(c.type) && (c as { thread_metadata?: { archived: boolean } }).thread_metadata?.archived === true,
	);
	return ok({ threads, members: [], has_more: false });
}

/** Thread routes. */
export const threadRoutes: readonly Route[] = [
	{ method: 'POST', path: '/channels/{channel_id}/threads', handler: createThread },
	{ method: 'POST', path: '/channels/{channel_id}/messages/{message_id}/threads', handler: createThreadFromMessage },
	{ method: 'GET', path: '/channels/{channel_id}/threads/archived/public', handler: (ctx) => archived(ctx, 'public') },
	{ method: 'GET', path: '/channels/{channel_id}/threads/archived/private', handler: (ctx) => archived(ctx, 'private') },
];
