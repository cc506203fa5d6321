import type ts from 'typescript';
import { nameOf, unwrap } from './_ast.js';
import { resolveConst } from './evaluate.js';

/** A JSON value, as Discord receives it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A part of a value that static evaluation could not compute. */
export interface UnresolvedPart {
	/** Where in the result it sits, e.g. `embeds[0].description`. */
	readonly path: string;
	/** Why it could not be computed, as a sentence. */
	readonly reason: string;
	/** The expression that could not be evaluated (possibly in another file). */
	readonly node: ts.Node;
}

/**
 * The state of one evaluation: the `typescript` module, an optional type checker (which
 * lets identifiers resolve to `const`s and enum members in other files), and the parts
 * that could not be resolved so far.
 */
export interface JsonContext {
	readonly t: typeof ts;
	readonly checker: ts.TypeChecker | undefined;
	readonly unresolved: UnresolvedPart[];
	/** Builder chains (embeds, components) this evaluation understands; called before plain values. */
	readonly builder?: (ctx: JsonContext, node: ts.Expression, path: string) => JsonValue | undefined | typeof NOT_A_BUILDER;
}

/** Returned by {@link JsonContext.builder} for an expression that is no builder chain. */
export const NOT_A_BUILDER: unique symbol = Symbol('not a builder');

// Hops through consts and imports; bounds cyclic code.
const MAX_DEPTH = 24;

/** Creates a {@link JsonContext}. */
export function jsonContext(t: typeof ts, checker: ts.TypeChecker | undefined, builder?: JsonContext['builder']): JsonContext {
	return builder === undefined ? { t, checker, unresolved: [] } : { t, checker, unresolved: [], builder };
}

/** Records that `node` at `path` could not be evaluated. Always returns undefined. */
export function markUnresolved(ctx: JsonContext, node: ts.Node, path: string, reason: string): undefined {
	ctx.unresolved.push({ path, reason, node });
	return undefined;
}

/**
 * Discord's spelling of a property written the discord.js way: `customId` → `custom_id`,
 * `iconURL` → `icon_url`.
 */
export function discordKey(key: string): string {
	return key
		.replace(/URL/g, 'Url')
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase();
}

/**
 * Evaluates `node` to JSON statically: literals, templates, `+`, object and array literals
 * (spreads included), `x.toJSON()`, and identifiers or property accesses naming `const`s
 * and enum members, across files when a checker is given. What cannot be known is left out
 * (undefined) and recorded in `ctx.unresolved`.
 */
export function staticJson(ctx: JsonContext, node: ts.Expression, path: string, depth = 0): JsonValue | undefined {
	const { t } = ctx;
	const inner = unwrap(t, node);
	if (depth > MAX_DEPTH) return markUnresolved(ctx, inner, path, 'The value is defined through too many indirections.');
	if (ctx.builder !== undefined) {
		const built = ctx.builder(ctx, inner, path);
		if (built !== NOT_A_BUILDER) return built;
	}
	if (t.isStringLiteral(inner) || t.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
	if (t.isNumericLiteral(inner)) return Number(inner.text.replaceAll('_', ''));
	if (inner.kind === t.SyntaxKind.TrueKeyword) return true;
	if (inner.kind === t.SyntaxKind.FalseKeyword) return false;
	if (inner.kind === t.SyntaxKind.NullKeyword) return null;
	if (t.isPrefixUnaryExpression(inner) && inner.operator === t.SyntaxKind.MinusToken) {
		const value = staticJson(ctx, inner.operand, path, depth + 1);
		return typeof value === 'number' ? -value : undefined;
	}
	if (t.isTemplateExpression(inner)) return templateJson(ctx, inner, path, depth);
	if (t.isBinaryExpression(inner) && inner.operatorToken.kind === t.SyntaxKind.PlusToken) {
		const before = ctx.unresolved.length;
		const left = staticJson(ctx, inner.left, path, depth + 1);
		const right = staticJson(ctx, inner.right, path, depth + 1);
		if (typeof left === 'number' && typeof right === 'number') return left + right;
		if ((typeof left === 'string' || typeof left === 'number') && (typeof right === 'string' || typeof right === 'number'))
			return `${left}${right}`;
		// A string joined with a run-time value reads like a template: the known text, `${expression}` for the rest.
		if (typeof left === 'string' || typeof right === 'string') {
			const part = (value: JsonValue | undefined, node: ts.Expression): string => {
				if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
				const text = unwrap(t, node).getText();
				if (!ctx.unresolved.slice(before).some((u) => u.node === unwrap(t, node)))
					markUnresolved(ctx, node, path, `\${${text}} is only known at run time.`);
				return `\${${text}}`;
			};
			return part(left, inner.left) + part(right, inner.right);
		}
		ctx.unresolved.length = before;
		return markUnresolved(ctx, inner, path, 'Part of this concatenation is only known at run time.');
	}
	if (t.isObjectLiteralExpression(inner)) return objectJson(ctx, inner, path, depth);
	if (t.isArrayLiteralExpression(inner)) return arrayJson(ctx, inner, path, depth);
	if (t.isCallExpression(inner) && t.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'toJSON') {
		return staticJson(ctx, inner.expression.expression, path, depth + 1);
	}
	// `'x'.repeat(n)` is how tests and careless code write long strings.
	if (
		t.isCallExpression(inner) &&
		t.isPropertyAccessExpression(inner.expression) &&
		inner.expression.name.text === 'repeat' &&
		inner.arguments.length === 1
	) {
		const before = ctx.unresolved.length;
		const base = staticJson(ctx, inner.expression.expression, path, depth + 1);
		const count = inner.arguments[0] === undefined ? undefined : staticJson(ctx, inner.arguments[0], path, depth + 1);
		if (typeof base === 'string' && typeof count === 'number' && count >= 0 && count < 1e6) return base.repeat(count);
		ctx.unresolved.length = before;
		return markUnresolved(ctx, inner, path, 'This repetition is only known at run time.');
	}
	if (t.isIdentifier(inner) && inner.text === 'undefined') return undefined;
	if (t.isIdentifier(inner) || t.isPropertyAccessExpression(inner)) {
		const target = declaredValue(t, ctx.checker, inner);
		if (typeof target === 'number' || typeof target === 'string') return target;
		if (target !== undefined) return staticJson(ctx, target, path, depth + 1);
		if (t.isPropertyAccessExpression(inner)) {
			const before = ctx.unresolved.length;
			const object = staticJson(ctx, inner.expression, path, depth + 1);
			ctx.unresolved.length = before;
			if (object !== null && typeof object === 'object' && !Array.isArray(object) && Object.hasOwn(object, inner.name.text))
				return object[inner.name.text];
			const known = KnownEnums[inner.expression.getText()]?.[inner.name.text];
			if (known !== undefined) return known;
		}
		return markUnresolved(
			ctx,
			inner,
			path,
			`'${inner.getText()}' is not a constant the analysis can follow; its value is only known at run time.`,
		);
	}
	return markUnresolved(ctx, inner, path, 'This expression is only known at run time.');
}

/** A template literal: resolved parts are joined, unresolved ones become `${expression}` placeholders. */
function templateJson(ctx: JsonContext, node: ts.TemplateExpression, path: string, depth: number): string {
	let text = node.head.text;
	for (const span of node.templateSpans) {
		const before = ctx.unresolved.length;
		const part = staticJson(ctx, span.expression, path, depth + 1);
		if (typeof part === 'string' || typeof part === 'number' || typeof part === 'boolean') {
			text += String(part);
		} else {
			ctx.unresolved.length = before;
			markUnresolved(ctx, span.expression, path, `\${${span.expression.getText()}} is only known at run time.`);
			text += `\${${span.expression.getText()}}`;
		}
		text += span.literal.text;
	}
	return text;
}

function objectJson(ctx: JsonContext, object: ts.ObjectLiteralExpression, path: string, depth: number): JsonValue {
	const { t } = ctx;
	const out: { [key: string]: JsonValue } = {};
	for (const property of object.properties) {
		if (t.isSpreadAssignment(property)) {
			const spread = staticJson(ctx, property.expression, path, depth + 1);
			if (spread !== null && typeof spread === 'object' && !Array.isArray(spread)) Object.assign(out, spread);
			continue;
		}
		const name = t.isPropertyAssignment(property) || t.isShorthandPropertyAssignment(property) ? nameOf(t, property.name) : undefined;
		if (name === undefined) continue;
		const key = discordKey(name);
		const sub = path === '' ? key : `${path}.${key}`;
		const value = t.isPropertyAssignment(property)
			? staticJson(ctx, property.initializer, sub, depth + 1)
			: t.isShorthandPropertyAssignment(property)
				? staticJson(ctx, property.name, sub, depth + 1)
				: undefined;
		if (value !== undefined) out[key] = value;
	}
	return out;
}

function arrayJson(ctx: JsonContext, array: ts.ArrayLiteralExpression, path: string, depth: number): JsonValue[] {
	const { t } = ctx;
	const out: JsonValue[] = [];
	for (const element of array.elements) {
		if (t.isSpreadElement(element)) {
			const spread = staticJson(ctx, element.expression, `${path}[${out.length}]`, depth + 1);
			if (Array.isArray(spread)) out.push(...spread);
			continue;
		}
		const value = staticJson(ctx, element, `${path}[${out.length}]`, depth + 1);
		out.push(value ?? null);
	}
	return out;
}

/**
 * The initializer an identifier or property access stands for: a `const`'s initializer, an
 * object property's, or an enum member's constant value. Uses the checker (so imports from
 * other files resolve) when there is one, same-file `const`s otherwise.
 */
export function declaredValue(
	t: typeof ts,
	checker: ts.TypeChecker | undefined,
	node: ts.Identifier | ts.PropertyAccessExpression,
): ts.Expression | string | number | undefined {
	if (checker === undefined) return t.isIdentifier(node) ? resolveConst(t, node) : undefined;
	let symbol =
		t.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
			? checker.getShorthandAssignmentValueSymbol(node.parent)
			: checker.getSymbolAtLocation(t.isIdentifier(node) ? node : node.name);
	if (symbol !== undefined && (symbol.flags & t.SymbolFlags.Alias) !== 0) symbol = checker.getAliasedSymbol(symbol);
	const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
	if (declaration === undefined) return t.isIdentifier(node) ? resolveConst(t, node) : undefined;
	if (t.isVariableDeclaration(declaration)) {
		const isConst = (t.getCombinedNodeFlags(declaration) & t.NodeFlags.Const) !== 0;
		return isConst && declaration.initializer !== undefined && t.isIdentifier(declaration.name) ? declaration.initializer : undefined;
	}
	if (t.isPropertyAssignment(declaration)) return declaration.initializer;
	if (t.isShorthandPropertyAssignment(declaration)) return declaration.name;
	if (t.isEnumMember(declaration)) return checker.getConstantValue(declaration);
	return undefined;
}

/**
 * Enum members discord.js code names that the checker cannot see when the library is not
 * installed (or is a type-only `const enum`): discord-api-types' numbers.
 * @see https://discord.com/developers/docs/components/reference#button-button-styles
 * @see https://discord.com/developers/docs/components/reference#text-input-text-input-styles
 */
export const KnownEnums: Readonly<Record<string, Readonly<Record<string, number>>>> = {
	ButtonStyle: { Primary: 1, Secondary: 2, Success: 3, Danger: 4, Link: 5, Premium: 6 },
	TextInputStyle: { Short: 1, Paragraph: 2 },
};
