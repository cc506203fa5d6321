import type ts from 'typescript';
import { walk } from './_ast.js';
import { finding, formatMessage, type Finding } from './Finding.js';

/** Message templates of the floating-response check, by finding code. */
export const FloatingResponseMessages = {
	'floating-interaction-response':
		'The promise of {method}() is neither awaited nor returned: a failure goes unnoticed and later responses may race it. Await or return it.',
} as const;

/** A finding code of the floating-response check. */
export type FloatingResponseFindingCode = keyof typeof FloatingResponseMessages;

/** Interaction methods that send a response and return a promise (discord.js and OvenJS). */
export const RESPONSE_METHODS: ReadonlySet<string> = new Set([
	'reply',
	'deferReply',
	'followUp',
	'update',
	'deferUpdate',
	'editReply',
	'deleteReply',
	'showModal',
	'respond',
]);

function isThenable(t: typeof ts, checker: ts.TypeChecker, node: ts.Expression): boolean {
	const type = checker.getTypeAtLocation(node);
	const parts = type.isUnion() ? type.types : [type];
	return parts.some((part) => {
		const then = part.getProperty('then');
		return then !== undefined && checker.getTypeOfSymbolAtLocation(then, node).getCallSignatures().length > 0;
	});
}

/**
 * Response calls used as statements (`interaction.reply(...);`). With a checker only calls
 * that return a promise count, so a method of the same name on another object is left
 * alone; without one the receiver must be named like an interaction.
 */
export function findFloatingResponses(t: typeof ts, file: ts.SourceFile, checker?: ts.TypeChecker): Finding<FloatingResponseFindingCode>[] {
	const out: Finding<FloatingResponseFindingCode>[] = [];
	walk(t, file, (node) => {
		if (!t.isExpressionStatement(node)) return;
		const call = node.expression;
		if (!t.isCallExpression(call) || !t.isPropertyAccessExpression(call.expression)) return;
		const method = call.expression.name.text;
		if (!RESPONSE_METHODS.has(method)) return;
		if (checker === undefined ? !/interaction$/i.test(call.expression.expression.getText()) : !isThenable(t, checker, call)) return;
		let fn: ts.Node | undefined = node.parent;
		while (fn !== undefined && !t.isFunctionLike(fn)) fn = fn.parent;
		const isAsync = fn !== undefined && (t.getCombinedModifierFlags(fn as ts.Declaration) & t.ModifierFlags.Async) !== 0;
		const data = { method };
		const start = call.getStart();
		out.push(
			finding(
				call,
				'floating-interaction-response',
				formatMessage(FloatingResponseMessages['floating-interaction-response'], data),
				data,
				isAsync ? [{ description: `Await ${method}()`, safe: false, edits: [{ start, end: start, text: 'await ' }] }] : [],
			),
		);
	});
	return out;
}
