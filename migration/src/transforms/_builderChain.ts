import { Node, type CallExpression, type Expression } from 'ts-morph';

/** One call of a builder chain: `.setName('x')` → `{ method: 'setName', args: ['x'] }`. */
export interface ChainCall {
	readonly method: string;
	readonly args: readonly Expression[];
	readonly call: CallExpression;
}

/** A builder chain: the root (`new X(…)` or an identifier), the calls on it in order, and the outermost node. */
export interface BuilderChain {
	readonly root: Node;
	readonly calls: readonly ChainCall[];
	/** The whole chain expression (the last call, or the root when there is none). */
	readonly top: Node;
}

/** The chain of method calls made on `root`: `new X().a(1).b(2)` from `new X()`. */
export function chainFrom(root: Node): BuilderChain {
	const calls: ChainCall[] = [];
	let top: Node = root;
	for (;;) {
		const access = top.getParent();
		if (!Node.isPropertyAccessExpression(access) || access.getExpression() !== top) break;
		const call = access.getParent();
		if (!Node.isCallExpression(call) || call.getExpression() !== access) break;
		calls.push({ method: access.getName(), args: call.getArguments() as Expression[], call });
		top = call;
	}
	return { root, calls, top };
}

/** The start of a method chain: `x.a().b()` → `x`, `new X().a()` → `new X()`. */
export function chainStart(node: Node): Node {
	let current = node;
	for (;;) {
		if (Node.isParenthesizedExpression(current)) {
			current = current.getExpression();
			continue;
		}
		if (!Node.isCallExpression(current)) return current;
		const callee = current.getExpression();
		if (!Node.isPropertyAccessExpression(callee)) return current;
		current = callee.getExpression();
	}
}

/** The expression a one-parameter callback returns (`(o) => o.a()`, `function (o) { return o.a(); }`), with the parameter's name. */
export function callbackBody(node: Node | undefined): { readonly parameter: string; readonly body: Expression } | undefined {
	if (!Node.isArrowFunction(node) && !Node.isFunctionExpression(node)) return undefined;
	const [parameter, ...others] = node.getParameters();
	if (parameter === undefined || others.length > 0 || !Node.isIdentifier(parameter.getNameNode())) return undefined;
	const body = node.getBody();
	if (Node.isBlock(body)) {
		const [only, ...rest] = body.getStatements();
		if (!Node.isReturnStatement(only) || rest.length > 0) return undefined;
		const value = only.getExpression();
		return value === undefined ? undefined : { parameter: parameter.getName(), body: value };
	}
	return Node.isExpression(body) ? { parameter: parameter.getName(), body } : undefined;
}

/** `'x'` → `x` when it is an identifier, else the quoted text: an object key. */
export function keyText(literal: string): string {
	return /^[A-Za-z_$][\w$]*$/.test(literal) ? literal : `'${literal.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The literal value of a string literal (or template without substitutions), else undefined. */
export function stringValue(node: Node | undefined): string | undefined {
	return Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node) ? node.getLiteralValue() : undefined;
}
