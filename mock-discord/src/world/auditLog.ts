import type { IncomingHttpHeaders } from 'node:http';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { AuditEntry } from './GuildState.js';
import type { World } from './World.js';

/** Entries kept per guild; Discord keeps 45 days, the mock the most recent ones. */
const KEPT = 2000;

/** The `X-Audit-Log-Reason` of a request, URL-decoded as Discord reads it. */
export function auditReason(headers: IncomingHttpHeaders): string | undefined {
	const raw = headers['x-audit-log-reason'];
	const value = Array.isArray(raw) ? raw[0] : raw;
	if (value === undefined || value === '') return undefined;
	try {
		return decodeURIComponent(value).slice(0, 512);
	} catch {
		return value.slice(0, 512);
	}
}

/** What a route records: the action (`AuditLogEvent`), its target and what changed. */
export interface AuditInput {
	readonly action: number;
	readonly targetId: string | null;
	readonly changes?: AuditEntry['changes'];
	readonly options?: AuditEntry['options'];
	/** Who did it; default the bot. */
	readonly userId?: string | null;
}

/**
 * Records an action in the guild's audit log with the request's reason, and dispatches
 * GUILD_AUDIT_LOG_ENTRY_CREATE (GUILD_MODERATION intent) when the bot may view the audit log.
 * @see https://discord.com/developers/docs/resources/audit-log
 */
export function recordAudit(
	ctx: { readonly world: World; readonly headers: IncomingHttpHeaders },
	guildId: string,
	input: AuditInput,
): AuditEntry {
	const { world } = ctx;
	const state = world.guild(guildId);
	const reason = auditReason(ctx.headers);
	const entry: AuditEntry = {
		id: world.snowflakes.next(),
		action_type: input.action,
		user_id: input.userId === undefined ? world.botUser.id : input.userId,
		target_id: input.targetId,
		...(input.changes === undefined || input.changes.length === 0 ? {} : { changes: input.changes }),
		...(input.options === undefined ? {} : { options: input.options }),
		...(reason === undefined ? {} : { reason }),
	};
	state.auditLog.push(entry);
	if (state.auditLog.length > KEPT) state.auditLog.splice(0, state.auditLog.length - KEPT);
	if ((world.guildPermissions(guildId, world.botUser.id) & PermissionFlagsBits.ViewAuditLog) !== 0n) {
		world.dispatch('GUILD_AUDIT_LOG_ENTRY_CREATE', { ...entry, guild_id: guildId }, guildId);
	}
	return entry;
}

/** The changes between two versions of an object, for the keys given. */
export function diff(
	before: Readonly<Record<string, unknown>>,
	after: Readonly<Record<string, unknown>>,
	keys: readonly string[],
): NonNullable<AuditEntry['changes']> {
	const out: { key: string; old_value?: unknown; new_value?: unknown }[] = [];
	for (const key of keys) {
		const a = before[key];
		const b = after[key];
		if (JSON.stringify(a) === JSON.stringify(b)) continue;
		out.push({ key, ...(a === undefined ? {} : { old_value: a }), ...(b === undefined ? {} : { new_value: b }) });
	}
	return out;
}
