import type { APIAttachment, ChannelType, LocalizationMap } from 'discord-api-types/v10';
import type { Channel } from '../client/views/Channel.js';
import type { AutocompleteInteraction } from '../client/views/CommandInteraction.js';
import type { Role } from '../client/views/Role.js';
import type { User } from '../client/views/User.js';
import type { Awaitable } from './_Awaitable.js';

/** The option kinds a command can take (Discord's option types 3–11). */
export type OptionKind = 'string' | 'integer' | 'number' | 'boolean' | 'user' | 'channel' | 'role' | 'mentionable' | 'attachment';

/** What an option of each kind holds when the handler reads it. */
export interface OptionValueByKind {
	string: string;
	integer: number;
	number: number;
	boolean: boolean;
	/** The user; their guild member, if any, is `ctx.options.getMember(name)`. */
	user: User;
	channel: Channel;
	role: Role;
	mentionable: User | Role;
	attachment: APIAttachment;
}

/** A choice with a display name; a bare value is shown as itself. */
export interface OptionChoice<V extends string | number = string | number> {
	readonly name: string;
	readonly value: V;
	readonly nameLocalizations?: LocalizationMap;
}

/**
 * An autocomplete handler for one option: returns up to 25 choices (Discord's limit, in
 * `CommandLimits.autocompleteChoices`), which are sent for you unless the handler responded itself.
 */
export type AutocompleteHandler<V extends string | number = string | number> = (
	interaction: AutocompleteInteraction,
) => Awaitable<readonly (V | OptionChoice<V>)[] | undefined | void>;

/** Settings every option kind has. */
export interface BaseOptionConfig<R extends boolean> {
	/** 1–100 characters; defaults to the option's name. */
	readonly description?: string;
	/** Whether the user must fill it in. Default false. Required options are sent first. */
	readonly required?: R;
	readonly nameLocalizations?: LocalizationMap;
	readonly descriptionLocalizations?: LocalizationMap;
}

/** Fixed choices, or autocomplete: Discord allows one or the other. */
export type ChoicesOrAutocomplete<V extends string | number> =
	| { readonly choices?: readonly (V | OptionChoice<V>)[]; readonly autocomplete?: never }
	| { readonly choices?: never; readonly autocomplete?: AutocompleteHandler<V> };

/** `option.string(...)` settings. */
export type StringOptionConfig<V extends string, R extends boolean> = BaseOptionConfig<R> &
	ChoicesOrAutocomplete<V> & { readonly minLength?: number; readonly maxLength?: number };

/** `option.integer(...)` and `option.number(...)` settings. */
export type NumericOptionConfig<V extends number, R extends boolean> = BaseOptionConfig<R> &
	ChoicesOrAutocomplete<V> & { readonly minValue?: number; readonly maxValue?: number };

/** `option.channel(...)` settings. */
export interface ChannelOptionConfig<R extends boolean> extends BaseOptionConfig<R> {
	/** The channel types the user may pick, e.g. `[ChannelType.GuildText]`. */
	readonly channelTypes?: readonly ChannelType[];
}

/** Every setting of any kind, as the runtime sees it. */
export interface AnyOptionConfig extends BaseOptionConfig<boolean> {
	readonly choices?: readonly (string | number | OptionChoice)[];
	readonly autocomplete?: AutocompleteHandler;
	readonly minLength?: number;
	readonly maxLength?: number;
	readonly minValue?: number;
	readonly maxValue?: number;
	readonly channelTypes?: readonly ChannelType[];
}

/**
 * One command option: its kind, whether it is required and, at the type level only, the
 * value the handler receives (`V`). Made by the {@link option} functions.
 */
export interface CommandOption<K extends OptionKind = OptionKind, V = unknown, R extends boolean = boolean> {
	readonly kind: K;
	readonly required: R;
	readonly config: AnyOptionConfig;
	/** Type-level only: never set. */
	readonly __value?: V;
}

/** The value type of one option. */
export type OptionValue<O> = O extends CommandOption<OptionKind, infer V, boolean> ? V : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The options a handler receives: required ones always present, others possibly `undefined`.
 * Any command's options (`OptionMap` itself, with `string` keys) infer none, so that a handler
 * written for its own options fits where any command's is expected.
 */
export type InferOptions<O extends OptionMap> = Simplify<
	{ readonly [K in keyof O as string extends K ? never : O[K]['required'] extends true ? K : never]: OptionValue<O[K]> } & {
		readonly [K in keyof O as string extends K ? never : O[K]['required'] extends true ? never : K]?: OptionValue<O[K]> | undefined;
	}
>;

/** Options by name, in the order they are shown (required ones are moved first). */
export type OptionMap = Readonly<Record<string, CommandOption>>;

function make<K extends OptionKind, V, R extends boolean>(kind: K, config: AnyOptionConfig | undefined): CommandOption<K, V, R> {
	return { kind, required: (config?.required ?? false) as R, config: config ?? {} };
}

/**
 * Option builders for `defineCommand`. The handler's `ctx.options` is typed from them:
 * `required: true` makes a field non-optional, `choices` (with `as const` or inline) make a
 * literal union.
 * @example
 * options: { user: option.user({ required: true }), reason: option.string({ choices: ['spam', 'abuse'] }) }
 */
export const option = {
	/** A text option (type 3). */
	string<const V extends string = string, const R extends boolean = false>(
		config?: StringOptionConfig<V, R>,
	): CommandOption<'string', V, R> {
		return make('string', config as AnyOptionConfig | undefined);
	},
	/** A whole-number option (type 4), -2^53 to 2^53. */
	integer<const V extends number = number, const R extends boolean = false>(
		config?: NumericOptionConfig<V, R>,
	): CommandOption<'integer', V, R> {
		return make('integer', config as AnyOptionConfig | undefined);
	},
	/** A number option (type 10), any double. */
	number<const V extends number = number, const R extends boolean = false>(
		config?: NumericOptionConfig<V, R>,
	): CommandOption<'number', V, R> {
		return make('number', config as AnyOptionConfig | undefined);
	},
	/** A true/false option (type 5). */
	boolean<const R extends boolean = false>(config?: BaseOptionConfig<R>): CommandOption<'boolean', boolean, R> {
		return make('boolean', config);
	},
	/** A user option (type 6); the handler gets the `User`, and `ctx.options.getMember(name)` in guilds. */
	user<const R extends boolean = false>(config?: BaseOptionConfig<R>): CommandOption<'user', User, R> {
		return make('user', config);
	},
	/** A channel option (type 7), optionally limited to some channel types. */
	channel<const R extends boolean = false>(config?: ChannelOptionConfig<R>): CommandOption<'channel', Channel, R> {
		return make('channel', config);
	},
	/** A role option (type 8). */
	role<const R extends boolean = false>(config?: BaseOptionConfig<R>): CommandOption<'role', Role, R> {
		return make('role', config);
	},
	/** A user-or-role option (type 9). */
	mentionable<const R extends boolean = false>(config?: BaseOptionConfig<R>): CommandOption<'mentionable', User | Role, R> {
		return make('mentionable', config);
	},
	/** A file option (type 11). */
	attachment<const R extends boolean = false>(config?: BaseOptionConfig<R>): CommandOption<'attachment', APIAttachment, R> {
		return make('attachment', config);
	},
} as const;
