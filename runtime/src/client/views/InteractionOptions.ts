import type { APIInteraction } from 'discord-api-types/v10';
import { OvenClientError } from '../OvenClientError.js';

/** One option as Discord sends it in a command's data. */
interface RawOption {
	readonly name: string;
	readonly type: number;
	readonly value?: string | number | boolean;
	readonly options?: readonly RawOption[];
}

/** `ApplicationCommandOptionType`s: the two levels above the values, and the value types per getter. */
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const VALUE_TYPES = { string: [3], integer: [4], boolean: [5], number: [10, 4] } as const satisfies Record<string, readonly number[]>;
const ID_TYPES: readonly number[] = [6, 7, 8, 9, 11];

/**
 * The options of a chat input command or autocomplete, read by name the way discord.js's
 * `interaction.options` reads them: `null` when an optional one was not given, and a
 * typed error when a required one is missing or has another type. Values of user, channel,
 * role, mentionable and attachment options are ids: read them with {@link id}. For typed
 * options in the handler, define the command with `defineCommand` (its `ctx.options`).
 */
export class InteractionOptions {
	readonly #subcommandGroup: string | null;
	readonly #subcommand: string | null;
	readonly #leaves: readonly RawOption[];

	/** @internal Made by the Interaction view. */
	constructor(raw: APIInteraction) {
		let options = raw.type === 2 || raw.type === 4 ? ((raw.data as { options?: readonly RawOption[] }).options ?? []) : [];
		let group: string | null = null;
		let subcommand: string | null = null;
		const first = options[0];
		if (first?.type === SUBCOMMAND_GROUP) {
			group = first.name;
			options = first.options ?? [];
		}
		const sub = options[0];
		if (sub?.type === SUBCOMMAND) {
			subcommand = sub.name;
			options = sub.options ?? [];
		}
		this.#subcommandGroup = group;
		this.#subcommand = subcommand;
		this.#leaves = options;
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

	/** The id a user, channel, role, mentionable or attachment option holds. */
	id(name: string, required: true): string;
	id(name: string, required?: boolean): string | null;
	id(name: string, required = false): string | null {
		const option = this.#find(name, required);
		if (option === undefined) return null;
		if (typeof option.value !== 'string' || !ID_TYPES.includes(option.type))
			throw this.#wrongType(name, 'user, channel, role, mentionable or attachment', option.type);
		return option.value;
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
		if (this.#subcommandGroup === null && required)
			throw new OvenClientError('CLIENT_COMMAND_OPTION', 'This command was used without a subcommand group.');
		return this.#subcommandGroup;
	}

	#value(name: string, kind: keyof typeof VALUE_TYPES, required: boolean): string | number | boolean | null {
		const option = this.#find(name, required);
		if (option === undefined || option.value === undefined) return null;
		if (!(VALUE_TYPES[kind] as readonly number[]).includes(option.type)) throw this.#wrongType(name, kind, option.type);
		return option.value;
	}

	#find(name: string, required: boolean): RawOption | undefined {
		const option = this.#leaves.find((o) => o.name === name);
		if (option === undefined && required)
			throw new OvenClientError('CLIENT_COMMAND_OPTION', `The required option "${name}" was not given.`);
		return option;
	}

	#wrongType(name: string, expected: string, type: number): OvenClientError {
		return new OvenClientError('CLIENT_COMMAND_OPTION', `Option "${name}" is of type ${type}, not ${expected}.`);
	}
}
