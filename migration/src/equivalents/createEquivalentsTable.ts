import type { DiscordJsEquivalent, EquivalentsTable } from './DiscordJsEquivalent.js';

/** Family names of discord.js classes that OvenJS gives one view (every interaction class is an `Interaction`). */
const FAMILIES: readonly (readonly [RegExp, string])[] = [
	[
		/^(?:Base|ChatInputCommand|ContextMenuCommand|UserContextMenuCommand|MessageContextMenuCommand|Command|MessageComponent|Button|(?:String|User|Role|Mentionable|Channel|Any)?SelectMenu|Autocomplete|ModalSubmit|PrimaryEntryPointCommand|ContextMenu|Application)?Interaction$/,
		'Interaction',
	],
	[
		/^(?:Base|Guild|BaseGuild|BaseGuildText|BaseGuildVoice|Text|News|Announcement|DM|PartialDM|PartialGroupDM|Voice|Stage|Thread|Forum|Media|Category|Directory|ThreadOnly)?(?:Based)?Channel$/,
		'Channel',
	],
	[/^(?:Partial)?Message$/, 'Message'],
	[/^(?:Client|Partial)?User$/, 'User'],
	[/^(?:Partial)?GuildMember$/, 'GuildMember'],
	[/^CommandInteractionOptionResolver$/, 'InteractionOptions'],
];

/** The family of a discord.js class, or undefined. */
export function familyOf(name: string): string | undefined {
	return FAMILIES.find(([pattern]) => pattern.test(name))?.[1];
}

/** A table over `entries`; a later row for the same member replaces an earlier one. */
export function createEquivalentsTable(entries: readonly DiscordJsEquivalent[]): EquivalentsTable {
	const byMember = new Map<string, DiscordJsEquivalent>();
	for (const entry of entries) byMember.set(entry.member, entry);
	return {
		entries: [...byMember.values()],
		lookup(owners, names) {
			const candidates = [...owners, ...owners.map(familyOf).filter((family) => family !== undefined)];
			for (const owner of new Set(candidates)) {
				const found = byMember.get([owner, ...names].join('.'));
				if (found !== undefined) return found;
			}
			return undefined;
		},
	};
}
