import { type APIMessage, AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { recordAudit } from '../world/auditLog.js';
import { BULK_DELETE_MAX_AGE_MS } from 'ovenjs/knowledge';
import { restError } from '../errors/RestError.js';
import { formError } from '../http/formErrors.js';
import { checkMessageLimits } from '../http/messageLimits.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext, snowflakeQuery } from '../http/Route.js';
import { buildMessage, messageCreatePayload } from '../world/buildMessage.js';
import { startPoll } from '../world/polls.js';
import { snowflakeTime } from '../world/SnowflakeGenerator.js';
import type { World } from '../world/World.js';

const THREADS = new Set([10, 11, 12]);

/** Messages a user may see in a channel: ephemeral ones only when addressed to them. */
export function visibleMessages(world: World, channelId: string): APIMessage[] {
	return [...world.channelMessages(channelId).values()].filter((m) => ((m.flags ?? 0) & 64) === 0);
}

function listMessages(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ReadMessageHistory);
	const limit = Math.min(100, Math.max(1, Number(ctx.query.get('limit') ?? '50') || 50));
	let messages = visibleMessages(ctx.world, channelId).reverse();
	const before = snowflakeQuery(ctx, 'before');
	const after = snowflakeQuery(ctx, 'after');
	const around = snowflakeQuery(ctx, 'around');
	if (before !== null) messages = messages.filter((m) => BigInt(m.id) < before);
	if (after !== null) messages = messages.filter((m) => BigInt(m.id) > after).slice(-limit);
	if (around !== null) {
		const index = Math.max(
			0,
			messages.findIndex((m) => BigInt(m.id) <= around),
		);
		messages = messages.slice(Math.max(0, index - Math.floor(limit / 2)));
	}
	return ok(messages.slice(0, limit));
}

function createMessage(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const channel = ctx.world.channel(channelId);
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | (THREADS.has(channel.type) ? P.SendMessagesInThreads : P.SendMessages));
	// Categories hold no messages, and forum posts are threads, made with POST /threads.
	if (channel.type === 4 || channel.type === 15) throw restError('nonTextChannel');
	const body = bodyObject(ctx);
	checkMessageLimits(body, { requireContent: true, fileCount: ctx.files.length });
	const reference = body['message_reference'] as { message_id?: string; fail_if_not_exists?: boolean } | undefined;
	if (
		reference?.message_id !== undefined &&
		reference.fail_if_not_exists !== false &&
		!ctx.world.channelMessages(channelId).has(reference.message_id)
	) {
		throw formError(['message_reference', 'message_id'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
	}
	const message = buildMessage(ctx.world, { channelId, author: ctx.world.botUser, body, files: ctx.files });
	ctx.world.channelMessages(channelId).set(message.id, message);
	startPoll(ctx.world, message);
	(channel as { last_message_id?: string }).last_message_id = message.id;
	ctx.world.dispatch('MESSAGE_CREATE', messageCreatePayload(ctx.world, message), channel.guild_id);
	return ok(message);
}

function getMessage(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ReadMessageHistory);
	return ok(ctx.world.message(channelId, param(ctx, 'message_id')));
}

function updateMessage(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const channel = ctx.world.channel(channelId);
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel);
	const message = ctx.world.message(channelId, param(ctx, 'message_id'));
	const body = bodyObject(ctx);
	if (message.poll !== undefined && (body['content'] !== undefined || body['embeds'] !== undefined || body['poll'] !== undefined))
		throw restError('cannotEditPoll');
	// Others' messages only allow suppressing embeds (flags), and that needs MANAGE_MESSAGES.
	if (message.author.id !== ctx.world.botUser.id) throw restError('cannotEditOthersMessage');
	checkMessageLimits(body, { requireContent: false });
	for (const key of ['content', 'embeds', 'components', 'flags', 'allowed_mentions'] as const) {
		if (body[key] !== undefined && key !== 'allowed_mentions')
			(message as unknown as Record<string, unknown>)[key] = body[key] ?? (key === 'content' ? '' : []);
	}
	message.edited_timestamp = new Date().toISOString();
	ctx.world.dispatch('MESSAGE_UPDATE', messageCreatePayload(ctx.world, message), channel.guild_id);
	return ok(message);
}

function deleteMessage(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const channel = ctx.world.channel(channelId);
	const message = ctx.world.message(channelId, param(ctx, 'message_id'));
	ctx.world.requireBotChannelPermissions(
		channelId,
		message.author.id === ctx.world.botUser.id ? P.ViewChannel : P.ViewChannel | P.ManageMessages,
	);
	ctx.world.channelMessages(channelId).delete(message.id);
	// Deleting one's own message is not audited; deleting another's is.
	if (channel.guild_id !== undefined && message.author.id !== ctx.world.botUser.id)
		recordAudit(ctx, channel.guild_id, {
			action: AuditLogEvent.MessageDelete,
			targetId: message.author.id,
			options: { channel_id: channelId, count: '1' },
		});
	ctx.world.dispatch(
		'MESSAGE_DELETE',
		{ id: message.id, channel_id: channelId, ...(channel.guild_id === undefined ? {} : { guild_id: channel.guild_id }) },
		channel.guild_id,
	);
	return noContent;
}

function bulkDelete(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const channel = ctx.world.channel(channelId);
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ManageMessages);
	const ids = [...new Set((bodyObject(ctx)['messages'] as string[] | undefined) ?? [])];
	if (ids.length < 2 || ids.length > 100) throw restError('bulkDeleteCount');
	const oldest = Date.now() - BULK_DELETE_MAX_AGE_MS;
	if (ids.some((id) => snowflakeTime(id) < oldest)) throw restError('bulkDeleteTooOld');
	const store = ctx.world.channelMessages(channelId);
	const deleted = ids.filter((id) => store.delete(id));
	if (deleted.length > 0 && channel.guild_id !== undefined)
		recordAudit(ctx, channel.guild_id, {
			action: AuditLogEvent.MessageBulkDelete,
			targetId: channelId,
			options: { count: String(deleted.length) },
		});
	if (deleted.length > 0) {
		ctx.world.dispatch(
			'MESSAGE_DELETE_BULK',
			{ ids: deleted, channel_id: channelId, ...(channel.guild_id === undefined ? {} : { guild_id: channel.guild_id }) },
			channel.guild_id,
		);
	}
	return noContent;
}

function crosspost(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.SendMessages);
	const message = ctx.world.message(channelId, param(ctx, 'message_id'));
	message.flags = (message.flags ?? 0) | 1;
	return ok(message);
}

/** Message routes. */
export const messageRoutes: readonly Route[] = [
	{ method: 'GET', path: '/channels/{channel_id}/messages', handler: listMessages },
	{ method: 'POST', path: '/channels/{channel_id}/messages', handler: createMessage },
	{ method: 'GET', path: '/channels/{channel_id}/messages/{message_id}', handler: getMessage },
	{ method: 'PATCH', path: '/channels/{channel_id}/messages/{message_id}', handler: updateMessage },
	{ method: 'DELETE', path: '/channels/{channel_id}/messages/{message_id}', handler: deleteMessage },
	{ method: 'POST', path: '/channels/{channel_id}/messages/bulk-delete', handler: bulkDelete },
	{ method: 'POST', path: '/channels/{channel_id}/messages/{message_id}/crosspost', handler: crosspost },
];
