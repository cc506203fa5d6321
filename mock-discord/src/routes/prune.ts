import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { ok, param, type Route, type RouteContext, bodyObject } from '../http/Route.js';
import { recordAudit } from '../world/auditLog.js';
import { snowflakeTime } from '../world/SnowflakeGenerator.js';

/**
 * Members a prune of `days` removes: no roles (or only roles in `includeRoles`), and nothing
 * said in the guild for `days` days. The mock has no presence, so a member's last message
 * (else their join) stands for "last seen". The owner and the bot are never pruned.
 */
function candidates(ctx: RouteContext, guildId: string, days: number, includeRoles: readonly string[]): string[] {
	const state = ctx.world.guild(guildId);
	const since = Date.now() - days * 86_400_000;
	const lastSeen = new Map<string, number>();
	for (const channel of ctx.world.channels.values()) {
		if (channel.guild_id !== guildId) continue;
		for (const message of ctx.world.messages.get(channel.id)?.values() ?? []) {
			lastSeen.set(message.author.id, Math.max(lastSeen.get(message.author.id) ?? 0, snowflakeTime(message.id)));
		}
	}
	return [...state.members.values()]
		.filter((m) => {
			const id = m.user?.id ?? '';
			if (id === ctx.world.botUser.id || id === state.guild.owner_id) return false;
			if (!m.roles.every((r) => includeRoles.includes(r))) return false;
			return (lastSeen.get(id) ?? Date.parse(m.joined_at ?? '')) < since;
		})
		.map((m) => m.user?.id ?? '');
}

function readOptions(source: { get(key: string): string | null } | Record<string, unknown>): { days: number; include: string[] } {
	const get = (key: string): unknown =>
		'get' in source && typeof source.get === 'function' ? source.get(key) : (source as Record<string, unknown>)[key];
	const days = Number(get('days') ?? 7);
	const raw = get('include_roles');
	const include = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' && raw !== '' ? raw.split(',') : [];
	return { days, include };
}

/** `GET /guilds/{id}/prune`: how many would go; KICK_MEMBERS and MANAGE_GUILD. */
function preview(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.KickMembers | P.ManageGuild);
	const { days, include } = readOptions(ctx.query);
	return ok({ pruned: candidates(ctx, guildId, days, include).length });
}

/** `POST /guilds/{id}/prune`: removes them (GUILD_MEMBER_REMOVE each), audited as MEMBER_PRUNE. */
function prune(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.KickMembers | P.ManageGuild);
	const body = bodyObject(ctx);
	const { days, include } = readOptions(body);
	const ids = candidates(ctx, guildId, days, include);
	const state = ctx.world.guild(guildId);
	for (const id of ids) {
		state.members.delete(id);
		ctx.world.dispatch('GUILD_MEMBER_REMOVE', { guild_id: guildId, user: ctx.world.user(id) }, guildId);
	}
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.MemberPrune,
		targetId: null,
		options: { delete_member_days: String(days), members_removed: String(ids.length) },
	});
	return ok({ pruned: body['compute_prune_count'] === false ? null : ids.length });
}

/** Prune routes. @see https://discord.com/developers/docs/resources/guild#begin-guild-prune */
export const pruneRoutes: readonly Route[] = [
	{ method: 'GET', path: '/guilds/{guild_id}/prune', handler: preview },
	{ method: 'POST', path: '/guilds/{guild_id}/prune', handler: prune },
];
