import type {
	AutocompleteInteraction,
	ChatInputCommandInteraction,
	MessageContextMenuCommandInteraction,
	UserContextMenuCommandInteraction,
} from './CommandInteraction.js';
import type {
	ButtonInteraction,
	ChannelSelectMenuInteraction,
	MentionableSelectMenuInteraction,
	RoleSelectMenuInteraction,
	StringSelectMenuInteraction,
	UserSelectMenuInteraction,
} from './ComponentInteraction.js';
import type { ModalSubmitInteraction } from './ModalSubmitInteraction.js';

/**
 * Any interaction, as `interactionCreate` delivers it and the command framework hands it to
 * handlers: narrow it with the type guards (`isChatInputCommand()`, `isButton()`,
 * `isModalSubmit()`, …) as in discord.js. Every member is a `BaseInteraction`.
 */
export type Interaction =
	| ChatInputCommandInteraction
	| UserContextMenuCommandInteraction
	| MessageContextMenuCommandInteraction
	| ButtonInteraction
	| StringSelectMenuInteraction
	| UserSelectMenuInteraction
	| RoleSelectMenuInteraction
	| MentionableSelectMenuInteraction
	| ChannelSelectMenuInteraction
	| ModalSubmitInteraction
	| AutocompleteInteraction;
