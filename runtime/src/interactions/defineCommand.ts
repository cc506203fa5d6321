import {
	type APIApplicationCommandSubcommandGroupOption,
	type APIApplicationCommandSubcommandOption,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type LocalizationMap,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { AutocompleteInteraction, ChatInputCommandInteraction } from '../client/views/CommandInteraction.js';
import type { CommandContext } from './CommandContext.js';
import { CommandDefinitionError } from './CommandDefinitionError.js';
import type { AutocompleteHandler, OptionMap } from './option.js';
import type { Awaitable } from './_Awaitable.js';
import { settingsJSON, type CommandSettings } from './_commandSettings.js';
import { optionsJSON } from './_optionJSON.js';
import { validateCommand } from './_validateCommand.js';

/** Name, description and localisations of a chat-input command. */
export interface ChatInputSettings extends CommandSettings {
	/** 1–32 lower-case letters, digits, `-`, `_`, `'` (see `CommandNaming` in `ovenjs/knowledge`). */
	readonly name: string;
	/** 1–100 characters. */
	readonly description: string;
	readonly descriptionLocalizations?: LocalizationMap;
}

/** A command without subcommands: options and one handler. */
export interface LeafCommandConfig<O extends OptionMap> extends ChatInputSettings {
	readonly options?: O;
	/** Runs when the command is used; `ctx.options` is typed from `options`. */
	run(ctx: CommandContext<O>): Awaitable<unknown>;
	readonly subcommands?: never;
	readonly groups?: never;
}

/** A subcommand: its own options and handler. Made by {@link subcommand}. */
export interface Subcommand<O extends OptionMap = OptionMap> {
	readonly description: string;
	readonly nameLocalizations?: LocalizationMap;
	readonly descriptionLocalizations?: LocalizationMap;
	readonly options?: O;
	run(ctx: CommandContext<O>): Awaitable<unknown>;
}

/** A group of subcommands. Made by {@link subcommandGroup}. */
export interface SubcommandGroup {
	readonly description: string;
	readonly nameLocalizations?: LocalizationMap;
	readonly descriptionLocalizations?: LocalizationMap;
	readonly subcommands: Readonly<Record<string, Subcommand>>;
}

/** A command made of subcommands and groups; the command itself has no handler. */
export interface ParentCommandConfig extends ChatInputSettings {
	readonly subcommands?: Readonly<Record<string, Subcommand>>;
	readonly groups?: Readonly<Record<string, SubcommandGroup>>;
	readonly options?: never;
	readonly run?: never;
}

/** Defines a subcommand; `ctx.options` in `run` is typed from `options`. */
export function subcommand<O extends OptionMap = Record<never, never>>(config: Subcommand<O>): Subcommand<O> {
	return config;
}

/** Defines a subcommand group. */
export function subcommandGroup(config: SubcommandGroup): SubcommandGroup {
	return config;
}

function subcommandJSON(name: string, sub: Subcommand): APIApplicationCommandSubcommandOption {
	return {
		type: ApplicationCommandOptionType.Subcommand,
		name,
		description: sub.description,
		...(sub.nameLocalizations === undefined ? {} : { name_localizations: sub.nameLocalizations }),
		...(sub.descriptionLocalizations === undefined ? {} : { description_localizations: sub.descriptionLocalizations }),
		options: optionsJSON(sub.options),
	};
}

/** A defined chat-input command: pass it to `createInteractionHandler` and `syncCommands`. */
export class ChatInputCommand<O extends OptionMap = OptionMap> {
	readonly kind = 'chatInput' as const;
	readonly #config: LeafCommandConfig<O> | ParentCommandConfig;
	readonly #json: RESTPostAPIChatInputApplicationCommandsJSONBody;

	/** @throws {CommandDefinitionError} the definition breaks a Discord rule. */
	constructor(config: LeafCommandConfig<O> | ParentCommandConfig) {
		this.#config = config;
		if (config.run === undefined && config.subcommands === undefined && config.groups === undefined) {
			throw new CommandDefinitionError(`${config.name}.run`, 'a handler (or subcommands with handlers)', 'none');
		}
		const options =
			config.subcommands !== undefined || config.groups !== undefined
				? [
						...Object.entries(config.groups ?? {}).map(([name, group]): APIApplicationCommandSubcommandGroupOption => ({
							type: ApplicationCommandOptionType.SubcommandGroup,
							name,
							description: group.description,
							...(group.nameLocalizations === undefined ? {} : { name_localizations: group.nameLocalizations }),
							...(group.descriptionLocalizations === undefined ? {} : { description_localizations: group.descriptionLocalizations }),
							options: Object.entries(group.subcommands).map(([n, s]) => subcommandJSON(n, s)),
						})),
						...Object.entries(config.subcommands ?? {}).map(([n, s]) => subcommandJSON(n, s)),
					]
				: optionsJSON(config.options);
		this.#json = {
			type: ApplicationCommandType.ChatInput,
			name: config.name,
			description: config.description,
			...(config.descriptionLocalizations === undefined ? {} : { description_localizations: config.descriptionLocalizations }),
			...settingsJSON(config),
			...(options.length === 0 ? {} : { options }),
		} as RESTPostAPIChatInputApplicationCommandsJSONBody;
		validateCommand(this.#json);
	}

	/** The command's name. */
	get name(): string {
		return this.#config.name;
	}

	/** The body Discord takes to register it. */
	toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody {
		return structuredClone(this.#json);
	}

	/** The handler (and its options) for the subcommand path the interaction's options hold, read once by `InteractionOptions`. */
	#target(
		interaction: ChatInputCommandInteraction | AutocompleteInteraction,
	): { options?: OptionMap; run: (ctx: CommandContext<OptionMap>) => Awaitable<unknown> } | undefined {
		const config = this.#config;
		const group = interaction.options.getSubcommandGroup(false);
		const sub = interaction.options.getSubcommand(false);
		if (sub === null) return config.run === undefined ? undefined : (config as unknown as LeafCommandConfig<OptionMap>);
		const subs = group === null ? config.subcommands : config.groups?.[group]?.subcommands;
		return subs?.[sub];
	}

	/** Runs the handler; false when the subcommand is unknown. @internal */
	async execute(interaction: ChatInputCommandInteraction): Promise<boolean> {
		const target = this.#target(interaction);
		if (target === undefined) return false;
		await target.run(interaction as CommandContext<OptionMap>);
		return true;
	}

	/** The autocomplete handler of the focused option, if it has one. @internal */
	autocompleteHandler(interaction: AutocompleteInteraction): AutocompleteHandler | undefined {
		return this.#target(interaction)?.options?.[interaction.options.getFocused(true).name]?.config.autocomplete;
	}
}

/**
 * Defines a chat-input (slash) command. Names, descriptions and limits are checked now
 * (a {@link CommandDefinitionError} names the field); the handler's `ctx.options` is typed
 * from `options`.
 * @example
 * defineCommand({
 *   name: 'ban', description: 'Ban a member', defaultMemberPermissions: ['BanMembers'],
 *   options: { user: option.user({ required: true }), reason: option.string({ choices: ['spam', 'abuse'] }) },
 *   run: (ctx) => ctx.reply(`Banned ${ctx.options.user.username} for ${ctx.options.reason ?? 'no reason'}`),
 * });
 */
export function defineCommand<O extends OptionMap = Record<never, never>>(config: LeafCommandConfig<O>): ChatInputCommand<O>;
/** Defines a chat-input command made of subcommands and groups, one handler per subcommand. */
export function defineCommand(config: ParentCommandConfig): ChatInputCommand;
export function defineCommand<O extends OptionMap>(config: LeafCommandConfig<O> | ParentCommandConfig): ChatInputCommand<O> {
	return new ChatInputCommand<O>(config);
}
