import type {
	RESTGetAPIApplicationCommandPermissionsResult,
	RESTGetAPIApplicationCommandResult,
	RESTGetAPIApplicationCommandsQuery,
	RESTGetAPIApplicationCommandsResult,
	RESTGetAPIApplicationGuildCommandResult,
	RESTGetAPIApplicationGuildCommandsQuery,
	RESTGetAPIApplicationGuildCommandsResult,
	RESTGetAPIGuildApplicationCommandsPermissionsResult,
	RESTPatchAPIApplicationCommandJSONBody,
	RESTPatchAPIApplicationCommandResult,
	RESTPatchAPIApplicationGuildCommandJSONBody,
	RESTPatchAPIApplicationGuildCommandResult,
	RESTPostAPIApplicationCommandsJSONBody,
	RESTPostAPIApplicationCommandsResult,
	RESTPostAPIApplicationGuildCommandsJSONBody,
	RESTPostAPIApplicationGuildCommandsResult,
	RESTPutAPIApplicationCommandsJSONBody,
	RESTPutAPIApplicationCommandsResult,
	RESTPutAPIApplicationGuildCommandsJSONBody,
	RESTPutAPIApplicationGuildCommandsResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

/**
 * Global and guild [application commands](https://discord.com/developers/docs/interactions/application-commands#endpoints).
 * Prefer the bulk overwrites: one request registers the whole set, and unchanged commands keep their ids.
 * Command permissions can only be edited with a user's Bearer token, so they are read-only here.
 */
export class ApplicationCommandsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Global Application Commands](https://discord.com/developers/docs/interactions/application-commands#get-global-application-commands). */
	getGlobal(
		applicationId: IdOf<'Application'>,
		query: RESTGetAPIApplicationCommandsQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIApplicationCommandsResult> {
		return call(this.rest, 'list_application_commands', { application_id: applicationId }, options, undefined, query);
	}

	/** [Get Global Application Command](https://discord.com/developers/docs/interactions/application-commands#get-global-application-command). */
	getGlobalCommand(
		applicationId: IdOf<'Application'>,
		commandId: IdOf<'Command'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIApplicationCommandResult> {
		return call(this.rest, 'get_application_command', { application_id: applicationId, command_id: commandId }, options);
	}

	/** [Create Global Application Command](https://discord.com/developers/docs/interactions/application-commands#create-global-application-command) (an upsert by name). */
	createGlobal(
		applicationId: IdOf<'Application'>,
		body: RESTPostAPIApplicationCommandsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIApplicationCommandsResult> {
		return call(this.rest, 'create_application_command', { application_id: applicationId }, options, body);
	}

	/** [Edit Global Application Command](https://discord.com/developers/docs/interactions/application-commands#edit-global-application-command). */
	editGlobal(
		applicationId: IdOf<'Application'>,
		commandId: IdOf<'Command'>,
		body: RESTPatchAPIApplicationCommandJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIApplicationCommandResult> {
		return call(this.rest, 'update_application_command', { application_id: applicationId, command_id: commandId }, options, body);
	}

	/** [Delete Global Application Command](https://discord.com/developers/docs/interactions/application-commands#delete-global-application-command). */
	async deleteGlobal(applicationId: IdOf<'Application'>, commandId: IdOf<'Command'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_application_command', { application_id: applicationId, command_id: commandId }, options);
	}

	/** [Bulk Overwrite Global Application Commands](https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands): the set becomes exactly `body`. */
	bulkOverwriteGlobal(
		applicationId: IdOf<'Application'>,
		body: RESTPutAPIApplicationCommandsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPutAPIApplicationCommandsResult> {
		return call(this.rest, 'bulk_set_application_commands', { application_id: applicationId }, options, body);
	}

	/** [Get Guild Application Commands](https://discord.com/developers/docs/interactions/application-commands#get-guild-application-commands). */
	getGuild(
		applicationId: IdOf<'Application'>,
		guildId: IdOf<'Guild'>,
		query: RESTGetAPIApplicationGuildCommandsQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIApplicationGuildCommandsResult> {
		return call(
			this.rest,
			'list_guild_application_commands',
			{ application_id: applicationId, guild_id: guildId },
			options,
			undefined,
			query,
		);
	}

	/** [Get Guild Application Command](https://discord.com/developers/docs/interactions/application-commands#get-guild-application-command). */
	getGuildCommand(
		applicationId: IdOf<'Application'>,
		guildId: IdOf<'Guild'>,
		commandId: IdOf<'Command'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIApplicationGuildCommandResult> {
		const params = { application_id: applicationId, guild_id: guildId, command_id: commandId };
		return call(this.rest, 'get_guild_application_command', params, options);
	}

	/** [Create Guild Application Command](https://discord.com/developers/docs/interactions/application-commands#create-guild-application-command). */
	createGuild(
		applicationId: IdOf<'Application'>,
		guildId: IdOf<'Guild'>,
		body: RESTPostAPIApplicationGuildCommandsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIApplicationGuildCommandsResult> {
		return call(this.rest, 'create_guild_application_command', { application_id: applicationId, guild_id: guildId }, options, body);
	}

	/** [Edit Guild Application Command](https://discord.com/developers/docs/interactions/application-commands#edit-guild-application-command). */
	editGuild(
		applicationId: IdOf<'Application'>,
		guildId: IdOf<'Guild'>,
		commandId: IdOf<'Command'>,
		body: RESTPatchAPIApplicationGuildCommandJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIApplicationGuildCommandResult> {
		const params = { application_id: applicationId, guild_id: guildId, command_id: commandId };
		return call(this.rest, 'update_guild_application_command', params, options, body);
	}

	/** [Delete Guild Application Command](https://discord.com/developers/docs/interactions/application-commands#delete-guild-application-command). */
	async deleteGuild(
		applicationId: IdOf<'Application'>,
		guildId: IdOf<'Guild'>,
		commandId: IdOf<'Command'>,
		options?: APIRequestOptions,
	): Promise<void> {
		const params = { application_id: applicationId, guild_id: guildId, command_id: commandId };
		await call(this.rest, 'delete_guild_application_command', params, options);
	}

	/** [Bulk Overwrite Guild Application Commands](https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands). */
	bulkOverwriteGuild(
		applicationId: IdOf<'Application'>,
		guildId: IdOf<'Guild'>,
		body: RESTPutAPIApplicationGuildCommandsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPutAPIApplicationGuildCommandsResult> {
		return call(this.rest, 'bulk_set_guild_application_commands', { application_id: applicationId, guild_id: guildId }, options, body);
	}

	/** [Get Guild Application Command Permissions](https://discord.com/developers/docs/interactions/application-commands#get-guild-application-command-permissions): every command's, in one guild. */
	getGuildPermissions(
		applicationId: IdOf<'Application'>,
		guildId: IdOf<'Guild'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIGuildApplicationCommandsPermissionsResult> {
		return call(this.rest, 'list_guild_application_command_permissions', { application_id: applicationId, guild_id: guildId }, options);
	}

	/** [Get Application Command Permissions](https://discord.com/developers/docs/interactions/application-commands#get-application-command-permissions): one command's, in one guild. */
	getPermissions(
		applicationId: IdOf<'Application'>,
		guildId: IdOf<'Guild'>,
		commandId: IdOf<'Command'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIApplicationCommandPermissionsResult> {
		const params = { application_id: applicationId, guild_id: guildId, command_id: commandId };
		return call(this.rest, 'get_guild_application_command_permissions', params, options);
	}
}
