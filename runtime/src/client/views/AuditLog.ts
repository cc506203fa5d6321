import type { APIAuditLog, APIAuditLogChange, APIAuditLogEntry, AuditLogEvent } from 'discord-api-types/v10';
import { decodeSnowflake } from '../../knowledge/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { User } from './User.js';

/** One audit-log entry: who did what to which target, with the reason. */
export class AuditLogEntry {
	readonly #ctx: _ViewContext;
	readonly #raw: APIAuditLogEntry;
	readonly #users: ReadonlyMap<string, APIAuditLog['users'][number]>;

	/** @internal Made by `AuditLog`. */
	constructor(ctx: _ViewContext, raw: APIAuditLogEntry, users: ReadonlyMap<string, APIAuditLog['users'][number]>) {
		this.#ctx = ctx;
		this.#raw = raw;
		this.#users = users;
	}

	get id(): Snowflake<'AuditLogEntry'> {
		return this.#raw.id as Snowflake<'AuditLogEntry'>;
	}

	/** What was done (`AuditLogEvent`, e.g. 22 MemberBanAdd). */
	get action(): AuditLogEvent {
		return this.#raw.action_type;
	}

	/** Who did it (from the log's users), or undefined for actions by Discord. */
	get executor(): User | undefined {
		const id = this.#raw.user_id;
		return id === null ? undefined : this.#ctx.make.user(this.#users.get(id) ?? { id });
	}

	/** Who did it, by id. */
	get executorId(): Snowflake<'User'> | null {
		return this.#raw.user_id as Snowflake<'User'> | null;
	}

	/** The id of what it was done to (a user, channel, role, message…). */
	get targetId(): string | null {
		return this.#raw.target_id;
	}

	/** The target as a user, when it is one the log lists. */
	get target(): User | undefined {
		const id = this.#raw.target_id;
		const user = id === null ? undefined : this.#users.get(id);
		return user === undefined ? undefined : this.#ctx.make.user(user);
	}

	/** The reason given. */
	get reason(): string | null {
		return this.#raw.reason ?? null;
	}

	/** What changed, as `{ key, old_value, new_value }`. */
	get changes(): readonly APIAuditLogChange[] {
		return this.#raw.changes ?? [];
	}

	/** When it happened (from the id). */
	get createdAt(): Date {
		return new Date(decodeSnowflake(this.#raw.id)?.timestamp ?? 0);
	}

	/** The entry as Discord sent it. */
	get raw(): APIAuditLogEntry {
		return this.#raw;
	}
}

/** A page of a guild's audit log, newest entry first. */
export class AuditLog {
	readonly #ctx: _ViewContext;
	readonly #raw: APIAuditLog;

	/** @internal Made by `guild.auditLogs.fetch()`. */
	constructor(ctx: _ViewContext, raw: APIAuditLog) {
		this.#ctx = ctx;
		this.#raw = raw;
	}

	/** The entries, newest first. */
	get entries(): AuditLogEntry[] {
		const users = new Map(this.#raw.users.map((user) => [user.id, user]));
		return this.#raw.audit_log_entries.map((entry) => new AuditLogEntry(this.#ctx, entry, users));
	}

	/** The log as Discord sent it (with its users, webhooks, threads, integrations…). */
	get raw(): APIAuditLog {
		return this.#raw;
	}
}
