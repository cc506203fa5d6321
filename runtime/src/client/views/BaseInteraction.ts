import {
	type APIInteraction,
	ApplicationCommandType,
	ComponentType,
	InteractionType,
	type Locale,
	type RESTPostAPIInteractionCallbackJSONBody,
	type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import type { APIFileRequestOptions } from '../../api/APIRequestOptions.js';
import { InteractionAlreadyAcknowledgedError } from '../../interactions/InteractionAlreadyAcknowledgedError.js';
import { InteractionExpiredError } from '../../interactions/InteractionExpiredError.js';
import { decodeSnowflake } from '../../knowledge/index.js';
import { Permissions } from '../../permissions/Permissions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import type {
	ButtonInteraction,
	ChannelSelectMenuInteraction,
	MentionableSelectMenuInteraction,
	MessageComponentInteraction,
	RoleSelectMenuInteraction,
	StringSelectMenuInteraction,
	UserSelectMenuInteraction,
} from './ComponentInteraction.js';
import type {
	AutocompleteInteraction,
	ChatInputCommandInteraction,
	CommandInteraction,
	MessageContextMenuCommandInteraction,
	UserContextMenuCommandInteraction,
} from './CommandInteraction.js';
import type { Guild } from './Guild.js';
import type { MemberWithUser } from './Member.js';
import type { ModalSubmitInteraction } from './ModalSubmitInteraction.js';
import type { RepliableInteraction } from './RepliableInteraction.js';
import type { User } from './User.js';
import { _answerState, type InitialResponseKind } from './_answerState.js';

const SELECTS: ReadonlySet<number> = new Set([
	ComponentType.StringSelect,
	ComponentType.UserSelect,
	ComponentType.RoleSelect,
	ComponentType.MentionableSelect,
	ComponentType.ChannelSelect,
]);

/**
 * What every interaction has: who, where, its payload, its answer state (the 3-second deadline
 * for the first response, the 15-minute token, whether it was answered), and the type guards
 * that narrow the `Interaction` union: `isChatInputCommand()`, `isButton()`,
 * `isStringSelectMenu()`, `isModalSubmit()`, `isAutocomplete()`, … The answer state belongs to
 * the payload: every structure over one INTERACTION_CREATE (an event listener's, a command
 * handler's) sees the same, so a second answer is refused before any request is sent.
 */
export class BaseInteraction<I extends APIInteraction = APIInteraction> extends Base {
	readonly #raw: I;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: I) {
		super(ctx);
		this.#raw = raw;
		_answerState(raw);
	}

	/** The payload as Discord sent it. */
	get raw(): I {
		return this.#raw;
	}

	/** The interaction id. */
	get id(): Snowflake<'Interaction'> {
		return this.#raw.id as Snowflake<'Interaction'>;
	}

	/** `InteractionType`: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
	get type(): InteractionType {
		return this.#raw.type;
	}

	/** The application's id. */
	get applicationId(): Snowflake<'Application'> {
		return this.#raw.application_id as Snowflake<'Application'>;
	}

	/** The interaction token (a secret: never log it). */
	get token(): string {
		return this.#raw.token;
	}

	/** The guild's id; undefined in DMs. */
	get guildId(): Snowflake<'Guild'> | undefined {
		return this.#raw.guild_id as Snowflake<'Guild'> | undefined;
	}

	/** The guild (usable when not cached); undefined in DMs. */
	get guild(): Guild | undefined {
		const guildId = this.#raw.guild_id;
		return guildId === undefined ? undefined : this.ctx.make.guild(guildId);
	}

	/** The channel's id. */
	get channelId(): Snowflake<'Channel'> | undefined {
		return this.#raw.channel?.id as Snowflake<'Channel'> | undefined;
	}

	/** The channel (from the payload's partial channel, else the cache). */
	get channel(): Channel | undefined {
		const channel = this.#raw.channel;
		return channel === undefined
			? undefined
			: this.ctx.make.channel(channel.id, this.ctx.cache?.channels.get(channel.id) ?? channel, this.#raw.guild_id);
	}

	/** Who triggered it (the member's user in guilds). */
	get user(): User {
		const user = this.#raw.member?.user ?? this.#raw.user;
		return this.ctx.make.user(user as NonNullable<typeof user>);
	}

	/** The member who triggered it, in guilds (Discord always sends their user). */
	get member(): MemberWithUser | undefined {
		const { member, guild_id: guildId } = this.#raw;
		return member === undefined || guildId === undefined
			? undefined
			: (this.ctx.make.member(guildId, member.user.id, member, member.user) as MemberWithUser);
	}

	/** The invoking member's permissions in the channel, as Discord computed them; undefined in DMs. */
	get memberPermissions(): Permissions | undefined {
		const bits = this.#raw.member?.permissions;
		return bits === undefined ? undefined : Permissions.from(bits);
	}

	/** The bot's permissions in the channel, as Discord computed them. */
	get appPermissions(): Permissions {
		return Permissions.from(this.#raw.app_permissions);
	}

	/** The user's client language. */
	get locale(): Locale {
		return (this.#raw as { locale?: Locale }).locale as Locale;
	}

	/** The guild's preferred language, in guilds. */
	get guildLocale(): Locale | undefined {
		return this.#raw.guild_locale;
	}

	/** When Discord made the interaction (from the id). */
	get createdAt(): Date {
		return new Date(this.createdTimestamp);
	}

	/** {@link createdAt} in Unix milliseconds. */
	get createdTimestamp(): number {
		return decodeSnowflake(this.#raw.id)?.timestamp ?? 0;
	}

	/** When the client received it (`Date.now()`): the deadlines count from here. */
	get receivedAt(): number {
		return _answerState(this.#raw).receivedAt;
	}

	/** `Date.now()` after which a first response is refused. */
	get deadlineAt(): number {
		return _answerState(this.#raw).deadlineAt;
	}

	/** `Date.now()` after which edits and follow-ups are refused. */
	get expiresAt(): number {
		return _answerState(this.#raw).expiresAt;
	}

	/** Milliseconds left for the first response (negative once passed). */
	get remainingMs(): number {
		return this.deadlineAt - Date.now();
	}

	/** Whether a first response was sent (or is being sent). */
	get acknowledged(): boolean {
		return _answerState(this.#raw).first !== undefined;
	}

	/** Whether it was answered with a message (`reply`) or `update`. */
	get replied(): boolean {
		const first = _answerState(this.#raw).first;
		return first === 'reply' || first === 'update';
	}

	/** Whether it was deferred (`deferReply`, `deferUpdate`), by the handler or by auto-defer. */
	get deferred(): boolean {
		const first = _answerState(this.#raw).first;
		return first === 'deferReply' || first === 'deferUpdate';
	}

	/** How it was first answered, if it was. */
	get firstResponse(): InitialResponseKind | undefined {
		return _answerState(this.#raw).first;
	}

	/** Whether auto-defer answered it because the handler had not in time. */
	get autoDeferred(): boolean {
		return _answerState(this.#raw).autoDeferred;
	}

	/** Whether it happened in a guild. */
	inGuild(): boolean {
		return this.#raw.guild_id !== undefined;
	}

	/** A command of any kind (slash or context menu). */
	isCommand(): this is CommandInteraction {
		return this.#raw.type === InteractionType.ApplicationCommand;
	}

	/** A slash command. */
	isChatInputCommand(): this is ChatInputCommandInteraction {
		return this.#raw.type === InteractionType.ApplicationCommand && this.#raw.data.type === ApplicationCommandType.ChatInput;
	}

	/** A user or message context-menu command. */
	isContextMenuCommand(): this is UserContextMenuCommandInteraction | MessageContextMenuCommandInteraction {
		return this.#raw.type === InteractionType.ApplicationCommand && this.#raw.data.type !== ApplicationCommandType.ChatInput;
	}

	/** A user context-menu command. */
	isUserContextMenuCommand(): this is UserContextMenuCommandInteraction {
		return this.#raw.type === InteractionType.ApplicationCommand && this.#raw.data.type === ApplicationCommandType.User;
	}

	/** A message context-menu command. */
	isMessageContextMenuCommand(): this is MessageContextMenuCommandInteraction {
		return this.#raw.type === InteractionType.ApplicationCommand && this.#raw.data.type === ApplicationCommandType.Message;
	}

	/** A button click or a select-menu choice. */
	isMessageComponent(): this is MessageComponentInteraction {
		return this.#raw.type === InteractionType.MessageComponent;
	}

	/** A button click. */
	isButton(): this is ButtonInteraction {
		return this.#raw.type === InteractionType.MessageComponent && this.#raw.data.component_type === ComponentType.Button;
	}

	/** A choice in any kind of select menu. */
	isAnySelectMenu(): this is
		| StringSelectMenuInteraction
		| UserSelectMenuInteraction
		| RoleSelectMenuInteraction
		| MentionableSelectMenuInteraction
		| ChannelSelectMenuInteraction {
		return this.#raw.type === InteractionType.MessageComponent && SELECTS.has(this.#raw.data.component_type);
	}

	/** A choice in a string select menu. */
	isStringSelectMenu(): this is StringSelectMenuInteraction {
		return this.#component(ComponentType.StringSelect);
	}

	/** A choice in a user select menu. */
	isUserSelectMenu(): this is UserSelectMenuInteraction {
		return this.#component(ComponentType.UserSelect);
	}

	/** A choice in a role select menu. */
	isRoleSelectMenu(): this is RoleSelectMenuInteraction {
		return this.#component(ComponentType.RoleSelect);
	}

	/** A choice in a user-or-role select menu. */
	isMentionableSelectMenu(): this is MentionableSelectMenuInteraction {
		return this.#component(ComponentType.MentionableSelect);
	}

	/** A choice in a channel select menu. */
	isChannelSelectMenu(): this is ChannelSelectMenuInteraction {
		return this.#component(ComponentType.ChannelSelect);
	}

	/** A modal submit. */
	isModalSubmit(): this is ModalSubmitInteraction {
		return this.#raw.type === InteractionType.ModalSubmit;
	}

	/** A user typing into an autocomplete option. */
	isAutocomplete(): this is AutocompleteInteraction {
		return this.#raw.type === InteractionType.ApplicationCommandAutocomplete;
	}

	/** Anything that can be answered with a message: commands, components and modal submits. */
	isRepliable(): this is RepliableInteraction {
		const type = this.#raw.type;
		return type === InteractionType.ApplicationCommand || type === InteractionType.MessageComponent || type === InteractionType.ModalSubmit;
	}

	#component(type: ComponentType): boolean {
		return this.#raw.type === InteractionType.MessageComponent && this.#raw.data.component_type === type;
	}

	/**
	 * Sends the initial response. Checks, before any request: not answered yet, and the deadline
	 * not passed. Resolves to Discord's callback response (the message, for types 4 and 7).
	 * @internal
	 */
	protected callback(
		kind: InitialResponseKind,
		body: RESTPostAPIInteractionCallbackJSONBody,
		options: APIFileRequestOptions = {},
	): Promise<RESTPostAPIInteractionCallbackWithResponseResult | undefined> {
		const state = _answerState(this.#raw);
		if (state.first !== undefined) throw new InteractionAlreadyAcknowledgedError(this.#raw.id, kind, state.first);
		const late = Date.now() - state.deadlineAt;
		if (late > 0) throw new InteractionExpiredError('INTERACTION_CALLBACK_DEADLINE_PASSED', this.#raw.id, kind, late);
		state.first = kind;
		if (state.timer !== undefined) clearTimeout(state.timer);
		state.timer = undefined;
		const withResponse = kind === 'reply' || kind === 'update';
		const ack = this.ctx.api.interactions.createCallback(this.#raw.id, this.#raw.token, body, { ...options, withResponse });
		state.ack = ack.catch(() => undefined);
		return ack;
	}

	/**
	 * Throws if the 15-minute token has expired; waits for the initial response to land.
	 * @internal
	 */
	protected async afterAck(attempted: string): Promise<void> {
		const state = _answerState(this.#raw);
		const late = Date.now() - state.expiresAt;
		if (late > 0) throw new InteractionExpiredError('INTERACTION_TOKEN_EXPIRED', this.#raw.id, attempted, late);
		await state.ack;
	}
}
