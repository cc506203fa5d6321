import type {
	RESTGetAPIGuildScheduledEventQuery,
	RESTGetAPIGuildScheduledEventResult,
	RESTGetAPIGuildScheduledEventsQuery,
	RESTGetAPIGuildScheduledEventsResult,
	RESTGetAPIGuildScheduledEventUsersQuery,
	RESTGetAPIGuildScheduledEventUsersResult,
	RESTPatchAPIGuildScheduledEventJSONBody,
	RESTPatchAPIGuildScheduledEventResult,
	RESTPostAPIGuildScheduledEventJSONBody,
	RESTPostAPIGuildScheduledEventResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { WithFileFields } from './dataURI.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';
import { resolveFileFields } from './_fileFields.js';

/** A guild's [scheduled events](https://discord.com/developers/docs/resources/guild-scheduled-event); `image` (the cover) takes a data URI or a file. */
export class ScheduledEventsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [List Scheduled Events for Guild](https://discord.com/developers/docs/resources/guild-scheduled-event#list-scheduled-events-for-guild). */
	list(
		guildId: IdOf<'Guild'>,
		query: RESTGetAPIGuildScheduledEventsQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIGuildScheduledEventsResult> {
		return call(this.rest, 'list_guild_scheduled_events', { guild_id: guildId }, options, undefined, query);
	}

	/** [Get Guild Scheduled Event](https://discord.com/developers/docs/resources/guild-scheduled-event#get-guild-scheduled-event). */
	get(
		guildId: IdOf<'Guild'>,
		eventId: IdOf<'ScheduledEvent'>,
		query: RESTGetAPIGuildScheduledEventQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIGuildScheduledEventResult> {
		const params = { guild_id: guildId, guild_scheduled_event_id: eventId };
		return call(this.rest, 'get_guild_scheduled_event', params, options, undefined, query);
	}

	/** [Create Guild Scheduled Event](https://discord.com/developers/docs/resources/guild-scheduled-event#create-guild-scheduled-event). */
	async create(
		guildId: IdOf<'Guild'>,
		body: WithFileFields<RESTPostAPIGuildScheduledEventJSONBody, 'image'>,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIGuildScheduledEventResult> {
		return call(this.rest, 'create_guild_scheduled_event', { guild_id: guildId }, options, await resolveFileFields(body, ['image']));
	}

	/** [Modify Guild Scheduled Event](https://discord.com/developers/docs/resources/guild-scheduled-event#modify-guild-scheduled-event); `status` starts, ends or cancels it. */
	async edit(
		guildId: IdOf<'Guild'>,
		eventId: IdOf<'ScheduledEvent'>,
		body: WithFileFields<RESTPatchAPIGuildScheduledEventJSONBody, 'image'>,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildScheduledEventResult> {
		const params = { guild_id: guildId, guild_scheduled_event_id: eventId };
		return call(this.rest, 'update_guild_scheduled_event', params, options, await resolveFileFields(body, ['image']));
	}

	/** [Delete Guild Scheduled Event](https://discord.com/developers/docs/resources/guild-scheduled-event#delete-guild-scheduled-event). */
	async delete(guildId: IdOf<'Guild'>, eventId: IdOf<'ScheduledEvent'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_guild_scheduled_event', { guild_id: guildId, guild_scheduled_event_id: eventId }, options);
	}

	/** [Get Guild Scheduled Event Users](https://discord.com/developers/docs/resources/guild-scheduled-event#get-guild-scheduled-event-users): who is interested. */
	getUsers(
		guildId: IdOf<'Guild'>,
		eventId: IdOf<'ScheduledEvent'>,
		query: RESTGetAPIGuildScheduledEventUsersQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIGuildScheduledEventUsersResult> {
		const params = { guild_id: guildId, guild_scheduled_event_id: eventId };
		return call(this.rest, 'list_guild_scheduled_event_users', params, options, undefined, query);
	}
}
