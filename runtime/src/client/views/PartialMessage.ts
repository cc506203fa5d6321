import type {
	RESTPatchAPIChannelMessageJSONBody,
	RESTPostAPIChannelMessageJSONBody,
	RESTPostAPIChannelMessagesThreadsJSONBody,
} from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import { decodeSnowflake } from '../../knowledge/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import type { Emoji } from './Emoji.js';
import type { Guild } from './Guild.js';
import type { Message } from './Message.js';
import { MessageReactions } from './MessageReactions.js';
import { _messageBody, type MessageEditInput, type MessageInput } from './_messageBody.js';

/**
 * A message known by its ids only: what reaction and delete events carry for a message the
 * cache does not hold. Everything that needs only the ids works (`reply`, `edit`, `delete`,
 * `react`, `pin`, `reactions`, `startThread`); `fetch()` gets the whole `Message`. A `Message`
 * is a `PartialMessage` with its payload (`partial` false).
 */
export class PartialMessage<Content extends string | undefined = string | undefined> extends Base {
	readonly #channelId: string;
	readonly #id: string;
	readonly #guildId: string | undefined;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, channelId: string, id: string, guildId?: string) {
		super(ctx);
		this.#channelId = channelId;
		this.#id = id;
		this.#guildId = guildId;
	}

	/** True here: only the ids are known (`fetch()` gets the rest). False on a `Message`. */
	get partial(): boolean {
		return true;
	}

	/** The message id. */
	get id(): Snowflake<'Message'> {
		return this.#id as Snowflake<'Message'>;
	}

	/** The channel's id. */
	get channelId(): Snowflake<'Channel'> {
		return this.#channelId as Snowflake<'Channel'>;
	}

	/** The guild's id; undefined in DMs (and when neither the event nor the cache tells). */
	get guildId(): Snowflake<'Guild'> | undefined {
		return (this.#guildId ?? this.ctx.cache?.channels.get(this.#channelId)?.guild_id) as Snowflake<'Guild'> | undefined;
	}

	/** Whether the message was sent in a guild. */
	inGuild(): boolean {
		return this.guildId !== undefined;
	}

	/** The channel (usable when not cached). */
	get channel(): Channel {
		return this.ctx.make.channel(this.#channelId);
	}

	/** The guild (usable when not cached); undefined in DMs. */
	get guild(): Guild | undefined {
		const guildId = this.guildId;
		return guildId === undefined ? undefined : this.ctx.make.guild(guildId);
	}

	/** When the message was sent (from the id). */
	get createdAt(): Date {
		return new Date(this.createdTimestamp);
	}

	/** {@link createdAt} in Unix milliseconds. */
	get createdTimestamp(): number {
		return decodeSnowflake(this.#id)?.timestamp ?? 0;
	}

	/** `https://discord.com/channels/{guild or @me}/{channel}/{id}`. */
	get url(): string {
		return `https://discord.com/channels/${this.guildId ?? '@me'}/${this.#channelId}/${this.#id}`;
	}

	/** The reactions: counts (from the payload or the cache), who reacted, removal. */
	get reactions(): MessageReactions {
		return new MessageReactions(this.ctx, this);
	}

	/**
	 * Replies in the same channel, referencing this message. The reference takes Discord's
	 * defaults (as discord.js's `reply()` does): the request fails if the message was deleted
	 * meanwhile; with `{ failIfNotExists: false }` it is sent as a plain message instead.
	 */
	async reply(input: MessageInput, options: { readonly failIfNotExists?: boolean } = {}): Promise<Message<Content>> {
		const reference =
			options.failIfNotExists === undefined
				? { message_id: this.#id }
				: { message_id: this.#id, fail_if_not_exists: options.failIfNotExists };
		const { body, options: request } = _messageBody<RESTPostAPIChannelMessageJSONBody>(input);
		const sent = await this.ctx.api.channels.createMessage(this.#channelId, { ...body, message_reference: reference }, request);
		return this.ctx.make.message(sent, this.guildId) as Message<Content>;
	}

	/** Edits the message (the bot's own, for content; any, for flags such as suppressing embeds). */
	async edit(input: MessageEditInput): Promise<Message<Content>> {
		const { body, options } = _messageBody<RESTPatchAPIChannelMessageJSONBody>(input);
		const edited = await this.ctx.api.channels.editMessage(this.#channelId, this.#id, body, options);
		return this.ctx.make.message(edited, this.guildId) as Message<Content>;
	}

	/** Deletes the message; `reason` goes to the audit log (for others' messages). */
	async delete(options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.channels.deleteMessage(this.#channelId, this.#id, options);
	}

	/** Adds the bot's reaction: a unicode emoji (`'👍'`), `name:id` for a custom one, or an `Emoji`. */
	async react(emoji: string | Emoji): Promise<void> {
		await this.ctx.api.channels.addReaction(this.#channelId, this.#id, typeof emoji === 'string' ? emoji : emoji.identifier);
	}

	/** Pins the message (at most 250 per channel). */
	async pin(options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.channels.pinMessage(this.#channelId, this.#id, options);
	}

	/** Unpins the message. */
	async unpin(options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.channels.unpinMessage(this.#channelId, this.#id, options);
	}

	/** Starts a thread from the message (`{ name, auto_archive_duration? }`). */
	async startThread(body: RESTPostAPIChannelMessagesThreadsJSONBody, options?: APIRequestOptions): Promise<Channel> {
		const thread = await this.ctx.api.channels.startThreadFromMessage(this.#channelId, this.#id, body, options);
		return this.ctx.make.channel(thread.id, thread, this.guildId);
	}

	/** Publishes a message of an announcement channel to the channels that follow it. */
	async crosspost(): Promise<Message<Content>> {
		return this.ctx.make.message(await this.ctx.api.channels.crosspostMessage(this.#channelId, this.#id), this.guildId) as Message<Content>;
	}

	/** Fetches the whole message from the API. */
	async fetch(): Promise<Message<Content>> {
		return this.ctx.make.message(await this.ctx.api.channels.getMessage(this.#channelId, this.#id), this.guildId) as Message<Content>;
	}
}
