import type { APIEmoji, RESTPatchAPIGuildEmojiJSONBody, RESTPostAPIGuildEmojiJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { WithFileFields } from '../../api/dataURI.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { Emoji } from './Emoji.js';

type EmojiId = Snowflake<'Emoji'> | { readonly id: Snowflake<'Emoji'> | null };
const idOf = (emoji: EmojiId): string => (typeof emoji === 'string' ? emoji : (emoji.id ?? ''));

/** A guild's custom emojis: cached ones (GUILD_CREATE, GUILD_EMOJIS_UPDATE), fetches and writes. */
export class GuildEmojis {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;

	/** @internal Made by `guild.emojis`. */
	constructor(ctx: _ViewContext, guildId: string) {
		this.#ctx = ctx;
		this.#guildId = guildId;
	}

	#wrap = (raw: APIEmoji): Emoji => this.#ctx.make.emoji(raw, this.#guildId);

	/** A cached emoji by id. */
	get(emoji: EmojiId): Emoji | undefined {
		const record = this.#ctx.cache?.emojis.get(idOf(emoji));
		return record?.guild_id === this.#guildId ? this.#ctx.make.emoji(record, this.#guildId) : undefined;
	}

	/** The cached emojis. */
	list(): Emoji[] {
		return Array.from(this.#ctx.cache?.emojis.forGuild(this.#guildId) ?? [], (record) => this.#ctx.make.emoji(record, this.#guildId));
	}

	/** One emoji by id, or all of them. */
	fetch(emoji: EmojiId): Promise<Emoji>;
	fetch(): Promise<Emoji[]>;
	async fetch(emoji?: EmojiId): Promise<Emoji | Emoji[]> {
		if (emoji !== undefined) return this.#wrap(await this.#ctx.api.emojis.getGuildEmoji(this.#guildId, idOf(emoji)));
		return (await this.#ctx.api.emojis.getGuildEmojis(this.#guildId)).map(this.#wrap);
	}

	/** Uploads an emoji (`{ name, image, roles? }`, the image a data URI or a file). */
	async create(body: WithFileFields<RESTPostAPIGuildEmojiJSONBody, 'image'>, options?: APIRequestOptions): Promise<Emoji> {
		return this.#wrap(await this.#ctx.api.emojis.createGuildEmoji(this.#guildId, body, options));
	}

	/** Renames an emoji or changes its roles. */
	async edit(emoji: EmojiId, body: RESTPatchAPIGuildEmojiJSONBody, options?: APIRequestOptions): Promise<Emoji> {
		return this.#wrap(await this.#ctx.api.emojis.editGuildEmoji(this.#guildId, idOf(emoji), body, options));
	}

	/** Deletes an emoji. */
	async delete(emoji: EmojiId, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.emojis.deleteGuildEmoji(this.#guildId, idOf(emoji), options);
	}
}
