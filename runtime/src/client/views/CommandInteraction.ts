import {
	type APIApplicationCommandAutocompleteInteraction,
	type APIApplicationCommandInteraction,
	type APIApplicationCommandOptionChoice,
	type APIChatInputApplicationCommandInteraction,
	type APIMessageApplicationCommandInteraction,
	type APIUserApplicationCommandInteraction,
	type ApplicationCommandType,
	InteractionResponseType,
} from 'discord-api-types/v10';
import { InteractionError } from '../../interactions/InteractionError.js';
import type { OptionChoice } from '../../interactions/option.js';
import { CommandLimits } from '../../knowledge/index.js';
import type { Snowflake } from '../Snowflake.js';
import { BaseInteraction } from './BaseInteraction.js';
import { InteractionOptions } from './InteractionOptions.js';
import type { Member } from './Member.js';
import type { Message } from './Message.js';
import { RepliableInteraction } from './RepliableInteraction.js';
import type { User } from './User.js';

/** A command of any kind: its name and id, and every way to answer. */
export class CommandInteraction<
	I extends APIApplicationCommandInteraction = APIApplicationCommandInteraction,
> extends RepliableInteraction<I> {
	/** The command's name. */
	get commandName(): string {
		return this.raw.data.name;
	}

	/** The command's id. */
	get commandId(): Snowflake<'Command'> {
		return this.raw.data.id as Snowflake<'Command'>;
	}

	/** `ApplicationCommandType`: 1 slash, 2 user, 3 message. */
	get commandType(): ApplicationCommandType {
		return this.raw.data.type;
	}

	/** The guild the command is registered in, for guild commands. */
	get commandGuildId(): Snowflake<'Guild'> | undefined {
		return this.raw.data.guild_id as Snowflake<'Guild'> | undefined;
	}
}

/** A slash command: its options read by name (`options.getString('reason')`), subcommands included. */
export class ChatInputCommandInteraction extends CommandInteraction<APIChatInputApplicationCommandInteraction> {
	#options: InteractionOptions | undefined;

	/** The options, read by name; users, members, channels and roles resolve to structures. */
	get options(): InteractionOptions {
		this.#options ??= new InteractionOptions(this.ctx, this.raw);
		return this.#options;
	}
}

/** A user context-menu command ("Apps" on a user). */
export class UserContextMenuCommandInteraction extends CommandInteraction<APIUserApplicationCommandInteraction> {
	/** The id of the user it was used on. */
	get targetId(): Snowflake<'User'> {
		return this.raw.data.target_id as Snowflake<'User'>;
	}

	/** The user it was used on. */
	get targetUser(): User {
		const { target_id: id, resolved } = this.raw.data;
		return this.ctx.make.user(resolved.users[id] ?? { id });
	}

	/** Their guild member, in guilds. */
	get targetMember(): Member | undefined {
		const { target_id: id, resolved } = this.raw.data;
		const member = resolved.members?.[id];
		const guildId = this.guildId;
		return member === undefined || guildId === undefined ? undefined : this.ctx.make.member(guildId, id, member, resolved.users[id]);
	}
}

/** A message context-menu command ("Apps" on a message). */
export class MessageContextMenuCommandInteraction extends CommandInteraction<APIMessageApplicationCommandInteraction> {
	/** The id of the message it was used on. */
	get targetId(): Snowflake<'Message'> {
		return this.raw.data.target_id as Snowflake<'Message'>;
	}

	/** The message it was used on. */
	get targetMessage(): Message {
		const { target_id: id, resolved } = this.raw.data;
		return this.ctx.make.message(resolved.messages[id]!, this.guildId);
	}
}

/** A choice offered to an autocompleting user: a value shown as itself, or `{ name, value }`. */
export type AutocompleteChoice = string | number | OptionChoice;

/** A user typing into an autocomplete option: read `options.getFocused()`, answer with {@link respond} within 3 seconds. */
export class AutocompleteInteraction extends BaseInteraction<APIApplicationCommandAutocompleteInteraction> {
	#options: InteractionOptions | undefined;

	/** The command's name. */
	get commandName(): string {
		return this.raw.data.name;
	}

	/** The options filled in so far; `getFocused()` is what the user is typing. */
	get options(): InteractionOptions {
		this.#options ??= new InteractionOptions(this.ctx, this.raw);
		return this.#options;
	}

	/**
	 * Sends the choices (callback type 8), at most `CommandLimits.autocompleteChoices.max` (25).
	 * @throws {InteractionError} `INTERACTION_RESPONSE_INVALID` with more than 25 (no request sent).
	 * @throws {InteractionAlreadyAcknowledgedError} it was answered already (no request sent).
	 */
	async respond(choices: readonly AutocompleteChoice[]): Promise<void> {
		const max = CommandLimits.autocompleteChoices.max;
		if (choices.length > max) {
			throw new InteractionError(
				'INTERACTION_RESPONSE_INVALID',
				`Autocomplete offers at most ${max} choices, got ${choices.length}; slice the list first. See ${CommandLimits.autocompleteChoices.doc}`,
			);
		}
		const list = choices.map((c) =>
			typeof c === 'object'
				? { name: c.name, value: c.value, ...(c.nameLocalizations === undefined ? {} : { name_localizations: c.nameLocalizations }) }
				: { name: String(c), value: c },
		) as APIApplicationCommandOptionChoice[];
		await this.callback('respond', { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: list } });
	}
}
