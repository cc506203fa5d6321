import type { DiscordLimit } from './DiscordLimit.js';

const docs = 'https://discord.com/developers/docs';
const embedDoc = `${docs}/resources/message#embed-object-embed-limits`;
const messageDoc = `${docs}/resources/message#create-message-jsonform-params`;
const buttonDoc = `${docs}/components/reference#button`;
const selectDoc = `${docs}/components/reference#string-select`;
const actionRowDoc = `${docs}/components/reference#action-row`;
const textInputDoc = `${docs}/components/reference#text-input`;
const commandDoc = `${docs}/interactions/application-commands#application-command-object-application-command-structure`;
const optionDoc = `${docs}/interactions/application-commands#application-command-object-application-command-option-structure`;
const choiceDoc = `${docs}/interactions/application-commands#application-command-object-application-command-option-choice-structure`;
const modalDoc = `${docs}/interactions/receiving-and-responding#interaction-response-object-modal`;
const pollDoc = `${docs}/resources/poll#poll-create-request-object`;

/** Limits on a message as a whole. */
export const MessageLimits = {
	/** Characters of `content` a bot may send. */
	content: {
		max: 2000,
		doc: messageDoc,
		spec: 'MessageCreateRequest.content',
		// The schema allows the 4,000 characters of premium users; bots get 2,000.
		specMax: 4000,
	},
	/** Embeds on one message. */
	embeds: { max: 10, doc: messageDoc, spec: 'MessageCreateRequest.embeds' },
	/** Top-level components on one message. */
	components: { max: 40, doc: messageDoc, spec: 'MessageCreateRequest.components' },
	/** Stickers on one message. */
	stickers: { max: 3, doc: messageDoc, spec: 'MessageCreateRequest.sticker_ids' },
	/** Attachments on one message. */
	attachments: { max: 10, doc: messageDoc, spec: 'MessageCreateRequest.attachments' },
	/** Messages one bulk-delete request may name. */
	bulkDelete: { min: 2, max: 100, doc: `${docs}/resources/message#bulk-delete-messages` },
	/** Messages one list request may return. */
	fetch: { min: 1, max: 100, doc: `${docs}/resources/message#get-channel-messages` },
} as const satisfies Record<string, DiscordLimit>;

/** Age past which messages can no longer be bulk-deleted, in milliseconds (14 days). */
export const BULK_DELETE_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** Limits on one embed. `total` spans every embed of a message. */
export const EmbedLimits = {
	title: { max: 256, doc: embedDoc, spec: 'RichEmbed.title' },
	description: { max: 4096, doc: embedDoc, spec: 'RichEmbed.description' },
	url: { max: 2048, doc: embedDoc, spec: 'RichEmbed.url' },
	color: { min: 0, max: 0xffffff, doc: `${docs}/resources/message#embed-object`, spec: 'RichEmbed.color' },
	fields: { max: 25, doc: embedDoc, spec: 'RichEmbed.fields' },
	fieldName: { max: 256, doc: embedDoc, spec: 'RichEmbedField.name' },
	fieldValue: { max: 1024, doc: embedDoc, spec: 'RichEmbedField.value' },
	footerText: { max: 2048, doc: embedDoc, spec: 'RichEmbedFooter.text' },
	authorName: { max: 256, doc: embedDoc, spec: 'RichEmbedAuthor.name' },
	/** Characters in title, description, field names and values, footer text and author name, summed over all embeds of a message. */
	total: { max: 6000, doc: embedDoc },
} as const satisfies Record<string, DiscordLimit>;

/** Limits on message and modal components. */
export const ComponentLimits = {
	customId: { min: 1, max: 100, doc: buttonDoc, spec: 'ButtonComponentForMessageRequest.custom_id' },
	buttonLabel: { max: 80, doc: buttonDoc, spec: 'ButtonComponentForMessageRequest.label' },
	buttonUrl: { max: 512, doc: buttonDoc, spec: 'ButtonComponentForMessageRequest.url' },
	/** Children of one action row (buttons; a select menu fills a row alone). */
	actionRowChildren: { min: 1, max: 5, doc: actionRowDoc, spec: 'ActionRowComponentForMessageRequest.components' },
	/** Action rows on a message when only legacy components are used. */
	actionRows: { max: 5, doc: actionRowDoc },
	/** Components of every kind, nested ones included, on one message. */
	totalComponents: { max: 40, doc: `${docs}/components/overview`, spec: 'ContainerComponentForMessageRequest.components' },
	selectPlaceholder: { max: 150, doc: selectDoc, spec: 'StringSelectComponentForMessageRequest.placeholder' },
	selectOptions: { min: 1, max: 25, doc: selectDoc, spec: 'StringSelectComponentForMessageRequest.options' },
	selectMinValues: { min: 0, max: 25, doc: selectDoc, spec: 'StringSelectComponentForMessageRequest.min_values' },
	selectMaxValues: { min: 1, max: 25, doc: selectDoc, spec: 'StringSelectComponentForMessageRequest.max_values' },
	selectOptionLabel: { min: 1, max: 100, doc: selectDoc, spec: 'StringSelectOptionForRequest.label' },
	selectOptionValue: { min: 1, max: 100, doc: selectDoc, spec: 'StringSelectOptionForRequest.value' },
	selectOptionDescription: { max: 100, doc: selectDoc, spec: 'StringSelectOptionForRequest.description' },
	textInputLabel: { min: 1, max: 45, doc: textInputDoc, spec: 'TextInputComponentForModalRequest.label' },
	textInputValue: { max: 4000, doc: textInputDoc, spec: 'TextInputComponentForModalRequest.value' },
	textInputPlaceholder: { max: 100, doc: textInputDoc, spec: 'TextInputComponentForModalRequest.placeholder' },
	textInputMinLength: { min: 0, max: 4000, doc: textInputDoc, spec: 'TextInputComponentForModalRequest.min_length' },
	textInputMaxLength: { min: 1, max: 4000, doc: textInputDoc, spec: 'TextInputComponentForModalRequest.max_length' },
	textDisplayContent: {
		min: 1,
		max: 4000,
		doc: `${docs}/components/reference#text-display`,
		spec: 'TextDisplayComponentForMessageRequest.content',
	},
	sectionComponents: { min: 1, max: 3, doc: `${docs}/components/reference#section`, spec: 'SectionComponentForMessageRequest.components' },
	mediaGalleryItems: {
		min: 1,
		max: 10,
		doc: `${docs}/components/reference#media-gallery`,
		spec: 'MediaGalleryComponentForMessageRequest.items',
	},
} as const satisfies Record<string, DiscordLimit>;

/** Limits on a modal. */
export const ModalLimits = {
	title: { min: 1, max: 45, doc: modalDoc, spec: 'ModalInteractionCallbackRequestData.title' },
	customId: { min: 1, max: 100, doc: modalDoc, spec: 'ModalInteractionCallbackRequestData.custom_id' },
	components: { min: 1, max: 40, doc: modalDoc, spec: 'ModalInteractionCallbackRequestData.components' },
} as const satisfies Record<string, DiscordLimit>;

/** Limits on application commands and their options. */
export const CommandLimits = {
	name: { min: 1, max: 32, doc: commandDoc, spec: 'ApplicationCommandCreateRequest.name' },
	description: { max: 100, doc: commandDoc, spec: 'ApplicationCommandCreateRequest.description' },
	options: { max: 25, doc: commandDoc, spec: 'ApplicationCommandCreateRequest.options' },
	optionName: { min: 1, max: 32, doc: optionDoc, spec: 'ApplicationCommandStringOption.name' },
	optionDescription: { min: 1, max: 100, doc: optionDoc, spec: 'ApplicationCommandStringOption.description' },
	subcommandOptions: { max: 25, doc: optionDoc, spec: 'ApplicationCommandSubcommandOption.options' },
	choices: { max: 25, doc: optionDoc, spec: 'ApplicationCommandStringOption.choices' },
	choiceName: { min: 1, max: 100, doc: choiceDoc, spec: 'ApplicationCommandOptionStringChoice.name' },
	choiceStringValue: { max: 6000, doc: choiceDoc, spec: 'ApplicationCommandOptionStringChoice.value' },
	stringOptionMinLength: { min: 0, max: 6000, doc: optionDoc, spec: 'ApplicationCommandStringOption.min_length' },
	stringOptionMaxLength: { min: 1, max: 6000, doc: optionDoc, spec: 'ApplicationCommandStringOption.max_length' },
	/** Characters of a chat-input command's names, descriptions and choice values together. */
	totalCharacters: { max: 4000, doc: `${docs}/interactions/application-commands#registering-a-command` },
	/** Global or per-guild chat-input commands. */
	chatInputCommands: { max: 100, doc: `${docs}/interactions/application-commands#registering-a-command` },
	/** Global or per-guild user commands. */
	userCommands: { max: 15, doc: `${docs}/interactions/application-commands#registering-a-command` },
	/** Global or per-guild message commands. */
	messageCommands: { max: 15, doc: `${docs}/interactions/application-commands#registering-a-command` },
	/** Choices an autocomplete response may offer. */
	autocompleteChoices: { max: 25, doc: `${docs}/interactions/receiving-and-responding#interaction-response-object-autocomplete` },
} as const satisfies Record<string, DiscordLimit>;

/** Limits on a poll. */
export const PollLimits = {
	question: { min: 1, max: 300, doc: pollDoc, spec: 'PollMedia.text' },
	answers: { min: 1, max: 10, doc: pollDoc, spec: 'PollCreateRequest.answers' },
	answerText: { min: 1, max: 55, doc: `${docs}/resources/poll#poll-media-object`, spec: 'PollMediaCreateRequest.text', specMax: 300 },
	durationHours: { min: 1, max: 768, doc: pollDoc, spec: 'PollCreateRequest.duration' },
} as const satisfies Record<string, DiscordLimit>;

/** Every limit group, by name, for tools that walk them all. */
export const Limits = {
	message: MessageLimits,
	embed: EmbedLimits,
	component: ComponentLimits,
	modal: ModalLimits,
	command: CommandLimits,
	poll: PollLimits,
} as const;
