import { createEquivalentsTable } from './createEquivalentsTable.js';
import type { EquivalentsTable } from './DiscordJsEquivalent.js';
import { SEED_EQUIVALENTS } from './seedEquivalents.js';

export type * from './DiscordJsEquivalent.js';
export { createEquivalentsTable, familyOf } from './createEquivalentsTable.js';
export { fromExamples, type ExampleEquivalent } from './fromExamples.js';
export { OVEN_RECEIVERS, SEED_EQUIVALENTS } from './seedEquivalents.js';

/** The discord.js → OvenJS equivalents table the migration follows by default. */
export const equivalents: EquivalentsTable = createEquivalentsTable(SEED_EQUIVALENTS);

/** discord.js exports with an OvenJS equivalent, and the name ovenjs exports it under (the class rows of {@link equivalents}). */
export const OVENJS_EQUIVALENTS: Readonly<Record<string, string>> = Object.fromEntries(
	equivalents.entries.flatMap((entry) => (entry.member.includes('.') || entry.oven === undefined ? [] : [[entry.member, entry.oven]])),
);
