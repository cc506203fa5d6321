import { DiscordJsEventDispatch } from '@ovenjs/analysis';
import { Node, SyntaxKind, ts, type CallExpression, type SourceFile } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { camelFromDispatch, isTypeScript, localNamesOf, replaceNode, wrapperOf } from './_discordJs.js';
import { CLIENT_EVENTS, eventOfEnumMember } from './_discordEvents.js';

const LISTEN = new Set(['on', 'once', 'off', 'addListener', 'prependListener', 'prependOnceListener', 'removeListener']);

/** Events discord.js synthesises from one dispatch, so OvenJS's event carries different data. */
const SPLIT_DISPATCHES = new Set(['GUILD_EMOJIS_UPDATE', 'GUILD_STICKERS_UPDATE', 'WEBHOOKS_UPDATE']);

type Mapped = { readonly name: string; readonly todo?: string };

function mapEvent(djs: string): Mapped | undefined {
	if (Object.hasOwn(CLIENT_EVENTS, djs)) return { name: CLIENT_EVENTS[djs] ?? djs };
	const dispatch = Object.hasOwn(DiscordJsEventDispatch, djs) ? DiscordJsEventDispatch[djs] : undefined;
	if (dispatch === undefined) return undefined;
	const name = camelFromDispatch(dispatch);
	if (SPLIT_DISPATCHES.has(dispatch)) {
		return {
			name,
			todo: `discord.js's '${djs}' is one of several events it makes from ${dispatch}; OvenJS emits '${name}' with the payload of ${dispatch}. Adapt the handler.`,
		};
	}
	return { name };
}

/**
 * Event names in listener registrations: string names (v13's `message` and `interaction`
 * included) and the `Events` enum become OvenJS's event names (the dispatch in camelCase).
 */
export const eventNames: Transform = {
	name: 'event-names',
	description: "Listener event names (strings, v13 names and discord.js's Events enum) become OvenJS event names.",
	apply(file, context) {
		const enums = localNamesOf(file, 'Events');
		// Found on the compiler's tree, so that only listener calls get a wrapper (each wrapper slows every later edit).
		const listenerCalls = (): CallExpression[] =>
			findOnTree(
				file,
				(node) => ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && LISTEN.has(node.expression.name.text),
			).filter((call): call is CallExpression => Node.isCallExpression(call));
		for (const call of listenerCalls()) {
			const callee = call.getExpression();
			if (call.wasForgotten() || !Node.isPropertyAccessExpression(callee) || !LISTEN.has(callee.getName())) continue;
			// `process.on('message')`, a collector's `on('end')`: typed, and not discord.js's client.
			if (context.types.receiver(callee)?.kind === 'other') continue;
			const [first] = call.getArguments();
			let djs: string | undefined;
			if (Node.isStringLiteral(first) || Node.isNoSubstitutionTemplateLiteral(first)) djs = first.getLiteralValue();
			else if (Node.isPropertyAccessExpression(first) && enums.has(first.getExpression().getText())) {
				djs = eventOfEnumMember(first.getName());
			}
			if (djs === undefined || first === undefined) continue;
			if (djs === 'message' && context.from === 'v14') continue; // not a v14 event: someone else's emitter
			const mapped = mapEvent(djs);
			if (mapped === undefined) {
				if (Node.isPropertyAccessExpression(first))
					context.todo(
						call,
						`discord.js event '${djs}' has no OvenJS equivalent; listen to the gateway dispatch instead (client.on('raw', …)).`,
					);
				continue;
			}
			const replaced = replaceNode(first, `'${mapped.name}'`);
			if (mapped.todo !== undefined) context.todo(call, mapped.todo);
			if (mapped.name === 'ready') readyClientParameter(replaced.getParentOrThrow(), callee.getExpression());
		}
		for (const call of listenerCalls()) {
			const callee = call.getExpression();
			if (call.wasForgotten() || !Node.isPropertyAccessExpression(callee) || !LISTEN.has(callee.getName())) continue;
			if (context.types.receiver(callee)?.kind !== 'other') spreadOneArgument(call.getArguments()[1]);
		}
		// A loader that listens to every module's event (`client[event.once ? 'once' : 'on'](event.name, (...args) => event.execute(...args))`):
		// discord.js passes `ready` listeners the client, OvenJS nothing, so a JavaScript loader passes the client when there is nothing.
		if (!isTypeScript(file) && /\[[^\]\n]*['"]once['"]/.test(file.getFullText()))
			for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
				const callee = call.getExpression();
				if (call.wasForgotten() || !Node.isElementAccessExpression(callee)) continue;
				const names = callee
					.getArgumentExpression()
					?.getDescendantsOfKind(SyntaxKind.StringLiteral)
					.map((literal) => literal.getLiteralValue());
				const client = callee.getExpression();
				if (names === undefined || names.length === 0 || !names.every((name) => LISTEN.has(name)) || !Node.isIdentifier(client)) continue;
				passClientWhenEmpty(call.getArguments()[1], client.getText());
			}
		// Handler modules (`module.exports = { name: Events.ClientReady, execute }`) and any other
		// use of discord.js's Events enum: it names discord.js's event, which OvenJS names so.
		const enumAccesses = findOnTree(
			file,
			(node) => ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && enums.has(node.expression.text),
		);
		for (const access of enums.size > 0 ? enumAccesses : []) {
			if (access.wasForgotten() || !Node.isPropertyAccessExpression(access) || !enums.has(access.getExpression().getText())) continue;
			const mapped = mapEvent(eventOfEnumMember(access.getName()));
			if (mapped !== undefined) replaceNode(access, `'${mapped.name}'`);
		}
		// The same in types (`satisfies Event<Events.ClientReady>`): the event's name as a literal type.
		for (const name of enums.size > 0 ? file.getDescendantsOfKind(SyntaxKind.QualifiedName) : []) {
			if (name.wasForgotten() || !enums.has(name.getLeft().getText()) || !Node.isTypeReference(name.getParent())) continue;
			const mapped = mapEvent(eventOfEnumMember(name.getRight().getText()));
			if (mapped !== undefined) replaceNode(name.getParentOrThrow(), `'${mapped.name}'`);
		}
		const names = findOnTree(
			file,
			(node) =>
				ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'name' && ts.isStringLiteral(node.initializer),
		);
		for (const property of names) {
			if (!Node.isPropertyAssignment(property)) continue;
			const value = property.getInitializer();
			if (
				property.wasForgotten() ||
				property.getName() !== 'name' ||
				!Node.isStringLiteral(value) ||
				!isHandlerModule(property.getParent())
			)
				continue;
			const mapped = mapEvent(value.getLiteralValue());
			if (
				mapped !== undefined &&
				mapped.name !== value.getLiteralValue() &&
				!(value.getLiteralValue() === 'message' && context.from === 'v14')
			)
				replaceNode(value, `'${mapped.name}'`);
		}
	},
};

/**
 * A loader's listener that passes its arguments on with more after them
 * (`(...args) => event.execute(...args, client)`): discord.js passes the event's own arguments,
 * OvenJS passes the event's data then the shard id, which would land where the module expects
 * the client. Only the data is passed on (`...args.slice(0, 1)`; none for `ready`).
 */
function spreadOneArgument(listener: Node | undefined): void {
	if (!Node.isArrowFunction(listener) && !Node.isFunctionExpression(listener)) return;
	const [rest, ...others] = listener.getParameters();
	if (rest === undefined || others.length > 0 || !rest.isRestParameter() || !Node.isIdentifier(rest.getNameNode())) return;
	const name = rest.getName();
	for (const call of listener.getDescendantsOfKind(SyntaxKind.CallExpression)) {
		const args = call.getArguments();
		const index = args.findIndex((arg) => Node.isSpreadElement(arg) && arg.getExpression().getText() === name);
		const spread = args[index];
		if (spread !== undefined && index < args.length - 1) replaceNode(spread, `...${name}.slice(0, 1)`);
	}
}

/** `(...args) => event.execute(...args)` → `event.execute(...(args.length === 0 ? [client] : args))`. */
function passClientWhenEmpty(listener: Node | undefined, client: string): void {
	if (!Node.isArrowFunction(listener) && !Node.isFunctionExpression(listener)) return;
	const [rest, ...others] = listener.getParameters();
	if (rest === undefined || others.length > 0 || !rest.isRestParameter() || !Node.isIdentifier(rest.getNameNode())) return;
	const name = rest.getName();
	for (const call of listener.getDescendantsOfKind(SyntaxKind.CallExpression)) {
		const args = call.getArguments();
		const last = args.at(-1);
		if (args.length === 1 && Node.isSpreadElement(last) && last.getExpression().getText() === name)
			replaceNode(last, `...(${name}.length === 0 ? [${client}] : ${name})`);
	}
}

/** An event module: an object with a `name` and an `execute` or `run` function beside it. */
function isHandlerModule(object: Node | undefined): boolean {
	return (
		Node.isObjectLiteralExpression(object) &&
		object.getProperties().some((p) => (Node.isMethodDeclaration(p) || Node.isPropertyAssignment(p)) && /^(execute|run)$/.test(p.getName()))
	);
}

/**
 * discord.js passes its client to `ready` listeners, OvenJS passes nothing: a listener's
 * parameter (`(readyClient) => …`) gets the client it listens on as its default.
 */
function readyClientParameter(call: Node, client: Node): void {
	if (!Node.isCallExpression(call)) return;
	const listener = call.getArguments()[1];
	if (!Node.isArrowFunction(listener) && !Node.isFunctionExpression(listener)) return;
	const [parameter] = listener.getParameters();
	if (parameter === undefined || parameter.hasInitializer() || !Node.isIdentifier(parameter.getNameNode()) || !Node.isIdentifier(client))
		return;
	const text = `${parameter.getText()} = ${client.getText()}`;
	// `c => …` needs parentheses around its parameter now: the arrow is written again.
	if (Node.isArrowFunction(listener) && listener.getFirstChildByKind(SyntaxKind.OpenParenToken) === undefined)
		replaceNode(
			listener,
			`${listener.getText().slice(0, parameter.getStart() - listener.getStart())}(${text})${listener.getText().slice(parameter.getEnd() - listener.getStart())}`,
		);
	else replaceNode(parameter, text);
}

/** The nodes of `file` that `test` picks, found on the compiler's tree and only then wrapped (as they are now). */
function findOnTree(file: SourceFile, test: (node: ts.Node) => boolean): Node[] {
	const found: ts.Node[] = [];
	const visit = (node: ts.Node): void => {
		if (test(node)) found.push(node);
		ts.forEachChild(node, visit);
	};
	visit(file.compilerNode);
	return found.map((node) => wrapperOf(file, node)).filter((node): node is Node => node !== undefined);
}
