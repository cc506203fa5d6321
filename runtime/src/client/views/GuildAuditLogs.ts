import type { RESTGetAPIAuditLogQuery } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { AuditLog } from './AuditLog.js';

/** A guild's audit log (View Audit Log): fetched, newest entry first. */
export class GuildAuditLogs {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;

	/** @internal Made by `guild.auditLogs`. */
	constructor(ctx: _ViewContext, guildId: string) {
		this.#ctx = ctx;
		this.#guildId = guildId;
	}

	/** A page of entries: filter by `user_id`, `action_type` (`AuditLogEvent`), page with `before`/`after`, `limit` up to 100. */
	async fetch(query: RESTGetAPIAuditLogQuery = {}, options?: APIRequestOptions): Promise<AuditLog> {
		return this.#ctx.make.auditLog(await this.#ctx.api.auditLogs.get(this.#guildId, query, options));
	}
}
