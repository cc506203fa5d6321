import type ts from 'typescript';
import { arrayElements, getProperty, restArguments } from './_ast.js';
import { readBuilderChain } from './builderChain.js';
import { resolveExpression, staticStringValue, type StaticValue } from './evaluate.js';

/** The parts of an embed with a length limit; the names are `EmbedLimits`' keys. */
export type EmbedTextPart = 'title' | 'description' | 'url' | 'footerText' | 'authorName' | 'fieldName' | 'fieldValue';

/** One statically known text of an embed. */
export interface EmbedText {
	readonly part: EmbedTextPart;
	readonly value: StaticValue<string>;
	/** For a field's name or value: the field's index in the embed (spreads and unknown calls aside). */
	readonly field?: number;
}

/** What the analysis knows about one embed. Texts it cannot evaluate are left out. */
export interface EmbedModel {
	/** The object literal or builder chain. */
	readonly node: ts.Expression;
	/** Every statically known text. */
	readonly texts: readonly EmbedText[];
	/** How many fields are known to be added (a lower bound when spreads or unknown calls occur). */
	readonly fieldCount: number;
	/** Where the fields are written, to report a count on; the embed itself otherwise. */
	readonly fieldsNode: ts.Node;
}

/**
 * Builder classes whose instances are embeds: discord.js v14 `EmbedBuilder` and v13
 * `MessageEmbed`. OvenJS's builders are to use the same names (and plain objects work as is).
 */
export const EMBED_BUILDER_CLASSES: ReadonlySet<string> = new Set(['EmbedBuilder', 'MessageEmbed']);

/** Reads an embed written as an object literal (or a same-file const holding one) or a builder chain. */
export function readEmbed(t: typeof ts, node: ts.Expression): EmbedModel | undefined {
	const target = resolveExpression(t, node);
	if (t.isObjectLiteralExpression(target)) return readEmbedObject(t, target, target);
	const chain = readBuilderChain(t, target, EMBED_BUILDER_CLASSES);
	if (chain === undefined) return undefined;
	const texts: EmbedText[] = [];
	let fieldCount = 0;
	let fieldsNode: ts.Node = chain.node;
	const first = chain.root.arguments?.[0];
	if (first !== undefined) {
		const fromData = readEmbed(t, first);
		if (fromData !== undefined) {
			texts.push(...fromData.texts);
			fieldCount = fromData.fieldCount;
		}
	}
	const add = (part: EmbedTextPart, arg: ts.Expression | undefined): void => {
		const value = staticStringValue(t, arg);
		if (value !== undefined) texts.push({ part, value });
	};
	for (const call of chain.calls) {
		const [a, b] = call.args;
		switch (call.method) {
			case 'setTitle':
				add('title', a);
				break;
			case 'setDescription':
				add('description', a);
				break;
			case 'setURL':
				add('url', a);
				break;
			// v13 took a string, v14 takes `{ text }` / `{ name }`.
			case 'setFooter':
				readNamed(t, a, 'text', 'footerText', texts);
				break;
			case 'setAuthor':
				readNamed(t, a, 'name', 'authorName', texts);
				break;
			case 'addField':
				readField(t, undefined, texts, fieldCount, a, b);
				fieldCount += 1;
				fieldsNode = call.node;
				break;
			case 'setFields':
			case 'addFields': {
				if (call.method === 'setFields') {
					fieldCount = 0;
					for (let i = texts.length - 1; i >= 0; i--) if (texts[i]?.field !== undefined) texts.splice(i, 1);
				}
				const fields = restArguments(t, call.args);
				fieldsNode = call.node;
				for (const field of fields) readField(t, field, texts, fieldCount++);
				break;
			}
			default:
				break;
		}
	}
	return { node: chain.node, texts, fieldCount, fieldsNode };
}

function readEmbedObject(t: typeof ts, object: ts.ObjectLiteralExpression, node: ts.Expression): EmbedModel {
	const texts: EmbedText[] = [];
	const add = (part: EmbedTextPart, arg: ts.Expression | undefined): void => {
		const value = staticStringValue(t, arg);
		if (value !== undefined) texts.push({ part, value });
	};
	add('title', getProperty(t, object, 'title'));
	add('description', getProperty(t, object, 'description'));
	add('url', getProperty(t, object, 'url'));
	readNamed(t, getProperty(t, object, 'footer'), 'text', 'footerText', texts);
	readNamed(t, getProperty(t, object, 'author'), 'name', 'authorName', texts);
	const fieldsExpression = getProperty(t, object, 'fields');
	const fields = fieldsExpression === undefined ? undefined : arrayElements(t, resolveExpression(t, fieldsExpression));
	let fieldCount = 0;
	for (const field of fields ?? []) {
		if (t.isSpreadElement(field)) continue;
		readField(t, field, texts, fieldCount++);
	}
	return { node, texts, fieldCount, fieldsNode: fieldsExpression ?? node };
}

// `{ name, value }`, or v13's `addField(name, value)` arguments when `field` is undefined.
function readField(
	t: typeof ts,
	field: ts.Expression | undefined,
	texts: EmbedText[],
	index: number,
	nameArg?: ts.Expression,
	valueArg?: ts.Expression,
): void {
	let nameNode = nameArg;
	let valueNode = valueArg;
	if (field !== undefined) {
		const object = resolveExpression(t, field);
		if (!t.isObjectLiteralExpression(object)) return;
		nameNode = getProperty(t, object, 'name');
		valueNode = getProperty(t, object, 'value');
	}
	const name = staticStringValue(t, nameNode);
	const value = staticStringValue(t, valueNode);
	if (name !== undefined) texts.push({ part: 'fieldName', value: name, field: index });
	if (value !== undefined) texts.push({ part: 'fieldValue', value, field: index });
}

// `{ text: '…' }`, or the bare string v13 accepted.
function readNamed(t: typeof ts, arg: ts.Expression | undefined, key: string, part: EmbedTextPart, texts: EmbedText[]): void {
	if (arg === undefined) return;
	const target = resolveExpression(t, arg);
	const value = t.isObjectLiteralExpression(target) ? staticStringValue(t, getProperty(t, target, key)) : staticStringValue(t, target);
	if (value !== undefined) texts.push({ part, value });
}
