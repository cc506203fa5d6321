import {
	type APIApplicationCommandInteractionDataBasicOption,
	type APIApplicationCommandInteractionDataOption,
	type APIAttachment,
	type APIInteraction,
	type APIInteractionDataResolved,
	type APIRole,
	ApplicationCommandOptionType,
	InteractionType,
} from 'discord-api-types/v10';
import { OvenClientError } from '../OvenClientError.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Channel } from './Channel.js';
import type { Member } from './Member.js';
import type { Role } from './Role.js';
import type { User } from './User.js';

/** A leaf option as Discord sends it (`focused` for the one autocomplete is about). */
export type InteractionOption = APIApplicationCommandInteractionDataBasicOption & { readonly focused?: boolean };

/** The value types each getter accepts. */
const VALUE_TYPES = {
	string: [ApplicationCommandOptionType.String],
	integer: [ApplicationCommandOptionType.Integer],
	boolean: [ApplicationCommandOptionType.Boolean],
	number: [ApplicationCommandOptionType.Number, ApplicationCommandOptionType.Integer],
	user: [ApplicationCommandOptionType.User, ApplicationCommandOptionType.Mentionable],
	channel: [ApplicationCommandOptionType.Channel],
	role: [ApplicationCommandOptionType.Role, ApplicationCommandOptionType.Mentionable],
	mentionable: [ApplicationCommandOptionType.Mentionable, ApplicationCommandOptionType.User, ApplicationCommandOptionType.Role],
	attachment: [ApplicationCommandOptionType.Attachment],
} as const satisfies Record<string, readonly ApplicationCommandOptionType[]>;

/** The subcommand group and subcommand a chat input command was used with, and the options under them. @internal */
export function _optionPath(options: readonly APIApplicationCommandInteractionDataOption[] | undefined): {
	readonly group: string | null;
	readonly subcommand: string | null;
	readonly leaves: readonly InteractionOption[];
} {
	let list = options ?? [];
	let group: string | null = null;
	let subcommand: string | null = null;
	const first = list[0];
	if (first?.type === ApplicationCommandOptionType.SubcommandGroup) {
		group = first.name;
		list = first.options;
	}
	const next = list[0];
	if (next?.type === ApplicationCommandOptionType.Subcommand) {
		subcommand = next.name;
		list = next.options ?? [];
	}
	return { group, subcommand, leaves: list as readonly InteractionOption[] };
}

/**
 * The options of a chat input command or autocomplete, read by name as discord.js reads them:
 * `getString('reason')` is `null` when an optional option was not given, and a typed error
 * (`CLIENT_COMMAND_OPTION`) when a required one is missing or has another type. User, member,
 * channel and role options resolve to structures. The subcommand path is walked once, here;
 * the command framework routes by it. Each option's value is also a property by its name
 * (`options.reason`, `options.user` as a `User`), which `defineCommand` types.
 */
export class InteractionOptions {
	readonly #ctx: _ViewContext;
	readonly #raw: APIInteraction;
	readonly #group: string | null;
	readonly #subcommand: string | null;
	readonly #leaves: readonly InteractionOption[];

	/** @internal Made by the interaction. */
	constructor(ctx: _ViewContext, raw: APIInteraction) {
		this.#ctx = ctx;
		this.#raw = raw;
		const data =
			raw.type === InteractionType.ApplicationCommand || raw.type === InteractionType.ApplicationCommandAutocomplete
				? (raw.data as { options?: readonly APIApplicationCommandInteractionDataOption[] })
				: undefined;
		const path = _optionPath(data?.options);
		this.#group = path.group;
		this.#subcommand = path.subcommand;
		this.#leaves = path.leaves;
		// Own properties by option name; a name the readers use (`get`, `data`) stays the reader's: read that option with get().
		for (const option of path.leaves) {
			if (!(option.name in this)) Object.defineProperty(this, option.name, { value: this.#resolve(option), enumerable: true });
		}
	}

	get #resolved(): APIInteractionDataResolved | undefined {
		return (this.#raw.data as { resolved?: APIInteractionDataResolved } | undefined)?.resolved;
	}

	/** An option's value as a handler reads it: users, channels, roles and attachments resolved. */
	#resolve(option: InteractionOption): unknown {
		switch (option.type) {
			case ApplicationCommandOptionType.User:
				return this.#user(String(option.value));
			case ApplicationCommandOptionType.Channel:
				return this.#channel(String(option.value));
			case ApplicationCommandOptionType.Role:
				return this.#role(String(option.value));
			case ApplicationCommandOptionType.Mentionable:
				return this.#resolved?.users?.[String(option.value)] === undefined
					? this.#role(String(option.value))
					: this.#user(String(option.value));
			case ApplicationCommandOptionType.Attachment:
				return this.#resolved?.attachments?.[String(option.value)] ?? { id: option.value };
			default:
				return 'value' in option ? option.value : undefined;
		}
	}

	#user(id: string): User {
		return this.#ctx.make.user(this.#resolved?.users?.[id] ?? { id });
	}

	#member(id: string): Member | undefined {
		const guildId = this.#raw.guild_id;
		const member = this.#resolved?.members?.[id];
		if (guildId === undefined || member === undefined) return undefined;
		return this.#ctx.make.member(guildId, id, member, this.#resolved?.users?.[id]);
	}

	#channel(id: string): Channel {
		const channel = this.#resolved?.channels?.[id];
		return this.#ctx.make.channel(
			id,
			this.#ctx.cache?.channels.get(id) ?? (channel as Parameters<_ViewContext['make']['channel']>[1]),
			this.#raw.guild_id,
		);
	}

	#role(id: string): Role {
		// Discord resolves every role option; a role it did not is known by id only.
		const role = this.#resolved?.roles?.[id] ?? this.#ctx.cache?.roles.get(id) ?? ({ id, name: '', permissions: '0' } as APIRole);
		return this.#ctx.make.role(role, this.#raw.guild_id ?? '');
	}

	/** The leaf options as Discord sent them (under the subcommand, if any). */
	get data(): readonly InteractionOption[] {
		return this.#leaves;
	}

	/** One option as Discord sent it, by name. */
	get(name: string, required: true): InteractionOption;
	get(name: string, required?: boolean): InteractionOption | null;
	get(name: string, required = false): InteractionOption | null {
		const option = this.#leaves.find((o) => o.name === name);
		if (option === undefined && required)
			throw new OvenClientError('CLIENT_COMMAND_OPTION', `The required option "${name}" was not given.`);
		return option ?? null;
	}

	#typed(name: string, kind: keyof typeof VALUE_TYPES, required: boolean): InteractionOption | null {
		const option = this.get(name, required);
		if (option === null) return null;
		if (!(VALUE_TYPES[kind] as readonly number[]).includes(option.type)) {
			throw new OvenClientError(
				'CLIENT_COMMAND_OPTION',
				`Option "${name}" is of type ${ApplicationCommandOptionType[option.type]}, not ${kind}.`,
			);
		}
		return option;
	}

	#value(name: string, kind: 'string' | 'integer' | 'boolean' | 'number', required: boolean): string | number | boolean | null {
		const option = this.#typed(name, kind, required);
		return option === null || !('value' in option) ? null : option.value;
	}

	/** A string option's value. */
	getString(name: string, required: true): string;
	getString(name: string, required?: boolean): string | null;
	getString(name: string, required = false): string | null {
		return this.#value(name, 'string', required) as string | null;
	}

	/** An integer option's value. */
	getInteger(name: string, required: true): number;
	getInteger(name: string, required?: boolean): number | null;
	getInteger(name: string, required = false): number | null {
		return this.#value(name, 'integer', required) as number | null;
	}

	/** A number option's value (integers too). */
	getNumber(name: string, required: true): number;
	getNumber(name: string, required?: boolean): number | null;
	getNumber(name: string, required = false): number | null {
		return this.#value(name, 'number', required) as number | null;
	}

	/** A boolean option's value. */
	getBoolean(name: string, required: true): boolean;
	getBoolean(name: string, required?: boolean): boolean | null;
	getBoolean(name: string, required = false): boolean | null {
		return this.#value(name, 'boolean', required) as boolean | null;
	}

	/** A user (or mentionable) option's user. */
	getUser(name: string, required: true): User;
	getUser(name: string, required?: boolean): User | null;
	getUser(name: string, required = false): User | null {
		const option = this.#typed(name, 'user', required);
		return option === null ? null : this.#user(String(option.value));
	}

	/** A user (or mentionable) option's guild member; null outside guilds and for users who are not members. */
	getMember(name: string): Member | null {
		const option = this.#typed(name, 'user', false);
		return option === null ? null : (this.#member(String(option.value)) ?? null);
	}

	/** A channel option's channel. */
	getChannel(name: string, required: true): Channel;
	getChannel(name: string, required?: boolean): Channel | null;
	getChannel(name: string, required = false): Channel | null {
		const option = this.#typed(name, 'channel', required);
		return option === null ? null : this.#channel(String(option.value));
	}

	/** A role (or mentionable) option's role. */
	getRole(name: string, required: true): Role;
	getRole(name: string, required?: boolean): Role | null;
	getRole(name: string, required = false): Role | null {
		const option = this.#typed(name, 'role', required);
		return option === null ? null : this.#role(String(option.value));
	}

	/** A mentionable option's user, member (in guilds) or role. */
	getMentionable(name: string, required: true): User | Member | Role;
	getMentionable(name: string, required?: boolean): User | Member | Role | null;
	getMentionable(name: string, required = false): User | Member | Role | null {
		const option = this.#typed(name, 'mentionable', required);
		if (option === null) return null;
		const id = String(option.value);
		if (this.#resolved?.users?.[id] === undefined) return this.#role(id);
		return this.#member(id) ?? this.#user(id);
	}

	/** An attachment option's file. */
	getAttachment(name: string, required: true): APIAttachment;
	getAttachment(name: string, required?: boolean): APIAttachment | null;
	getAttachment(name: string, required = false): APIAttachment | null {
		const option = this.#typed(name, 'attachment', required);
		return option === null ? null : (this.#resolved?.attachments?.[String(option.value)] ?? null);
	}

	/** Autocomplete: what the user has typed so far into the focused option. */
	getFocused(): string;
	/** Autocomplete: the focused option's name, type and typed value. */
	getFocused(full: true): { readonly name: string; readonly type: ApplicationCommandOptionType; readonly value: string };
	getFocused(full = false): string | { readonly name: string; readonly type: ApplicationCommandOptionType; readonly value: string } {
		const focused = this.#leaves.find((o) => o.focused === true);
		if (focused === undefined)
			throw new OvenClientError('CLIENT_COMMAND_OPTION', 'No option is focused: getFocused() is for autocomplete interactions.');
		const value = 'value' in focused ? String(focused.value) : '';
		return full ? { name: focused.name, type: focused.type, value } : value;
	}

	/** The subcommand used. Required by default, as in discord.js. */
	getSubcommand(required?: true): string;
	getSubcommand(required: boolean): string | null;
	getSubcommand(required = true): string | null {
		if (this.#subcommand === null && required)
			throw new OvenClientError('CLIENT_COMMAND_OPTION', 'This command was used without a subcommand.');
		return this.#subcommand;
	}

	/** The subcommand group used. Optional by default, as in discord.js. */
	getSubcommandGroup(required: true): string;
	getSubcommandGroup(required?: boolean): string | null;
	getSubcommandGroup(required = false): string | null {
		if (this.#group === null && required)
			throw new OvenClientError('CLIENT_COMMAND_OPTION', 'This command was used without a subcommand group.');
		return this.#group;
	}
}
