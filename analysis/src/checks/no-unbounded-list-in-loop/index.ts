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

// Module specifiers of the project's own code: relative paths and the usual path aliases.
const PROJECT_MODULE = /^(\.{1,2}\/|@\/|~\/|#)/;

const isProjectModule = (t: typeof ts, specifier: ts.Expression | undefined): boolean =>
	specifier !== undefined && t.isStringLiteralLike(specifier) && PROJECT_MODULE.test(specifier.text);

const bindsName = (t: typeof ts, name: ts.BindingName | ts.Identifier | undefined, wanted: string): boolean =>
	name !== undefined &&
	(t.isIdentifier(name) ? name.text === wanted : t.isObjectBindingPattern(name) && name.elements.some((e) => bindsName(t, e.name, wanted)));

/**
 * How the file knows `name`: `'project'` when it is a function or type of the project declared in
 * another module (imported from a relative path or alias, or `require`d from one), `'local'` when
 * declared in this file, `undefined` otherwise (a package's, or a global).
 */
function originOf(t: typeof ts, file: ts.SourceFile, name: string): 'project' | 'local' | undefined {
	for (const statement of file.statements) {
		if (t.isImportDeclaration(statement) && isProjectModule(t, statement.moduleSpecifier)) {
			const clause = statement.importClause;
			const named = clause?.namedBindings;
			if (
				clause?.name?.text === name ||
				(named !== undefined && t.isNamedImports(named) && named.elements.some((e) => e.name.text === name))
			)
				return 'project';
		}
		if (
			(t.isFunctionDeclaration(statement) || t.isEnumDeclaration(statement) || t.isTypeAliasDeclaration(statement)) &&
			statement.name?.text === name
		)
			return 'local';
		if (!t.isVariableStatement(statement)) continue;
		for (const declaration of statement.declarationList.declarations) {
			if (!bindsName(t, declaration.name, name)) continue;
			const init = declaration.initializer === undefined ? undefined : unwrap(t, declaration.initializer);
			if (init !== undefined && t.isCallExpression(init) && t.isIdentifier(init.expression) && init.expression.text === 'require')
				return isProjectModule(t, init.arguments[0]) ? 'project' : undefined;
			return init !== undefined && (t.isArrowFunction(init) || t.isFunctionExpression(init)) ? 'local' : undefined;
		}
	}
	return undefined;
}

/**
 * Without types, whether the key type written on `new Map<K, V>()` (or `Set`, `Collection`) bounds
 * the keys, or may: an enum or literal union of this file with at most `max` members, or a type of
 * the project declared in another module, whose members the file cannot count (grouping by an
 * imported `Category` enum). `string`, `number`, `Snowflake` and the like never do.
 */
function keyTypeMayBound(t: typeof ts, file: ts.SourceFile, created: ts.NewExpression, max: number): boolean {
	const key = created.typeArguments?.[0];
	if (key === undefined || !t.isIdentifier(created.expression) || !['Map', 'Set', 'Collection'].includes(created.expression.text))
		return false;
	if (t.isUnionTypeNode(key)) return key.types.length <= max && key.types.every((member) => t.isLiteralTypeNode(member));
	if (!t.isTypeReferenceNode(key) || !t.isIdentifier(key.typeName)) return false;
	const name = key.typeName.text;
	const origin = originOf(t, file, name);
	if (origin === 'project') return true;
	if (origin !== 'local') return false;
	for (const statement of file.statements) {
		if (t.isEnumDeclaration(statement) && statement.name.text === name) return statement.members.length <= max;
		if (t.isTypeAliasDeclaration(statement) && statement.name.text === name) {
			const aliased = statement.type;
			return t.isUnionTypeNode(aliased) && aliased.types.length <= max && aliased.types.every((member) => t.isLiteralTypeNode(member));
		}
	}
	return false;
}

/**
 * Whether the code caps a collection: an array literal within the limit, or a page of a list
 * (`.slice(from, to)`, the last items `.slice(-n)`, `.first(n)`, `.splice(…)`: the page size is the author's choice even
 * when it comes from a config), directly or through the variable holding it; with types, a
 * collection whose type bounds it (see {@link boundedByType}).
 */
function bounded(t: typeof ts, collection: ts.Expression, max: number, checker?: ts.TypeChecker, depth = 0): boolean {
	const unwrapped = unwrap(t, collection);
	const node = t.isAwaitExpression(unwrapped) ? unwrap(t, unwrapped.expression) : unwrapped;
	if (t.isArrayLiteralExpression(node)) return node.elements.length <= max;
	if (checker !== undefined && boundedByType(t, checker, node, max)) return true;
	if (t.isIdentifier(node) && depth < 3) {
		const initializer = declaredInitializer(t, node, node.text);
		return initializer !== undefined && bounded(t, initializer, max, checker, depth + 1);
	}
	// The list a function of another module of the project returns (`chunk(lines)`, `await getTopMessages()`): its
	// length is that function's contract, out of sight; a package's or the API's lists (`Model.find()`) stay reported.
	if (t.isCallExpression(node) && t.isIdentifier(node.expression) && originOf(t, node.getSourceFile(), node.expression.text) === 'project')
		return true;
	if (checker === undefined && t.isNewExpression(node)) return keyTypeMayBound(t, node.getSourceFile(), node, max);
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
