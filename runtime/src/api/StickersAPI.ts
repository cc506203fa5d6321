import type {
	RESTGetAPIGuildStickerResult,
	RESTGetAPIGuildStickersResult,
	RESTGetAPIStickerPackResult,
	RESTGetAPIStickerResult,
	RESTGetStickerPacksResult,
	RESTPatchAPIGuildStickerJSONBody,
	RESTPatchAPIGuildStickerResult,
	RESTPostAPIGuildStickerFormDataBody,
	RESTPostAPIGuildStickerResult,
} from 'discord-api-types/v10';
import type { RawFile } from '../rest/RequestOptions.js';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

/** [Stickers](https://discord.com/developers/docs/resources/sticker): Discord's packs and a guild's own. */
export class StickersAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Sticker](https://discord.com/developers/docs/resources/sticker#get-sticker), any sticker by id. */
	get(stickerId: IdOf<'Sticker'>, options?: APIRequestOptions): Promise<RESTGetAPIStickerResult> {
		return call(this.rest, 'get_sticker', { sticker_id: stickerId }, options);
	}

	/** [List Sticker Packs](https://discord.com/developers/docs/resources/sticker#list-sticker-packs). */
	getPacks(options?: APIRequestOptions): Promise<RESTGetStickerPacksResult> {
		return call(this.rest, 'list_sticker_packs', {}, options);
	}

	/** [Get Sticker Pack](https://discord.com/developers/docs/resources/sticker#get-sticker-pack). */
	getPack(packId: IdOf<'StickerPack'>, options?: APIRequestOptions): Promise<RESTGetAPIStickerPackResult> {
		return call(this.rest, 'get_sticker_pack', { pack_id: packId }, options);
	}

	/** [List Guild Stickers](https://discord.com/developers/docs/resources/sticker#list-guild-stickers). */
	getGuildStickers(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildStickersResult> {
		return call(this.rest, 'list_guild_stickers', { guild_id: guildId }, options);
	}

	/** [Get Guild Sticker](https://discord.com/developers/docs/resources/sticker#get-guild-sticker). */
	getGuildSticker(guildId: IdOf<'Guild'>, stickerId: IdOf<'Sticker'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildStickerResult> {
		return call(this.rest, 'get_guild_sticker', { guild_id: guildId, sticker_id: stickerId }, options);
	}

	/**
	 * [Create Guild Sticker](https://discord.com/developers/docs/resources/sticker#create-guild-sticker) from a PNG, APNG,
	 * GIF or Lottie JSON `file`. Sent as multipart: the file as `file`, the fields as `payload_json`,
	 * which Discord reads for stickers as for messages (discord/discord-api-docs#3969, #8593).
	 */
	createGuildSticker(
		guildId: IdOf<'Guild'>,
		body: Omit<RESTPostAPIGuildStickerFormDataBody, 'file'>,
		file: RawFile,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIGuildStickerResult> {
		return call(this.rest, 'create_guild_sticker', { guild_id: guildId }, { ...options, files: [{ ...file, key: 'file' }] }, body);
	}

	/** [Modify Guild Sticker](https://discord.com/developers/docs/resources/sticker#modify-guild-sticker). */
	editGuildSticker(
		guildId: IdOf<'Guild'>,
		stickerId: IdOf<'Sticker'>,
		body: RESTPatchAPIGuildStickerJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildStickerResult> {
		return call(this.rest, 'update_guild_sticker', { guild_id: guildId, sticker_id: stickerId }, options, body);
	}

	/** [Delete Guild Sticker](https://discord.com/developers/docs/resources/sticker#delete-guild-sticker). */
	async deleteGuildSticker(guildId: IdOf<'Guild'>, stickerId: IdOf<'Sticker'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_guild_sticker', { guild_id: guildId, sticker_id: stickerId }, options);
	}
}
