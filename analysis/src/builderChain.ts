import type ts from 'typescript';
import { unwrap } from './_ast.js';
import { resolveConst } from './evaluate.js';

/** One method call of a builder chain, e.g. `.setTitle('x')`. */
export interface BuilderCall {
	readonly method: string;
	readonly args: readonly ts.Expression[];
	readonly node: ts.CallExpression;
}

/** A builder chain: `new EmbedBuilder().setTitle(...).addFields(...)`. */
export interface BuilderChain {
	/** The class constructed at the root, e.g. `EmbedBuilder`. */
	readonly className: string;
	/** The `new X(...)` expression at the root. */
	readonly root: ts.NewExpression;
	/** The calls in source order, including calls on a same-file `const` holding the builder. */
	readonly calls: readonly BuilderCall[];
	/** The outermost expression of the chain. */
	readonly node: ts.Expression;
}

/**
 * Reads `node` as a builder chain whose root is `new <class>(...)` with a class in
 * `classes`. A chain may start from a same-file const (`const e = new EmbedBuilder();
 * e.setTitle(...)` is not followed; `base.setTitle()` where `const base = new ...()` is).
 */
export function readBuilderChain(t: typeof ts, node: ts.Expression, classes: ReadonlySet<string>): BuilderChain | undefined {
	const calls: BuilderCall[] = [];
	let current = unwrap(t, node);
	for (let hops = 0; hops < 200; hops++) {
		if (t.isCallExpression(current) && t.isPropertyAccessExpression(current.expression)) {
			calls.unshift({ method: current.expression.name.text, args: current.arguments, node: current });
			current = unwrap(t, current.expression.expression);
		} else if (t.isNewExpression(current)) {
			const callee = unwrap(t, current.expression);
			const className = t.isIdentifier(callee) ? callee.text : t.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
			if (className === undefined || !classes.has(className)) return undefined;
			return { className, root: current, calls, node: unwrap(t, node) };
		} else if (t.isIdentifier(current)) {
			const target = resolveConst(t, current);
			if (target === undefined) return undefined;
			current = target;
		} else {
			return undefined;
		}
	}
	return undefined;
}

/** Whether `node` is the outermost call of a chain (its value is not chained further). */
export function isChainEnd(t: typeof ts, node: ts.Node): boolean {
	const parent = node.parent;
	if (parent === undefined) return true;
	if (t.isParenthesizedExpression(parent) || t.isNonNullExpression(parent)) return isChainEnd(t, parent);
	return !(t.isPropertyAccessExpression(parent) && parent.expression === node && t.isCallExpression(parent.parent));
}
