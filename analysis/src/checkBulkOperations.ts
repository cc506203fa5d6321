import type ts from 'typescript';
import { MessageLimits } from 'ovenjs/knowledge';
import { walk } from './_ast.js';
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

// Names that say a loop walks messages; a loop over roles or channels has no bulk delete.
const MESSAGE_NAME = /msg|message/i;

interface Loop {
	/** The per-item variable. */
	readonly item: string;
	/** The text of what is iterated (or the callback's receiver). */
	readonly over: string;
	readonly body: ts.Node;
}

function loopsOf(t: typeof ts, node: ts.Node): Loop | undefined {
	if (t.isForOfStatement(node) && t.isVariableDeclarationList(node.initializer)) {
		const name = node.initializer.declarations[0]?.name;
		if (name !== undefined && t.isIdentifier(name)) return { item: name.text, over: node.expression.getText(), body: node.statement };
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
			return { item: param.text, over: node.expression.expression.getText(), body: callback.body };
		}
	}
	return undefined;
}

/** Per-item REST calls in loops where Discord has a bulk endpoint: message deletes and role edits. */
export function findPerItemRequests(t: typeof ts, file: ts.SourceFile): Finding<BulkFindingCode>[] {
	const out: Finding<BulkFindingCode>[] = [];
	walk(t, file, (node) => {
		const loop = loopsOf(t, node);
		if (loop === undefined) return;
		const isItem = (arg: ts.Expression | undefined): boolean => arg !== undefined && t.isIdentifier(arg) && arg.text === loop.item;
		walk(t, loop.body, (inner) => {
			if (!t.isCallExpression(inner) || !t.isPropertyAccessExpression(inner.expression)) return;
			const method = inner.expression.name.text;
			const receiver = inner.expression.expression;
			const messages = MESSAGE_NAME.test(loop.item) || MESSAGE_NAME.test(loop.over);
			// `item.delete()` needs the loop to be about messages; `x.messages.delete(item)` says so itself.
			const selfDelete = inner.arguments.length === 0 && isItem(receiver) && messages;
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
