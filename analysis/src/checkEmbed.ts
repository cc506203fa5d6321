import type ts from 'typescript';
import { EmbedLimits, embedsViolations, embedViolations, MessageLimits, type EmbedShape, type LimitViolation } from 'ovenjs/knowledge';
import { enclosingPropertyName, unwrap, walk } from './_ast.js';
import { isChainEnd } from './builderChain.js';
import { finding, formatMessage, type Finding } from './Finding.js';
import { EMBED_BUILDER_CLASSES, readEmbed, type EmbedModel, type EmbedText } from './readEmbed.js';

/**
 * Message templates of the embed checks, by finding code. `{name}` marks a value from `data`.
 * The words are those of `ovenjs/knowledge`'s `LimitViolation` messages, which the builders
 * throw and the preview shows: `{path}` is the part of the embed at fault.
 */
export const EmbedMessages = {
	'embed-text-too-long': '{path} has {length} characters; Discord allows at most {max} characters.',
	'embed-too-many-fields': '{path} has {count} items; Discord allows at most {max} items.',
	'message-too-many-embeds': '{path} has {count} items; Discord allows at most {max} items.',
	'embed-total-too-long': '{path} has {length} characters; Discord allows at most {max} characters.',
} as const;

/** A finding code of the embed checks. */
export type EmbedFindingCode = keyof typeof EmbedMessages;

/** Findings on one embed alone: each text's limit and the field count. */
export function checkEmbed(t: typeof ts, node: ts.Expression): Finding<EmbedFindingCode>[] {
	const embed = readEmbed(t, node);
	return embed === undefined ? [] : checkEmbedModel(embed);
}

const PATHS: Readonly<Record<Exclude<EmbedText['part'], 'fieldName' | 'fieldValue'>, readonly string[]>> = {
	title: ['title'],
	description: ['description'],
	url: ['url'],
	footerText: ['footer', 'text'],
	authorName: ['author', 'name'],
};

/**
 * The statically known parts of an embed in Discord's shape, for `embedViolations` (the
 * builders' and the preview's check), with the node each payload path was read from.
 */
function embedShape(embed: EmbedModel): { shape: EmbedShape; nodes: Map<string, ts.Node> } {
	const shape: Record<string, unknown> = {};
	const fields: { name?: string; value?: string }[] = Array.from({ length: embed.fieldCount }, () => ({}));
	const nodes = new Map<string, ts.Node>([['embed.fields', embed.fieldsNode]]);
	for (const text of embed.texts) {
		if (text.part === 'fieldName' || text.part === 'fieldValue') {
			const field = text.field === undefined ? undefined : fields[text.field];
			if (field === undefined || text.field === undefined) continue;
			const key = text.part === 'fieldName' ? 'name' : 'value';
			field[key] = text.value.value;
			nodes.set(`embed.fields[${text.field}].${key}`, text.value.node);
			continue;
		}
		const [first, second] = PATHS[text.part];
		if (first === undefined) continue;
		if (second === undefined) shape[first] = text.value.value;
		else shape[first] = { ...(shape[first] as object | undefined), [second]: text.value.value };
		nodes.set(`embed.${PATHS[text.part].join('.')}`, text.value.node);
	}
	if (fields.length > 0) shape['fields'] = fields;
	return { shape: shape as EmbedShape, nodes };
}

function checkEmbedModel(embed: EmbedModel): Finding<EmbedFindingCode>[] {
	const { shape, nodes } = embedShape(embed);
	const out: Finding<EmbedFindingCode>[] = [];
	for (const violation of embedViolations(shape)) {
		const node = nodes.get(violation.path) ?? embed.node;
		if (violation.limit === EmbedLimits.fields) {
			const data = { path: violation.path, count: violation.actual, max: violation.limit.max };
			out.push(finding(node, 'embed-too-many-fields', formatMessage(EmbedMessages['embed-too-many-fields'], data), data));
		} else if (violation.limit !== EmbedLimits.total) {
			// The total is reported once per message, by checkEmbedList.
			out.push(textFinding(node, violation));
		}
	}
	return out;
}

function textFinding(node: ts.Node, violation: LimitViolation): Finding<EmbedFindingCode> {
	const data = { path: violation.path, length: violation.actual, max: violation.limit.max };
	return finding(node, 'embed-text-too-long', formatMessage(EmbedMessages['embed-text-too-long'], data), data);
}

/**
 * Findings on the `embeds` array of one message: its length, the 6,000-character total
 * (of the texts that can be known, so a report is certain), and each embed's own limits.
 */
export function checkEmbedList(t: typeof ts, array: ts.ArrayLiteralExpression): Finding<EmbedFindingCode>[] {
	const out: Finding<EmbedFindingCode>[] = [];
	const elements = array.elements.filter((element) => !t.isSpreadElement(element));
	const read = elements.map((element) => {
		const embed = readEmbed(t, element);
		return { element, embed, ...(embed === undefined ? { shape: {}, nodes: new Map<string, ts.Node>() } : embedShape(embed)) };
	});
	for (const violation of embedsViolations(read.map((r) => r.shape))) {
		const at = /^embeds\[(\d+)\](.*)$/.exec(violation.path);
		const own = at === null ? undefined : read[Number(at[1])];
		if (own === undefined) {
			// The message's own limits: the number of embeds, and the total across them.
			const code = violation.limit === MessageLimits.embeds ? 'message-too-many-embeds' : 'embed-total-too-long';
			const data = { path: violation.path, count: violation.actual, length: violation.actual, max: violation.limit.max };
			out.push(finding(array, code, formatMessage(EmbedMessages[code], data), data));
		} else if (violation.limit === EmbedLimits.total) {
			const data = { path: violation.path, length: violation.actual, max: violation.limit.max };
			out.push(finding(own.element, 'embed-total-too-long', formatMessage(EmbedMessages['embed-total-too-long'], data), data));
		} else if (own.embed !== undefined) {
			const local = `embed${at?.[2] ?? ''}`;
			const node = own.nodes.get(local) ?? own.embed.node;
			if (violation.limit === EmbedLimits.fields) {
				const data = { path: violation.path, count: violation.actual, max: violation.limit.max };
				out.push(finding(node, 'embed-too-many-fields', formatMessage(EmbedMessages['embed-too-many-fields'], data), data));
			} else {
				out.push(textFinding(node, violation));
			}
		}
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
