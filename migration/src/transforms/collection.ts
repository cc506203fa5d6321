import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import type { Transform, TransformContext } from '../Transform.js';
import { discordJsPath, excerpt } from './_discordJs.js';
import { discordModuleBindings, mentionsAny } from './_discordModules.js';

/** Collection methods a `Map` has with the same meaning. */
const MAP_METHODS = new Set(['get', 'set', 'has', 'delete', 'clear', 'forEach', 'keys', 'values', 'entries']);

/**
 * Collection-only methods rewritten for a `Map` when their callback takes the value only
 * (discord.js passes `(value, key, collection)`, arrays `(value, index, array)`).
 */
const ARRAY_METHODS = new Set(['find', 'some', 'every', 'map']);

/** The one-parameter callback of a call, or undefined. */
function valueCallback(call: CallExpression): string | undefined {
	const [callback, ...rest] = call.getArguments();
	if (rest.length > 0 || !(Node.isArrowFunction(callback) || Node.isFunctionExpression(callback)) || callback.getParameters().length !== 1)
		return undefined;
	return callback.getText();
}

/** Rewrites `x.first()`, `x.find(v => …)`, … on a Map; returns false when it cannot. */
function rewriteCall(call: CallExpression, receiver: string, method: string): boolean {
	const none = call.getArguments().length === 0;
	const callback = valueCallback(call);
	if (method === 'first' && none) call.replaceWithText(`${receiver}.values().next().value`);
	else if (method === 'last' && none) call.replaceWithText(`[...${receiver}.values()].at(-1)`);
	else if (method === 'firstKey' && none) call.replaceWithText(`${receiver}.keys().next().value`);
	else if (ARRAY_METHODS.has(method) && callback !== undefined) call.replaceWithText(`[...${receiver}.values()].${method}(${callback})`);
	else if (method === 'filter' && callback !== undefined)
		call.replaceWithText(`new Map([...${receiver}].filter(([, value]) => (${callback})(value)))`);
	else return false;
	return true;
}

/** Names (`commands`, `client.commands`, `this.commands`) given a `new Collection()`. */
function holders(news: readonly Node[]): Set<string> {
	const names = new Set<string>();
	for (const expression of news) {
		const parent = expression.getParent();
		if (Node.isVariableDeclaration(parent)) names.add(parent.getName());
		else if (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken)
			names.add(parent.getLeft().getText());
		else if (Node.isPropertyDeclaration(parent)) names.add(`this.${parent.getName()}`);
	}
	return names;
}

/**
 * `Collection` → `Map`: `new Collection<K, V>()` and `Collection<K, V>` types; on the variables
 * and properties holding one, `first()`/`last()`/`firstKey()` and one-parameter
 * `find`/`some`/`every`/`map`/`filter` are rewritten for a Map and other Collection-only
 * methods are marked.
 */
export const collection: Transform = {
	name: 'collection',
	description: "discord.js's Collection becomes a Map; its extra methods are rewritten or marked.",
	apply(file, context: TransformContext) {
		if (!mentionsAny(file, ['Collection'])) return;
		const bindings = discordModuleBindings(file);
		const news = file
			.getDescendantsOfKind(SyntaxKind.NewExpression)
			.filter((n) => discordJsPath(n.getExpression(), bindings)?.join('.') === 'Collection');
		const names = holders(news);
		for (const expression of news) expression.getExpression().replaceWithText('Map');
		for (const reference of file.getDescendantsOfKind(SyntaxKind.TypeReference)) {
			if (discordJsPath(reference.getTypeName(), bindings)?.join('.') === 'Collection') reference.getTypeName().replaceWithText('Map');
		}
		for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
			if (call.wasForgotten()) continue;
			const callee = call.getExpression();
			if (!Node.isPropertyAccessExpression(callee) || !names.has(callee.getExpression().getText())) continue;
			const method = callee.getName();
			if (MAP_METHODS.has(method) || rewriteCall(call, callee.getExpression().getText(), method)) continue;
			context.todo(
				call,
				`\`${excerpt(call)}\`: ${method}() is Collection-only and ${callee.getExpression().getText()} is now a Map; rewrite it over [...map.values()] or [...map].`,
			);
		}
	},
};
