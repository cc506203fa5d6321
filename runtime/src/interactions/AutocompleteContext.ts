import type { APIApplicationCommandAutocompleteInteraction, APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { CommandLimits } from '../knowledge/index.js';
import { InteractionContext, type InteractionContextInit } from './InteractionContext.js';
import { InteractionError } from './InteractionError.js';
import type { OptionChoice } from './option.js';
import { optionPath } from './_readOptions.js';

/** A user typing into an autocomplete option: answer with {@link respond} within 3 seconds. */
export class AutocompleteContext extends InteractionContext<APIApplicationCommandAutocompleteInteraction> {
	/** The focused option's name and what the user has typed so far. */
	readonly focused: { readonly name: string; readonly value: string };
	/** The other options filled in so far, raw (ids for users, channels, roles). */
	readonly options: Readonly<Record<string, string | number | boolean>>;
	/** The subcommand group, if any. */
	readonly group: string | undefined;
	/** The subcommand, if any. */
	readonly subcommand: string | undefined;

	constructor(init: InteractionContextInit<APIApplicationCommandAutocompleteInteraction>) {
		super(init);
		const path = optionPath(init.interaction.data.options);
		const options: Record<string, string | number | boolean> = {};
		let focused = { name: '', value: '' };
		for (const o of path.options) {
			const value = (o as { value?: string | number | boolean }).value;
			if (value !== undefined) options[o.name] = value;
			if ((o as { focused?: boolean }).focused === true) focused = { name: o.name, value: String(value ?? '') };
		}
		this.focused = focused;
		this.options = options;
		this.group = path.group;
		this.subcommand = path.subcommand;
	}

	/** The command's name. */
	get commandName(): string {
		return this.interaction.data.name;
	}

	/**
	 * Sends the choices (callback type 8), at most `CommandLimits.autocompleteChoices.max` (25).
	 * @throws {InteractionAlreadyAcknowledgedError} it was answered already (no request sent).
	 */
	async respond(choices: readonly (string | number | OptionChoice)[]): Promise<void> {
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
		await this.callback('autocomplete', { type: 8, data: { choices: list } });
	}
}
