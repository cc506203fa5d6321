import type ts from 'typescript';
import { MessageLimits } from 'ovenjs/knowledge';
import { declaredInitializer, unwrap, walk } from './_ast.js';
import { finding, formatMessage, type Finding } from './Finding.js';

/** Message templates of the bulk-operation check, by finding code. */
export const BulkMessages = {
	'per-message-delete':
		'Deleting messages one at a time in a loop costs a request each and runs into rate limits; channel.bulkDelete() removes up to {max} (younger than 14 days) in one request.',
	'per-role-edit':
		'Adding or removing roles one at a time in a loop costs a request each; roles.{method}() takes an array (or member.edit({ roles })) in one request.',
} as const;

/** A finding code of the bulk-operation check. */
export type BulkFindingCode = keyof typeof BulkMessages;

// What a collection's name says it holds: messages, or things with no bulk delete.
const MESSAGES = /^(messages?|msgs?|\w*Messages|\w*Msgs)$/i;
const NOT_MESSAGES = /(channel|role|member|user|emoji|guild|ban|thread|invite|sticker|webhook|command|reaction|file|key)s?$/i;
// An item name that says it is a message when the collection says nothing.
const MESSAGE_ITEM = /^(m|msg|message|\w*Message|\w*Msg)$/;
// Calls and accesses that keep a collection's items: `.values()`, `.cache`, `.filter(…)`, `Array.from(x)`.
const PASS_THROUGH = /^(values|cache|array|toJSON|filter|first|last|random|sort|reverse|slice|concat)$/;

interface Loop {
	/** The per-item variable. */
	readonly item: string;
	readonly itemNode: ts.Identifier;
	/** What is iterated (or the callback's receiver). */
	readonly collection: ts.Expression;
	readonly body: ts.Node;
}

function loopsOf(t: typeof ts, node: ts.Node): Loop | undefined {
	if (t.isForOfStatement(node) && t.isVariableDeclarationList(node.initializer)) {
		const name = node.initializer.declarations[0]?.name;
		if (name !== undefined && t.isIdentifier(name))
			return { item: name.text, itemNode: name, collection: node.expression, body: node.statement };
	}
	if (t.isCallExpression(node) && t.isPropertyAccessExpression(node.expression) && ['forEach', 'map'].includes(node.expression.name.text)) {
		const callback = node.arguments[0];
		const param =
			callback !== undefined && (t.isArrowFunction(callback) || t.isFunctionExpression(callback))
				? callback.parameters[0]?.name
				: undefined;
		if (
			callback !== undefined &&
			param !== undefined &&
			t.isIdentifier(param) &&
			(t.isArrowFunction(callback) || t.isFunctionExpression(callback))
		) {
			return { item: param.text, itemNode: param, collection: node.expression.expression, body: callback.body };
		}
	}
	return undefined;
}

/** The expression that names a collection, past `.values()`, `.cache`, `.filter(…)`, `Array.from(…)` and spreads. */
function collectionCore(t: typeof ts, node: ts.Expression): ts.Expression {
	let current = unwrap(t, node);
	for (;;) {
		if (
			t.isCallExpression(current) &&
			t.isPropertyAccessExpression(current.expression) &&
			PASS_THROUGH.test(current.expression.name.text)
		) {
			current = unwrap(t, current.expression.expression);
		} else if (t.isCallExpression(current) && current.expression.getText() === 'Array.from' && current.arguments[0] !== undefined) {
			current = unwrap(t, current.arguments[0]);
		} else if (t.isPropertyAccessExpression(current) && PASS_THROUGH.test(current.name.text)) {
			current = unwrap(t, current.expression);
		} else if (t.isArrayLiteralExpression(current) && current.elements.length === 1 && t.isSpreadElement(current.elements[0]!)) {
			current = unwrap(t, current.elements[0].expression);
		} else if (t.isAwaitExpression(current)) {
			current = unwrap(t, current.expression);
		} else {
			return current;
		}
	}
}

/** What the shape of the code says a collection holds: messages, something else, or nothing known. */
function collectionHolds(t: typeof ts, node: ts.Expression, depth = 0): 'messages' | 'other' | undefined {
	const core = collectionCore(t, node);
	if (t.isCallExpression(core) && t.isPropertyAccessExpression(core.expression)) {
		// `channel.messages.fetch()`, `channel.awaitMessages()`
		const method = core.expression.name.text;
		if (method === 'awaitMessages') return 'messages';
		if (method === 'fetch') return collectionHolds(t, core.expression.expression, depth + 1);
		return undefined;
	}
	const name = t.isIdentifier(core) ? core.text : t.isPropertyAccessExpression(core) ? core.name.text : undefined;
	if (name === undefined) return undefined;
	if (MESSAGES.test(name)) return 'messages';
	if (NOT_MESSAGES.test(name)) return 'other';
	if (t.isIdentifier(core) && depth < 3) {
		const initializer = declaredInitializer(t, core, core.text);
		if (initializer !== undefined) return collectionHolds(t, initializer, depth + 1);
	}
	return undefined;
}

/** Whether a value's type is discord.js's (or OvenJS's) message: it can be pinned and reacted to. */
function typedAsMessage(checker: ts.TypeChecker, node: ts.Node): boolean | undefined {
	const type = checker.getTypeAtLocation(node);
	if (type.getProperties().length === 0) return undefined;
	return type.getProperty('pin') !== undefined && type.getProperty('react') !== undefined;
}

/**
 * Whether the items of a loop are messages: by the item's type where types exist; otherwise by
 * what the collection is (its name past `.cache`/`.values()`, a `messages.fetch()` it was
 * read from), and only when the collection says nothing, by the item's name.
 */
function loopsOverMessages(t: typeof ts, loop: Loop, checker: ts.TypeChecker | undefined): boolean {
	if (checker !== undefined) {
		const typed = typedAsMessage(checker, loop.itemNode);
		if (typed !== undefined) return typed;
	}
	const holds = collectionHolds(t, loop.collection);
	if (holds !== undefined) return holds === 'messages';
	return MESSAGE_ITEM.test(loop.item);
}

/**
 * Whether a function around `node` already calls `bulkDelete`: a loop there deletes what the
 * bulk call cannot (messages older than 14 days), one at a time on purpose.
 */
function bulkDeletesAround(t: typeof ts, node: ts.Node): boolean {
	for (let scope: ts.Node | undefined = node.parent; scope !== undefined; scope = scope.parent) {
		if (!t.isFunctionLike(scope) && !t.isSourceFile(scope)) continue;
		let found = false;
		walk(t, scope, (inner) => {
			if (t.isPropertyAccessExpression(inner) && inner.name.text === 'bulkDelete') found = true;
		});
		if (found) return true;
		if (t.isSourceFile(scope)) return false;
	}
	return false;
}

/** Per-item REST calls in loops where Discord has a bulk endpoint: message deletes and role edits. */
export function findPerItemRequests(t: typeof ts, file: ts.SourceFile, checker?: ts.TypeChecker): Finding<BulkFindingCode>[] {
	const out: Finding<BulkFindingCode>[] = [];
	walk(t, file, (node) => {
		const loop = loopsOf(t, node);
		if (loop === undefined || bulkDeletesAround(t, node)) return;
		const isItem = (arg: ts.Expression | undefined): boolean => arg !== undefined && t.isIdentifier(arg) && arg.text === loop.item;
		walk(t, loop.body, (inner) => {
			if (!t.isCallExpression(inner) || !t.isPropertyAccessExpression(inner.expression)) return;
			const method = inner.expression.name.text;
			const receiver = inner.expression.expression;
			// `item.delete()` needs the loop to be about messages; `x.messages.delete(item)` says so itself.
			const selfDelete = inner.arguments.length === 0 && isItem(receiver) && loopsOverMessages(t, loop, checker);
			if (method === 'delete' && (selfDelete || (isItem(inner.arguments[0]) && /messages$/.test(receiver.getText())))) {
				const data = { max: MessageLimits.bulkDelete.max };
				out.push(finding(inner, 'per-message-delete', formatMessage(BulkMessages['per-message-delete'], data), data));
			} else if ((method === 'add' || method === 'remove') && /\broles$/.test(receiver.getText()) && isItem(inner.arguments[0])) {
				const data = { method };
				out.push(finding(inner, 'per-role-edit', formatMessage(BulkMessages['per-role-edit'], data), data));
			}
		});
	});
	return out;
}
