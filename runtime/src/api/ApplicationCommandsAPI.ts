import {
	Routes,
	type RESTGetAPIApplicationCommandsQuery,
	type RESTGetAPIApplicationCommandsResult,
	type RESTGetAPIApplicationGuildCommandsQuery,
	type RESTGetAPIApplicationGuildCommandsResult,
	type RESTPatchAPIApplicationCommandJSONBody,
	type RESTPatchAPIApplicationCommandResult,
	type RESTPostAPIApplicationCommandsJSONBody,
	type RESTPostAPIApplicationCommandsResult,
	type RESTPostAPIApplicationGuildCommandsJSONBody,
	type RESTPostAPIApplicationGuildCommandsResult,
	type RESTPutAPIApplicationCommandsJSONBody,
	type RESTPutAPIApplicationCommandsResult,
	type RESTPutAPIApplicationGuildCommandsJSONBody,
	type RESTPutAPIApplicationGuildCommandsResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import { send } from './_send.js';

/**
 * Global and guild [application commands](https://discord.com/developers/docs/interactions/application-commands#endpoints).
 * Prefer the bulk overwrites: one request registers the whole set, and unchanged commands keep their ids.
 */
export class ApplicationCommandsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Global Application Commands](https://discord.com/developers/docs/interactions/application-commands#get-global-application-commands). */
	getGlobal(
		applicationId: string,
		query: RESTGetAPIApplicationCommandsQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIApplicationCommandsResult> {
		return send(this.rest, 'GET', Routes.applicationCommands(applicationId), options, undefined, query);
	}

	/** [Create Global Application Command](https://discord.com/developers/docs/interactions/application-commands#create-global-application-command) (an upsert by name). */
	createGlobal(
		applicationId: string,
		body: RESTPostAPIApplicationCommandsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIApplicationCommandsResult> {
		return send(this.rest, 'POST', Routes.applicationCommands(applicationId), options, body);
	}

	/** [Edit Global Application Command](https://discord.com/developers/docs/interactions/application-commands#edit-global-application-command). */
	editGlobal(
		applicationId: string,
		commandId: string,
		body: RESTPatchAPIApplicationCommandJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIApplicationCommandResult> {
		return send(this.rest, 'PATCH', Routes.applicationCommand(applicationId, commandId), options, body);
	}

	/** [Delete Global Application Command](https://discord.com/developers/docs/interactions/application-commands#delete-global-application-command). */
	async deleteGlobal(applicationId: string, commandId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', Routes.applicationCommand(applicationId, commandId), options);
	}

	/** [Bulk Overwrite Global Application Commands](https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands): the set becomes exactly `body`. */
	bulkOverwriteGlobal(
		applicationId: string,
		body: RESTPutAPIApplicationCommandsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPutAPIApplicationCommandsResult> {
		return send(this.rest, 'PUT', Routes.applicationCommands(applicationId), options, body);
	}

	/** [Get Guild Application Commands](https://discord.com/developers/docs/interactions/application-commands#get-guild-application-commands). */
	getGuild(
		applicationId: string,
		guildId: string,
		query: RESTGetAPIApplicationGuildCommandsQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIApplicationGuildCommandsResult> {
		return send(this.rest, 'GET', Routes.applicationGuildCommands(applicationId, guildId), options, undefined, query);
	}

	/** [Create Guild Application Command](https://discord.com/developers/docs/interactions/application-commands#create-guild-application-command). */
	createGuild(
		applicationId: string,
		guildId: string,
		body: RESTPostAPIApplicationGuildCommandsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIApplicationGuildCommandsResult> {
		return send(this.rest, 'POST', Routes.applicationGuildCommands(applicationId, guildId), options, body);
	}

	/** [Delete Guild Application Command](https://discord.com/developers/docs/interactions/application-commands#delete-guild-application-command). */
	async deleteGuild(applicationId: string, guildId: string, commandId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', Routes.applicationGuildCommand(applicationId, guildId, commandId), options);
	}

	/** [Bulk Overwrite Guild Application Commands](https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands). */
	bulkOverwriteGuild(
		applicationId: string,
		guildId: string,
		body: RESTPutAPIApplicationGuildCommandsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPutAPIApplicationGuildCommandsResult> {
		return send(this.rest, 'PUT', Routes.applicationGuildCommands(applicationId, guildId), options, body);
	}
}
