import type {
	RESTGetAPIGuildTemplatesResult,
	RESTGetAPITemplateResult,
	RESTPatchAPIGuildTemplateJSONBody,
	RESTPatchAPIGuildTemplateResult,
	RESTPostAPIGuildTemplatesJSONBody,
	RESTPostAPIGuildTemplatesResult,
	RESTPutAPIGuildTemplateSyncResult,
	RESTDeleteAPIGuildTemplateResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

/** [Guild templates](https://discord.com/developers/docs/resources/guild-template), by their code. */
export class TemplatesAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Guild Template](https://discord.com/developers/docs/resources/guild-template#get-guild-template) by code. */
	get(code: string, options?: APIRequestOptions): Promise<RESTGetAPITemplateResult> {
		return call(this.rest, 'get_guild_template', { code }, options);
	}

	/** [Get Guild Templates](https://discord.com/developers/docs/resources/guild-template#get-guild-templates). */
	list(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildTemplatesResult> {
		return call(this.rest, 'list_guild_templates', { guild_id: guildId }, options);
	}

	/** [Create Guild Template](https://discord.com/developers/docs/resources/guild-template#create-guild-template) from the guild as it is now. */
	create(
		guildId: IdOf<'Guild'>,
		body: RESTPostAPIGuildTemplatesJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIGuildTemplatesResult> {
		return call(this.rest, 'create_guild_template', { guild_id: guildId }, options, body);
	}

	/** [Sync Guild Template](https://discord.com/developers/docs/resources/guild-template#sync-guild-template) to the guild's current state. */
	sync(guildId: IdOf<'Guild'>, code: string, options?: APIRequestOptions): Promise<RESTPutAPIGuildTemplateSyncResult> {
		return call(this.rest, 'sync_guild_template', { guild_id: guildId, code }, options);
	}

	/** [Modify Guild Template](https://discord.com/developers/docs/resources/guild-template#modify-guild-template): name and description. */
	edit(
		guildId: IdOf<'Guild'>,
		code: string,
		body: RESTPatchAPIGuildTemplateJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildTemplateResult> {
		return call(this.rest, 'update_guild_template', { guild_id: guildId, code }, options, body);
	}

	/** [Delete Guild Template](https://discord.com/developers/docs/resources/guild-template#delete-guild-template). */
	delete(guildId: IdOf<'Guild'>, code: string, options?: APIRequestOptions): Promise<RESTDeleteAPIGuildTemplateResult> {
		return call(this.rest, 'delete_guild_template', { guild_id: guildId, code }, options);
	}
}
