import type ts from 'typescript';
import { CommandLimits, ComponentLimits, EmbedLimits } from 'ovenjs/knowledge';
import { declaredInitializer, unwrap, walk } from '../../_ast.js';
import { staticNumber } from '../../evaluate.js';
import { finding, formatMessage, type Finding } from '../../Finding.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** Message templates of `no-unbounded-list-in-loop`. */
export const UnboundedListMessages = {
	'unbounded-list-in-loop':
		'{method}() adds one {what} per item of a list of unknown length; Discord rejects more than {max} {what}s. Cap the list (.slice(0, {max})) or paginate.',
} as const;

// Builder methods that add one item of a limited list per call, with the limit.
const ADDERS: Readonly<Record<string, { what: string; max: number }>> = {
	addFields: { what: 'field', max: EmbedLimits.fields.max },
	addField: { what: 'field', max: EmbedLimits.fields.max },
	addOptions: { what: 'option', max: ComponentLimits.selectOptions.max },
	addChoices: { what: 'choice', max: CommandLimits.choices.max },
};

type Loop = { readonly collection: ts.Expression; readonly body: ts.Node; readonly node: ts.Node };

function loopOf(t: typeof ts, node: ts.Node): Loop | undefined {
	if (t.isForOfStatement(node)) return { collection: node.expression, body: node.statement, node };
	if (t.isCallExpression(node) && t.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'forEach') {
		const callback = node.arguments[0];
		if (callback !== undefined && (t.isArrowFunction(callback) || t.isFunctionExpression(callback)))
			return { collection: node.expression.expression, body: callback.body, node };
	}
	return undefined;
}

const isNegated = (t: typeof ts, node: ts.Expression | undefined): boolean => {
	const inner = node === undefined ? undefined : unwrap(t, node);
	return inner !== undefined && t.isPrefixUnaryExpression(inner) && inner.operator === t.SyntaxKind.MinusToken;
};

/**
 * Whether the type of a collection bounds it: a tuple, or a Map, Set or discord.js Collection
 * whose keys are a union of at most `max` literals or enum members (`Map<Category, string[]>` grouped by a
 * five-member enum holds at most five entries).
 */
function boundedByType(t: typeof ts, checker: ts.TypeChecker, node: ts.Expression, max: number): boolean {
	const type = checker.getNonNullableType(checker.getTypeAtLocation(node));
	if (checker.isTupleType(type)) return checker.getTypeArguments(type as ts.TypeReference).length <= max;
	const isReference = (type.flags & t.TypeFlags.Object) !== 0 && ((type as ts.ObjectType).objectFlags & t.ObjectFlags.Reference) !== 0;
	if (!isReference) return false;
	const symbol = type.getSymbol()?.getName();
	const key =
		symbol === 'Map' || symbol === 'ReadonlyMap' || symbol === 'Set' || symbol === 'ReadonlySet' || symbol === 'Collection'
			? checker.getTypeArguments(type as ts.TypeReference)[0]
			: undefined;
	if (key === undefined) return false;
	const members = key.isUnion() ? key.types : [key];
	const literal = t.TypeFlags.StringLiteral | t.TypeFlags.NumberLiteral | t.TypeFlags.EnumLiteral | t.TypeFlags.BooleanLiteral;
	return members.length <= max && members.every((member) => (member.flags & literal) !== 0);
}

/**
 * Whether the code caps a collection: an array literal within the limit, or a page of a list
 * (`.slice(from, to)`, the last items `.slice(-n)`, `.first(n)`, `.splice(…)`: the page size is the author's choice even
 * when it comes from a config), directly or through the variable holding it; with types, a
 * collection whose type bounds it (see {@link boundedByType}).
 */
function bounded(t: typeof ts, collection: ts.Expression, max: number, checker?: ts.TypeChecker, depth = 0): boolean {
	const node = unwrap(t, collection);
	if (t.isArrayLiteralExpression(node)) return node.elements.length <= max;
	if (checker !== undefined && boundedByType(t, checker, node, max)) return true;
	if (t.isIdentifier(node) && depth < 3) {
		const initializer = declaredInitializer(t, node, node.text);
		return initializer !== undefined && bounded(t, initializer, max, checker, depth + 1);
	}
	if (t.isCallExpression(node) && t.isPropertyAccessExpression(node.expression)) {
		const method = node.expression.name.text;
		const [a, b] = node.arguments.map((arg) => staticNumber(t, arg));
		if (method === 'slice' && node.arguments.length === 2) return a === undefined || b === undefined || b - a <= max;
		// `.slice(-25)`: the last items, as many as the author chose (`.slice(-count)` too); `.slice(1)` is the rest of the list.
		if (method === 'slice' && node.arguments.length === 1) return a === undefined ? isNegated(t, node.arguments[0]) : a < 0 && -a <= max;
		if (method === 'splice' && node.arguments.length >= 2) return true;
		if ((method === 'first' || method === 'last' || method === 'random') && node.arguments.length === 1) return a === undefined || a <= max;
		if (['entries', 'values', 'keys', 'filter', 'sort', 'reverse', 'map'].includes(method))
			return bounded(t, node.expression.expression, max, checker, depth);
	}
	return false;
}

/** Whether the loop stops itself: a `break` or `return` guarded by a count (`if (i >= 25) break;`). */
function stopsByCount(t: typeof ts, body: ts.Node): boolean {
	let stops = false;
	walk(t, body, (node) => {
		if ((t.isBreakStatement(node) || t.isReturnStatement(node)) && t.isIfStatement(node.parent.parent ?? node.parent)) stops = true;
		if ((t.isBreakStatement(node) || t.isReturnStatement(node)) && t.isIfStatement(node.parent)) stops = true;
	});
	return stops;
}

/**
 * One field, select option or command choice added per item of a list whose length the code
 * does not bound (`for (const x of members) embed.addFields(…)`): past 25 Discord rejects the
 * message or command. Loops over a sliced list or that break on a count are left alone.
 */
export function findUnboundedLists(t: typeof ts, file: ts.SourceFile, checker?: ts.TypeChecker): Finding<'unbounded-list-in-loop'>[] {
	const out: Finding<'unbounded-list-in-loop'>[] = [];
	walk(t, file, (node) => {
		const loop = loopOf(t, node);
		if (loop === undefined) return;
		walk(t, loop.body, (inner) => {
			if (!t.isCallExpression(inner) || !t.isPropertyAccessExpression(inner.expression)) return;
			const method = inner.expression.name.text;
			const adder = Object.hasOwn(ADDERS, method) ? ADDERS[method] : undefined;
			// One item per call: `addFields({ … })`, not `addFields(list)` or a spread.
			if (adder === undefined || inner.arguments.length !== (method === 'addField' ? 2 : 1)) return;
			const arg = inner.arguments[0];
			if (method !== 'addField' && (arg === undefined || !t.isObjectLiteralExpression(unwrap(t, arg)))) return;
			if (bounded(t, loop.collection, adder.max, checker) || stopsByCount(t, loop.body)) return;
			const data = { method, what: adder.what, max: adder.max };
			out.push(finding(inner, 'unbounded-list-in-loop', formatMessage(UnboundedListMessages['unbounded-list-in-loop'], data), data));
		});
	});
	return out;
}

/** `no-unbounded-list-in-loop`: more than 25 fields, options or choices built in a loop. */
export default defineCheck({
	id: 'no-unbounded-list-in-loop',
	description: 'Disallow adding embed fields, select options or command choices in a loop over a list of unknown length.',
	kind: 'problem',
	messages: UnboundedListMessages,
	codes: { 'unbounded-list-in-loop': 93140 },
	severity: 'warning',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: false },
	anyFile: false,
	run: (t, file, context) => findUnboundedLists(t, file, context.checker),
});
