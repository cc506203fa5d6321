import { DiscordJsEquivalents, EquivalentReceivers } from '@ovenjs/analysis';
import { createEquivalentsTable } from './createEquivalentsTable.js';
import type { EquivalentsTable } from './DiscordJsEquivalent.js';
import { fromExamples } from './fromExamples.js';

export type * from './DiscordJsEquivalent.js';
export { createEquivalentsTable, familyOf } from './createEquivalentsTable.js';
export { fromExamples, type ExampleEquivalent } from './fromExamples.js';

/**
 * The discord.js → OvenJS equivalents table the migration follows: the object model's
 * (`DiscordJsEquivalents` of `@ovenjs/analysis`, also the docs), its class rows saying what each
 * import becomes and its member rows read through {@link fromExamples}.
 */
export const equivalents: EquivalentsTable = createEquivalentsTable(
	fromExamples(DiscordJsEquivalents, new Map(Object.entries(EquivalentReceivers))),
);

/** discord.js exports with an OvenJS equivalent, and the name ovenjs exports it under (the class rows of {@link equivalents}). */
export const OVENJS_EQUIVALENTS: Readonly<Record<string, string>> = Object.fromEntries(
	equivalents.entries.flatMap((entry) => (entry.member.includes('.') || entry.oven === undefined ? [] : [[entry.member, entry.oven]])),
);
