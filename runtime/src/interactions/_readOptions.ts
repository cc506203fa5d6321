import type {
	APIApplicationCommandInteractionDataBasicOption,
	APIApplicationCommandInteractionDataOption,
	APIInteractionDataResolved,
} from 'discord-api-types/v10';

/** The leaf options of a chat-input interaction and the subcommand path that led to them. */
export interface OptionPath {
	readonly group: string | undefined;
	readonly subcommand: string | undefined;
	readonly options: readonly APIApplicationCommandInteractionDataBasicOption[];
}

/** Walks past a subcommand group and a subcommand to the leaf options. */
export function optionPath(options: readonly APIApplicationCommandInteractionDataOption[] | undefined): OptionPath {
	let list = options ?? [];
	let group: string | undefined;
	let subcommand: string | undefined;
	const first = list[0];
	if (first?.type === 2) {
		group = first.name;
		list = first.options;
	}
	const next = list[0];
	if (next?.type === 1) {
		subcommand = next.name;
		list = next.options ?? [];
	}
	return { group, subcommand, options: list as readonly APIApplicationCommandInteractionDataBasicOption[] };
}

/**
 * Option values by name, with users, channels, roles and attachments taken from `resolved`;
 * and the guild members of user and mentionable options.
 */
export function readOptions(
	options: readonly APIApplicationCommandInteractionDataBasicOption[],
	resolved: APIInteractionDataResolved | undefined,
): { values: Record<string, unknown>; members: Record<string, unknown> } {
	const values: Record<string, unknown> = {};
	const members: Record<string, unknown> = {};
	for (const o of options) {
		const raw = (o as { value?: unknown }).value;
		const id = String(raw);
		switch (o.type) {
			case 6:
				values[o.name] = resolved?.users?.[id] ?? { id };
				break;
			case 7:
				values[o.name] = resolved?.channels?.[id] ?? { id };
				break;
			case 8:
				values[o.name] = resolved?.roles?.[id] ?? { id };
				break;
			case 9:
				values[o.name] = resolved?.users?.[id] ?? resolved?.roles?.[id] ?? { id };
				break;
			case 11:
				values[o.name] = resolved?.attachments?.[id] ?? { id };
				break;
			default:
				values[o.name] = raw;
		}
		if ((o.type === 6 || o.type === 9) && resolved?.members?.[id] !== undefined) members[o.name] = resolved.members[id];
	}
	return { values, members };
}
