import type { JsonValue } from '@ovenjs/analysis';
import { ComponentLimits, EmbedLimits, MessageLimits, embedsLength, type MeasurableEmbed } from 'ovenjs/knowledge';
import type { EmbedPreviewViolation } from './protocol.js';

type JsonObject = { [key: string]: JsonValue };

// Embed text paths → the `EmbedLimits` entry each is held to.
const EMBED_TEXTS: readonly { readonly path: readonly string[]; readonly limit: keyof typeof EmbedLimits; readonly label: string }[] = [
	{ path: ['title'], limit: 'title', label: 'title' },
	{ path: ['description'], limit: 'description', label: 'description' },
	{ path: ['url'], limit: 'url', label: 'url' },
	{ path: ['footer', 'text'], limit: 'footerText', label: 'footer text' },
	{ path: ['author', 'name'], limit: 'authorName', label: 'author name' },
];

// Component text keys → the `ComponentLimits` entry, per component type number.
const COMPONENT_TEXTS: Readonly<Record<string, keyof typeof ComponentLimits>> = {
	custom_id: 'customId',
	label: 'buttonLabel',
	url: 'buttonUrl',
	placeholder: 'selectPlaceholder',
};

function isObject(value: JsonValue | undefined): value is JsonObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function textAt(value: JsonValue | undefined, path: readonly string[]): string | undefined {
	let current = value;
	for (const key of path) current = isObject(current) ? current[key] : undefined;
	return typeof current === 'string' ? current : undefined;
}

/**
 * The Discord limits an evaluated payload breaks, with the path of the element at fault.
 * Texts that hold unresolved placeholders (paths in `skip`) are not measured: their real
 * length is unknown.
 */
export function previewViolations(
	embeds: readonly JsonValue[],
	components: readonly JsonValue[],
	skip: ReadonlySet<string>,
): EmbedPreviewViolation[] {
	const out: EmbedPreviewViolation[] = [];
	const check = (path: string, actual: number, limit: number, what: string): void => {
		if (actual > limit && !skip.has(path)) {
			out.push({ path, limit, actual, message: `The ${what} is ${actual} characters long; Discord allows at most ${limit}.` });
		}
	};
	if (embeds.length > MessageLimits.embeds.max) {
		out.push({
			path: 'embeds',
			limit: MessageLimits.embeds.max,
			actual: embeds.length,
			message: `The message has ${embeds.length} embeds; Discord allows at most ${MessageLimits.embeds.max}.`,
		});
	}
	embeds.forEach((embed, i) => {
		for (const text of EMBED_TEXTS) {
			const value = textAt(embed, text.path);
			if (value !== undefined)
				check(`embeds[${i}].${text.path.join('.')}`, value.length, EmbedLimits[text.limit].max, `embed ${text.label}`);
		}
		const fields = isObject(embed) && Array.isArray(embed['fields']) ? embed['fields'] : [];
		if (fields.length > EmbedLimits.fields.max) {
			out.push({
				path: `embeds[${i}].fields`,
				limit: EmbedLimits.fields.max,
				actual: fields.length,
				message: `The embed has ${fields.length} fields; Discord allows at most ${EmbedLimits.fields.max}.`,
			});
		}
		fields.forEach((field, j) => {
			const name = textAt(field, ['name']);
			const value = textAt(field, ['value']);
			if (name !== undefined) check(`embeds[${i}].fields[${j}].name`, name.length, EmbedLimits.fieldName.max, 'field name');
			if (value !== undefined) check(`embeds[${i}].fields[${j}].value`, value.length, EmbedLimits.fieldValue.max, 'field value');
		});
	});
	const total = embedsLength(embeds.filter(isObject) as MeasurableEmbed[]);
	if (total > EmbedLimits.total.max) {
		out.push({
			path: 'embeds',
			limit: EmbedLimits.total.max,
			actual: total,
			message: `The embeds hold ${total} characters in total; Discord allows at most ${EmbedLimits.total.max} per message.`,
		});
	}
	const visit = (component: JsonValue | undefined, path: string): void => {
		if (!isObject(component)) return;
		for (const [key, limit] of Object.entries(COMPONENT_TEXTS)) {
			const value = textAt(component, [key]);
			if (value !== undefined) check(`${path}.${key}`, value.length, ComponentLimits[limit].max, key.replace('_', ' '));
		}
		const children = Array.isArray(component['components']) ? component['components'] : [];
		if (component['type'] === 1 && children.length > ComponentLimits.actionRowChildren.max) {
			out.push({
				path: `${path}.components`,
				limit: ComponentLimits.actionRowChildren.max,
				actual: children.length,
				message: `The action row holds ${children.length} components; Discord allows at most ${ComponentLimits.actionRowChildren.max}.`,
			});
		}
		children.forEach((child, i) => visit(child, `${path}.components[${i}]`));
	};
	components.forEach((component, i) => visit(component, `components[${i}]`));
	return out;
}
