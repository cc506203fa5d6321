import { ComponentType, type APIActionRowComponent, type APIButtonComponent, type APISelectMenuComponent } from 'discord-api-types/v10';
import { ComponentLimits } from '../knowledge/limits.js';
import { BuilderLimitError } from './BuilderLimitError.js';
import { checkCount } from './_check.js';

/** What an {@link ActionRowBuilder} holds so far. */
export type ActionRowKind = 'empty' | 'buttons' | 'select';

/** The row {@link ActionRowBuilder.toJSON} returns for each kind. */
export type ActionRowFor<K extends ActionRowKind> = K extends 'select'
	? APIActionRowComponent<APISelectMenuComponent>
	: APIActionRowComponent<APIButtonComponent>;

/**
 * The fluent form of an action row. The kind is tracked in the type: once a row has buttons it
 * cannot take a select menu, and once it has a select it cannot take anything else.
 *
 * @example
 * ```ts
 * new ActionRowBuilder().addButtons(button({ custom_id: 'yes', label: 'Yes' })).toJSON();
 * new ActionRowBuilder().setSelect(userSelect({ custom_id: 'who' })).toJSON();
 * ```
 */
export class ActionRowBuilder<K extends ActionRowKind = 'empty'> {
	/** What the row holds so far; the methods that may be called follow from it. */
	public readonly kind: K;
	readonly #components: (APIButtonComponent | APISelectMenuComponent)[];

	/** An empty row. */
	public constructor() {
		this.kind = 'empty' as K;
		this.#components = [];
	}

	/** Appends buttons (at most `ComponentLimits.actionRowChildren.max` in all). @throws BuilderLimitError */
	public addButtons(this: ActionRowBuilder<'empty' | 'buttons'>, ...buttons: APIButtonComponent[]): ActionRowBuilder<'buttons'> {
		checkCount('actionRow.components', [...this.#components, ...buttons], ComponentLimits.actionRowChildren);
		this.#components.push(...buttons);
		(this as { kind: ActionRowKind }).kind = 'buttons';
		return this as ActionRowBuilder<'buttons'>;
	}

	/** Puts the row's only component, a select menu. */
	public setSelect(this: ActionRowBuilder<'empty'>, select: APISelectMenuComponent): ActionRowBuilder<'select'> {
		this.#components.push(select);
		(this as { kind: ActionRowKind }).kind = 'select';
		return this as unknown as ActionRowBuilder<'select'>;
	}

	/** The row as Discord takes it. @throws BuilderLimitError for an empty row. */
	public toJSON(): ActionRowFor<K> {
		if (this.#components.length === 0) throw new BuilderLimitError('actionRow.components', ComponentLimits.actionRowChildren, 0, 'items');
		return { type: ComponentType.ActionRow, components: [...this.#components] } as ActionRowFor<K>;
	}
}
