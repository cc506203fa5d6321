import type { APIApplicationCommandBasicOption, APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { CommandOption, OptionChoice, OptionKind, OptionMap } from './option.js';

/** Discord's option type number per kind. */
export const OPTION_TYPE = {
	string: 3,
	integer: 4,
	boolean: 5,
	user: 6,
	channel: 7,
	role: 8,
	mentionable: 9,
	number: 10,
	attachment: 11,
} as const satisfies Record<OptionKind, number>;

function choiceJSON(choice: string | number | OptionChoice): APIApplicationCommandOptionChoice {
	if (typeof choice !== 'object') return { name: String(choice), value: choice };
	return {
		name: choice.name,
		value: choice.value,
		...(choice.nameLocalizations === undefined ? {} : { name_localizations: choice.nameLocalizations }),
	} as APIApplicationCommandOptionChoice;
}

/** One option as Discord takes it. */
export function optionJSON(name: string, option: CommandOption): APIApplicationCommandBasicOption {
	const c = option.config;
	const json: Record<string, unknown> = {
		type: OPTION_TYPE[option.kind],
		name,
		description: c.description ?? name,
	};
	if (option.required) json['required'] = true;
	if (c.nameLocalizations !== undefined) json['name_localizations'] = c.nameLocalizations;
	if (c.descriptionLocalizations !== undefined) json['description_localizations'] = c.descriptionLocalizations;
	if (c.choices !== undefined) json['choices'] = c.choices.map(choiceJSON);
	if (c.autocomplete !== undefined) json['autocomplete'] = true;
	if (c.minLength !== undefined) json['min_length'] = c.minLength;
	if (c.maxLength !== undefined) json['max_length'] = c.maxLength;
	if (c.minValue !== undefined) json['min_value'] = c.minValue;
	if (c.maxValue !== undefined) json['max_value'] = c.maxValue;
	if (c.channelTypes !== undefined) json['channel_types'] = [...c.channelTypes];
	return json as unknown as APIApplicationCommandBasicOption;
}

/** Options as Discord takes them, required ones first (Discord rejects a required option after an optional one). */
export function optionsJSON(options: OptionMap | undefined): APIApplicationCommandBasicOption[] {
	const entries = Object.entries(options ?? {});
	return [...entries.filter(([, o]) => o.required), ...entries.filter(([, o]) => !o.required)].map(([name, o]) => optionJSON(name, o));
}
