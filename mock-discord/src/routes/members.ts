import { type APIGuildMember, AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { diff, recordAudit } from '../world/auditLog.js';
import { moveMember } from '../world/voiceStates.js';
import { restError } from '../errors/RestError.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext, snowflakeQuery } from '../http/Route.js';
import { formError } from '../http/formErrors.js';
import { highestRolePosition } from '../world/permissions.js';

/** Throws 50013 unless the bot's highest role is above `position` (Discord's role hierarchy). */
export function requireAbove(ctx: RouteContext, guildId: string, position: number): void {
	const bot = ctx.world.member(guildId, ctx.world.botUser.id);
	const mine = highestRolePosition(ctx.world.permissionContext(guildId), { roles: bot.roles, user_id: ctx.world.botUser.id });
	if (mine <= position) throw restError('missingPermissions');
}

function memberUpdate(ctx: RouteContext, guildId: string, member: APIGuildMember): void {
	ctx.world.dispatch('GUILD_MEMBER_UPDATE', { guild_id: guildId, ...member }, guildId);
}

function listMembers(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const limit = Math.min(1000, Math.max(1, Number(ctx.query.get('limit') ?? '1') || 1));
	const after = snowflakeQuery(ctx, 'after') ?? 0n;
	const members = [...ctx.world.guild(guildId).members.values()].filter((m) => BigInt(m.user?.id ?? '0') > after);
	members.sort((a, b) => (BigInt(a.user?.id ?? '0') < BigInt(b.user?.id ?? '0') ? -1 : 1));
	return ok(members.slice(0, limit));
}

/**
 * Members whose username, global name or nickname starts with `query` (case-insensitive),
 * as Discord's member search matches them; `limit` 1–1000, default 1.
 * @see https://discord.com/developers/docs/resources/guild#search-guild-members
 */
function searchMembers(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const query = ctx.query.get('query');
	if (query === null || query === '') throw formError(['query'], 'BASE_TYPE_REQUIRED', 'This field is required');
	if (query.length > 100) throw formError(['query'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
	const rawLimit = ctx.query.get('limit');
	const limit = rawLimit === null ? 1 : Number(rawLimit);
	if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
		throw formError(['limit'], 'NUMBER_TYPE_MAX', 'int value should be between 1 and 1000.');
	const needle = query.toLowerCase();
	const matches = [...ctx.world.guild(guildId).members.values()].filter((m) =>
		[m.user?.username, m.user?.global_name, m.nick].some((name) => typeof name === 'string' && name.toLowerCase().startsWith(needle)),
	);
	matches.sort((a, b) => (BigInt(a.user?.id ?? '0') < BigInt(b.user?.id ?? '0') ? -1 : 1));
	return ok(matches.slice(0, limit));
}

function updateMember(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const userId = param(ctx, 'user_id');
	const member = ctx.world.member(guildId, userId);
	const body = bodyObject(ctx);
	const ctxPerm = ctx.world.permissionContext(guildId);
	if (userId !== ctx.world.botUser.id) requireAbove(ctx, guildId, highestRolePosition(ctxPerm, { roles: member.roles, user_id: userId }));
	const before = {
		nick: member.nick,
		communication_disabled_until: member.communication_disabled_until,
		mute: member.mute,
		deaf: member.deaf,
	};
	const rolesBefore = [...member.roles];
	if (body['nick'] !== undefined) {
		ctx.world.requireBotGuildPermissions(guildId, userId === ctx.world.botUser.id ? P.ChangeNickname : P.ManageNicknames);
		member.nick = (body['nick'] as string | null) ?? null;
	}
	if (Array.isArray(body['roles'])) {
		ctx.world.requireBotGuildPermissions(guildId, P.ManageRoles);
		for (const id of body['roles'] as string[]) requireAbove(ctx, guildId, ctx.world.role(guildId, id).position);
		member.roles = [...(body['roles'] as string[])];
	}
	if (body['communication_disabled_until'] !== undefined) {
		ctx.world.requireBotGuildPermissions(guildId, P.ModerateMembers);
		member.communication_disabled_until = (body['communication_disabled_until'] as string | null) ?? null;
	}
	for (const key of ['mute', 'deaf'] as const) {
		if (typeof body[key] !== 'boolean') continue;
		ctx.world.requireBotGuildPermissions(guildId, key === 'mute' ? P.MuteMembers : P.DeafenMembers);
		member[key] = body[key];
	}
	if (body['channel_id'] !== undefined) moveMember(ctx, guildId, userId, (body['channel_id'] as string | null) ?? null);
	memberUpdate(ctx, guildId, member);
	const changes = diff(before, member as unknown as Record<string, unknown>, ['nick', 'communication_disabled_until', 'mute', 'deaf']);
	if (changes.length > 0) recordAudit(ctx, guildId, { action: AuditLogEvent.MemberUpdate, targetId: userId, changes });
	recordRoleChange(ctx, guildId, userId, rolesBefore, member.roles);
	return ok(member);
}

function kick(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const userId = param(ctx, 'user_id');
	const member = ctx.world.member(guildId, userId);
	ctx.world.requireBotGuildPermissions(guildId, P.KickMembers);
	requireAbove(ctx, guildId, highestRolePosition(ctx.world.permissionContext(guildId), { roles: member.roles, user_id: userId }));
	ctx.world.guild(guildId).members.delete(userId);
	ctx.world.dispatch('GUILD_MEMBER_REMOVE', { guild_id: guildId, user: ctx.world.user(userId) }, guildId);
	recordAudit(ctx, guildId, { action: AuditLogEvent.MemberKick, targetId: userId });
	return noContent;
}

function setRole(ctx: RouteContext, add: boolean) {
	const guildId = param(ctx, 'guild_id');
	const member = ctx.world.member(guildId, param(ctx, 'user_id'));
	const role = ctx.world.role(guildId, param(ctx, 'role_id'));
	ctx.world.requireBotGuildPermissions(guildId, P.ManageRoles);
	requireAbove(ctx, guildId, role.position);
	const has = member.roles.includes(role.id);
	const before = [...member.roles];
	if (add && !has) member.roles.push(role.id);
	if (!add && has) member.roles = member.roles.filter((id) => id !== role.id);
	if (add !== has) {
		memberUpdate(ctx, guildId, member);
		recordRoleChange(ctx, guildId, param(ctx, 'user_id'), before, member.roles);
	}
	return noContent;
}

/** Records MEMBER_ROLE_UPDATE with Discord's `$add` / `$remove` changes, when roles changed. */
function recordRoleChange(ctx: RouteContext, guildId: string, userId: string, before: readonly string[], after: readonly string[]): void {
	const named = (ids: readonly string[]) => ids.map((id) => ({ id, name: ctx.world.guild(guildId).roles.get(id)?.name ?? '' }));
	const added = after.filter((id) => !before.includes(id));
	const removed = before.filter((id) => !after.includes(id));
	const changes = [
		...(added.length > 0 ? [{ key: '$add', new_value: named(added) }] : []),
		...(removed.length > 0 ? [{ key: '$remove', new_value: named(removed) }] : []),
	];
	if (changes.length > 0) recordAudit(ctx, guildId, { action: AuditLogEvent.MemberRoleUpdate, targetId: userId, changes });
}

/** Member routes. */
export const memberRoutes: readonly Route[] = [
	{ method: 'GET', path: '/guilds/{guild_id}/members', handler: listMembers },
	{ method: 'GET', path: '/guilds/{guild_id}/members/search', handler: searchMembers },
	{
		method: 'GET',
		path: '/guilds/{guild_id}/members/{user_id}',
		handler: (ctx) => ok(ctx.world.member(param(ctx, 'guild_id'), param(ctx, 'user_id'))),
	},
	{ method: 'PATCH', path: '/guilds/{guild_id}/members/{user_id}', handler: updateMember },
	{ method: 'DELETE', path: '/guilds/{guild_id}/members/{user_id}', handler: kick },
	{ method: 'PUT', path: '/guilds/{guild_id}/members/{user_id}/roles/{role_id}', handler: (ctx) => setRole(ctx, true) },
	{ method: 'DELETE', path: '/guilds/{guild_id}/members/{user_id}/roles/{role_id}', handler: (ctx) => setRole(ctx, false) },
];
