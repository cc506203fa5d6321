import type { APIModalSubmitInteraction } from 'discord-api-types/v10';
import type { InteractionContextInit } from './InteractionContext.js';
import { InteractionError } from './InteractionError.js';
import { UpdatableContext } from './RepliableContext.js';

/** Collects `custom_id → value` of text inputs (and values of selects) anywhere in a modal submit. */
function collectFields(components: readonly unknown[], out: Map<string, string | readonly string[]>): void {
	for (const component of components) {
		const c = component as { custom_id?: string; value?: string; values?: string[]; components?: unknown[]; component?: unknown };
		if (c.custom_id !== undefined && c.value !== undefined) out.set(c.custom_id, c.value);
		else if (c.custom_id !== undefined && c.values !== undefined) out.set(c.custom_id, c.values);
		if (c.components !== undefined) collectFields(c.components, out);
		if (c.component !== undefined) collectFields([c.component], out);
	}
}

/**
 * A modal submit. `fields` has one string per text input named when the route was made
 * (`router.modal('report:{id}', { fields: ['reason'] }, …)`); others are read with {@link field}.
 */
export class ModalContext<F extends string = never> extends UpdatableContext<APIModalSubmitInteraction> {
	readonly #values = new Map<string, string | readonly string[]>();
	/** The declared text inputs' values, by custom_id. */
	readonly fields: { readonly [K in F]: string };

	/** @throws {InteractionError} `MODAL_FIELD_MISSING` when a declared field is not in the submission. */
	constructor(init: InteractionContextInit<APIModalSubmitInteraction>, fieldNames: readonly F[] = []) {
		super(init);
		collectFields(init.interaction.data.components, this.#values);
		const fields: Record<string, string> = {};
		for (const name of fieldNames) fields[name] = this.field(name);
		this.fields = fields as { readonly [K in F]: string };
	}

	/** The modal's custom_id. */
	get customId(): string {
		return this.interaction.data.custom_id;
	}

	/**
	 * A text input's value by custom_id.
	 * @throws {InteractionError} `MODAL_FIELD_MISSING` when the submission has no such input.
	 */
	field(customId: string): string {
		const value = this.#values.get(customId);
		if (value === undefined) {
			const known = [...this.#values.keys()].join(', ') || 'none';
			throw new InteractionError(
				'MODAL_FIELD_MISSING',
				`Modal ${this.customId} has no field "${customId}" (it has: ${known}); check the text inputs' custom_id.`,
			);
		}
		return typeof value === 'string' ? value : value.join(',');
	}

	/** A select's picked values inside the modal, by custom_id (empty when absent). */
	fieldValues(customId: string): readonly string[] {
		const value = this.#values.get(customId);
		return value === undefined ? [] : typeof value === 'string' ? [value] : value;
	}
}
