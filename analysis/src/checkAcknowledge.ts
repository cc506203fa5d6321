import type ts from 'typescript';
import { walk } from './_ast.js';
import { finding, formatMessage, type Finding } from './Finding.js';
import { readListener } from './readListeners.js';

/** Message templates of the acknowledge check, by finding code. */
export const AcknowledgeMessages = {
	'slow-work-before-acknowledge':
		'This await runs before the interaction is answered; Discord fails the interaction if no response comes within 3 seconds. Call {param}.deferReply() first, or answer before the slow work.',
} as const;

/** A finding code of the acknowledge check. */
export type AcknowledgeFindingCode = keyof typeof AcknowledgeMessages;

/**
 * Methods that acknowledge an interaction (discord.js and OvenJS alike).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export const ACKNOWLEDGE_METHODS: ReadonlySet<string> = new Set([
	'reply',
	'deferReply',
	'deferUpdate',
	'update',
	'showModal',
	'respond',
	'defer',
]);

// Parameter names under which command handlers receive the interaction.
const INTERACTION_PARAM = /^(interaction|inter|int|i|ctx)$/;

type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

/** The interaction handlers of a file: `interactionCreate` listeners and functions whose first parameter is `interaction`. */
export function interactionHandlers(t: typeof ts, file: ts.SourceFile): { fn: FunctionLike; param: string }[] {
	const out: { fn: FunctionLike; param: string }[] = [];
	walk(t, file, (node) => {
		if (t.isCallExpression(node)) {
			const listener = readListener(t, node);
			const param = listener?.handler?.parameters[0]?.name;
			if (
				(listener?.event === 'interactionCreate' || listener?.event === 'INTERACTION_CREATE') &&
				listener.handler !== undefined &&
				param !== undefined &&
				t.isIdentifier(param)
			) {
				out.push({ fn: listener.handler, param: param.text });
			}
		} else if (t.isArrowFunction(node) || t.isFunctionExpression(node) || t.isFunctionDeclaration(node) || t.isMethodDeclaration(node)) {
			const param = node.parameters[0]?.name;
			const isListener = t.isCallExpression(node.parent) && readListener(t, node.parent) !== undefined;
			if (!isListener && param !== undefined && t.isIdentifier(param) && INTERACTION_PARAM.test(param.text) && param.text.length > 1) {
				out.push({ fn: node, param: param.text });
			}
		}
	});
	return out;
}

/**
 * The first `await` in a handler that comes before any acknowledgment, in source order and
 * outside nested functions; undefined when the handler answers first.
 */
export function firstAwaitBeforeAcknowledge(t: typeof ts, fn: FunctionLike, param: string): ts.AwaitExpression | undefined {
	if (fn.body === undefined) return undefined;
	let result: ts.AwaitExpression | undefined;
	let done = false;
	const visit = (node: ts.Node): void => {
		if (done) return;
		if (
			t.isCallExpression(node) &&
			t.isPropertyAccessExpression(node.expression) &&
			ACKNOWLEDGE_METHODS.has(node.expression.name.text) &&
			t.isIdentifier(node.expression.expression) &&
			node.expression.expression.text === param
		) {
			done = true;
			return;
		}
		if (t.isAwaitExpression(node)) {
			// `await interaction.reply()` is itself the answer; check the operand first.
			visit(node.expression);
			if (!done) {
				result = node;
				done = true;
			}
			return;
		}
		if (t.isFunctionLike(node)) return;
		t.forEachChild(node, visit);
	};
	t.forEachChild(fn.body, visit);
	return result;
}

/** Every interaction handler that awaits other work before answering, with a suggestion to defer first. */
export function findSlowWorkBeforeAcknowledge(t: typeof ts, file: ts.SourceFile): Finding<AcknowledgeFindingCode>[] {
	const out: Finding<AcknowledgeFindingCode>[] = [];
	for (const { fn, param } of interactionHandlers(t, file)) {
		const slow = firstAwaitBeforeAcknowledge(t, fn, param);
		if (slow === undefined) continue;
		let statement: ts.Node = slow;
		while (!t.isBlock(statement.parent) && !t.isSourceFile(statement.parent)) statement = statement.parent;
		const start = statement.getStart();
		const lineStart = file.text.lastIndexOf('\n', start - 1) + 1;
		const indent = file.text.slice(lineStart, start).match(/^\s*/)?.[0] ?? '';
		const data = { param };
		out.push(
			finding(slow, 'slow-work-before-acknowledge', formatMessage(AcknowledgeMessages['slow-work-before-acknowledge'], data), data, [
				{
					description: `Defer the reply before this work: await ${param}.deferReply()`,
					// Deferring changes how the answer must be sent later (editReply), so it is never automatic.
					safe: false,
					edits: [{ start, end: start, text: `await ${param}.deferReply();\n${indent}` }],
				},
			]),
		);
	}
	return out;
}
