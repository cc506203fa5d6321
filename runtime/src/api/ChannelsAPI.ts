import {
	Routes,
	type RESTDeleteAPIChannelResult,
	type RESTGetAPIChannelMessageResult,
	type RESTGetAPIChannelMessagesPinsQuery,
	type RESTGetAPIChannelMessagesPinsResult,
	type RESTGetAPIChannelMessagesQuery,
	type RESTGetAPIChannelMessagesResult,
	type RESTGetAPIChannelResult,
	type RESTPatchAPIChannelJSONBody,
	type RESTPatchAPIChannelMessageJSONBody,
	type RESTPatchAPIChannelMessageResult,
	type RESTPatchAPIChannelResult,
	type RESTPostAPIChannelMessageJSONBody,
	type RESTPostAPIChannelMessageResult,
	type RESTPostAPIChannelMessagesThreadsJSONBody,
	type RESTPostAPIChannelMessagesThreadsResult,
	type RESTPostAPIChannelThreadsJSONBody,
	type RESTPostAPIChannelThreadsResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIFileRequestOptions, APIRequestOptions } from './APIRequestOptions.js';
import { send } from './_send.js';

/** Encodes an emoji for a reaction route: `👍`, `name:id` for a custom emoji, or `<:name:id>`. */
function emojiParam(emoji: string): string {
	const custom = /^<a?:(\w+):(\d+)>$/.exec(emoji);
	return encodeURIComponent(custom === null ? emoji : `${custom[1]}:${custom[2]}`);
}

/**
 * Channels, messages, reactions, threads, typing and pins.
 * Methods follow Discord's [channel](https://discord.com/developers/docs/resources/channel) and
 * [message](https://discord.com/developers/docs/resources/message) docs.
 */
export class ChannelsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Channel](https://discord.com/developers/docs/resources/channel#get-channel). */
	get(channelId: string, options?: APIRequestOptions): Promise<RESTGetAPIChannelResult> {
		return send(this.rest, 'GET', Routes.channel(channelId), options);
	}

	/** [Modify Channel](https://discord.com/developers/docs/resources/channel#modify-channel). */
	edit(channelId: string, body: RESTPatchAPIChannelJSONBody, options?: APIRequestOptions): Promise<RESTPatchAPIChannelResult> {
		return send(this.rest, 'PATCH', Routes.channel(channelId), options, body);
	}

	/** [Delete/Close Channel](https://discord.com/developers/docs/resources/channel#deleteclose-channel). */
	delete(channelId: string, options?: APIRequestOptions): Promise<RESTDeleteAPIChannelResult> {
		return send(this.rest, 'DELETE', Routes.channel(channelId), options);
	}

	/** [Create Message](https://discord.com/developers/docs/resources/message#create-message); `options.files` uploads attachments. */
	createMessage(
		channelId: string,
		body: RESTPostAPIChannelMessageJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPostAPIChannelMessageResult> {
		return send(this.rest, 'POST', Routes.channelMessages(channelId), options, body);
	}

	/** [Get Channel Message](https://discord.com/developers/docs/resources/message#get-channel-message). */
	getMessage(channelId: string, messageId: string, options?: APIRequestOptions): Promise<RESTGetAPIChannelMessageResult> {
		return send(this.rest, 'GET', Routes.channelMessage(channelId, messageId), options);
	}

	/** [Get Channel Messages](https://discord.com/developers/docs/resources/message#get-channel-messages): `limit` 1-100, `before`/`after`/`around`. */
	getMessages(
		channelId: string,
		query: RESTGetAPIChannelMessagesQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIChannelMessagesResult> {
		return send(this.rest, 'GET', Routes.channelMessages(channelId), options, undefined, query);
	}

	/** [Edit Message](https://discord.com/developers/docs/resources/message#edit-message); `options.files` adds attachments. */
	editMessage(
		channelId: string,
		messageId: string,
		body: RESTPatchAPIChannelMessageJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPatchAPIChannelMessageResult> {
		return send(this.rest, 'PATCH', Routes.channelMessage(channelId, messageId), options, body);
	}

	/** [Delete Message](https://discord.com/developers/docs/resources/message#delete-message). */
	async deleteMessage(channelId: string, messageId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', Routes.channelMessage(channelId, messageId), options);
	}

	/** [Bulk Delete Messages](https://discord.com/developers/docs/resources/message#bulk-delete-messages): 2-100 ids, none older than 2 weeks. */
	async bulkDeleteMessages(channelId: string, messageIds: readonly string[], options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'POST', Routes.channelBulkDelete(channelId), options, { messages: messageIds });
	}

	/** [Create Reaction](https://discord.com/developers/docs/resources/message#create-reaction); `emoji` is `👍`, `name:id` or `<:name:id>`. */
	async addReaction(channelId: string, messageId: string, emoji: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'PUT', `/channels/${channelId}/messages/${messageId}/reactions/${emojiParam(emoji)}/@me`, options);
	}

	/** [Delete Own Reaction](https://discord.com/developers/docs/resources/message#delete-own-reaction). */
	async deleteOwnReaction(channelId: string, messageId: string, emoji: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', `/channels/${channelId}/messages/${messageId}/reactions/${emojiParam(emoji)}/@me`, options);
	}

	/** [Start Thread without Message](https://discord.com/developers/docs/resources/channel#start-thread-without-message). */
	createThread(
		channelId: string,
		body: RESTPostAPIChannelThreadsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIChannelThreadsResult> {
		return send(this.rest, 'POST', Routes.threads(channelId), options, body);
	}

	/** [Start Thread from Message](https://discord.com/developers/docs/resources/channel#start-thread-from-message). */
	startThreadFromMessage(
		channelId: string,
		messageId: string,
		body: RESTPostAPIChannelMessagesThreadsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIChannelMessagesThreadsResult> {
		return send(this.rest, 'POST', Routes.threads(channelId, messageId), options, body);
	}

	/** [Trigger Typing Indicator](https://discord.com/developers/docs/resources/channel#trigger-typing-indicator): shows "typing…" for ~10 s. */
	async triggerTyping(channelId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'POST', Routes.channelTyping(channelId), options);
	}

	/** [Get Channel Pins](https://discord.com/developers/docs/resources/message#get-channel-pins). */
	getPins(
		channelId: string,
		query: RESTGetAPIChannelMessagesPinsQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIChannelMessagesPinsResult> {
		return send(this.rest, 'GET', Routes.channelMessagesPins(channelId), options, undefined, query);
	}

	/** [Pin Message](https://discord.com/developers/docs/resources/message#pin-message). */
	async pinMessage(channelId: string, messageId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'PUT', Routes.channelMessagesPin(channelId, messageId), options);
	}

	/** [Unpin Message](https://discord.com/developers/docs/resources/message#unpin-message). */
	async unpinMessage(channelId: string, messageId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', Routes.channelMessagesPin(channelId, messageId), options);
	}
}
