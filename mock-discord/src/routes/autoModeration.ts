import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { formError } from '../http/formErrors.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { diff, recordAudit } from '../world/auditLog.js';
import { AUTOMOD_RULES_PER_TRIGGER } from '../world/autoModeration.js';
import type { Json } from '../world/GuildState.js';

const EDITABLE = ['name', 'event_type', 'trigger_metadata', 'actions', 'enabled', 'exempt_roles', 'exempt_channels'] as const;

function rules(ctx: RouteContext): Map<string, Json> {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.ManageGuild);
	return ctx.world.guild(guildId).autoModRules;
}

function find(ctx: RouteContext): Json {
	const rule = rules(ctx).get(param(ctx, 'rule_id'));
	if (rule === undefined) throw restError('unknownAutoModRule');
	return rule;
}

/** Alert channels and exempt roles/channels must exist in the guild. */
function checkReferences(ctx: RouteContext, body: Record<string, unknown>): void {
	const guildId = param(ctx, 'guild_id');
	for (const id of (body['exempt_roles'] as string[] | undefined) ?? []) ctx.world.role(guildId, id);
	for (const id of (body['exempt_channels'] as string[] | undefined) ?? []) ctx.world.channel(id);
	for (const action of (body['actions'] as Json[] | undefined) ?? []) {
		const channelId = (action['metadata'] as Json | undefined)?.['channel_id'];
		if (typeof channelId === 'string') ctx.world.channel(channelId);
	}
}

/** The trigger metadata Discord returns for a trigger type: every field of that type, defaults filled in. */
function fullMetadata(trigger: number, given: unknown): Json {
	const m = (given as Json | undefined) ?? {};
	switch (trigger) {
		case 1:
		case 6:
			return { keyword_filter: m['keyword_filter'] ?? [], regex_patterns: m['regex_patterns'] ?? [], allow_list: m['allow_list'] ?? [] };
		case 4:
			return { presets: m['presets'] ?? [], allow_list: m['allow_list'] ?? [] };
		case 5:
			return {
				mention_total_limit: m['mention_total_limit'] ?? 0,
				mention_raid_protection_enabled: m['mention_raid_protection_enabled'] ?? false,
			};
		default:
			return {};
	}
}

/** Discord always returns an action's `metadata`, `{}` when the request left it out. */
function withMetadata(actions: unknown): Json[] {
	return ((actions as Json[] | undefined) ?? []).map((a) => ({ ...a, metadata: (a['metadata'] as Json | undefined) ?? {} }));
}

function create(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const store = rules(ctx);
	const body = bodyObject(ctx);
	const trigger = Number(body['trigger_type']);
	const same = [...store.values()].filter((r) => r['trigger_type'] === trigger).length;
	if (same >= (AUTOMOD_RULES_PER_TRIGGER[trigger] ?? 1))
		throw formError(['trigger_type'], 'AUTO_MODERATION_MAX_RULES_OF_TYPE_EXCEEDED', 'Maximum number of rules of this type reached');
	checkReferences(ctx, body);
	const rule: Json = {
		id: ctx.world.snowflakes.next(),
		guild_id: guildId,
		name: String(body['name']),
		creator_id: ctx.world.botUser.id,
		event_type: Number(body['event_type']),
		trigger_type: trigger,
		trigger_metadata: fullMetadata(trigger, body['trigger_metadata']),
		actions: withMetadata(body['actions']),
		enabled: body['enabled'] === true,
		exempt_roles: (body['exempt_roles'] as string[] | undefined) ?? [],
		exempt_channels: (body['exempt_channels'] as string[] | undefined) ?? [],
	};
	store.set(rule['id'] as string, rule);
	ctx.world.dispatch('AUTO_MODERATION_RULE_CREATE', rule, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.AutoModerationRuleCreate,
		targetId: rule['id'] as string,
		changes: diff({}, rule, ['name', 'trigger_type', 'enabled']),
	});
	return ok(rule);
}

function update(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const rule = find(ctx);
	const body = bodyObject(ctx);
	checkReferences(ctx, body);
	const before = { ...rule };
	for (const key of EDITABLE)
		if (body[key] !== undefined && body[key] !== null)
			rule[key] =
				key === 'actions'
					? withMetadata(body[key])
					: key === 'trigger_metadata'
						? fullMetadata(rule['trigger_type'] as number, body[key])
						: body[key];
	ctx.world.dispatch('AUTO_MODERATION_RULE_UPDATE', rule, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.AutoModerationRuleUpdate,
		targetId: rule['id'] as string,
		changes: diff(before, rule, EDITABLE),
	});
	return ok(rule);
}

function remove(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const rule = find(ctx);
	rules(ctx).delete(rule['id'] as string);
	ctx.world.dispatch('AUTO_MODERATION_RULE_DELETE', rule, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.AutoModerationRuleDelete,
		targetId: rule['id'] as string,
		changes: [{ key: 'name', old_value: rule['name'] }],
	});
	return noContent;
}

const base = '/guilds/{guild_id}/auto-moderation/rules';

/**
 * Auto-moderation rules: MANAGE_GUILD, per-trigger limits (6 keyword rules, one of each other
 * type), AUTO_MODERATION_RULE_* dispatches and the audit log. The rules act on messages
 * members send through the control API (see world/autoModeration).
 * @see https://discord.com/developers/docs/resources/auto-moderation
 */
export const autoModerationRoutes: readonly Route[] = [
	{ method: 'GET', path: base, handler: (ctx) => ok([...rules(ctx).values()]) },
	{ method: 'POST', path: base, handler: create },
	{ method: 'GET', path: `${base}/{rule_id}`, handler: (ctx) => ok(find(ctx)) },
	{ method: 'PATCH', path: `${base}/{rule_id}`, handler: update },
	{ method: 'DELETE', path: `${base}/{rule_id}`, handler: remove },
];
