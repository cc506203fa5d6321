import {
	ButtonStyle,
	ComponentType,
	type APIButtonComponent,
	type APIButtonComponentWithCustomId,
	type APIButtonComponentWithSKUId,
	type APIButtonComponentWithURL,
	type APIMessageComponentEmoji,
} from 'discord-api-types/v10';
import { componentViolations } from '../knowledge/payloadViolations.js';
import { throwFirst } from './_check.js';

/** The styles of a button that sends an interaction. */
export type InteractiveButtonStyle = 'primary' | 'secondary' | 'success' | 'danger';

const STYLES = {
	primary: ButtonStyle.Primary,
	secondary: ButtonStyle.Secondary,
	success: ButtonStyle.Success,
	danger: ButtonStyle.Danger,
} as const;

/** A button that sends an interaction with its `custom_id`. No `url`, no `sku_id`. */
export interface InteractiveButtonInput {
	readonly style?: InteractiveButtonStyle;
	readonly custom_id: string;
	readonly label?: string;
	readonly emoji?: APIMessageComponentEmoji;
	readonly disabled?: boolean;
	readonly url?: never;
	readonly sku_id?: never;
}

/** A button that opens `url`. It sends no interaction, so it takes no `custom_id`. */
export interface LinkButtonInput {
	readonly style: 'link';
	readonly url: string;
	readonly label?: string;
	readonly emoji?: APIMessageComponentEmoji;
	readonly disabled?: boolean;
	readonly custom_id?: never;
	readonly sku_id?: never;
}

/** A button that sells the SKU `sku_id`. Discord draws it: no label, emoji, `custom_id` or `url`. */
export interface PremiumButtonInput {
	readonly style: 'premium';
	readonly sku_id: string;
	readonly disabled?: boolean;
	readonly custom_id?: never;
	readonly url?: never;
	readonly label?: never;
	readonly emoji?: never;
}

/** Any button input; `style` tells them apart. */
export type ButtonInput = InteractiveButtonInput | LinkButtonInput | PremiumButtonInput;

/** What {@link button} returns for each input. */
export type ButtonFor<I extends ButtonInput> = I extends LinkButtonInput
	? APIButtonComponentWithURL
	: I extends PremiumButtonInput
		? APIButtonComponentWithSKUId
		: APIButtonComponentWithCustomId;

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
	value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });

/**
 * A button, checked against `ComponentLimits` (custom_id, label, url) by `componentViolations`, the check the editor tools run. The types refuse a link
 * button with a `custom_id`, an interactive one without, and a premium one with a label.
 *
 * @example
 * ```ts
 * button({ custom_id: 'ticket:close:42', label: 'Close', style: 'danger' });
 * button({ style: 'link', url: 'https://discord.com', label: 'Docs' });
 * ```
 * @throws BuilderLimitError
 * @see https://discord.com/developers/docs/components/reference#button
 */
export function button<const I extends ButtonInput>(input: I): ButtonFor<I>;
export function button(input: ButtonInput): APIButtonComponent {
	const disabled = optional('disabled', input.disabled);
	if (input.style === 'premium') return { type: ComponentType.Button, style: ButtonStyle.Premium, sku_id: input.sku_id, ...disabled };
	const common = { type: ComponentType.Button, ...optional('label', input.label), ...optional('emoji', input.emoji), ...disabled } as const;
	if (input.style === 'link') {
		throwFirst(componentViolations({ type: ComponentType.Button, label: input.label, url: input.url }, 'button'));
		return { ...common, style: ButtonStyle.Link, url: input.url };
	}
	throwFirst(componentViolations({ type: ComponentType.Button, label: input.label, custom_id: input.custom_id }, 'button'));
	return { ...common, style: STYLES[input.style ?? 'secondary'], custom_id: input.custom_id };
}
