import { ComponentTypes } from 'ovenjs/knowledge';

/**
 * Component kinds as the analysis tells them apart, keyed by the `type` numbers Discord
 * gives them (from `ComponentTypes` in `ovenjs/knowledge`), and the discord.js (v13 and v14)
 * and OvenJS builder classes that make them.
 * @see https://discord.com/developers/docs/components/reference#component-object-component-types
 */
export type ComponentKind = 'actionRow' | 'button' | 'stringSelect' | 'select' | 'textInput' | 'modal' | 'selectOption' | 'other';

/** Discord's component `type` number → kind; numbers not here are `'other'`. */
export const ComponentTypeKinds: Readonly<Record<number, ComponentKind>> = {
	[ComponentTypes.ActionRow.type]: 'actionRow',
	[ComponentTypes.Button.type]: 'button',
	[ComponentTypes.StringSelect.type]: 'stringSelect',
	[ComponentTypes.TextInput.type]: 'textInput',
	[ComponentTypes.UserSelect.type]: 'select',
	[ComponentTypes.RoleSelect.type]: 'select',
	[ComponentTypes.MentionableSelect.type]: 'select',
	[ComponentTypes.ChannelSelect.type]: 'select',
};

/** `ComponentType.X` (v14) and `'X'`/`MessageComponentTypes.X` (v13) names → kind. */
export const ComponentTypeNames: Readonly<Record<string, ComponentKind>> = {
	ActionRow: 'actionRow',
	Button: 'button',
	StringSelect: 'stringSelect',
	SelectMenu: 'stringSelect',
	TextInput: 'textInput',
	UserSelect: 'select',
	RoleSelect: 'select',
	MentionableSelect: 'select',
	ChannelSelect: 'select',
	ACTION_ROW: 'actionRow',
	BUTTON: 'button',
	SELECT_MENU: 'stringSelect',
	TEXT_INPUT: 'textInput',
};

/** Builder class → kind. */
export const ComponentBuilderKinds: Readonly<Record<string, ComponentKind>> = {
	ActionRowBuilder: 'actionRow',
	MessageActionRow: 'actionRow',
	ButtonBuilder: 'button',
	MessageButton: 'button',
	StringSelectMenuBuilder: 'stringSelect',
	SelectMenuBuilder: 'stringSelect',
	MessageSelectMenu: 'stringSelect',
	UserSelectMenuBuilder: 'select',
	RoleSelectMenuBuilder: 'select',
	MentionableSelectMenuBuilder: 'select',
	ChannelSelectMenuBuilder: 'select',
	TextInputBuilder: 'textInput',
	TextInputComponent: 'textInput',
	ModalBuilder: 'modal',
	Modal: 'modal',
	StringSelectMenuOptionBuilder: 'selectOption',
	SelectMenuOptionBuilder: 'selectOption',
};

/** The builder classes, for recognising chains. */
export const COMPONENT_BUILDER_CLASSES: ReadonlySet<string> = new Set(Object.keys(ComponentBuilderKinds));

/**
 * The key of `ComponentTextLimits` in `ovenjs/knowledge` (Discord's component `type`, or
 * `modal`/`option`) that holds each kind's text limits; `other` has only a custom_id.
 */
export const ComponentKindLimitKey = {
	actionRow: '1',
	button: '2',
	stringSelect: '3',
	textInput: '4',
	select: '5',
	modal: 'modal',
	selectOption: 'option',
	other: undefined,
} as const satisfies Record<ComponentKind, string | undefined>;
