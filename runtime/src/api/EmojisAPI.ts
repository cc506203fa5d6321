import type {
	RESTGetAPIApplicationEmojiResult,
	RESTGetAPIApplicationEmojisResult,
	RESTGetAPIGuildEmojiResult,
	RESTGetAPIGuildEmojisResult,
	RESTPatchAPIApplicationEmojiJSONBody,
	RESTPatchAPIApplicationEmojiResult,
	RESTPatchAPIGuildEmojiJSONBody,
	RESTPatchAPIGuildEmojiResult,
	RESTPostAPIApplicationEmojiJSONBody,
	RESTPostAPIApplicationEmojiResult,
	RESTPostAPIGuildEmojiJSONBody,
	RESTPostAPIGuildEmojiResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { WithFileFields } from './dataURI.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';
import { resolveFileFields } from './_fileFields.js';

/**
 * Custom [emojis](https://discord.com/developers/docs/resources/emoji) of a guild and of the
 * application (usable by the bot everywhere). `image` takes a data URI or a file (PNG, JPG,
 * GIF, WebP or AVIF).
 */
export class EmojisAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [List Guild Emojis](https://discord.com/developers/docs/resources/emoji#list-guild-emojis). */
	getGuildEmojis(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildEmojisResult> {
		return call(this.rest, 'list_guild_emojis', { guild_id: guildId }, options);
	}

	/** [Get Guild Emoji](https://discord.com/developers/docs/resources/emoji#get-guild-emoji). */
	getGuildEmoji(guildId: IdOf<'Guild'>, emojiId: IdOf<'Emoji'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildEmojiResult> {
		return call(this.rest, 'get_guild_emoji', { guild_id: guildId, emoji_id: emojiId }, options);
	}

	/** [Create Guild Emoji](https://discord.com/developers/docs/resources/emoji#create-guild-emoji); slots depend on the boost tier. */
	async createGuildEmoji(
		guildId: IdOf<'Guild'>,
		body: WithFileFields<RESTPostAPIGuildEmojiJSONBody, 'image'>,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIGuildEmojiResult> {
		return call(this.rest, 'create_guild_emoji', { guild_id: guildId }, options, await resolveFileFields(body, ['image']));
	}

	/** [Modify Guild Emoji](https://discord.com/developers/docs/resources/emoji#modify-guild-emoji): name and roles. */
	editGuildEmoji(
		guildId: IdOf<'Guild'>,
		emojiId: IdOf<'Emoji'>,
		body: RESTPatchAPIGuildEmojiJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildEmojiResult> {
		return call(this.rest, 'update_guild_emoji', { guild_id: guildId, emoji_id: emojiId }, options, body);
	}

	/** [Delete Guild Emoji](https://discord.com/developers/docs/resources/emoji#delete-guild-emoji). */
	async deleteGuildEmoji(guildId: IdOf<'Guild'>, emojiId: IdOf<'Emoji'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_guild_emoji', { guild_id: guildId, emoji_id: emojiId }, options);
	}

	/** [List Application Emojis](https://discord.com/developers/docs/resources/emoji#list-application-emojis) (`{ items }`). */
	getApplicationEmojis(applicationId: IdOf<'Application'>, options?: APIRequestOptions): Promise<RESTGetAPIApplicationEmojisResult> {
		return call(this.rest, 'list_application_emojis', { application_id: applicationId }, options);
	}

	/** [Get Application Emoji](https://discord.com/developers/docs/resources/emoji#get-application-emoji). */
	getApplicationEmoji(
		applicationId: IdOf<'Application'>,
		emojiId: IdOf<'Emoji'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIApplicationEmojiResult> {
		return call(this.rest, 'get_application_emoji', { application_id: applicationId, emoji_id: emojiId }, options);
	}

	/** [Create Application Emoji](https://discord.com/developers/docs/resources/emoji#create-application-emoji). */
	async createApplicationEmoji(
		applicationId: IdOf<'Application'>,
		body: WithFileFields<RESTPostAPIApplicationEmojiJSONBody, 'image'>,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIApplicationEmojiResult> {
		const json = await resolveFileFields(body, ['image']);
		return call(this.rest, 'create_application_emoji', { application_id: applicationId }, options, json);
	}

	/** [Modify Application Emoji](https://discord.com/developers/docs/resources/emoji#modify-application-emoji). */
	editApplicationEmoji(
		applicationId: IdOf<'Application'>,
		emojiId: IdOf<'Emoji'>,
		body: RESTPatchAPIApplicationEmojiJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIApplicationEmojiResult> {
		return call(this.rest, 'update_application_emoji', { application_id: applicationId, emoji_id: emojiId }, options, body);
	}

	/** [Delete Application Emoji](https://discord.com/developers/docs/resources/emoji#delete-application-emoji). */
	async deleteApplicationEmoji(applicationId: IdOf<'Application'>, emojiId: IdOf<'Emoji'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_application_emoji', { application_id: applicationId, emoji_id: emojiId }, options);
	}
}
