import {
	type APIApplicationCommandOption,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { chatInputNameProblem, CommandLimits, CommandNaming } from '../knowledge/index.js';
import { CommandDefinitionError } from './CommandDefinitionError.js';

function length(field: string, value: string, min: number, max: number, doc: string): number {
	const n = [...value].length;
	if (n < min || n > max) throw new CommandDefinitionError(field, `${min}-${max} characters`, `${n} characters`, doc);
	return n;
}

function count(field: string, n: number, max: number, doc: string): void {
	if (n > max) throw new CommandDefinitionError(field, `at most ${max} entries`, `${n}`, doc);
}

function chatName(field: string, name: string): number {
	const problem = chatInputNameProblem(name);
	if (problem !== undefined) {
		const rule = problem === 'uppercase' ? 'lower case' : `${CommandLimits.name.min}-${CommandLimits.name.max} of letters, digits, - _ '`;
		throw new CommandDefinitionError(field, rule, JSON.stringify(name), CommandNaming.doc);
	}
	return [...name].length;
}

function localized(
	field: string,
	map: Readonly<Record<string, string | null | undefined>> | null | undefined,
	check: (field: string, value: string) => unknown,
): void {
	for (const [locale, value] of Object.entries(map ?? {})) if (typeof value === 'string') check(`${field}.${locale}`, value);
}

function description(field: string, value: string): number {
	return length(field, value, CommandLimits.optionDescription.min, CommandLimits.description.max, CommandLimits.description.doc);
}

/** Checks options recursively; returns the characters they count towards the 4,000 total. */
function checkOptions(path: string, options: readonly APIApplicationCommandOption[] | undefined, max: number): number {
	if (options === undefined) return 0;
	count(`${path}.options`, options.length, max, CommandLimits.options.doc);
	let total = 0;
	for (const o of options) {
		const at = `${path}.options.${o.name}`;
		total += chatName(`${at}.name`, o.name) + description(`${at}.description`, o.description);
		localized(`${at}.name_localizations`, o.name_localizations, chatName);
		localized(`${at}.description_localizations`, o.description_localizations, description);
		if (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) {
			total += checkOptions(at, o.options, CommandLimits.subcommandOptions.max);
			continue;
		}
		const c = o as {
			choices?: { name: string; value: string | number }[];
			min_length?: number;
			max_length?: number;
			min_value?: number;
			max_value?: number;
		};
		if (c.choices !== undefined) {
			count(`${at}.choices`, c.choices.length, CommandLimits.choices.max, CommandLimits.choices.doc);
			for (const choice of c.choices) {
				total += length(
					`${at}.choices.name`,
					choice.name,
					CommandLimits.choiceName.min,
					CommandLimits.choiceName.max,
					CommandLimits.choiceName.doc,
				);
				if (typeof choice.value === 'string') {
					total += length(`${at}.choices.value`, choice.value, 1, CommandLimits.choiceStringValue.max, CommandLimits.choiceStringValue.doc);
				} else total += String(choice.value).length;
			}
		}
		const { stringOptionMinLength: minL, stringOptionMaxLength: maxL } = CommandLimits;
		if (c.min_length !== undefined && (c.min_length < minL.min || c.min_length > minL.max))
			throw new CommandDefinitionError(`${at}.minLength`, `${minL.min}-${minL.max}`, String(c.min_length), minL.doc);
		if (c.max_length !== undefined && (c.max_length < maxL.min || c.max_length > maxL.max))
			throw new CommandDefinitionError(`${at}.maxLength`, `${maxL.min}-${maxL.max}`, String(c.max_length), maxL.doc);
		if (c.min_length !== undefined && c.max_length !== undefined && c.min_length > c.max_length)
			throw new CommandDefinitionError(`${at}.minLength`, `at most maxLength (${c.max_length})`, String(c.min_length), minL.doc);
		if (c.min_value !== undefined && c.max_value !== undefined && c.min_value > c.max_value)
			throw new CommandDefinitionError(`${at}.minValue`, `at most maxValue (${c.max_value})`, String(c.min_value), minL.doc);
	}
	return total;
}

/**
 * Checks a command against Discord's rules (names, lengths, counts, the 4,000-character
 * total), all read from `ovenjs/knowledge`. Throws {@link CommandDefinitionError} naming the field.
 */
export function validateCommand(json: RESTPostAPIApplicationCommandsJSONBody): void {
	const type = json.type ?? ApplicationCommandType.ChatInput;
	const root = json.name;
	if (type !== ApplicationCommandType.ChatInput) {
		length(`${root}.name`, json.name, CommandLimits.name.min, CommandLimits.name.max, CommandLimits.name.doc);
		localized(`${root}.name_localizations`, json.name_localizations, (f, v) =>
			length(f, v, CommandLimits.name.min, CommandLimits.name.max, CommandLimits.name.doc),
		);
		return;
	}
	let total = chatName(`${root}.name`, json.name);
	localized(`${root}.name_localizations`, json.name_localizations, chatName);
	const chat = json as {
		description: string;
		description_localizations?: Readonly<Record<string, string | null | undefined>> | null;
		options?: APIApplicationCommandOption[];
	};
	total += description(`${root}.description`, chat.description);
	localized(`${root}.description_localizations`, chat.description_localizations, description);
	total += checkOptions(root, chat.options, CommandLimits.options.max);
	const limit = CommandLimits.totalCharacters;
	if (total > limit.max)
		throw new CommandDefinitionError(
			`${root}`,
			`at most ${limit.max} characters of names, descriptions and choices in total`,
			`${total}`,
			limit.doc,
		);
}
