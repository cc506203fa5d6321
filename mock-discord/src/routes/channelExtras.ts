import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { recordAudit } from '../world/auditLog.js';
import type { Json } from '../world/GuildState.js';
import type { StoredChannel } from '../world/World.js';

const THREADS = new Set([10, 11, 12]);

/**
 * Follows an announcement channel into another channel: a channel follower webhook (type 2)
 * in the target, MANAGE_WEBHOOKS there; WEBHOOKS_UPDATE and the audit log.
 * @see https://discord.com/developers/docs/resources/channel#follow-announcement-channel
 */
function follow(ctx: RouteContext) {
	const sourceId = param(ctx, 'channel_id');
	const source = ctx.world.channel(sourceId);
	if (source.type !== 5) throw restError('invalidChannelType');
	ctx.world.requireBotChannelPermissions(sourceId, P.ViewChannel);
	const targetId = String(bodyObject(ctx)['webhook_channel_id']);
	const target = ctx.world.channel(targetId);
	if (target.guild_id === undefined || ![0, 5].includes(target.type)) throw restError('invalidChannelType');
	ctx.world.requireBotChannelPermissions(targetId, P.ViewChannel | P.ManageWebhooks);
	const sourceGuild = ctx.world.guild(source.guild_id as string).guild;
	const webhook: Json = {
		application_id: null,
		avatar: null,
		channel_id: targetId,
		guild_id: target.guild_id,
		id: ctx.world.snowflakes.next(),
		name: `${sourceGuild.name} #${(source as { name?: string }).name ?? ''}`.slice(0, 80),
		type: 2,
		user: ctx.world.botUser,
		source_guild: { id: sourceGuild.id, name: sourceGuild.name, icon: sourceGuild.icon },
		source_channel: { id: sourceId, name: (source as { name?: string }).name ?? '' },
	};
	ctx.world.resources.webhooks.set(webhook['id'] as string, webhook);
	ctx.world.dispatch('WEBHOOKS_UPDATE', { guild_id: target.guild_id, channel_id: targetId }, target.guild_id);
	recordAudit(ctx, target.guild_id, {
		action: AuditLogEvent.WebhookCreate,
		targetId: webhook['id'] as string,
		changes: [{ key: 'type', new_value: 2 }],
	});
	return ok({ channel_id: sourceId, webhook_id: webhook['id'] });
}

function groupDm(ctx: RouteContext): StoredChannel & { recipients: { id: string }[] } {
	const channel = ctx.world.channel(param(ctx, 'channel_id'));
	if (channel.type !== 3) throw restError('invalidChannelType');
	return channel as StoredChannel & { recipients: { id: string }[] };
}

/** Adds a user to a group DM the bot made, with their `gdm.join` token. */
function addRecipient(ctx: RouteContext) {
	const channel = groupDm(ctx);
	const userId = param(ctx, 'user_id');
	const grant = ctx.world.resources.oauthTokens.get(String(bodyObject(ctx)['access_token']));
	if (grant === undefined || grant.userId !== userId || !grant.scopes.includes('gdm.join')) throw restError('invalidRecipients');
	if (!channel.recipients.some((u) => u.id === userId)) {
		channel.recipients.push(ctx.world.user(userId));
		ctx.world.dispatch('CHANNEL_RECIPIENT_ADD', { channel_id: channel.id, user: ctx.world.user(userId) });
	}
	return noContent;
}

function removeRecipient(ctx: RouteContext) {
	const channel = groupDm(ctx);
	const userId = param(ctx, 'user_id');
	const before = channel.recipients.length;
	channel.recipients = channel.recipients.filter((u) => u.id !== userId);
	if (channel.recipients.length !== before)
		ctx.world.dispatch('CHANNEL_RECIPIENT_REMOVE', { channel_id: channel.id, user: ctx.world.user(userId) });
	return noContent;
}

function threadsUnder(ctx: RouteContext, parentId: string): StoredChannel[] {
	return [...ctx.world.channels.values()].filter((c) => c.parent_id === parentId && THREADS.has(c.type));
}

/**
 * Searches a forum or media channel's posts by `name` words, `tag` ids (`tag_setting`
 * match_some/match_all), `archived`, sorted by `sort_by`/`sort_order`, paged by `limit` and `offset`.
 * @see https://discord.com/developers/docs/resources/channel
 */
function searchThreads(ctx: RouteContext) {
	const parentId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(parentId, P.ViewChannel | P.ReadMessageHistory);
	const q = ctx.query;
	const words = (q.get('name') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	const tags = q.getAll('tag').flatMap((v) => v.split(','));
	const all = q.get('tag_setting') === 'match_all';
	const archived = q.get('archived');
	const limit = Number(q.get('limit') ?? '25');
	const offset = Number(q.get('offset') ?? '0');
	let found = threadsUnder(ctx, parentId).filter((t) => {
		const record = t as unknown as { name?: string; applied_tags?: string[]; thread_metadata?: { archived?: boolean } };
		const name = (record.name ?? '').toLowerCase();
		const applied = record.applied_tags ?? [];
		return (
			words.every((w) => name.includes(w)) &&
			(tags.length === 0 || (all ? tags.every((t2) => applied.includes(t2)) : tags.some((t2) => applied.includes(t2)))) &&
			(archived === null || String(record.thread_metadata?.archived === true) === archived)
		);
	});
	found = found.sort((a, b) => (BigInt(a.id) > BigInt(b.id) ? -1 : 1));
	if (q.get('sort_order') === 'asc') found.reverse();
	const page = found.slice(offset, offset + limit);
	return ok({ threads: page, members: [], has_more: offset + limit < found.length, total_results: found.length });
}

/** Private archived threads the bot has joined, under a channel. */
function myPrivateArchived(ctx: RouteContext) {
	const parentId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(parentId, P.ViewChannel | P.ReadMessageHistory);
	const threads = threadsUnder(ctx, parentId).filter((t) => {
		const record = t as unknown as { owner_id?: string; member?: unknown; thread_metadata?: { archived?: boolean } };
		return (
			t.type === 12 &&
			record.thread_metadata?.archived === true &&
			(record.owner_id === ctx.world.botUser.id || record.member !== undefined)
		);
	});
	return ok({ threads, members: [], has_more: false });
}

/** Channel extras: following announcements, group DM recipients, thread search, the bot's private archived threads. */
export const channelExtraRoutes: readonly Route[] = [
	{ method: 'POST', path: '/channels/{channel_id}/followers', handler: follow },
	{ method: 'PUT', path: '/channels/{channel_id}/recipients/{user_id}', handler: addRecipient },
	{ method: 'DELETE', path: '/channels/{channel_id}/recipients/{user_id}', handler: removeRecipient },
	{ method: 'GET', path: '/channels/{channel_id}/threads/search', handler: searchThreads },
	{ method: 'GET', path: '/channels/{channel_id}/users/@me/threads/archived/private', handler: myPrivateArchived },
];
