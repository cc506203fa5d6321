import { DiscordJsEquivalents, EquivalentReceivers } from '@ovenjs/analysis';
import { CLASS_EQUIVALENTS } from './classEquivalents.js';
import { createEquivalentsTable } from './createEquivalentsTable.js';
import type { EquivalentsTable } from './DiscordJsEquivalent.js';
import { fromExamples } from './fromExamples.js';

export type * from './DiscordJsEquivalent.js';
export { createEquivalentsTable, familyOf } from './createEquivalentsTable.js';
export { fromExamples, type ExampleEquivalent } from './fromExamples.js';
export { CLASS_EQUIVALENTS } from './classEquivalents.js';

/**
 * The discord.js → OvenJS equivalents table the migration follows by default: the object
 * model's (`DiscordJsEquivalents` of `@ovenjs/analysis`, also the docs), read through
 * {@link fromExamples}, with the class rows that say what each import becomes.
 */
const CLASS_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
	CLASS_EQUIVALENTS.flatMap((row) => (row.oven === undefined || row.module !== undefined ? [] : [[row.member, row.oven]])),
);

export const equivalents: EquivalentsTable = createEquivalentsTable([
	...fromExamples(DiscordJsEquivalents, new Map(Object.entries(EquivalentReceivers)), CLASS_NAMES),
	...CLASS_EQUIVALENTS,
]);

/** discord.js exports with an OvenJS equivalent, and the name ovenjs exports it under (the class rows of {@link equivalents}). */
export const OVENJS_EQUIVALENTS: Readonly<Record<string, string>> = Object.fromEntries(
	equivalents.entries.flatMap((entry) => (entry.member.includes('.') || entry.oven === undefined ? [] : [[entry.member, entry.oven]])),
);
