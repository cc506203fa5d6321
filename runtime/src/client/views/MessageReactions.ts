import type { APIReaction } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Emoji } from './Emoji.js';
import type { MessageReaction } from './MessageReaction.js';
import type { PartialMessage } from './PartialMessage.js';

/** An emoji given as text (`'👍'`, `name:id`) or as an `Emoji`. */
export type EmojiResolvable = string | Emoji;

const identifierOf = (emoji: EmojiResolvable): string => (typeof emoji === 'string' ? emoji : emoji.identifier);

/** `name:id` or the character, as reactions name an emoji. */
function identifierOfReaction(reaction: APIReaction): string {
	const { id, name } = reaction.emoji;
	return id == null ? (name ?? '') : `${name ?? '_'}:${id}`;
}

/**
 * A message's reactions: the counts in the payload or the cached record (kept current by the
 * reaction events), and removal through the API.
 */
export class MessageReactions {
	readonly #ctx: _ViewContext;
	readonly #message: PartialMessage;

	/** @internal Made by `message.reactions`. */
	constructor(ctx: _ViewContext, message: PartialMessage) {
		this.#ctx = ctx;
		this.#message = message;
	}

	/** The cached record's counts (kept current by the reaction events), else the message payload's. */
	#counts(): readonly APIReaction[] {
		const message = this.#message;
		const cached = this.#ctx.cache?.messages.get(message.channelId, message.id)?.reactions;
		if (cached !== undefined) return cached;
		return 'reactionCounts' in message ? (message as { reactionCounts: readonly APIReaction[] }).reactionCounts : [];
	}

	/** Every reaction with its count. */
	list(): MessageReaction[] {
		return this.#counts().map((reaction) => this.#ctx.make.reaction(this.#message, reaction));
	}

	/** The reaction with `emoji` (by its character or `name:id`, or an `Emoji`), if the message has it. */
	get(emoji: EmojiResolvable): MessageReaction | undefined {
		const wanted = identifierOf(emoji);
		const found = this.#counts().find((reaction) => identifierOfReaction(reaction) === wanted || reaction.emoji.id === wanted);
		return found === undefined ? undefined : this.#ctx.make.reaction(this.#message, found);
	}

	/** Removes every reaction (Manage Messages). */
	async removeAll(options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.channels.deleteAllReactions(this.#message.channelId, this.#message.id, options);
	}

	/** Removes every reaction with one emoji (Manage Messages). */
	async removeEmoji(emoji: EmojiResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.channels.deleteAllReactionsForEmoji(this.#message.channelId, this.#message.id, identifierOf(emoji), options);
	}
}
