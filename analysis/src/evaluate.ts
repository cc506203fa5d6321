import type ts from 'typescript';
import { unwrap } from './_ast.js';

/** A value the analysis could compute, with the node it was written at. */
export interface StaticValue<T> {
	readonly value: T;
	readonly node: ts.Expression;
}

// Resolution through consts stops after this many hops so cyclic or pathological code cannot hang an editor.
const MAX_DEPTH = 8;

/**
 * The initializer of the `const` that `identifier` names, when it is declared in the same
 * file. Resolved by name through the enclosing scopes' statements, without a type checker,
 * so the lint rules can run on files with no program.
 */
export function resolveConst(t: typeof ts, identifier: ts.Identifier): ts.Expression | undefined {
	const name = identifier.text;
	for (let scope: ts.Node | undefined = identifier.parent; scope !== undefined; scope = scope.parent) {
		if (!t.isSourceFile(scope) && !t.isBlock(scope) && !t.isModuleBlock(scope)) continue;
		for (const statement of scope.statements) {
			if (!t.isVariableStatement(statement) || (statement.declarationList.flags & t.NodeFlags.Const) === 0) continue;
			for (const declaration of statement.declarationList.declarations) {
				if (t.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer !== undefined) {
					return unwrap(t, declaration.initializer);
				}
			}
		}
	}
	return undefined;
}

/**
 * Follows identifiers to same-file `const` initializers and strips casts, so a recogniser
 * sees `{ title }` through `const embed = { title }`.
 */
export function resolveExpression(t: typeof ts, node: ts.Expression, depth = 0): ts.Expression {
	const inner = unwrap(t, node);
	if (depth < MAX_DEPTH && t.isIdentifier(inner)) {
		const target = resolveConst(t, inner);
		if (target !== undefined) return resolveExpression(t, target, depth + 1);
	}
	return inner;
}

/**
 * The string an expression always evaluates to: a string literal, a template without
 * substitutions (or whose substitutions are themselves static), `+` concatenation, or a
 * same-file `const`. Undefined when it cannot be known without running the program.
 */
export function staticString(t: typeof ts, node: ts.Expression, depth = 0): string | undefined {
	if (depth > MAX_DEPTH) return undefined;
	const inner = unwrap(t, node);
	if (t.isStringLiteral(inner) || t.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
	if (t.isTemplateExpression(inner)) {
		let text = inner.head.text;
		for (const span of inner.templateSpans) {
			const part = staticString(t, span.expression, depth + 1) ?? staticNumber(t, span.expression, depth + 1)?.toString();
			if (part === undefined) return undefined;
			text += part + span.literal.text;
		}
		return text;
	}
	if (t.isBinaryExpression(inner) && inner.operatorToken.kind === t.SyntaxKind.PlusToken) {
		const left = staticString(t, inner.left, depth + 1);
		const right = staticString(t, inner.right, depth + 1);
		if (left !== undefined && right !== undefined) return left + right;
		return undefined;
	}
	if (t.isIdentifier(inner)) {
		const target = resolveConst(t, inner);
		return target === undefined ? undefined : staticString(t, target, depth + 1);
	}
	// `'x'.repeat(n)` is how tests and careless code write long strings.
	if (t.isCallExpression(inner) && t.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'repeat') {
		const base = staticString(t, inner.expression.expression, depth + 1);
		const count = inner.arguments[0] === undefined ? undefined : staticNumber(t, inner.arguments[0], depth + 1);
		if (base !== undefined && count !== undefined && count >= 0 && count < 1e6) return base.repeat(count);
	}
	return undefined;
}

/** The number an expression always evaluates to (literal, unary minus, same-file const). */
export function staticNumber(t: typeof ts, node: ts.Expression, depth = 0): number | undefined {
	if (depth > MAX_DEPTH) return undefined;
	const inner = unwrap(t, node);
	if (t.isNumericLiteral(inner)) return Number(inner.text.replaceAll('_', ''));
	if (t.isPrefixUnaryExpression(inner) && inner.operator === t.SyntaxKind.MinusToken) {
		const value = staticNumber(t, inner.operand, depth + 1);
		return value === undefined ? undefined : -value;
	}
	if (t.isIdentifier(inner)) {
		const target = resolveConst(t, inner);
		return target === undefined ? undefined : staticNumber(t, target, depth + 1);
	}
	return undefined;
}

/** Whether an expression is the literal `true` (directly or through a same-file const). */
export function staticBoolean(t: typeof ts, node: ts.Expression): boolean | undefined {
	const inner = resolveExpression(t, node);
	if (inner.kind === t.SyntaxKind.TrueKeyword) return true;
	if (inner.kind === t.SyntaxKind.FalseKeyword) return false;
	return undefined;
}

/** A static string together with the node it came from, for reporting. */
export function staticStringValue(t: typeof ts, node: ts.Expression | undefined): StaticValue<string> | undefined {
	if (node === undefined) return undefined;
	const value = staticString(t, node);
	return value === undefined ? undefined : { value, node };
}

/** The non-spread elements of an array literal (through a same-file const); empty otherwise. */
export function arrayElementsOf(t: typeof ts, node: ts.Expression | undefined): ts.Expression[] {
	if (node === undefined) return [];
	const target = resolveExpression(t, node);
	if (!t.isArrayLiteralExpression(target)) return [];
	return target.elements.filter((element) => !t.isSpreadElement(element)).map((element) => unwrap(t, element));
}
