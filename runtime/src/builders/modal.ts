import {
	ComponentType,
	TextInputStyle,
	type APIComponentInLabel,
	type APILabelComponent,
	type APIModalInteractionResponseCallbackComponent,
	type APIModalInteractionResponseCallbackData,
	type APITextInputComponent,
} from 'discord-api-types/v10';
import { ComponentLimits, ModalLimits } from '../knowledge/limits.js';
import { checkCount, checkLength, checkValue } from './_check.js';

/** A text input's input: `style` by name; `label` goes on the {@link label} around it. */
export interface TextInputInput {
	readonly custom_id: string;
	readonly style?: 'short' | 'paragraph';
	readonly placeholder?: string;
	readonly value?: string;
	readonly min_length?: number;
	readonly max_length?: number;
	readonly required?: boolean;
}

/**
 * A text field for a modal, checked against `ComponentLimits`. Put it in a {@link label}.
 * @throws BuilderLimitError
 * @see https://discord.com/developers/docs/components/reference#text-input
 */
export function textInput(input: TextInputInput): APITextInputComponent {
	checkLength('textInput.custom_id', input.custom_id, ComponentLimits.customId);
	checkLength('textInput.placeholder', input.placeholder, ComponentLimits.textInputPlaceholder);
	checkLength('textInput.value', input.value, ComponentLimits.textInputValue);
	checkValue('textInput.min_length', input.min_length, ComponentLimits.textInputMinLength);
	checkValue('textInput.max_length', input.max_length, ComponentLimits.textInputMaxLength);
	const { style, ...rest } = input;
	return { type: ComponentType.TextInput, ...rest, style: style === 'paragraph' ? TextInputStyle.Paragraph : TextInputStyle.Short };
}

/** A labelled field of a modal: a title (at most `ComponentLimits.textInputLabel` characters) over a component. @throws BuilderLimitError */
export function label(text: string, component: APIComponentInLabel, description?: string): APILabelComponent {
	checkLength('label.label', text, ComponentLimits.textInputLabel);
	return { type: ComponentType.Label, label: text, component, ...(description === undefined ? {} : { description }) };
}

/**
 * The object form of a modal, checked against `ModalLimits` (custom_id, title, components).
 *
 * @example
 * ```ts
 * modal({ custom_id: 'ban', title: 'Ban', components: [label('Reason', textInput({ custom_id: 'reason', style: 'paragraph' }))] });
 * ```
 * @throws BuilderLimitError
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export function modal(data: APIModalInteractionResponseCallbackData): APIModalInteractionResponseCallbackData {
	checkLength('modal.custom_id', data.custom_id, ModalLimits.customId);
	checkLength('modal.title', data.title, ModalLimits.title);
	checkCount('modal.components', data.components, ModalLimits.components);
	return data;
}

/** The fluent form of a modal. */
export class ModalBuilder {
	readonly #customId: string;
	readonly #title: string;
	readonly #components: APIModalInteractionResponseCallbackComponent[] = [];

	/** A modal with this `custom_id` and title; both are checked on {@link ModalBuilder.toJSON}. */
	public constructor(customId: string, title: string) {
		this.#customId = customId;
		this.#title = title;
	}

	/** Appends a labelled field. */
	public addField(text: string, component: APIComponentInLabel, description?: string): this {
		this.#components.push(label(text, component, description));
		return this;
	}

	/** Appends any modal component (a label, a text display). */
	public addComponents(...components: APIModalInteractionResponseCallbackComponent[]): this {
		this.#components.push(...components);
		return this;
	}

	/** The modal as Discord takes it. @throws BuilderLimitError */
	public toJSON(): APIModalInteractionResponseCallbackData {
		return modal({ custom_id: this.#customId, title: this.#title, components: [...this.#components] });
	}
}
