import { PermissionFlagsBits as P } from 'discord-api-types/v10';
import { ok, param, type Route, type RouteContext, snowflakeQuery } from '../http/Route.js';

/**
 * The guild's audit log, newest first, filtered by `user_id`, `action_type`, `before`/`after`
 * and `limit` (1–100, default 50), with the users, webhooks, threads, scheduled events and
 * auto-moderation rules the entries name. Needs VIEW_AUDIT_LOG.
 * @see https://discord.com/developers/docs/resources/audit-log#get-guild-audit-log
 */
function auditLog(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.ViewAuditLog);
	const state = ctx.world.guild(guildId);
	const userId = ctx.query.get('user_id');
	const action = ctx.query.get('action_type');
	const before = snowflakeQuery(ctx, 'before');
	const after = snowflakeQuery(ctx, 'after');
	const limit = Number(ctx.query.get('limit') ?? '50');
	let entries = state.auditLog.filter(
		(e) => (userId === null || e.user_id === userId) && (action === null || e.action_type === Number(action)),
	);
	if (before !== null) entries = entries.filter((e) => BigInt(e.id) < before);
	if (after !== null) entries = entries.filter((e) => BigInt(e.id) > after).slice(0, limit);
	entries = entries.slice(-limit).reverse();
	const ids = new Set(entries.flatMap((e) => [e.user_id, e.target_id]).filter((id): id is string => id !== null));
	const threads = [...ctx.world.channels.values()].filter((c) => ids.has(c.id) && [10, 11, 12].includes(c.type));
	return ok({
		audit_log_entries: entries,
		users: [...ids].map((id) => ctx.world.users.get(id)).filter((u) => u !== undefined),
		integrations: [...state.integrations.values()].filter((i) => ids.has(i['id'] as string)),
		webhooks: [...ctx.world.resources.webhooks.values()]
			.filter((w) => w['guild_id'] === guildId && ids.has(w['id'] as string))
			.map(({ token: _token, ...w }) => w),
		guild_scheduled_events: [...state.scheduledEvents.values()].map((s) => s.event).filter((e) => ids.has(e['id'] as string)),
		threads,
		application_commands: [...ctx.world.commands.values()].filter((c) => ids.has(c.id)),
		auto_moderation_rules: [...state.autoModRules.values()].filter((r) => ids.has(r['id'] as string)),
	});
}

/** The audit log route. */
export const auditLogRoutes: readonly Route[] = [{ method: 'GET', path: '/guilds/{guild_id}/audit-logs', handler: auditLog }];
