import type { APIModalSubmitInteraction } from 'discord-api-types/v10';
import { InteractionError } from '../../interactions/InteractionError.js';
import type { Message } from './Message.js';
import { UpdatableInteraction } from './UpdatableInteraction.js';
import { _modalFields } from './_modalFields.js';

/**
 * A modal submit's fields by custom_id: `getTextInputValue(id)` (a typed error when absent),
 * `getStringSelectValues(id)`, and each text input's value as a property by its custom_id
 * (`fields.reason`), which the router types for the fields it declares.
 */
export class ModalSubmitFields {
	readonly #customId: string;
	readonly #values: ReadonlyMap<string, string | readonly string[]>;

	/** @internal Made by `interaction.fields`. */
	constructor(customId: string, values: ReadonlyMap<string, string | readonly string[]>) {
		this.#customId = customId;
		this.#values = values;
		// A custom_id the readers use (`has`, `getField`) stays the reader's: read that field with getTextInputValue().
		for (const [id, value] of values) {
			if (!(id in this)) Object.defineProperty(this, id, { value: typeof value === 'string' ? value : value.join(','), enumerable: true });
		}
	}

	/**
	 * A text input's value.
	 * @throws {InteractionError} `INTERACTION_MODAL_FIELD_MISSING` when the submission has no such input.
	 */
	getTextInputValue(customId: string): string {
		const value = this.#values.get(customId);
		if (value === undefined) {
			const known = [...this.#values.keys()].join(', ') || 'none';
			throw new InteractionError(
				'INTERACTION_MODAL_FIELD_MISSING',
				`Modal ${this.#customId} has no field "${customId}" (it has: ${known}); check the text inputs' custom_id.`,
			);
		}
		return typeof value === 'string' ? value : value.join(',');
	}

	/** A text input's value, or undefined when the submission has none. */
	getField(customId: string): string | undefined {
		return this.#values.has(customId) ? this.getTextInputValue(customId) : undefined;
	}

	/** A select's picked values inside the modal (empty when absent). */
	getStringSelectValues(customId: string): readonly string[] {
		const value = this.#values.get(customId);
		return value === undefined ? [] : typeof value === 'string' ? [value] : value;
	}

	/** Whether the submission has this field. */
	has(customId: string): boolean {
		return this.#values.has(customId);
	}
}

/** A modal submit: `customId`, the `fields`, and every way to answer (`update` too when the modal came from a message's component). */
export class ModalSubmitInteraction extends UpdatableInteraction<APIModalSubmitInteraction> {
	#fields: ModalSubmitFields | undefined;

	/** The modal's custom_id. */
	get customId(): string {
		return this.raw.data.custom_id;
	}

	/** The submitted fields. */
	get fields(): ModalSubmitFields {
		this.#fields ??= new ModalSubmitFields(this.raw.data.custom_id, _modalFields(this.raw.data.components));
		return this.#fields;
	}

	/** The message whose component opened the modal, if one did. */
	get message(): Message | undefined {
		const message = this.raw.message;
		return message === undefined ? undefined : this.ctx.make.message(message, this.guildId);
	}
}
