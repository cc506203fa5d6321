import { type APIRole, AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { diff, recordAudit } from '../world/auditLog.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { requireAbove } from './members.js';

const EDITABLE = ['name', 'permissions', 'color', 'hoist', 'mentionable', 'unicode_emoji'] as const;

function createRole(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.ManageRoles);
	const body = bodyObject(ctx);
	const state = ctx.world.guild(guildId);
	const color = Number(body['color'] ?? 0);
	const role: APIRole = {
		id: ctx.world.snowflakes.next(),
		name: String(body['name'] ?? 'new role'),
		permissions: String(body['permissions'] ?? state.roles.get(guildId)?.permissions ?? '0'),
		// New roles sit just above @everyone, as on Discord.
		position: 1,
		color,
		colors: { primary_color: color, secondary_color: null, tertiary_color: null },
		hoist: body['hoist'] === true,
		icon: null,
		unicode_emoji: (body['unicode_emoji'] as string | undefined) ?? null,
		managed: false,
		mentionable: body['mentionable'] === true,
		flags: 0 as APIRole['flags'],
	};
	for (const other of state.roles.values()) if (other.id !== guildId && other.position >= 1) other.position += 1;
	state.roles.set(role.id, role);
	ctx.world.dispatch('GUILD_ROLE_CREATE', { guild_id: guildId, role }, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.RoleCreate,
		targetId: role.id,
		changes: diff({}, role as unknown as Record<string, unknown>, ['name', 'permissions', 'color', 'hoist', 'mentionable']),
	});
	return ok(role);
}

function updateRole(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const role = ctx.world.role(guildId, param(ctx, 'role_id'));
	ctx.world.requireBotGuildPermissions(guildId, P.ManageRoles);
	requireAbove(ctx, guildId, role.position);
	const body = bodyObject(ctx);
	const target = role as unknown as Record<string, unknown>;
	const before = { ...target };
	for (const key of EDITABLE) if (body[key] !== undefined) target[key] = key === 'permissions' ? String(body[key]) : body[key];
	ctx.world.dispatch('GUILD_ROLE_UPDATE', { guild_id: guildId, role }, guildId);
	recordAudit(ctx, guildId, { action: AuditLogEvent.RoleUpdate, targetId: role.id, changes: diff(before, target, EDITABLE) });
	return ok(role);
}

function deleteRole(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const role = ctx.world.role(guildId, param(ctx, 'role_id'));
	ctx.world.requireBotGuildPermissions(guildId, P.ManageRoles);
	requireAbove(ctx, guildId, role.position);
	const state = ctx.world.guild(guildId);
	state.roles.delete(role.id);
	for (const member of state.members.values()) member.roles = member.roles.filter((id) => id !== role.id);
	ctx.world.dispatch('GUILD_ROLE_DELETE', { guild_id: guildId, role_id: role.id }, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.RoleDelete,
		targetId: role.id,
		changes: diff(role as unknown as Record<string, unknown>, {}, ['name', 'permissions']),
	});
	return noContent;
}

/** Role routes. */
export const roleRoutes: readonly Route[] = [
	{ method: 'GET', path: '/guilds/{guild_id}/roles', handler: (ctx) => ok([...ctx.world.guild(param(ctx, 'guild_id')).roles.values()]) },
	{ method: 'POST', path: '/guilds/{guild_id}/roles', handler: createRole },
	{
		method: 'GET',
		path: '/guilds/{guild_id}/roles/{role_id}',
		handler: (ctx) => ok(ctx.world.role(param(ctx, 'guild_id'), param(ctx, 'role_id'))),
	},
	{ method: 'PATCH', path: '/guilds/{guild_id}/roles/{role_id}', handler: updateRole },
	{ method: 'DELETE', path: '/guilds/{guild_id}/roles/{role_id}', handler: deleteRole },
];
