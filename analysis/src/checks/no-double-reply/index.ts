import type ts from 'typescript';
import { unwrap } from '../../_ast.js';
import { interactionHandlers } from '../../checkAcknowledge.js';
import { finding, formatMessage, type Finding } from '../../Finding.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** Message templates of `no-double-reply`. */
export const DoubleReplyMessages = {
	'reply-after-reply':
		'{param} was already answered with {first}() above; a second {second}() fails with InteractionAlreadyReplied. Use {param}.followUp() for another message.',
	'reply-after-defer':
		'{param} was deferred with deferReply() above; {second}() now fails with InteractionAlreadyReplied. Send the answer with {param}.editReply().',
} as const;

// First responses: an interaction takes exactly one of these.
const FIRST_RESPONSES: ReadonlySet<string> = new Set(['reply', 'deferReply', 'update', 'deferUpdate', 'showModal']);

/** `param.method(...)` at the top of a statement (`await`, `return` and `void` allowed), if it is a first response. */
function responseOf(t: typeof ts, statement: ts.Statement, param: string): { call: ts.CallExpression; method: string } | undefined {
	let expression: ts.Expression | undefined;
	if (t.isExpressionStatement(statement)) expression = statement.expression;
	else if (t.isVariableStatement(statement)) expression = statement.declarationList.declarations[0]?.initializer;
	if (expression === undefined) return undefined;
	let node = unwrap(t, expression);
	if (t.isAwaitExpression(node) || t.isVoidExpression(node)) node = unwrap(t, node.expression);
	if (!t.isCallExpression(node) || !t.isPropertyAccessExpression(node.expression)) return undefined;
	const receiver = unwrap(t, node.expression.expression);
	const method = node.expression.name.text;
	if (!t.isIdentifier(receiver) || receiver.text !== param || !FIRST_RESPONSES.has(method)) return undefined;
	return { call: node, method };
}

/**
 * Second first-responses in one straight run of statements: `reply` after `reply`, or `reply`
 * after `deferReply`, in the same block with no `return`/`throw` between. Responses in
 * different branches, loops or callbacks are left alone: only one of them may run.
 */
export function findDoubleReplies(t: typeof ts, file: ts.SourceFile): Finding<keyof typeof DoubleReplyMessages>[] {
	const out: Finding<keyof typeof DoubleReplyMessages>[] = [];
	for (const { fn, param } of interactionHandlers(t, file)) {
		const visitBlock = (statements: readonly ts.Statement[]): void => {
			let first: string | undefined;
			for (const statement of statements) {
				if (t.isReturnStatement(statement) || t.isThrowStatement(statement)) break;
				const response = responseOf(t, statement, param);
				if (response !== undefined && first !== undefined) {
					const deferred = first === 'deferReply' && (response.method === 'reply' || response.method === 'deferReply');
					const code = deferred ? 'reply-after-defer' : 'reply-after-reply';
					const data = { param, first, second: response.method };
					const name = response.call.expression as ts.PropertyAccessExpression;
					const replacement = deferred ? 'editReply' : 'followUp';
					out.push(
						finding(response.call, code, formatMessage(DoubleReplyMessages[code], data), data, [
							{
								description: `Use ${param}.${replacement}()`,
								// The options differ a little (`fetchReply`, `ephemeral` on an edit), so a person checks it.
								safe: false,
								edits: [{ start: name.name.getStart(), end: name.name.getEnd(), text: replacement }],
							},
						]),
					);
					continue;
				}
				if (response !== undefined && (response.method === 'reply' || response.method === 'deferReply')) first = response.method;
			}
		};
		const visit = (node: ts.Node): void => {
			if (t.isBlock(node)) visitBlock(node.statements);
			if (node !== fn.body && t.isFunctionLike(node)) return;
			t.forEachChild(node, visit);
		};
		if (fn.body !== undefined) visit(fn.body);
	}
	return out;
}

/** `no-double-reply`: an interaction answered twice, or replied to after deferReply. */
export default defineCheck({
	id: 'no-double-reply',
	description: 'Disallow answering an interaction twice, or replying after deferReply instead of editReply or followUp.',
	kind: 'problem',
	messages: DoubleReplyMessages,
	codes: { 'reply-after-reply': 93100, 'reply-after-defer': 93101 },
	severity: 'error',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: true },
	anyFile: false,
	run: (t, file) => findDoubleReplies(t, file),
});
