import type ts from 'typescript';
import { EventIntents } from 'ovenjs/knowledge';
import { unwrap, walk } from './_ast.js';
import { staticString } from './evaluate.js';
import { DiscordJsEventDispatch } from './listenerEvents.js';

/** One `client.on(event, handler)` registration. */
export interface ListenerRegistration {
	/** The registering call. */
	readonly call: ts.CallExpression;
	/** The event argument. */
	readonly eventNode: ts.Expression;
	/** The event name as the library spells it (`messageCreate`, `MESSAGE_CREATE`). */
	readonly event: string;
	/** The gateway dispatch behind it (`MESSAGE_CREATE`), if it is one. */
	readonly dispatch: string | undefined;
	/** The handler function, when written inline. */
	readonly handler: ts.ArrowFunction | ts.FunctionExpression | undefined;
}

/** Methods that register an event listener. */
export const LISTENER_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/**
 * Reads `emitter.on('messageCreate', …)`, `client.once(Events.MessageCreate, …)` and
 * OvenJS's `client.on('MESSAGE_CREATE', …)`. Other `.on` calls (streams, sockets) yield an
 * event with no dispatch.
 */
export function readListener(t: typeof ts, call: ts.CallExpression): ListenerRegistration | undefined {
	const callee = unwrap(t, call.expression);
	if (!t.isPropertyAccessExpression(callee) || !LISTENER_METHODS.has(callee.name.text)) return undefined;
	const [eventArg, handlerArg] = call.arguments;
	if (eventArg === undefined) return undefined;
	const eventNode = unwrap(t, eventArg);
	let event: string | undefined;
	if (t.isPropertyAccessExpression(eventNode) && t.isIdentifier(eventNode.expression) && eventNode.expression.text === 'Events') {
		// discord.js v14's `Events.MessageCreate` is the string 'messageCreate'.
		const name = eventNode.name.text;
		event = name.charAt(0).toLowerCase() + name.slice(1);
	} else {
		event = staticString(t, eventNode);
	}
	if (event === undefined) return undefined;
	const dispatch = DiscordJsEventDispatch[event] ?? (Object.hasOwn(EventIntents, event) ? event : undefined);
	const handler = handlerArg === undefined ? undefined : unwrap(t, handlerArg);
	return {
		call,
		eventNode,
		event,
		dispatch,
		handler: handler !== undefined && (t.isArrowFunction(handler) || t.isFunctionExpression(handler)) ? handler : undefined,
	};
}

/** Every listener registration in a file. */
export function readListeners(t: typeof ts, file: ts.SourceFile): ListenerRegistration[] {
	const out: ListenerRegistration[] = [];
	walk(t, file, (node) => {
		if (!t.isCallExpression(node)) return;
		const listener = readListener(t, node);
		if (listener !== undefined) out.push(listener);
	});
	return out;
}

/** `message.content` reads inside a handler, on its first parameter. */
export function contentReads(t: typeof ts, handler: ts.ArrowFunction | ts.FunctionExpression): ts.PropertyAccessExpression[] {
	const first = handler.parameters[0];
	if (first === undefined || !t.isIdentifier(first.name)) return [];
	const param = first.name.text;
	const out: ts.PropertyAccessExpression[] = [];
	walk(t, handler.body, (node) => {
		if (
			t.isPropertyAccessExpression(node) &&
			node.name.text === 'content' &&
			t.isIdentifier(node.expression) &&
			node.expression.text === param
		) {
			out.push(node);
		}
	});
	return out;
}
