import {
	ComponentType,
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIComponentInActionRow,
	type APISelectMenuComponent,
	type APITextInputComponent,
} from 'discord-api-types/v10';
import { ComponentLimits } from '../knowledge/limits.js';
import { checkCount } from './_check.js';

/**
 * An action row: one to five buttons, or one select menu (or one text input, in a legacy modal).
 * The overloads refuse a row that mixes buttons and a select, or holds two selects.
 *
 * @example
 * ```ts
 * actionRow(button({ custom_id: 'yes', label: 'Yes' }), button({ custom_id: 'no', label: 'No' }));
 * ```
 * @throws BuilderLimitError for more than `ComponentLimits.actionRowChildren.max` buttons.
 * @see https://discord.com/developers/docs/components/reference#action-row
 */
export function actionRow(...buttons: [APIButtonComponent, ...APIButtonComponent[]]): APIActionRowComponent<APIButtonComponent>;
export function actionRow<S extends APISelectMenuComponent>(select: S): APIActionRowComponent<S>;
export function actionRow(input: APITextInputComponent): APIActionRowComponent<APITextInputComponent>;
export function actionRow(...components: APIComponentInActionRow[]): APIActionRowComponent<APIComponentInActionRow> {
	checkCount('actionRow.components', components, ComponentLimits.actionRowChildren);
	return { type: ComponentType.ActionRow, components };
}
