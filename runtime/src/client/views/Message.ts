import type { APIMessage, GatewayMessageCreateDispatchData, RESTPatchAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Channel } from './Channel.js';
import { Guild } from './Guild.js';
import { Member } from './Member.js';
import { _messageBody, type MessageInput } from './_messageBody.js';
import { User } from './User.js';

type MessageRecord = APIMessage & Partial<Pick<GatewayMessageCreateDispatchData, 'guild_id' | 'member'>>;

/**
 * A message, over the payload Discord sent (not copied). `Content` is the type of
 * `content`: `string` for a client with MessageContent, `string | undefined` without it
 * (see `ContentOf`).
 * `reply()`, `edit()`, `delete()` and `react()` go through the API and need no cache.
 */
export class Message<Content extends string | undefined = string | undefined> {
	readonly #ctx: _ViewContext;
	readonly #raw: MessageRecord;

	/** @internal Views are made by the client. */
	constructor(ctx: _ViewContext, raw: MessageRecord) {
		this.#ctx = ctx;
		this.#raw = raw;
	}

	/** The message id. */
	get id(): Snowflake<'Message'> {
		return this.#raw.id as Snowflake<'Message'>;
	}

	/** The channel's id. */
	get channelId(): Snowflake<'Channel'> {
		return this.#raw.channel_id as Snowflake<'Channel'>;
	}

	/** The guild's id; undefined in DMs (and for messages fetched over REST, which lack it). */
	get guildId(): Snowflake<'Guild'> | undefined {
		return (this.#raw.guild_id ?? this.#ctx.cache?.channels.get(this.#raw.channel_id)?.guild_id) as Snowflake<'Guild'> | undefined;
	}

	/**
	 * The text. Without the MessageContent intent Discord sends `''` for messages that do not
	 * mention the bot and are not DMs; that is `undefined` here, so an empty string always
	 * means an empty message.
	 */
	get content(): Content {
		const { content } = this.#raw;
		return (content === '' && !this.#ctx.messageContent ? undefined : content) as Content;
	}

	/** The author. */
	get author(): User {
		return new User(this.#ctx, this.#raw.author);
	}

	/** The author as a guild member: from the event's partial member, else the cache; undefined in DMs. */
	get member(): Member | undefined {
		const guildId = this.guildId;
		if (guildId === undefined || this.#raw.webhook_id !== undefined) return undefined;
		const record = this.#raw.member ?? this.#ctx.cache?.members.get(guildId, this.#raw.author.id);
		return new Member(this.#ctx, guildId, this.#raw.author.id, record, this.#raw.author);
	}

	/** The channel (usable when not cached). */
	get channel(): Channel {
		return new Channel(this.#ctx, this.#raw.channel_id);
	}

	/** The guild (usable when not cached); undefined in DMs. */
	get guild(): Guild | undefined {
		const guildId = this.guildId;
		return guildId === undefined ? undefined : new Guild(this.#ctx, guildId);
	}

	/** The payload as Discord sent it. */
	get raw(): MessageRecord {
		return this.#raw;
	}

	/**
	 * Replies in the same channel, referencing this message. The reference takes Discord's
	 * defaults (as discord.js's `reply()` does): the request fails if the message was deleted
	 * meanwhile; with `{ failIfNotExists: false }` it is sent as a plain message instead.
	 */
	async reply(input: MessageInput, options: { readonly failIfNotExists?: boolean } = {}): Promise<Message<Content>> {
		const reference =
			options.failIfNotExists === undefined
				? { message_id: this.#raw.id }
				: { message_id: this.#raw.id, fail_if_not_exists: options.failIfNotExists };
		const body = { ..._messageBody(input), message_reference: reference };
		return new Message<Content>(this.#ctx, await this.#ctx.api.channels.createMessage(this.#raw.channel_id, body));
	}

	/** Edits the message (the bot's own, for content). */
	async edit(input: string | RESTPatchAPIChannelMessageJSONBody): Promise<Message<Content>> {
		const body: RESTPatchAPIChannelMessageJSONBody = typeof input === 'string' ? { content: input } : input;
		return new Message<Content>(this.#ctx, await this.#ctx.api.channels.editMessage(this.#raw.channel_id, this.#raw.id, body));
	}

	/** Deletes the message. */
	async delete(): Promise<void> {
		await this.#ctx.api.channels.deleteMessage(this.#raw.channel_id, this.#raw.id);
	}

	/** Adds the bot's reaction: a unicode emoji (`'👍'`) or `name:id` for a custom one. */
	async react(emoji: string): Promise<void> {
		await this.#ctx.api.channels.addReaction(this.#raw.channel_id, this.#raw.id, emoji);
	}
}
