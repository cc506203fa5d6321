import type { APISticker, RESTPatchAPIGuildStickerJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { CachedSticker } from '../../cache/index.js';
import { stickerURL } from '../../knowledge/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Guild } from './Guild.js';

/** A sticker as Discord sends it, or as the cache keeps a guild's. */
export type StickerRecord = APISticker | CachedSticker;

/** A sticker: a guild's (editable) or a standard one from a pack. */
export class Sticker extends Base {
	readonly #raw: StickerRecord;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: StickerRecord) {
		super(ctx);
		this.#raw = raw;
	}

	get id(): Snowflake<'Sticker'> {
		return this.#raw.id as Snowflake<'Sticker'>;
	}

	get name(): string {
		return this.#raw.name;
	}

	get description(): string | null {
		return this.#raw.description;
	}

	/** Autocomplete tags, comma-separated. */
	get tags(): string {
		return this.#raw.tags;
	}

	/** `StickerFormatType`: 1 PNG, 2 APNG, 3 Lottie, 4 GIF. */
	get format(): number {
		return this.#raw.format_type;
	}

	/** The guild's id, for a guild sticker. */
	get guildId(): Snowflake<'Guild'> | undefined {
		return (this.#raw.guild_id ?? undefined) as Snowflake<'Guild'> | undefined;
	}

	/** The guild, for a guild sticker. */
	get guild(): Guild | undefined {
		const guildId = this.guildId;
		return guildId === undefined ? undefined : this.ctx.make.guild(guildId);
	}

	/** The image's (or Lottie file's) URL. */
	get url(): string {
		return stickerURL(this.#raw.id, this.#raw.format_type);
	}

	/** The record as Discord sent it, or as the cache keeps it. */
	get raw(): StickerRecord {
		return this.#raw;
	}

	/** Edits a guild sticker (name, description, tags). */
	edit(body: RESTPatchAPIGuildStickerJSONBody, options?: APIRequestOptions): Promise<Sticker> {
		return this.ctx.make.guild(this.guildId ?? '').stickers.edit(this.id, body, options);
	}

	/** Deletes a guild sticker. */
	delete(options?: APIRequestOptions): Promise<void> {
		return this.ctx.make.guild(this.guildId ?? '').stickers.delete(this.id, options);
	}
}
