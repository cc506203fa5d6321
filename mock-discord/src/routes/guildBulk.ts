import { type APIGuildMember, AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { recordAudit } from '../world/auditLog.js';
import type { Json } from '../world/GuildState.js';
import { requireAbove } from './members.js';

function rolePositions(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.ManageRoles);
	const moves = (Array.isArray(ctx.body) ? ctx.body : []) as { id: string; position?: number | null }[];
	for (const move of moves) {
		const role = ctx.world.role(guildId, move.id);
		if (typeof move.position !== 'number' || move.position === role.position) continue;
		requireAbove(ctx, guildId, Math.max(role.position, move.position));
	}
	const state = ctx.world.guild(guildId);
	for (const move of moves) {
		const role = ctx.world.role(guildId, move.id);
		if (typeof move.position !== 'number' || move.position === role.position) continue;
		const old = role.position;
		role.position = move.position;
		ctx.world.dispatch('GUILD_ROLE_UPDATE', { guild_id: guildId, role }, guildId);
		recordAudit(ctx, guildId, {
			action: AuditLogEvent.RoleUpdate,
			targetId: role.id,
			changes: [{ key: 'position', old_value: old, new_value: role.position }],
		});
	}
	return ok([...state.roles.values()].sort((a, b) => a.position - b.position));
}

function channelPositions(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.ManageChannels);
	const moves = (Array.isArray(ctx.body) ? ctx.body : []) as {
		id: string;
		position?: number | null;
		parent_id?: string | null;
		lock_permissions?: boolean | null;
	}[];
	for (const move of moves) {
		const channel = ctx.world.channel(move.id);
		if (channel.guild_id !== guildId) throw restError('unknownChannel');
		if (typeof move.parent_id === 'string' && ctx.world.channel(move.parent_id).type !== 4) throw restError('invalidChannelType');
	}
	for (const move of moves) {
		const channel = ctx.world.channel(move.id) as unknown as Json;
		if (typeof move.position === 'number') channel['position'] = move.position;
		if (move.parent_id !== undefined) {
			channel['parent_id'] = move.parent_id;
			if (move.lock_permissions === true && typeof move.parent_id === 'string')
				channel['permission_overwrites'] = structuredClone(
					(ctx.world.channel(move.parent_id) as unknown as Json)['permission_overwrites'] ?? [],
				);
		}
		ctx.world.dispatch('CHANNEL_UPDATE', channel, guildId);
	}
	return noContent;
}

function updateMe(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const member = ctx.world.member(guildId, ctx.world.botUser.id);
	const body = bodyObject(ctx);
	if (body['nick'] !== undefined) {
		ctx.world.requireBotGuildPermissions(guildId, P.ChangeNickname);
		const old = member.nick;
		member.nick = (body['nick'] as string | null) ?? null;
		recordAudit(ctx, guildId, {
			action: AuditLogEvent.MemberUpdate,
			targetId: ctx.world.botUser.id,
			changes: [{ key: 'nick', old_value: old, new_value: member.nick }],
		});
	}
	ctx.world.dispatch('GUILD_MEMBER_UPDATE', { guild_id: guildId, ...member }, guildId);
	return ok(member);
}

/**
 * Adds a user who granted `guilds.join` (an OAuth2 token from the control API) with
 * CREATE_INSTANT_INVITE; roles, nick, mute and deaf need their own permissions. 204 when
 * already a member.
 * @see https://discord.com/developers/docs/resources/guild#add-guild-member
 */
function addMember(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const userId = param(ctx, 'user_id');
	const state = ctx.world.guild(guildId);
	const body = bodyObject(ctx);
	const grant = ctx.world.resources.oauthTokens.get(String(body['access_token']));
	if (grant === undefined || grant.userId !== userId || !grant.scopes.includes('guilds.join')) throw restError('invalidOAuthToken');
	ctx.world.requireBotGuildPermissions(guildId, P.CreateInstantInvite);
	if (state.members.has(userId)) return noContent;
	if (state.bans.has(userId)) throw restError('userBanned');
	const roles = Array.isArray(body['roles']) ? (body['roles'] as string[]) : [];
	if (roles.length > 0) ctx.world.requireBotGuildPermissions(guildId, P.ManageRoles);
	for (const id of roles) ctx.world.role(guildId, id);
	if (body['nick'] !== undefined) ctx.world.requireBotGuildPermissions(guildId, P.ManageNicknames);
	if (body['mute'] === true) ctx.world.requireBotGuildPermissions(guildId, P.MuteMembers);
	if (body['deaf'] === true) ctx.world.requireBotGuildPermissions(guildId, P.DeafenMembers);
	const member: APIGuildMember = {
		user: ctx.world.user(userId),
		nick: (body['nick'] as string | undefined) ?? null,
		avatar: null,
		banner: null,
		roles: [...roles],
		joined_at: new Date().toISOString(),
		premium_since: null,
		deaf: body['deaf'] === true,
		mute: body['mute'] === true,
		flags: 0 as APIGuildMember['flags'],
		pending: false,
		communication_disabled_until: null,
	};
	state.members.set(userId, member);
	ctx.world.dispatch('GUILD_MEMBER_ADD', { ...member, guild_id: guildId }, guildId);
	return { status: 201, body: member };
}

function joinRequests(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.KickMembers);
	const status = ctx.query.get('status');
	const list = [...ctx.world.guild(guildId).joinRequests.values()].filter((r) => status === null || r['application_status'] === status);
	const limit = Number(ctx.query.get('limit') ?? '100');
	return ok({ total: list.length, guild_join_requests: list.slice(0, limit) });
}

function actionJoinRequest(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.KickMembers);
	const request = ctx.world.guild(guildId).joinRequests.get(param(ctx, 'request_id'));
	if (request === undefined) throw restError('unknownMember');
	const body = bodyObject(ctx);
	request['application_status'] = body['action'];
	request['rejection_reason'] = body['action'] === 'REJECTED' ? ((body['rejection_reason'] as string | undefined) ?? null) : null;
	request['reviewed_at'] = new Date().toISOString();
	request['actioned_by_user'] = ctx.world.botUser;
	const member = ctx.world.guild(guildId).members.get(request['user_id'] as string);
	if (body['action'] === 'APPROVED' && member !== undefined) {
		member.pending = false;
		ctx.world.dispatch('GUILD_MEMBER_UPDATE', { guild_id: guildId, ...member }, guildId);
	}
	ctx.world.dispatch('GUILD_JOIN_REQUEST_UPDATE', { guild_id: guildId, status: request['application_status'], request }, guildId);
	return ok(request);
}

/**
 * Searches the guild's messages the bot can read: `content` (words, case-insensitive),
 * `author_id`, `channel_id`, `mentions`, `has`, paged by `limit` (≤ 25) and `offset`; results
 * newest first, each as a one-message list, as Discord returns them.
 * @see https://discord.com/developers/docs/resources/message#search-guild-messages
 */
function searchMessages(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	if (!ctx.world.guild(guildId).members.has(ctx.world.botUser.id)) throw restError('missingAccess');
	const q = ctx.query;
	const words = (q.get('content') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	const authors = q.getAll('author_id').flatMap((v) => v.split(','));
	const channels = q.getAll('channel_id').flatMap((v) => v.split(','));
	const mentions = q.getAll('mentions').flatMap((v) => v.split(','));
	const has = q.getAll('has').flatMap((v) => v.split(','));
	const limit = Number(q.get('limit') ?? '25');
	const offset = Number(q.get('offset') ?? '0');
	const found = [...ctx.world.channels.values()]
		.filter((c) => c.guild_id === guildId && (channels.length === 0 || channels.includes(c.id)))
		.filter(
			(c) =>
				(ctx.world.channelPermissions(c.id, ctx.world.botUser.id) & (P.ViewChannel | P.ReadMessageHistory)) ===
				(P.ViewChannel | P.ReadMessageHistory),
		)
		.flatMap((c) => [...(ctx.world.messages.get(c.id)?.values() ?? [])])
		.filter((m) => ((m.flags ?? 0) & 64) === 0)
		.filter((m) => words.every((w) => m.content.toLowerCase().includes(w)))
		.filter((m) => authors.length === 0 || authors.includes(m.author.id))
		.filter((m) => mentions.length === 0 || m.mentions.some((u) => mentions.includes(u.id)))
		.filter((m) =>
			has.every((h) =>
				h === 'embed'
					? m.embeds.length > 0
					: h === 'file' || h === 'image'
						? m.attachments.length > 0
						: h === 'poll'
							? m.poll !== undefined
							: h === 'link'
								? /https?:\/\//.test(m.content)
								: true,
			),
		)
		.sort((a, b) => (BigInt(a.id) > BigInt(b.id) ? -1 : 1));
	return ok({
		messages: found.slice(offset, offset + limit).map((m) => [{ ...m, hit: true }]),
		total_results: found.length,
		doing_deep_historical_index: false,
		threads: [],
		members: [],
	});
}

/** Bulk position changes, the bot's own member, members added by OAuth2, join requests, message search. */
export const guildBulkRoutes: readonly Route[] = [
	{ method: 'PATCH', path: '/guilds/{guild_id}/roles', handler: rolePositions },
	{
		method: 'GET',
		path: '/guilds/{guild_id}/roles/member-counts',
		handler: (ctx) => {
			const state = ctx.world.guild(param(ctx, 'guild_id'));
			const counts: Record<string, number> = {};
			for (const role of state.roles.keys()) if (role !== state.guild.id) counts[role] = 0;
			for (const member of state.members.values()) for (const role of member.roles) counts[role] = (counts[role] ?? 0) + 1;
			return ok(counts);
		},
	},
	{ method: 'PATCH', path: '/guilds/{guild_id}/channels', handler: channelPositions },
	{ method: 'PATCH', path: '/guilds/{guild_id}/members/@me', handler: updateMe },
	{ method: 'PUT', path: '/guilds/{guild_id}/members/{user_id}', handler: addMember },
	{ method: 'GET', path: '/guilds/{guild_id}/requests', handler: joinRequests },
	{ method: 'PATCH', path: '/guilds/{guild_id}/requests/{request_id}', handler: actionJoinRequest },
	{ method: 'GET', path: '/guilds/{guild_id}/messages/search', handler: searchMessages },
];
