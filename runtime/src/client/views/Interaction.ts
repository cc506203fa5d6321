import type {
	APIInteraction,
	APIInteractionResponseCallbackData,
	APIModalInteractionResponseCallbackData,
	RESTPatchAPIWebhookWithTokenMessageJSONBody,
	RESTPostAPIWebhookWithTokenJSONBody,
} from 'discord-api-types/v10';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Channel } from './Channel.js';
import { _withEphemeral } from '../../interactions/_withEphemeral.js';
import { _modalFields } from './_modalFields.js';
import { InteractionOptions } from './InteractionOptions.js';
import { Member } from './Member.js';
import { Message } from './Message.js';
import { User } from './User.js';

/** What `interaction.reply()` and `update()` take: text, or the callback's message data. */
export type InteractionReplyInput = string | APIInteractionResponseCallbackData;

/** What `interaction.editReply()` takes: text, or the edit's body. */
export type InteractionEditInput = string | RESTPatchAPIWebhookWithTokenMessageJSONBody;

/** What `interaction.followUp()` takes: text, or the follow-up message's body. */
export type InteractionFollowUpInput = string | RESTPostAPIWebhookWithTokenJSONBody;

/** What `interaction.showModal()` takes: the modal's data, or a builder with `toJSON()` (OvenJS's `ModalBuilder`). */
export type ModalInput = APIModalInteractionResponseCallbackData | { toJSON(): APIModalInteractionResponseCallbackData };

/** The `ephemeral` option of replies and follow-ups. */
export interface EphemeralOption {
	/** Show the message to the user who triggered the interaction only (flag 64). */
	readonly ephemeral?: boolean;
}

/**
 * An interaction (command, component, modal, autocomplete) over its payload. The first
 * answer (`reply()`, `defer()`, `update()`, `deferUpdate()` or `showModal()`) is the
 * callback, which Discord allows once and within 3 s; `editReply()` and `followUp()` then
 * work through the interaction webhook for 15 minutes.
 */
export class Interaction {
	readonly #ctx: _ViewContext;
	readonly #raw: APIInteraction;
	#options: InteractionOptions | undefined;

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

	/**
	 * A chat input command's (or autocomplete's) options by name, read as discord.js reads
	 * them: `options.getString('reason')`, `options.getSubcommand()`. Empty for other interactions.
	 */
	get options(): InteractionOptions {
		this.#options ??= new InteractionOptions(this.#raw);
		return this.#options;
	}

	/**
	 * A select menu's picked values (string, user, role, mentionable or channel select: ids for
	 * the last four), as discord.js's `interaction.values`; empty for any other interaction.
	 */
	get values(): readonly string[] {
		if (this.#raw.type !== 3) return [];
		const { data } = this.#raw;
		return 'values' in data ? data.values : [];
	}

	/**
	 * A modal submit's text input (or select) value by `custom_id`; undefined when the
	 * submission has no such field or this is not a modal submit. Select values are joined
	 * with commas.
	 */
	field(customId: string): string | undefined {
		return this.#raw.type === 5 ? _modalFields(this.#raw.data.components).get(customId) : undefined;
	}

	/** Answers with a message (callback type 4). `ephemeral: true` shows it to the user only. */
	async reply(input: InteractionReplyInput, options: EphemeralOption = {}): Promise<void> {
		const data: APIInteractionResponseCallbackData = typeof input === 'string' ? { content: input } : input;
		await this.#ctx.api.interactions.reply(this.#raw.id, this.#raw.token, _withEphemeral(data, options.ephemeral));
	}

	/** Acknowledges now and answers later with {@link editReply} (callback type 5: "thinking…"). */
	async defer(options: EphemeralOption = {}): Promise<void> {
		await this.#ctx.api.interactions.defer(this.#raw.id, this.#raw.token, options);
	}

	/** Edits the message a button or select sits on (callback type 7); for components and modals opened from one. */
	async update(input: InteractionReplyInput): Promise<void> {
		const data: APIInteractionResponseCallbackData = typeof input === 'string' ? { content: input } : input;
		await this.#ctx.api.interactions.update(this.#raw.id, this.#raw.token, data);
	}

	/** Acknowledges a component now and edits its message later with {@link editReply} (callback type 6). */
	async deferUpdate(): Promise<void> {
		await this.#ctx.api.interactions.deferUpdate(this.#raw.id, this.#raw.token);
	}

	/** Opens a modal (callback type 9); not allowed in answer to a modal submit. */
	async showModal(modal: ModalInput): Promise<void> {
		const data =
			'toJSON' in modal && typeof modal.toJSON === 'function' ? modal.toJSON() : (modal as APIModalInteractionResponseCallbackData);
		await this.#ctx.api.interactions.showModal(this.#raw.id, this.#raw.token, data);
	}

	/** Edits the original answer: the reply, the message a deferred answer shows, or the updated message. */
	async editReply(input: InteractionEditInput): Promise<Message> {
		const body: RESTPatchAPIWebhookWithTokenMessageJSONBody = typeof input === 'string' ? { content: input } : input;
		const message = await this.#ctx.api.interactions.editReply(this.#raw.application_id, this.#raw.token, body);
		return new Message(this.#ctx, message);
	}

	/** Sends another message after the first answer. `ephemeral: true` shows it to the user only. */
	async followUp(input: InteractionFollowUpInput, options: EphemeralOption = {}): Promise<Message> {
		const body: RESTPostAPIWebhookWithTokenJSONBody = typeof input === 'string' ? { content: input } : input;
		const message = await this.#ctx.api.interactions.followUp(
			this.#raw.application_id,
			this.#raw.token,
			_withEphemeral(body, options.ephemeral),
		);
		return new Message(this.#ctx, message);
	}
}
