import type ts from 'typescript';
import { calleeName, getProperty, unwrap, walk } from './_ast.js';
import { readBuilderChain } from './builderChain.js';
import { COMPONENT_BUILDER_CLASSES, ComponentBuilderKinds } from './componentKinds.js';
import { componentKindOf } from './readComponent.js';
import { resolveConst, staticString } from './evaluate.js';

/** What a custom_id belongs to; `unknown` when the code does not say (e.g. OvenJS `customId()`). */
export type CustomIdKind = 'button' | 'select' | 'modal' | 'textInput' | 'component' | 'unknown';

/** How a handler compares the custom_id with its text. */
export type CustomIdMatchMode = 'exact' | 'prefix' | 'suffix' | 'contains' | 'pattern';

/**
 * A custom_id a component or modal is created with. `id` is the static text, or an OvenJS
 * style pattern where each dynamic part is a `{name}` parameter: `` `ticket:close:${id}` ``
 * reads as `ticket:close:{id}`.
 */
export interface ProducedCustomId {
	readonly node: ts.Expression;
	readonly start: number;
	readonly end: number;
	readonly id: string;
	/** Whether `id` has `{name}` parameters (parts only known at run time). */
	readonly dynamic: boolean;
	readonly kind: CustomIdKind;
}

/** A custom_id a handler reacts to: a comparison, a `startsWith`, a switch case or a router registration. */
export interface HandledCustomId {
	readonly node: ts.Expression;
	readonly start: number;
	readonly end: number;
	/** The compared text, or the router pattern (`ticket:close:{id}`). */
	readonly id: string;
	readonly match: CustomIdMatchMode;
	readonly kind: CustomIdKind;
}

/** OvenJS router methods → the kind of interaction they route. */
export const ROUTER_METHOD_KINDS: Readonly<Record<string, CustomIdKind>> = {
	button: 'button',
	component: 'component',
	modal: 'modal',
	selectMenu: 'select',
	stringSelect: 'select',
	userSelect: 'select',
	roleSelect: 'select',
	mentionableSelect: 'select',
	channelSelect: 'select',
};

const CUSTOM_ID_PROPERTIES: ReadonlySet<string> = new Set(['customId', 'custom_id']);
const PARAM = /\{[A-Za-z_][A-Za-z0-9_]*\}/;
const spanOf = (file: ts.SourceFile, node: ts.Expression): { start: number; end: number } => ({
	start: node.getStart(file),
	end: node.getEnd(),
});

/**
 * The custom_id an expression builds: a static string, or a pattern when a template or `+`
 * mixes static text with run-time values. Undefined when no part of it is static.
 */
export function customIdPattern(t: typeof ts, node: ts.Expression): { id: string; dynamic: boolean } | undefined {
	const value = staticString(t, node);
	if (value !== undefined) return { id: value, dynamic: false };
	const parts: string[] = [];
	let index = 0;
	const param = (expression: ts.Expression): string => {
		const inner = unwrap(t, expression);
		const name = t.isIdentifier(inner) ? inner.text : t.isPropertyAccessExpression(inner) ? inner.name.text : `p${index}`;
		index++;
		return `{${name}}`;
	};
	const collect = (expression: ts.Expression): void => {
		const inner = unwrap(t, expression);
		const known = staticString(t, inner);
		if (known !== undefined) parts.push(known);
		else if (t.isTemplateExpression(inner)) {
			parts.push(inner.head.text);
			for (const span of inner.templateSpans) {
				collect(span.expression);
				parts.push(span.literal.text);
			}
		} else if (t.isBinaryExpression(inner) && inner.operatorToken.kind === t.SyntaxKind.PlusToken) {
			collect(inner.left);
			collect(inner.right);
		} else parts.push(param(inner));
	};
	collect(node);
	const id = parts.join('');
	return id.replace(new RegExp(PARAM.source, 'g'), '') === '' ? undefined : { id, dynamic: true };
}

/** Whether `node` reads a custom_id: `x.customId`, `x.data.custom_id`, or a same-file const holding one. */
export function isCustomIdAccess(t: typeof ts, node: ts.Expression, depth = 0): boolean {
	const inner = unwrap(t, node);
	if (t.isPropertyAccessExpression(inner)) return CUSTOM_ID_PROPERTIES.has(inner.name.text);
	if (t.isElementAccessExpression(inner)) return CUSTOM_ID_PROPERTIES.has(staticString(t, inner.argumentExpression) ?? '');
	if (t.isIdentifier(inner) && depth < 4) {
		const target = resolveConst(t, inner);
		return target !== undefined && isCustomIdAccess(t, target, depth + 1);
	}
	return false;
}

function produced(t: typeof ts, file: ts.SourceFile, node: ts.Expression, kind: CustomIdKind): ProducedCustomId | undefined {
	const pattern = customIdPattern(t, node);
	return pattern === undefined ? undefined : { node, ...spanOf(file, node), ...pattern, kind };
}

const kindOfComponent = (kind: string | undefined): CustomIdKind =>
	kind === 'button' || kind === 'modal' || kind === 'textInput'
		? kind
		: kind === 'stringSelect' || kind === 'select'
			? 'select'
			: 'component';

/**
 * The custom_ids a file gives components and modals: `custom_id`/`customId` in object
 * literals (a `type`, or `showModal({...})`, tells the kind), `.setCustomId('…')` on
 * discord.js and OvenJS builders, and OvenJS `customId('pattern', params)`.
 */
export function readProducedCustomIds(t: typeof ts, file: ts.SourceFile): ProducedCustomId[] {
	const out: ProducedCustomId[] = [];
	walk(t, file, (node) => {
		if (t.isObjectLiteralExpression(node)) {
			const value = getProperty(t, node, 'custom_id', 'customId');
			if (value === undefined || isCustomIdAccess(t, value)) return;
			const typed = componentKindOf(t, node);
			const parent = node.parent;
			const kind =
				typed !== undefined
					? kindOfComponent(typed)
					: t.isCallExpression(parent) && calleeName(t, parent) === 'showModal'
						? 'modal'
						: 'unknown';
			const found = produced(t, file, value, kind);
			if (found !== undefined) out.push(found);
		} else if (t.isCallExpression(node)) {
			const name = calleeName(t, node);
			const first = node.arguments[0];
			if (first === undefined) return;
			if (name === 'setCustomId' && t.isPropertyAccessExpression(unwrap(t, node.expression))) {
				const chain = readBuilderChain(t, node, COMPONENT_BUILDER_CLASSES);
				const kind = chain === undefined ? 'unknown' : kindOfComponent(ComponentBuilderKinds[chain.className]);
				const found = produced(t, file, unwrap(t, first), kind);
				if (found !== undefined) out.push(found);
			} else if (name === 'customId' && t.isIdentifier(unwrap(t, node.expression)) && node.arguments.length === 2) {
				const pattern = staticString(t, first);
				if (pattern !== undefined)
					out.push({
						node: unwrap(t, first),
						...spanOf(file, unwrap(t, first)),
						id: pattern,
						dynamic: PARAM.test(pattern),
						kind: 'unknown',
					});
			}
		}
	});
	return out.sort((a, b) => a.start - b.start);
}

function handled(
	t: typeof ts,
	file: ts.SourceFile,
	node: ts.Expression,
	match: CustomIdMatchMode,
	kind: CustomIdKind,
): HandledCustomId | undefined {
	const inner = unwrap(t, node);
	const id = staticString(t, inner);
	return id === undefined ? undefined : { node: inner, ...spanOf(file, inner), id, match, kind };
}

const STRING_METHODS: Readonly<Record<string, CustomIdMatchMode>> = { startsWith: 'prefix', endsWith: 'suffix', includes: 'contains' };

/**
 * The custom_ids a file handles: `interaction.customId === 'x'` (either side, `==`, `!==`),
 * `.startsWith('x:')`/`.endsWith`/`.includes` on a custom_id, `['a', 'b'].includes(customId)`,
 * `switch (interaction.customId) { case 'x': }`, OvenJS router registrations
 * (`router.button('ticket:close:{id}', …)`, `.modal(`, `.stringSelect(`, `.selectMenu(`…),
 * and text inputs read by id (`fields.getTextInputValue('reason')`).
 */
export function readHandledCustomIds(t: typeof ts, file: ts.SourceFile): HandledCustomId[] {
	const COMPARISONS: ReadonlySet<number> = new Set([
		t.SyntaxKind.EqualsEqualsEqualsToken,
		t.SyntaxKind.EqualsEqualsToken,
		t.SyntaxKind.ExclamationEqualsEqualsToken,
		t.SyntaxKind.ExclamationEqualsToken,
	]);
	const out: HandledCustomId[] = [];
	const push = (found: HandledCustomId | undefined): void => {
		if (found !== undefined) out.push(found);
	};
	walk(t, file, (node) => {
		if (t.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) {
			if (isCustomIdAccess(t, node.left)) push(handled(t, file, node.right, 'exact', 'unknown'));
			else if (isCustomIdAccess(t, node.right)) push(handled(t, file, node.left, 'exact', 'unknown'));
		} else if (t.isSwitchStatement(node) && isCustomIdAccess(t, node.expression)) {
			for (const clause of node.caseBlock.clauses)
				if (t.isCaseClause(clause)) push(handled(t, file, clause.expression, 'exact', 'unknown'));
		} else if (t.isCallExpression(node)) {
			const callee = unwrap(t, node.expression);
			const first = node.arguments[0];
			if (!t.isPropertyAccessExpression(callee) || first === undefined) return;
			const method = callee.name.text;
			const mode = STRING_METHODS[method];
			if (mode !== undefined && isCustomIdAccess(t, callee.expression)) {
				push(handled(t, file, first, mode, 'unknown'));
			} else if (method === 'includes' && isCustomIdAccess(t, first) && t.isArrayLiteralExpression(unwrap(t, callee.expression))) {
				for (const element of (unwrap(t, callee.expression) as ts.ArrayLiteralExpression).elements)
					push(handled(t, file, element, 'exact', 'unknown'));
			} else if (method === 'getTextInputValue' || method === 'getField') {
				push(handled(t, file, first, 'exact', 'textInput'));
			} else if (Object.hasOwn(ROUTER_METHOD_KINDS, method) && node.arguments.length >= 2 && !t.isIdentifier(unwrap(t, first))) {
				const kind = ROUTER_METHOD_KINDS[method] ?? 'unknown';
				push(handled(t, file, first, 'pattern', kind));
				const options = node.arguments[1] === undefined ? undefined : unwrap(t, node.arguments[1]);
				if (kind === 'modal' && options !== undefined && t.isObjectLiteralExpression(options)) {
					const fields = getProperty(t, options, 'fields');
					if (fields !== undefined && t.isArrayLiteralExpression(fields))
						for (const field of fields.elements) push(handled(t, file, field, 'exact', 'textInput'));
				}
			}
		}
	});
	// Chained registrations are met outermost first; report in source order.
	return out.sort((a, b) => a.start - b.start);
}

/** Both lists for a file, in source order. */
export function readCustomIds(t: typeof ts, file: ts.SourceFile): { produced: ProducedCustomId[]; handled: HandledCustomId[] } {
	return { produced: readProducedCustomIds(t, file), handled: readHandledCustomIds(t, file) };
}

/** Glob tokens: a literal character, or `null` for "any text". */
function tokens(pattern: string): (string | null)[] {
	const out: (string | null)[] = [];
	for (const part of pattern.split(/(\{[A-Za-z_][A-Za-z0-9_]*\})/)) {
		if (PARAM.test(part) && part.startsWith('{')) out.push(null);
		else out.push(...part);
	}
	return out;
}

// Two globs accept a common string: a memoised walk where a wildcard may swallow the other side's tokens.
function intersects(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
	const memo = new Map<number, boolean>();
	const go = (i: number, j: number): boolean => {
		const key = i * (b.length + 1) + j;
		const known = memo.get(key);
		if (known !== undefined) return known;
		let result: boolean;
		if (i === a.length && j === b.length) result = true;
		else if (i < a.length && a[i] === null) result = go(i + 1, j) || (j < b.length && go(i, j + 1));
		else if (j < b.length && b[j] === null) result = go(i, j + 1) || (i < a.length && go(i + 1, j));
		else result = i < a.length && j < b.length && a[i] === b[j] && go(i + 1, j + 1);
		memo.set(key, result);
		return result;
	};
	return go(0, 0);
}

function kindsMeet(produced: CustomIdKind, handled: CustomIdKind): boolean {
	if (produced === 'unknown' || handled === 'unknown' || produced === handled) return true;
	if (handled === 'component') return produced === 'button' || produced === 'select' || produced === 'component';
	if (produced === 'component') return handled === 'button' || handled === 'select';
	return false;
}

/**
 * Whether some custom_id `produced` can create is one `handled` reacts to: kinds agree
 * (a modal's id never reaches a button route) and the texts can meet, `{name}` parameters
 * matching any text. Literal ids are compared exactly.
 */
export function customIdMatches(
	produced: Pick<ProducedCustomId, 'id' | 'dynamic' | 'kind'>,
	handled: Pick<HandledCustomId, 'id' | 'match' | 'kind'>,
): boolean {
	if (!kindsMeet(produced.kind, handled.kind)) return false;
	const made = produced.dynamic ? tokens(produced.id) : [...produced.id];
	const wanted = handled.match === 'pattern' ? tokens(handled.id) : [...handled.id];
	const glob =
		handled.match === 'prefix'
			? [...wanted, null]
			: handled.match === 'suffix'
				? [null, ...wanted]
				: handled.match === 'contains'
					? [null, ...wanted, null]
					: wanted;
	return intersects(made, glob);
}

/** The text an editor offers for a handler: the id, or for a prefix match its static start. */
export function staticPrefix(id: string): string {
	const at = id.search(PARAM);
	return at < 0 ? id : id.slice(0, at);
}
