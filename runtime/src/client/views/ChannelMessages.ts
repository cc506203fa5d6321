import type { APIMessage, RESTGetAPIChannelMessagesQuery } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import { BULK_DELETE_MAX_AGE_MS, decodeSnowflake } from '../../knowledge/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { Message } from './Message.js';

/** A message given by id, or as a `Message`. */
export type MessageResolvable = Snowflake<'Message'> | { readonly id: Snowflake<'Message'> };

const idOf = (message: MessageResolvable): string => (typeof message === 'string' ? message : message.id);

/**
 * A channel's messages: `get()` and `list()` read the cache (the last 100 per channel by
 * default), `fetch()` asks Discord, and `delete`, `pin`, `bulkDelete` write.
 */
export class ChannelMessages {
	readonly #ctx: _ViewContext;
	readonly #channelId: string;
	readonly #guildId: string | undefined;

	/** @internal Made by `channel.messages`. */
	constructor(ctx: _ViewContext, channelId: string, guildId: string | undefined) {
		this.#ctx = ctx;
		this.#channelId = channelId;
		this.#guildId = guildId;
	}

	#wrap = (raw: APIMessage): Message => this.#ctx.make.message(raw, this.#guildId);

	/** A cached message, or undefined. */
	get(message: MessageResolvable): Message | undefined {
		const record = this.#ctx.cache?.messages.get(this.#channelId, idOf(message));
		return record === undefined ? undefined : this.#ctx.make.message(record);
	}

	/** The cached messages of the channel, oldest first. */
	list(): Message[] {
		return Array.from(this.#ctx.cache?.messages.forChannel(this.#channelId) ?? [], (record) => this.#ctx.make.message(record));
	}

	/** One message by id. */
	fetch(message: MessageResolvable): Promise<Message>;
	/** The latest messages (newest first), or a page with `limit` (≤ 100), `before`, `after`, `around`. */
	fetch(query?: RESTGetAPIChannelMessagesQuery): Promise<Message[]>;
	async fetch(arg?: MessageResolvable | RESTGetAPIChannelMessagesQuery): Promise<Message | Message[]> {
		if (typeof arg === 'string' || (arg !== undefined && 'id' in arg)) {
			return this.#wrap(await this.#ctx.api.channels.getMessage(this.#channelId, idOf(arg)));
		}
		return (await this.#ctx.api.channels.getMessages(this.#channelId, arg)).map(this.#wrap);
	}

	/** The pinned messages, newest pin first (up to 50 a page). */
	async fetchPinned(): Promise<Message[]> {
		return (await this.#ctx.api.channels.getPins(this.#channelId)).items.map((pin) => this.#wrap(pin.message));
	}

	/** Deletes a message. */
	async delete(message: MessageResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.channels.deleteMessage(this.#channelId, idOf(message), options);
	}

	/** Pins a message (at most 250 per channel). */
	async pin(message: MessageResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.channels.pinMessage(this.#channelId, idOf(message), options);
	}

	/** Unpins a message. */
	async unpin(message: MessageResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.channels.unpinMessage(this.#channelId, idOf(message), options);
	}

	/**
	 * Deletes messages at once: ids or `Message`s, or the last `count` (2–100, fetched first).
	 * Discord refuses messages older than two weeks: with `filterOld` they are left out instead
	 * (one left is deleted on its own; Bulk Delete takes 2 to 100). Resolves to the ids deleted.
	 */
	async bulkDelete(
		messages: number | readonly MessageResolvable[],
		options: { readonly filterOld?: boolean } & APIRequestOptions = {},
	): Promise<Snowflake<'Message'>[]> {
		const { filterOld, ...request } = options;
		const listed = typeof messages === 'number' ? await this.fetch({ limit: Math.min(100, messages) }) : messages;
		const oldest = Date.now() - BULK_DELETE_MAX_AGE_MS;
		const ids = listed
			.map(idOf)
			.filter((id) => filterOld !== true || (decodeSnowflake(id)?.timestamp ?? 0) > oldest) as Snowflake<'Message'>[];
		if (ids.length === 1) await this.#ctx.api.channels.deleteMessage(this.#channelId, ids[0]!, request);
		else if (ids.length > 1) await this.#ctx.api.channels.bulkDeleteMessages(this.#channelId, ids, request);
		return ids;
	}
}
