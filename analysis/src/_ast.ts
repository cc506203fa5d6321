import type ts from 'typescript';

// Small syntax helpers shared by the recognisers. Internal: not exported from the package.

/** Strips parentheses, `as`, `satisfies`, `!` and `<T>` casts, which never change a value. */
export function unwrap(t: typeof ts, node: ts.Expression): ts.Expression {
	let current = node;
	for (;;) {
		if (
			t.isParenthesizedExpression(current) ||
			t.isAsExpression(current) ||
			t.isNonNullExpression(current) ||
			t.isSatisfiesExpression(current) ||
			t.isTypeAssertionExpression(current)
		) {
			current = current.expression;
		} else {
			return current;
		}
	}
}

/** The static name of a property or member, if it has one. */
export function nameOf(t: typeof ts, name: ts.PropertyName | ts.MemberName | undefined): string | undefined {
	if (name === undefined) return undefined;
	if (t.isIdentifier(name) || t.isPrivateIdentifier(name)) return name.text;
	if (t.isStringLiteral(name) || t.isNumericLiteral(name) || t.isNoSubstitutionTemplateLiteral(name)) return name.text;
	return undefined;
}

/** The initializer of the property `key` of an object literal (any of `keys`), if present. */
export function getProperty(t: typeof ts, object: ts.ObjectLiteralExpression, ...keys: string[]): ts.Expression | undefined {
	for (let i = object.properties.length - 1; i >= 0; i--) {
		const property = object.properties[i];
		if (property === undefined) continue;
		if (t.isPropertyAssignment(property)) {
			const name = nameOf(t, property.name);
			if (name !== undefined && keys.includes(name)) return unwrap(t, property.initializer);
		} else if (t.isShorthandPropertyAssignment(property) && keys.includes(property.name.text)) {
			return property.name;
		}
	}
	return undefined;
}

/** Whether an object literal has the property `key`. */
export function hasProperty(t: typeof ts, object: ts.ObjectLiteralExpression, ...keys: string[]): boolean {
	return getProperty(t, object, ...keys) !== undefined;
}

/** `x.name(...)` → `name`; `name(...)` → `name`. */
export function calleeName(t: typeof ts, call: ts.CallExpression | ts.NewExpression): string | undefined {
	const callee = unwrap(t, call.expression);
	if (t.isIdentifier(callee)) return callee.text;
	if (t.isPropertyAccessExpression(callee)) return callee.name.text;
	return undefined;
}

/** The property name written at the place `node` sits in, e.g. `embeds` for `{ embeds: [node] }`. */
export function enclosingPropertyName(t: typeof ts, node: ts.Node): string | undefined {
	let current: ts.Node = node;
	while (
		t.isParenthesizedExpression(current.parent) ||
		t.isArrayLiteralExpression(current.parent) ||
		t.isAsExpression(current.parent) ||
		t.isSatisfiesExpression(current.parent)
	) {
		current = current.parent;
	}
	const parent = current.parent;
	if (parent !== undefined && t.isPropertyAssignment(parent) && parent.initializer === current) return nameOf(t, parent.name);
	return undefined;
}

/** The elements of an array literal, or undefined for anything else. Spreads are kept. */
export function arrayElements(t: typeof ts, node: ts.Expression | undefined): readonly ts.Expression[] | undefined {
	if (node === undefined) return undefined;
	const inner = unwrap(t, node);
	return t.isArrayLiteralExpression(inner) ? inner.elements : undefined;
}

/** Arguments of a rest-parameter call, flattening one array literal argument (`add(a, b)` or `add([a, b])`). */
export function restArguments(t: typeof ts, args: readonly ts.Expression[]): ts.Expression[] {
	const out: ts.Expression[] = [];
	for (const arg of args) {
		const elements = arrayElements(t, arg);
		if (elements === undefined) out.push(unwrap(t, arg));
		else for (const element of elements) out.push(unwrap(t, element));
	}
	return out;
}

// Every check walks the whole file; a lint run does it once per rule. The flattened node list
// is kept per file so only the first walk pays for the traversal. Weak: files are let go.
const flattened = new WeakMap<ts.SourceFile, readonly ts.Node[]>();

/** Calls `visit` on every node under `root` (root included), depth first in source order. */
export function walk(t: typeof ts, root: ts.Node, visit: (node: ts.Node) => void): void {
	if (t.isSourceFile(root)) {
		let nodes = flattened.get(root);
		if (nodes === undefined) {
			const list: ts.Node[] = [];
			const collect = (node: ts.Node): void => {
				list.push(node);
				t.forEachChild(node, collect);
			};
			collect(root);
			nodes = list;
			flattened.set(root, nodes);
		}
		for (const node of nodes) visit(node);
		return;
	}
	const recurse = (node: ts.Node): void => {
		visit(node);
		t.forEachChild(node, recurse);
	};
	recurse(root);
}

/** The innermost node whose text (trivia excluded) contains `position`. */
export function nodeAt(t: typeof ts, file: ts.SourceFile, position: number): ts.Node | undefined {
	let found: ts.Node | undefined;
	const visit = (node: ts.Node): void => {
		if (position >= node.getStart(file) && position < node.getEnd()) {
			found = node;
			t.forEachChild(node, visit);
		}
	};
	t.forEachChild(file, visit);
	return found;
}

/** The initializer of the variable `name` declared in a block (or the file) around `at`, if any: what a local name holds. */
export function declaredInitializer(t: typeof ts, at: ts.Node, name: string): ts.Expression | undefined {
	for (let scope: ts.Node | undefined = at.parent; scope !== undefined; scope = scope.parent) {
		if (!t.isBlock(scope) && !t.isSourceFile(scope)) continue;
		for (const statement of scope.statements) {
			if (!t.isVariableStatement(statement)) continue;
			for (const declaration of statement.declarationList.declarations)
				if (t.isIdentifier(declaration.name) && declaration.name.text === name) return declaration.initializer;
		}
	}
	return undefined;
}
