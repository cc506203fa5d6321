import type { APIChannel, APIMessage, ChannelType, RESTGetAPIChannelMessagesQuery } from 'discord-api-types/v10';
import type { CachedChannel } from '../../cache/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { _messageBody, type MessageInput } from './_messageBody.js';
import { Message } from './Message.js';

/** A channel as Discord sent it, or as the cache keeps it. */
export type ChannelRecord = (APIChannel & { readonly guild_id?: string }) | CachedChannel;

/** A channel's messages, fetched from the API. */
export interface ChannelMessages {
	/** One message by id. */
	fetch(id: Snowflake<'Message'>): Promise<Message>;
	/** The latest messages (newest first), or a page with `limit`, `before`, `after`, `around`. */
	fetch(query?: RESTGetAPIChannelMessagesQuery): Promise<Message[]>;
}

/**
 * A channel. Works from its id alone: `send()` and `messages.fetch()` need no cached data;
 * `raw`, `name` and `type` read the record given or the cache, and are undefined otherwise.
 */
export class Channel {
	readonly #ctx: _ViewContext;
	readonly #id: string;
	readonly #record: ChannelRecord | undefined;
	#messages: ChannelMessages | undefined;

	/** @internal Views are made by the client. */
	constructor(ctx: _ViewContext, id: string, record?: ChannelRecord) {
		this.#ctx = ctx;
		this.#id = id;
		this.#record = record;
	}

	/** The channel's id. */
	get id(): Snowflake<'Channel'> {
		return this.#id as Snowflake<'Channel'>;
	}

	/** The record: the one this view was made from, else the cached one, else undefined. */
	get raw(): ChannelRecord | undefined {
		return this.#record ?? this.#ctx.cache?.channels.get(this.#id);
	}

	/** The guild's id, when known and a guild channel. */
	get guildId(): Snowflake<'Guild'> | undefined {
		return this.raw?.guild_id as Snowflake<'Guild'> | undefined;
	}

	/** The name, when known (DMs have none). */
	get name(): string | undefined {
		const raw = this.raw;
		return raw === undefined || !('name' in raw) ? undefined : (raw.name ?? undefined);
	}

	/** The channel type (`ChannelType`), when known. */
	get type(): ChannelType | undefined {
		return this.raw?.type;
	}

	/** Sends a message here. */
	async send(input: MessageInput): Promise<Message> {
		return new Message(this.#ctx, await this.#ctx.api.channels.createMessage(this.#id, _messageBody(input)));
	}

	/** Fetches messages from the API (not the cache). */
	get messages(): ChannelMessages {
		this.#messages ??= {
			fetch: ((arg?: string | RESTGetAPIChannelMessagesQuery): Promise<Message | Message[]> => {
				const wrap = (raw: APIMessage): Message => new Message(this.#ctx, raw);
				if (typeof arg === 'string') return this.#ctx.api.channels.getMessage(this.#id, arg).then(wrap);
				return this.#ctx.api.channels.getMessages(this.#id, arg).then((list) => list.map(wrap));
			}) as ChannelMessages['fetch'],
		};
		return this.#messages;
	}

	/** `<#id>`, which Discord renders as a channel link. */
	toString(): string {
		return `<#${this.#id}>`;
	}
}
