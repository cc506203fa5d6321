import type ts from 'typescript';
import { EmbedLimits, MessageLimits } from 'ovenjs/knowledge';
import { enclosingPropertyName, unwrap, walk } from './_ast.js';
import { isChainEnd } from './builderChain.js';
import { finding, formatMessage, type Finding } from './Finding.js';
import { EMBED_BUILDER_CLASSES, readEmbed, type EmbedModel } from './readEmbed.js';

/** Message templates of the embed checks, by finding code. `{name}` marks a value from `data`. */
export const EmbedMessages = {
	'embed-text-too-long': 'Embed {part} is {length} characters long; Discord rejects more than {max}.',
	'embed-too-many-fields': 'This embed has {count} fields; Discord allows at most {max}.',
	'message-too-many-embeds': 'This message has {count} embeds; Discord allows at most {max}.',
	'embed-total-too-long': 'These embeds hold {length} characters in total; Discord rejects more than {max} across a message.',
} as const;

/** A finding code of the embed checks. */
export type EmbedFindingCode = keyof typeof EmbedMessages;

const partLabel = {
	title: 'title',
	description: 'description',
	url: 'url',
	footerText: 'footer text',
	authorName: 'author name',
	fieldName: 'field name',
	fieldValue: 'field value',
} as const;

/** Findings on one embed alone: each text's limit and the field count. */
export function checkEmbed(t: typeof ts, node: ts.Expression): Finding<EmbedFindingCode>[] {
	const embed = readEmbed(t, node);
	return embed === undefined ? [] : checkEmbedModel(embed);
}

function checkEmbedModel(embed: EmbedModel): Finding<EmbedFindingCode>[] {
	const out: Finding<EmbedFindingCode>[] = [];
	for (const text of embed.texts) {
		const max = EmbedLimits[text.part].max;
		if (text.value.value.length > max) {
			const data = { part: partLabel[text.part], length: text.value.value.length, max };
			out.push(finding(text.value.node, 'embed-text-too-long', formatMessage(EmbedMessages['embed-text-too-long'], data), data));
		}
	}
	if (embed.fieldCount > EmbedLimits.fields.max) {
		const data = { count: embed.fieldCount, max: EmbedLimits.fields.max };
		out.push(finding(embed.fieldsNode, 'embed-too-many-fields', formatMessage(EmbedMessages['embed-too-many-fields'], data), data));
	}
	return out;
}

/**
 * Findings on the `embeds` array of one message: its length, the 6,000-character total
 * (of the texts that can be known, so a report is certain), and each embed's own limits.
 */
export function checkEmbedList(t: typeof ts, array: ts.ArrayLiteralExpression): Finding<EmbedFindingCode>[] {
	const out: Finding<EmbedFindingCode>[] = [];
	const count = array.elements.filter((element) => !t.isSpreadElement(element)).length;
	if (count > MessageLimits.embeds.max) {
		const data = { count, max: MessageLimits.embeds.max };
		out.push(finding(array, 'message-too-many-embeds', formatMessage(EmbedMessages['message-too-many-embeds'], data), data));
	}
	let total = 0;
	for (const element of array.elements) {
		if (t.isSpreadElement(element)) continue;
		const embed = readEmbed(t, element);
		if (embed === undefined) continue;
		out.push(...checkEmbedModel(embed));
		for (const text of embed.texts) if (text.part !== 'url') total += text.value.value.length;
	}
	if (total > EmbedLimits.total.max) {
		const data = { length: total, max: EmbedLimits.total.max };
		out.push(finding(array, 'embed-total-too-long', formatMessage(EmbedMessages['embed-total-too-long'], data), data));
	}
	return out;
}

/**
 * Every embed finding in a file: `embeds: [...]` arrays, and embed builder chains or
 * `new EmbedBuilder({...})` not inside such an array.
 */
export function findEmbedProblems(t: typeof ts, file: ts.SourceFile): Finding<EmbedFindingCode>[] {
	const out: Finding<EmbedFindingCode>[] = [];
	const inLists = new Set<ts.Node>();
	const chains: ts.Expression[] = [];
	walk(t, file, (node) => {
		if (t.isArrayLiteralExpression(node) && enclosingPropertyName(t, node) === 'embeds' && !t.isArrayLiteralExpression(node.parent)) {
			for (const element of node.elements) inLists.add(unwrap(t, element));
			out.push(...checkEmbedList(t, node));
		} else if (t.isNewExpression(node) && t.isIdentifier(node.expression) && EMBED_BUILDER_CLASSES.has(node.expression.text)) {
			chains.push(chainEnd(t, node));
		}
	});
	for (const chain of chains) {
		if (!inLists.has(chain)) out.push(...checkEmbed(t, chain));
	}
	return dedupe(out);
}

function chainEnd(t: typeof ts, node: ts.Expression): ts.Expression {
	let current: ts.Expression = node;
	while (!isChainEnd(t, current)) current = current.parent.parent as ts.Expression;
	return current;
}

// An embed held in a const and listed in two arrays would be reported twice at the same place.
function dedupe<F extends Finding>(findings: F[]): F[] {
	const seen = new Set<string>();
	return findings.filter((f) => {
		const key = `${f.code}:${f.start}:${f.end}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
