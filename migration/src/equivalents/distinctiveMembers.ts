import { lookupTable } from '../transforms/_lookupTable.js';

/**
 * Members only discord.js has by these names (collectors, `deferReply`, the common type guards),
 * by the equivalents row that says what to write instead. Where the type checker cannot tell
 * what a receiver holds (an untyped parameter no handler module explains), a call of one of
 * them is marked for a person, never rewritten.
 */
export const DISTINCTIVE_MEMBERS: Readonly<Record<string, string>> = lookupTable({
	createMessageComponentCollector: 'Message.createMessageComponentCollector',
	awaitMessageComponent: 'Message.awaitMessageComponent',
	awaitModalSubmit: 'Interaction.awaitModalSubmit',
	createMessageCollector: 'Channel.createMessageCollector',
	awaitMessages: 'Channel.awaitMessages',
	createReactionCollector: 'Message.createReactionCollector',
	awaitReactions: 'Message.awaitReactions',
	deferReply: 'Interaction.deferReply',
	isChatInputCommand: 'Interaction.isChatInputCommand',
	isButton: 'Interaction.isButton',
	isStringSelectMenu: 'Interaction.isStringSelectMenu',
	isModalSubmit: 'Interaction.isModalSubmit',
});
