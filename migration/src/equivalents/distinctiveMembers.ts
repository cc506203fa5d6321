import { lookupTable } from '../transforms/_lookupTable.js';

/**
 * Members only discord.js has by these names (its collectors), by the equivalents row that says
 * what to write instead. Where the type checker cannot tell what a receiver holds (an untyped
 * parameter no handler module explains), a call of one of them is marked for a person, never
 * rewritten. (Interaction answers and type guards are not here: OvenJS has them by the same names.)
 */
export const DISTINCTIVE_MEMBERS: Readonly<Record<string, string>> = lookupTable({
	createMessageComponentCollector: 'Message.createMessageComponentCollector',
	awaitMessages: 'TextBasedChannelFields.awaitMessages',
	awaitReactions: 'Message.awaitReactions',
});
