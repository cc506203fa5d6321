import type ts from 'typescript';
import { nameOf, unwrap, walk } from './_ast.js';
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
 * Methods that give an interaction its first response (discord.js and OvenJS alike).
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

/**
 * Methods that only work once the interaction was answered or deferred: a handler whose first
 * response is one of these was deferred before it ran (by a dispatcher, a framework guard).
 */
export const LATER_RESPONSE_METHODS: ReadonlySet<string> = new Set(['followUp', 'editReply', 'deleteReply', 'fetchReply']);

// Parameter names under which command handlers receive the interaction.
const INTERACTION_PARAM = /^(interaction|inter|int|ctx|itr)$|Interaction$/;

type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

function isFunctionLike(t: typeof ts, node: ts.Node): node is FunctionLike {
	return t.isArrowFunction(node) || t.isFunctionExpression(node) || t.isFunctionDeclaration(node) || t.isMethodDeclaration(node);
}

/** The name a function goes by: its own, its method's or property's, or its variable's. */
function functionName(t: typeof ts, fn: FunctionLike): string | undefined {
	if (fn.name !== undefined) return nameOf(t, fn.name);
	const parent = fn.parent;
	if (t.isPropertyAssignment(parent) || t.isVariableDeclaration(parent) || t.isPropertyDeclaration(parent))
		return t.isIdentifier(parent.name) || t.isStringLiteral(parent.name) ? parent.name.text : undefined;
	return undefined;
}

/**
 * Candidate interaction handlers of a file: `interactionCreate` listeners, and functions whose
 * first parameter is named or typed like an interaction (`execute(interaction)`,
 * `run(i: ButtonInteraction)`). {@link findSlowWorkBeforeAcknowledge} keeps those that answer.
 */
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
		} else if (isFunctionLike(t, node)) {
			const first = node.parameters[0];
			const param = first?.name;
			const isListener = t.isCallExpression(node.parent) && readListener(t, node.parent) !== undefined;
			if (isListener || param === undefined || !t.isIdentifier(param)) return;
			// Every member of the annotated union an interaction: `Message | CommandInteraction` is a helper that answers either.
			const members = first?.type === undefined ? [] : first.type.getText().split('|');
			const typed = members.length > 0 && members.every((m) => /Interaction\b/.test(m) && !/Autocomplete/.test(m));
			if (members.length > 0 && !typed) return;
			if (typed || INTERACTION_PARAM.test(param.text)) out.push({ fn: node, param: param.text });
		}
	});
	return out;
}

/** `param.method(...)` → `method`, for a call on the handler's interaction. */
function methodOnParam(t: typeof ts, node: ts.Node, param: string): string | undefined {
	if (!t.isCallExpression(node) || !t.isPropertyAccessExpression(node.expression)) return undefined;
	const receiver = unwrap(t, node.expression.expression);
	return t.isIdentifier(receiver) && receiver.text === param ? node.expression.name.text : undefined;
}

/** Whether a call hands the interaction itself to other code (`command.execute(interaction)`, `send({ context: interaction })`). */
function handsOff(t: typeof ts, node: ts.Node, param: string): boolean {
	if (!t.isCallExpression(node) && !t.isNewExpression(node)) return false;
	const isParam = (e: ts.Node): boolean => t.isIdentifier(e) && e.text === param;
	return (node.arguments ?? []).some((arg) => {
		const value = unwrap(t, arg);
		if (isParam(value)) return true;
		return (
			t.isObjectLiteralExpression(value) &&
			value.properties.some(
				(p) =>
					(t.isShorthandPropertyAssignment(p) && p.name.text === param) || (t.isPropertyAssignment(p) && isParam(unwrap(t, p.initializer))),
			)
		);
	});
}

/** What a handler does first with its interaction, in source order and outside nested functions. */
interface HandlerReading {
	/** The first response call's method, if any. */
	readonly firstAnswer?: string;
	/** Whether the handler answers the interaction itself anywhere (first responses only). */
	readonly answers: boolean;
	/** Whether it hands the interaction to other code (a dispatcher, a helper that answers). */
	readonly handsOff: boolean;
	/** Whether it is an autocomplete handler (answers with `respond`, or tests `isAutocomplete()`). */
	readonly autocomplete: boolean;
	/** The first `await` before any response or hand-off. */
	readonly slow?: ts.AwaitExpression;
}

function readHandler(t: typeof ts, fn: FunctionLike, param: string): HandlerReading {
	let firstAnswer: string | undefined;
	let answers = false;
	let handedOff = false;
	let autocomplete = false;
	let slow: ts.AwaitExpression | undefined;
	let settled = false;
	const visit = (node: ts.Node): void => {
		const method = methodOnParam(t, node, param);
		if (method === 'isAutocomplete' || method === 'respond') autocomplete = true;
		const answer = method !== undefined && (ACKNOWLEDGE_METHODS.has(method) || LATER_RESPONSE_METHODS.has(method));
		if (answer) {
			if (ACKNOWLEDGE_METHODS.has(method)) answers = true;
			if (!settled) firstAnswer = method;
			settled = true;
		} else if (handsOff(t, node, param)) {
			handedOff = true;
			settled = true;
		}
		if (t.isAwaitExpression(node)) {
			// `await interaction.reply()` is itself the answer; look inside first.
			visit(node.expression);
			// Awaiting a value (`await initBooks`) waits for work started elsewhere, usually long done; only a call starts work here.
			const operand = unwrap(t, node.expression);
			const startsWork = t.isCallExpression(operand) || t.isNewExpression(operand) || t.isTaggedTemplateExpression(operand);
			if (!settled && startsWork) {
				slow = node;
				settled = true;
			}
			return;
		}
		if (t.isFunctionLike(node)) return;
		t.forEachChild(node, visit);
	};
	if (fn.body !== undefined) t.forEachChild(fn.body, visit);
	const name = functionName(t, fn) ?? '';
	if (/autocomplete/i.test(name)) autocomplete = true;
	return {
		...(firstAnswer === undefined ? {} : { firstAnswer }),
		answers,
		handsOff: handedOff,
		autocomplete,
		...(slow === undefined ? {} : { slow }),
	};
}

/**
 * The first `await` in a handler that comes before any response, in source order and outside
 * nested functions; undefined when the handler answers (or hands the interaction on) first.
 */
export function firstAwaitBeforeAcknowledge(t: typeof ts, fn: FunctionLike, param: string): ts.AwaitExpression | undefined {
	return readHandler(t, fn, param).slow;
}

/**
 * Interaction handlers that await other work before answering, with a suggestion to defer
 * first. A function counts as a handler only when it answers its interaction itself
 * (`reply`, `deferReply`, `update`, `showModal`…): loggers, guards and dispatchers that take
 * an interaction and never answer it are not. A handler whose first response is `followUp`
 * or `editReply` was deferred before it ran; one that hands the interaction to other code
 * (`await command.execute(interaction)`) leaves the answer to it; autocomplete handlers
 * cannot defer at all.
 */
export function findSlowWorkBeforeAcknowledge(t: typeof ts, file: ts.SourceFile): Finding<AcknowledgeFindingCode>[] {
	const out: Finding<AcknowledgeFindingCode>[] = [];
	for (const { fn, param } of interactionHandlers(t, file)) {
		const reading = readHandler(t, fn, param);
		const slow = reading.slow;
		if (slow === undefined || !reading.answers || reading.autocomplete) continue;
		if (reading.firstAnswer !== undefined && LATER_RESPONSE_METHODS.has(reading.firstAnswer)) continue;
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
