import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { MessageContextMenuCommandInteraction, UserContextMenuCommandInteraction } from '../client/views/CommandInteraction.js';
import type { Awaitable } from './_Awaitable.js';
import { settingsJSON, type CommandSettings } from './_commandSettings.js';
import { validateCommand } from './_validateCommand.js';

/** A context-menu command's settings and handler. */
export interface ContextMenuCommandConfig<C> extends CommandSettings {
	/** 1–32 characters; unlike slash commands, any case and spaces are allowed. */
	readonly name: string;
	run(ctx: C): Awaitable<unknown>;
}

/** A defined user or message context-menu command. */
export class ContextMenuCommand<K extends 'user' | 'message', C> {
	readonly kind: K;
	readonly #config: ContextMenuCommandConfig<C>;
	readonly #json: RESTPostAPIContextMenuApplicationCommandsJSONBody;

	/** @throws {CommandDefinitionError} the definition breaks a Discord rule. */
	constructor(kind: K, config: ContextMenuCommandConfig<C>) {
		this.kind = kind;
		this.#config = config;
		this.#json = {
			type: kind === 'user' ? ApplicationCommandType.User : ApplicationCommandType.Message,
			name: config.name,
			...settingsJSON(config),
		} as RESTPostAPIContextMenuApplicationCommandsJSONBody;
		validateCommand(this.#json);
	}

	/** The command's name. */
	get name(): string {
		return this.#config.name;
	}

	/** The body Discord takes to register it. */
	toJSON(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
		return structuredClone(this.#json);
	}

	/** Runs the handler. @internal */
	async execute(interaction: C): Promise<boolean> {
		await this.#config.run(interaction);
		return true;
	}
}

/** A user context-menu command ("Apps" on a user). */
export type UserCommand = ContextMenuCommand<'user', UserContextMenuCommandInteraction>;
/** A message context-menu command ("Apps" on a message). */
export type MessageCommand = ContextMenuCommand<'message', MessageContextMenuCommandInteraction>;

/** Defines a user context-menu command; `ctx.targetUser` is the user it was used on. */
export function defineUserCommand(config: ContextMenuCommandConfig<UserContextMenuCommandInteraction>): UserCommand {
	return new ContextMenuCommand('user', config);
}

/** Defines a message context-menu command; `ctx.targetMessage` is the message it was used on. */
export function defineMessageCommand(config: ContextMenuCommandConfig<MessageContextMenuCommandInteraction>): MessageCommand {
	return new ContextMenuCommand('message', config);
}
