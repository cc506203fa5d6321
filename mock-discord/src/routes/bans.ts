import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { formError } from '../http/formErrors.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext, snowflakeQuery } from '../http/Route.js';
import { recordAudit } from '../world/auditLog.js';
import { highestRolePosition } from '../world/permissions.js';
import { snowflakeTime } from '../world/SnowflakeGenerator.js';
import { requireAbove } from './members.js';

const BULK_BAN_MAX = 200;

/** Deletes what a banned user wrote in the guild over the last `seconds`, as MESSAGE_DELETE_BULK per channel. */
function deleteRecentMessages(ctx: RouteContext, guildId: string, userId: string, seconds: number): void {
	if (seconds <= 0) return;
	const since = Date.now() - seconds * 1000;
	for (const channel of ctx.world.channels.values()) {
		if (channel.guild_id !== guildId) continue;
		const store = ctx.world.messages.get(channel.id);
		if (store === undefined) continue;
		const ids = [...store.values()].filter((m) => m.author.id === userId && snowflakeTime(m.id) >= since).map((m) => m.id);
		for (const id of ids) store.delete(id);
		if (ids.length > 0) ctx.world.dispatch('MESSAGE_DELETE_BULK', { ids, channel_id: channel.id, guild_id: guildId }, guildId);
	}
}

/** Bans one user (member or not): GUILD_BAN_ADD, GUILD_MEMBER_REMOVE for a member, the audit log. */
function banOne(ctx: RouteContext, guildId: string, userId: string, deleteSeconds: number): void {
	const user = ctx.world.user(userId);
	const state = ctx.world.guild(guildId);
	const member = state.members.get(userId);
	if (member !== undefined)
		requireAbove(ctx, guildId, highestRolePosition(ctx.world.permissionContext(guildId), { roles: member.roles, user_id: userId }));
	state.bans.set(userId, { user, reason: null });
	deleteRecentMessages(ctx, guildId, userId, deleteSeconds);
	ctx.world.dispatch('GUILD_BAN_ADD', { guild_id: guildId, user }, guildId);
	if (member !== undefined) {
		state.members.delete(userId);
		ctx.world.dispatch('GUILD_MEMBER_REMOVE', { guild_id: guildId, user }, guildId);
	}
	const entry = recordAudit(ctx, guildId, { action: AuditLogEvent.MemberBanAdd, targetId: userId });
	state.bans.set(userId, { user, reason: entry.reason ?? null });
}

function deleteSeconds(body: Record<string, unknown>): number {
	const seconds = Number(body['delete_message_seconds'] ?? Number(body['delete_message_days'] ?? 0) * 86400);
	if (!Number.isInteger(seconds) || seconds < 0 || seconds > 604800)
		throw formError(['delete_message_seconds'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 604800.');
	return seconds;
}

function ban(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.user(param(ctx, 'user_id'));
	ctx.world.requireBotGuildPermissions(guildId, P.BanMembers);
	banOne(ctx, guildId, param(ctx, 'user_id'), deleteSeconds(bodyObject(ctx)));
	return noContent;
}

/**
 * Bans up to 200 users at once (BAN_MEMBERS and MANAGE_GUILD); users that cannot be banned
 * (unknown, above the bot, already banned) are listed in `failed_users`; none banned is 500000.
 * @see https://discord.com/developers/docs/resources/guild#bulk-guild-ban
 */
function bulkBan(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.BanMembers | P.ManageGuild);
	const body = bodyObject(ctx);
	const ids = [...new Set((body['user_ids'] as string[] | undefined) ?? [])];
	if (ids.length > BULK_BAN_MAX) throw formError(['user_ids'], 'BASE_TYPE_MAX_LENGTH', `Must be ${BULK_BAN_MAX} or fewer in length.`);
	const seconds = deleteSeconds(body);
	const banned: string[] = [];
	const failed: string[] = [];
	for (const id of ids) {
		try {
			if (ctx.world.guild(guildId).bans.has(id) || id === ctx.world.botUser.id) throw restError('missingPermissions');
			banOne(ctx, guildId, id, seconds);
			banned.push(id);
		} catch {
			failed.push(id);
		}
	}
	if (banned.length === 0) throw restError('failedToBan');
	return ok({ banned_users: banned, failed_users: failed });
}

function unban(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.BanMembers);
	const entry = ctx.world.guild(guildId).bans.get(param(ctx, 'user_id'));
	if (entry === undefined) throw restError('unknownBan');
	ctx.world.guild(guildId).bans.delete(entry.user.id);
	ctx.world.dispatch('GUILD_BAN_REMOVE', { guild_id: guildId, user: entry.user }, guildId);
	recordAudit(ctx, guildId, { action: AuditLogEvent.MemberBanRemove, targetId: entry.user.id });
	return noContent;
}

function getBan(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.BanMembers);
	const entry = ctx.world.guild(guildId).bans.get(param(ctx, 'user_id'));
	if (entry === undefined) throw restError('unknownBan');
	return ok(entry);
}

/** Bans sorted by user id, paged with `before`/`after` and `limit` (default 1000). */
function listBans(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.BanMembers);
	const before = snowflakeQuery(ctx, 'before');
	const after = snowflakeQuery(ctx, 'after');
	const limit = Number(ctx.query.get('limit') ?? '1000');
	let bans = [...ctx.world.guild(guildId).bans.values()].sort((a, b) => (BigInt(a.user.id) < BigInt(b.user.id) ? -1 : 1));
	if (after !== null) bans = bans.filter((b) => BigInt(b.user.id) > after);
	if (before !== null) bans = bans.filter((b) => BigInt(b.user.id) < before).slice(-limit);
	return ok(bans.slice(0, limit));
}

/** Ban routes, including bulk ban. */
export const banRoutes: readonly Route[] = [
	{ method: 'GET', path: '/guilds/{guild_id}/bans', handler: listBans },
	{ method: 'GET', path: '/guilds/{guild_id}/bans/{user_id}', handler: getBan },
	{ method: 'PUT', path: '/guilds/{guild_id}/bans/{user_id}', handler: ban },
	{ method: 'DELETE', path: '/guilds/{guild_id}/bans/{user_id}', handler: unban },
	{ method: 'POST', path: '/guilds/{guild_id}/bulk-ban', handler: bulkBan },
];
