import type {
	RESTGetAPICurrentUserGuildsQuery,
	RESTGetAPICurrentUserGuildsResult,
	RESTGetAPICurrentUserResult,
	RESTGetAPIUserResult,
	RESTPatchAPICurrentUserJSONBody,
	RESTPatchAPICurrentUserResult,
	RESTPostAPICurrentUserCreateDMChannelResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { WithFileFields } from './dataURI.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';
import { resolveFileFields } from './_fileFields.js';

/** Users and DMs, after Discord's [user docs](https://discord.com/developers/docs/resources/user). */
export class UsersAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Current User](https://discord.com/developers/docs/resources/user#get-current-user): the bot itself. */
	getCurrent(options?: APIRequestOptions): Promise<RESTGetAPICurrentUserResult> {
		return call(this.rest, 'get_my_user', {}, options);
	}

	/** [Modify Current User](https://discord.com/developers/docs/resources/user#modify-current-user): the bot's username, avatar and banner (a data URI or a file). */
	async editCurrent(
		body: WithFileFields<RESTPatchAPICurrentUserJSONBody, 'avatar' | 'banner'>,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPICurrentUserResult> {
		return call(this.rest, 'update_my_user', {}, options, await resolveFileFields(body, ['avatar', 'banner']));
	}

	/** [Get User](https://discord.com/developers/docs/resources/user#get-user). */
	get(userId: IdOf<'User'>, options?: APIRequestOptions): Promise<RESTGetAPIUserResult> {
		return call(this.rest, 'get_user', { user_id: userId }, options);
	}

	/** [Get Current User Guilds](https://discord.com/developers/docs/resources/user#get-current-user-guilds): the guilds the bot is in, 200 at a time. */
	getCurrentGuilds(query: RESTGetAPICurrentUserGuildsQuery = {}, options?: APIRequestOptions): Promise<RESTGetAPICurrentUserGuildsResult> {
		return call(this.rest, 'list_my_guilds', {}, options, undefined, query);
	}

	/** [Leave Guild](https://discord.com/developers/docs/resources/user#leave-guild). */
	async leaveGuild(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'leave_guild', { guild_id: guildId }, options);
	}

	/** [Create DM](https://discord.com/developers/docs/resources/user#create-dm): the DM channel with `recipientId`; post to it with `channels.createMessage`. */
	createDM(recipientId: IdOf<'User'>, options?: APIRequestOptions): Promise<RESTPostAPICurrentUserCreateDMChannelResult> {
		return call(this.rest, 'create_dm', {}, options, { recipient_id: recipientId });
	}
}
