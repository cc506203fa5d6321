import type { RESTGetAPIAuditLogQuery, RESTGetAPIAuditLogResult } from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

/**
 * A guild's [audit log](https://discord.com/developers/docs/resources/audit-log): who did what,
 * with the `reason` they gave (pass `options.reason` to the API's moderation methods to give yours).
 */
export class AuditLogsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Guild Audit Log](https://discord.com/developers/docs/resources/audit-log#get-guild-audit-log); filter by `user_id`, `action_type`, `target_id`, page with `before`/`after`. Needs VIEW_AUDIT_LOG. */
	get(guildId: IdOf<'Guild'>, query: RESTGetAPIAuditLogQuery = {}, options?: APIRequestOptions): Promise<RESTGetAPIAuditLogResult> {
		return call(this.rest, 'list_guild_audit_log_entries', { guild_id: guildId }, options, undefined, query);
	}
}
