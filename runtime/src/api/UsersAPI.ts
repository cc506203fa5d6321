import {
	Routes,
	type RESTGetAPICurrentUserResult,
	type RESTGetAPIUserResult,
	type RESTPostAPICurrentUserCreateDMChannelResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import { send } from './_send.js';

/** Users and DMs, after Discord's [user docs](https://discord.com/developers/docs/resources/user). */
export class UsersAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Current User](https://discord.com/developers/docs/resources/user#get-current-user): the bot itself. */
	getCurrent(options?: APIRequestOptions): Promise<RESTGetAPICurrentUserResult> {
		return send(this.rest, 'GET', '/users/@me', options);
	}

	/** [Get User](https://discord.com/developers/docs/resources/user#get-user). */
	get(userId: string, options?: APIRequestOptions): Promise<RESTGetAPIUserResult> {
		return send(this.rest, 'GET', Routes.user(userId), options);
	}

	/** [Create DM](https://discord.com/developers/docs/resources/user#create-dm): the DM channel with `recipientId`; post to it with `channels.createMessage`. */
	createDM(recipientId: string, options?: APIRequestOptions): Promise<RESTPostAPICurrentUserCreateDMChannelResult> {
		return send(this.rest, 'POST', Routes.userChannels(), options, { recipient_id: recipientId });
	}
}
