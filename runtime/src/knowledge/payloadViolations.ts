import type { DiscordLimit } from './DiscordLimit.js';
import { embedLength, type MeasurableEmbed } from './embedLength.js';
import { ComponentLimits, EmbedLimits, MessageLimits } from './limits.js';

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

// Component text keys → their limit. Keys absent from a component type simply do not occur.
const COMPONENT_TEXTS: Readonly<Record<string, DiscordLimit>> = {
	custom_id: ComponentLimits.customId,
	label: ComponentLimits.buttonLabel,
	url: ComponentLimits.buttonUrl,
	placeholder: ComponentLimits.selectPlaceholder,
};

type Json = string | number | boolean | null | undefined | readonly Json[] | { readonly [key: string]: Json };

function isRecord(value: Json): value is { readonly [key: string]: Json } {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The limits one message component breaks, its children included: custom_id, label, URL and
 * placeholder lengths, children per action row, options per select menu and their texts.
 * @see https://discord.com/developers/docs/components/reference
 */
export function componentViolations(component: Json, path = 'component'): LimitViolation[] {
	const out: LimitViolation[] = [];
	if (!isRecord(component)) return out;
	for (const [key, limit] of Object.entries(COMPONENT_TEXTS)) {
		const value = component[key];
		if (typeof value === 'string') text(out, `${path}.${key}`, value, limit);
	}
	const children = component['components'];
	if (component['type'] === 1 && Array.isArray(children) && children.length > ComponentLimits.actionRowChildren.max)
		out.push(violation(`${path}.components`, ComponentLimits.actionRowChildren, children.length, 'items'));
	const options = component['options'];
	if (Array.isArray(options)) {
		count(out, `${path}.options`, options, ComponentLimits.selectOptions);
		(options as readonly Json[]).forEach((option, i) => {
			if (!isRecord(option)) return;
			const at = `${path}.options[${i}]`;
			if (typeof option['label'] === 'string') text(out, `${at}.label`, option['label'], ComponentLimits.selectOptionLabel);
			if (typeof option['value'] === 'string') text(out, `${at}.value`, option['value'], ComponentLimits.selectOptionValue);
			if (typeof option['description'] === 'string')
				text(out, `${at}.description`, option['description'], ComponentLimits.selectOptionDescription);
		});
	}
	if (Array.isArray(children))
		(children as readonly Json[]).forEach((child, i) => out.push(...componentViolations(child, `${path}.components[${i}]`)));
	return out;
}
