import type {
	APIReaction,
	GatewayMessageReactionAddDispatchData,
	GatewayMessageReactionRemoveDispatchData,
	GatewayMessageReactionRemoveEmojiDispatchData,
} from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Emoji } from './Emoji.js';
import type { UserResolvable } from './GuildMembers.js';
import type { Member } from './Member.js';
import type { Message } from './Message.js';
import type { PartialMessage } from './PartialMessage.js';
import type { User } from './User.js';

/** What a reaction is made from: its counts on a message, or a reaction event (one user's reaction). */
export type ReactionRecord =
	| APIReaction
	| GatewayMessageReactionAddDispatchData
	| GatewayMessageReactionRemoveDispatchData
	| GatewayMessageReactionRemoveEmojiDispatchData;

/**
 * A reaction on a message: its emoji and message, the count and whether the bot reacted
 * (from the message's counts), who reacted (`users.fetch()`), and removal. The reaction
 * events (`messageReactionAdd`, `messageReactionRemove`) arrive as one of these with the
 * reacting user: `userId`, `user`, and `member` in guilds.
 */
export class MessageReaction extends Base {
	readonly #message: PartialMessage;
	readonly #raw: ReactionRecord;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, message: PartialMessage, raw: ReactionRecord) {
		super(ctx);
		this.#message = message;
		this.#raw = raw;
	}

	/** The message: the whole `Message` when the cache or the payload has it, else a `PartialMessage` (`partial`; `fetch()` it). */
	get message(): Message | PartialMessage {
		return this.#message;
	}

	/** The emoji. */
	get emoji(): Emoji {
		return this.ctx.make.emoji(this.#raw.emoji, undefined);
	}

	#counts(): APIReaction | undefined {
		if ('count' in this.#raw) return this.#raw;
		return this.#message.reactions.get(this.emoji.identifier)?.raw as APIReaction | undefined;
	}

	/** How many reacted (normal and super reactions), when known (the message is cached, or this came from its counts). */
	get count(): number | undefined {
		return this.#counts()?.count;
	}

	/** Whether the bot reacted with it, when known. */
	get me(): boolean | undefined {
		return this.#counts()?.me;
	}

	/** Whether this is a super reaction (events only; counts hold both kinds). */
	get burst(): boolean {
		return 'burst' in this.#raw && this.#raw.burst;
	}

	/** Events: who reacted. */
	get userId(): Snowflake<'User'> | undefined {
		return ('user_id' in this.#raw ? this.#raw.user_id : undefined) as Snowflake<'User'> | undefined;
	}

	/** Events: who reacted (from the event's member in guilds, else the cache, else by id). */
	get user(): User | undefined {
		const userId = this.userId;
		if (userId === undefined) return undefined;
		const member = 'member' in this.#raw ? this.#raw.member : undefined;
		return this.ctx.make.user(member?.user ?? this.ctx.cache?.users.get(userId) ?? { id: userId });
	}

	/** Events in guilds: the reacting member. */
	get member(): Member | undefined {
		const userId = this.userId;
		const guildId = this.#message.guildId;
		if (userId === undefined || guildId === undefined) return undefined;
		const member = 'member' in this.#raw ? this.#raw.member : undefined;
		return this.ctx.make.member(guildId, userId, member, member?.user);
	}

	/** The payload: the message's count entry, or the event's data. */
	get raw(): ReactionRecord {
		return this.#raw;
	}

	/** Who reacted with this emoji (up to 100 a page; `after` a user id to go on). */
	readonly users = {
		fetch: async (query: { readonly limit?: number; readonly after?: string } = {}): Promise<User[]> => {
			const users = await this.ctx.api.channels.getReactions(this.#message.channelId, this.#message.id, this.emoji.identifier, query);
			return users.map((user) => this.ctx.make.user(user));
		},
		/** Removes one user's reaction (the bot's own without `user`; others' need Manage Messages). */
		remove: (user?: UserResolvable, options?: APIRequestOptions): Promise<void> => this.remove(user, options),
	};

	/** Removes the bot's reaction, or `user`'s (Manage Messages). */
	async remove(user?: UserResolvable, options?: APIRequestOptions): Promise<void> {
		const { channelId, id } = this.#message;
		const identifier = this.emoji.identifier;
		if (user === undefined) await this.ctx.api.channels.deleteOwnReaction(channelId, id, identifier, options);
		else await this.ctx.api.channels.deleteUserReaction(channelId, id, identifier, typeof user === 'string' ? user : user.id, options);
	}

	/** The emoji as Discord renders it. */
	override toString(): string {
		return this.emoji.toString();
	}
}
