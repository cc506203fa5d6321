import type { LocalizationMap } from 'discord-api-types/v10';
import type { PermissionName } from '../knowledge/permissions.js';
import type { Awaitable } from './_Awaitable.js';
import type { CommandContextName, IntegrationTypeName } from './_commandSettings.js';
import type { CommandContext } from './CommandContext.js';
import { type ChatInputCommand, defineCommand, type LeafCommandConfig } from './defineCommand.js';
import type { CommandOption, OptionMap } from './option.js';

type Settings = Omit<LeafCommandConfig<OptionMap>, 'options' | 'run' | 'subcommands' | 'groups'>;

/**
 * The fluent form of {@link defineCommand}: each `.option()` adds to the handler's option
 * types, and `.run()` makes the command (checked against Discord's rules, like the object form).
 *
 * @example
 * ```ts
 * const warn = command('warn')
 * 	.description('Warn a member')
 * 	.option('user', option.user({ description: 'Who', required: true }))
 * 	.option('reason', option.string({ description: 'Why' }))
 * 	.permissions('ModerateMembers')
 * 	.run((ctx) => ctx.reply(`Warned <@${ctx.options.user.id}>: ${ctx.options.reason ?? 'no reason'}`));
 * ```
 */
export class CommandBuilder<O extends OptionMap = Record<never, never>> {
	readonly #settings: Settings;
	readonly #options: O;

	/** Use {@link command}. */
	public constructor(settings: Settings, options: O) {
		this.#settings = settings;
		this.#options = options;
	}

	/** 1–100 characters; required. */
	public description(description: string, localizations?: LocalizationMap): CommandBuilder<O> {
		return this.#with({ description, ...(localizations === undefined ? {} : { descriptionLocalizations: localizations }) });
	}

	/** Names in other locales. */
	public nameLocalizations(localizations: LocalizationMap): CommandBuilder<O> {
		return this.#with({ nameLocalizations: localizations });
	}

	/** Adds an option; its type flows into `ctx.options`. */
	public option<K extends string, V extends CommandOption>(name: K, definition: V): CommandBuilder<O & { readonly [P in K]: V }> {
		return new CommandBuilder(this.#settings, { ...this.#options, [name]: definition } as O & { readonly [P in K]: V });
	}

	/** `default_member_permissions`: who may use it unless a server admin says otherwise. */
	public permissions(...names: PermissionName[]): CommandBuilder<O> {
		return this.#with({ defaultMemberPermissions: names });
	}

	/** Where it can be used (`Guild`, `BotDM`, `PrivateChannel`). */
	public contexts(...contexts: CommandContextName[]): CommandBuilder<O> {
		return this.#with({ contexts });
	}

	/** How it can be installed (`GuildInstall`, `UserInstall`). */
	public integrationTypes(...types: IntegrationTypeName[]): CommandBuilder<O> {
		return this.#with({ integrationTypes: types });
	}

	/** Age-restricted. */
	public nsfw(nsfw = true): CommandBuilder<O> {
		return this.#with({ nsfw });
	}

	/**
	 * Sets the handler and makes the command.
	 * @throws {CommandDefinitionError} the definition breaks a Discord rule (names the field, the limit and the value).
	 */
	public run(handler: (ctx: CommandContext<O>) => Awaitable<unknown>): ChatInputCommand<O> {
		return defineCommand<O>({ ...this.#settings, options: this.#options, run: handler });
	}

	#with(settings: Partial<Settings>): CommandBuilder<O> {
		return new CommandBuilder({ ...this.#settings, ...settings }, this.#options);
	}
}

/** Starts a chat-input command in the fluent form; see {@link CommandBuilder}. */
export function command(name: string): CommandBuilder {
	return new CommandBuilder({ name, description: '' }, {});
}
