import type { APIInteraction, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Channel } from './Channel.js';
import { Member } from './Member.js';
import { User } from './User.js';

/** What `interaction.reply()` takes: text, or the callback's message data. */
export type InteractionReplyInput = string | APIInteractionResponseCallbackData;

/**
 * An interaction (command, component, modal, autocomplete) over its payload. `reply()` and
 * `defer()` answer the callback through the API; Discord allows one answer within 3 s.
 */
export class Interaction {
	readonly #ctx: _ViewContext;
	readonly #raw: APIInteraction;

	/** @internal Views are made by the client. */
	constructor(ctx: _ViewContext, raw: APIInteraction) {
		this.#ctx = ctx;
		this.#raw = raw;
	}

	/** The interaction id. */
	get id(): Snowflake<'Interaction'> {
		return this.#raw.id as Snowflake<'Interaction'>;
	}

	/** `InteractionType`: 2 command, 3 component, 4 autocomplete, 5 modal. */
	get type(): APIInteraction['type'] {
		return this.#raw.type;
	}

	/** The command's name, for application commands and autocomplete. */
	get commandName(): string | undefined {
		const data = this.#raw.data as { name?: unknown } | undefined;
		return typeof data?.name === 'string' ? data.name : undefined;
	}

	/** The component's or modal's `custom_id`. */
	get customId(): string | undefined {
		const data = this.#raw.data as { custom_id?: unknown } | undefined;
		return typeof data?.custom_id === 'string' ? data.custom_id : undefined;
	}

	/** The guild's id; undefined in DMs. */
	get guildId(): Snowflake<'Guild'> | undefined {
		return this.#raw.guild_id as Snowflake<'Guild'> | undefined;
	}

	/** The channel's id. */
	get channelId(): Snowflake<'Channel'> | undefined {
		return this.#raw.channel?.id as Snowflake<'Channel'> | undefined;
	}

	/** The channel (usable when not cached). */
	get channel(): Channel | undefined {
		const id = this.#raw.channel?.id;
		return id === undefined ? undefined : new Channel(this.#ctx, id);
	}

	/** Who triggered it (the member's user in guilds). */
	get user(): User {
		const user = this.#raw.member?.user ?? this.#raw.user;
		return new User(this.#ctx, user as NonNullable<typeof user>);
	}

	/** The member who triggered it, in guilds. */
	get member(): Member | undefined {
		const { member, guild_id: guildId } = this.#raw;
		return member === undefined || guildId === undefined ? undefined : new Member(this.#ctx, guildId, member.user.id, member);
	}

	/** The payload as Discord sent it. */
	get raw(): APIInteraction {
		return this.#raw;
	}

	/** Answers with a message (callback type 4). `ephemeral: true` shows it to the user only. */
	async reply(input: InteractionReplyInput, options: { readonly ephemeral?: boolean } = {}): Promise<void> {
		const data: APIInteractionResponseCallbackData = typeof input === 'string' ? { content: input } : { ...input };
		if (options.ephemeral === true) data.flags = (data.flags ?? 0) | 64;
		await this.#ctx.api.interactions.reply(this.#raw.id, this.#raw.token, data);
	}

	/** Acknowledges now and answers later (callback type 5: "thinking…"). */
	async defer(options: { readonly ephemeral?: boolean } = {}): Promise<void> {
		await this.#ctx.api.interactions.defer(this.#raw.id, this.#raw.token, options);
	}
}
