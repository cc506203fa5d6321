import { PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { highestRolePosition } from '../world/permissions.js';
import { requireAbove } from './members.js';

function ban(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const userId = param(ctx, 'user_id');
	const user = ctx.world.user(userId);
	ctx.world.requireBotGuildPermissions(guildId, P.BanMembers);
	const state = ctx.world.guild(guildId);
	const member = state.members.get(userId);
	if (member !== undefined)
		requireAbove(ctx, guildId, highestRolePosition(ctx.world.permissionContext(guildId), { roles: member.roles, user_id: userId }));
	state.bans.set(userId, {
		user,
		reason: (bodyObject(ctx)['reason'] as string | undefined) ?? (ctx.headers['x-audit-log-reason'] as string | undefined) ?? null,
	});
	ctx.world.dispatch('GUILD_BAN_ADD', { guild_id: guildId, user }, guildId);
	if (member !== undefined) {
		state.members.delete(userId);
		ctx.world.dispatch('GUILD_MEMBER_REMOVE', { guild_id: guildId, user }, guildId);
	}
	return noContent;
}

function unban(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.BanMembers);
	const entry = ctx.world.guild(guildId).bans.get(param(ctx, 'user_id'));
	if (entry === undefined) throw restError('unknownBan');
	ctx.world.guild(guildId).bans.delete(entry.user.id);
	ctx.world.dispatch('GUILD_BAN_REMOVE', { guild_id: guildId, user: entry.user }, guildId);
	return noContent;
}

function getBan(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.BanMembers);
	const entry = ctx.world.guild(guildId).bans.get(param(ctx, 'user_id'));
	if (entry === undefined) throw restError('unknownBan');
	return ok(entry);
}

/** Ban routes. */
export const banRoutes: readonly Route[] = [
	{
		method: 'GET',
		path: '/guilds/{guild_id}/bans',
		handler: (ctx) => (
			ctx.world.requireBotGuildPermissions(param(ctx, 'guild_id'), P.BanMembers),
			ok([...ctx.world.guild(param(ctx, 'guild_id')).bans.values()])
		),
	},
	{ method: 'GET', path: '/guilds/{guild_id}/bans/{user_id}', handler: getBan },
	{ method: 'PUT', path: '/guilds/{guild_id}/bans/{user_id}', handler: ban },
	{ method: 'DELETE', path: '/guilds/{guild_id}/bans/{user_id}', handler: unban },
];
