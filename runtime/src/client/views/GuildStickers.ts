import type { APISticker, RESTPatchAPIGuildStickerJSONBody, RESTPostAPIGuildStickerFormDataBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { RawFile } from '../../rest/RequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { Sticker } from './Sticker.js';

type StickerId = Snowflake<'Sticker'> | { readonly id: Snowflake<'Sticker'> };
const idOf = (sticker: StickerId): string => (typeof sticker === 'string' ? sticker : sticker.id);

/** A guild's stickers: cached ones (GUILD_CREATE, GUILD_STICKERS_UPDATE), fetches and writes. */
export class GuildStickers {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;

	/** @internal Made by `guild.stickers`. */
	constructor(ctx: _ViewContext, guildId: string) {
		this.#ctx = ctx;
		this.#guildId = guildId;
	}

	#wrap = (raw: APISticker): Sticker => this.#ctx.make.sticker(raw);

	/** A cached sticker by id. */
	get(sticker: StickerId): Sticker | undefined {
		const record = this.#ctx.cache?.stickers.get(idOf(sticker));
		return record?.guild_id === this.#guildId ? this.#ctx.make.sticker(record) : undefined;
	}

	/** The cached stickers. */
	list(): Sticker[] {
		return Array.from(this.#ctx.cache?.stickers.forGuild(this.#guildId) ?? [], (record) => this.#ctx.make.sticker(record));
	}

	/** One sticker by id, or all of them. */
	fetch(sticker: StickerId): Promise<Sticker>;
	fetch(): Promise<Sticker[]>;
	async fetch(sticker?: StickerId): Promise<Sticker | Sticker[]> {
		if (sticker !== undefined) return this.#wrap(await this.#ctx.api.stickers.getGuildSticker(this.#guildId, idOf(sticker)));
		return (await this.#ctx.api.stickers.getGuildStickers(this.#guildId)).map(this.#wrap);
	}

	/** Uploads a sticker (`{ name, description, tags }` and a PNG, APNG, GIF or Lottie file). */
	async create(body: Omit<RESTPostAPIGuildStickerFormDataBody, 'file'>, file: RawFile, options?: APIRequestOptions): Promise<Sticker> {
		return this.#wrap(await this.#ctx.api.stickers.createGuildSticker(this.#guildId, body, file, options));
	}

	/** Edits a sticker (name, description, tags). */
	async edit(sticker: StickerId, body: RESTPatchAPIGuildStickerJSONBody, options?: APIRequestOptions): Promise<Sticker> {
		return this.#wrap(await this.#ctx.api.stickers.editGuildSticker(this.#guildId, idOf(sticker), body, options));
	}

	/** Deletes a sticker. */
	async delete(sticker: StickerId, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.stickers.deleteGuildSticker(this.#guildId, idOf(sticker), options);
	}
}
