import type { DiscordLimit } from './DiscordLimit.js';
import { embedLength, type MeasurableEmbed } from './embedLength.js';
import { ComponentLimits, EmbedLimits, MessageLimits, ModalLimits } from './limits.js';

/** One of Discord's limits broken by a payload, at a path of it. */
export interface LimitViolation {
	/** Where in the payload: `embeds[0].fields[3].value`, `components[0].components`. */
	readonly path: string;
	/** The limit, with its doc link. */
	readonly limit: DiscordLimit;
	/** The length, count or value found. */
	readonly actual: number;
	/** What `actual` counts. */
	readonly measure: 'characters' | 'items' | 'value';
	/** A sentence for people: what is wrong, by how much. The same words in the builders, the editor and the preview. */
	readonly message: string;
}

/** An embed as the checks read it: Discord's shape, every part optional (a static analysis may know only some). */
export interface EmbedShape extends MeasurableEmbed {
	readonly url?: string | null | undefined;
	readonly color?: number | null | undefined;
}

function violation(path: string, limit: DiscordLimit, actual: number, measure: LimitViolation['measure']): LimitViolation {
	const bound = limit.min !== undefined && actual < limit.min ? `at least ${limit.min}` : `at most ${limit.max}`;
	const found = measure === 'value' ? `is ${actual}` : `has ${actual} ${measure}`;
	const message = `${path} ${found}; Discord allows ${bound}${measure === 'value' ? '' : ` ${measure}`}.`;
	return { path, limit, actual, measure, message };
}

function outside(limit: DiscordLimit, actual: number): boolean {
	return actual > limit.max || (limit.min !== undefined && actual < limit.min);
}

function text(out: LimitViolation[], path: string, value: string | null | undefined, limit: DiscordLimit): void {
	if (typeof value === 'string' && outside(limit, value.length)) out.push(violation(path, limit, value.length, 'characters'));
}

function count(out: LimitViolation[], path: string, value: readonly unknown[] | null | undefined, limit: DiscordLimit): void {
	if (Array.isArray(value) && outside(limit, value.length)) out.push(violation(path, limit, value.length, 'items'));
}

/**
 * The limits one embed breaks, each text and count against `EmbedLimits`, in payload order.
 * Absent parts pass, so a partly known embed (a static analysis, a preview with unresolved
 * parts) is checked on what is known.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function embedViolations(embed: EmbedShape, path = 'embed'): LimitViolation[] {
	const out: LimitViolation[] = [];
	text(out, `${path}.title`, embed.title, EmbedLimits.title);
	text(out, `${path}.description`, embed.description, EmbedLimits.description);
	text(out, `${path}.url`, embed.url, EmbedLimits.url);
	if (typeof embed.color === 'number' && outside(EmbedLimits.color, embed.color))
		out.push(violation(`${path}.color`, EmbedLimits.color, embed.color, 'value'));
	count(out, `${path}.fields`, embed.fields, EmbedLimits.fields);
	embed.fields?.forEach((field, i) => {
		text(out, `${path}.fields[${i}].name`, field.name, EmbedLimits.fieldName);
		text(out, `${path}.fields[${i}].value`, field.value, EmbedLimits.fieldValue);
	});
	text(out, `${path}.footer.text`, embed.footer?.text, EmbedLimits.footerText);
	text(out, `${path}.author.name`, embed.author?.name, EmbedLimits.authorName);
	const total = embedLength(embed);
	if (total > EmbedLimits.total.max) out.push(violation(path, EmbedLimits.total, total, 'characters'));
	return out;
}

/** The limits the embeds of one message break: their count, each embed, and the 6,000-character total across them. */
export function embedsViolations(embeds: readonly EmbedShape[], path = 'embeds'): LimitViolation[] {
	const out: LimitViolation[] = [];
	count(out, path, embeds, MessageLimits.embeds);
	const each = embeds.map((embed, i) => embedViolations(embed, `${path}[${i}]`));
	for (const list of each) out.push(...list);
	const total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
	// One embed over the total is already reported on itself; the message total is for several that add up.
	if (total > EmbedLimits.total.max && !each.some((list) => list.some((v) => v.limit === EmbedLimits.total)))
		out.push(violation(path, EmbedLimits.total, total, 'characters'));
	return out;
}

// Which limit each text of a component is held to, by component type (payload keys).
const BUTTON_TEXTS = { custom_id: ComponentLimits.customId, label: ComponentLimits.buttonLabel, url: ComponentLimits.buttonUrl };
const SELECT_TEXTS = { custom_id: ComponentLimits.customId, placeholder: ComponentLimits.selectPlaceholder };

/**
 * The limit of each text of a component, by Discord's component `type` (and `modal` and
 * `option` for a modal and a string select's option), keyed as in the payload.
 * @see https://discord.com/developers/docs/components/reference
 */
export const ComponentTextLimits: Readonly<Record<string, Readonly<Record<string, DiscordLimit>>>> = {
	1: {},
	2: BUTTON_TEXTS,
	3: SELECT_TEXTS,
	4: {
		custom_id: ComponentLimits.customId,
		label: ComponentLimits.textInputLabel,
		placeholder: ComponentLimits.textInputPlaceholder,
		value: ComponentLimits.textInputValue,
	},
	5: SELECT_TEXTS,
	6: SELECT_TEXTS,
	7: SELECT_TEXTS,
	8: SELECT_TEXTS,
	modal: { custom_id: ModalLimits.customId, title: ModalLimits.title },
	option: {
		label: ComponentLimits.selectOptionLabel,
		value: ComponentLimits.selectOptionValue,
		description: ComponentLimits.selectOptionDescription,
	},
};

/** A payload value as the checks read it: JSON, with absent parts allowed. */
export type PayloadValue =
	string | number | boolean | null | undefined | readonly PayloadValue[] | { readonly [key: string]: PayloadValue };
type Json = PayloadValue;

function isRecord(value: Json): value is { readonly [key: string]: Json } {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The limits one component breaks, its children and options included: each text against the
 * limit of its component type (`ComponentTextLimits`: a button label 80, a text input label 45…,
 * empty custom_ids too), children per action row, components per modal, options per select
 * menu. `as` reads the object as a modal or a select option, which have no `type`.
 * @see https://discord.com/developers/docs/components/reference
 */
export function componentViolations(component: Json, path = 'component', as?: 'modal' | 'option'): LimitViolation[] {
	const out: LimitViolation[] = [];
	if (!isRecord(component)) return out;
	const type = as ?? (typeof component['type'] === 'number' ? component['type'] : undefined);
	const texts = (type === undefined ? undefined : ComponentTextLimits[type]) ?? { custom_id: ComponentLimits.customId };
	for (const [key, limit] of Object.entries(texts)) {
		const value = component[key];
		if (typeof value === 'string') text(out, `${path}.${key}`, value, limit);
	}
	const children = component['components'];
	if (Array.isArray(children)) {
		if (type === 1 && children.length > ComponentLimits.actionRowChildren.max)
			out.push(violation(`${path}.components`, ComponentLimits.actionRowChildren, children.length, 'items'));
		if (type === 'modal') count(out, `${path}.components`, children, ModalLimits.components);
		(children as readonly Json[]).forEach((child, i) => out.push(...componentViolations(child, `${path}.components[${i}]`)));
	}
	const options = component['options'];
	if (type === 3 && Array.isArray(options)) {
		if (options.length > ComponentLimits.selectOptions.max)
			out.push(violation(`${path}.options`, ComponentLimits.selectOptions, options.length, 'items'));
		(options as readonly Json[]).forEach((option, i) => out.push(...componentViolations(option, `${path}.options[${i}]`, 'option')));
	}
	return out;
}

/**
 * The limits a message's `components` break as a whole (action rows when only rows are used,
 * components counted with the nested ones), then each component's own.
 */
export function messageComponentsViolations(components: readonly Json[], path = 'components'): LimitViolation[] {
	const out: LimitViolation[] = [];
	if (components.length > ComponentLimits.actionRows.max && components.every((c) => isRecord(c) && c['type'] === 1))
		out.push(violation(path, ComponentLimits.actionRows, components.length, 'items'));
	const total = countNested(components, 0);
	if (total > ComponentLimits.totalComponents.max) out.push(violation(path, ComponentLimits.totalComponents, total, 'items'));
	components.forEach((component, i) => out.push(...componentViolations(component, `${path}[${i}]`)));
	return out;
}

function countNested(components: readonly Json[], depth: number): number {
	let total = 0;
	for (const component of components) {
		total += 1;
		const children = isRecord(component) ? component['components'] : undefined;
		if (Array.isArray(children) && depth < 4) total += countNested(children as readonly Json[], depth + 1);
	}
	return total;
}
