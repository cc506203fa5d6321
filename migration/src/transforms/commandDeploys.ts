import { Node, SyntaxKind, type CallExpression, type Expression, type NewExpression, type ObjectLiteralExpression } from 'ts-morph';
import type { Transform, TransformContext } from '../Transform.js';
import { discordJsPath, excerpt, replaceNode } from './_discordJs.js';
import { discordModuleBindings, mentionsAny } from './_discordModules.js';
import { lookupTable } from './_lookupTable.js';

/** discord.js `REST` options OvenJS's `REST` takes under the same name. */
const REST_OPTIONS = new Set(['api', 'version', 'timeout', 'retries']);

/** The bulk-overwrite routes `syncCommands` replaces, and whether they are a guild's. */
const SYNC_ROUTES: Readonly<Record<string, { readonly guild: boolean }>> = lookupTable({
	applicationCommands: { guild: false },
	applicationGuildCommands: { guild: true },
});

const REST_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const WORDS = ['REST', 'Routes'];

/** `new REST({ version: '10' })` → `new REST({ version: 10 })`: OvenJS takes the version as a number. */
function rewriteRest(expression: NewExpression, context: TransformContext): void {
	const [options, ...others] = expression.getArguments();
	if (options === undefined) return;
	// `new REST(custom ?? { version: '10' })`: the literal written here is rewritten, the value passed in is the caller's.
	const literals = Node.isObjectLiteralExpression(options)
		? [options]
		: Node.isConditionalExpression(options)
			? [options.getWhenTrue(), options.getWhenFalse()].filter((branch) => Node.isObjectLiteralExpression(branch))
			: Node.isBinaryExpression(options) && /^(\?\?|\|\|)$/.test(options.getOperatorToken().getText())
				? [options.getRight()].filter((right) => Node.isObjectLiteralExpression(right))
				: [];
	if (literals.length === 0 || others.length > 0) {
		context.todo(expression, `\`${excerpt(expression)}\`: pass OvenJS's REST an options object ({ token, api, version }).`);
		return;
	}
	if (!Node.isObjectLiteralExpression(options))
		context.todo(
			expression,
			`\`${excerpt(expression)}\`: options passed in must be OvenJS REST's ({ token, api, version: 10 }: a number).`,
		);
	for (const literal of literals) rewriteRestOptions(literal as ObjectLiteralExpression, expression, context);
}

function rewriteRestOptions(options: ObjectLiteralExpression, expression: NewExpression, context: TransformContext): void {
	for (const property of options.getProperties()) {
		const name = Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property) ? property.getName() : undefined;
		if (name === undefined || !REST_OPTIONS.has(name)) {
			context.todo(
				expression,
				`REST option \`${excerpt(property, 40)}\` has no OvenJS equivalent (its REST takes token, api, version, timeout, retries, …); remove or adapt it.`,
			);
			continue;
		}
		const value = Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
		if (name === 'version' && Node.isStringLiteral(value) && /^\d+$/.test(value.getLiteralValue()))
			replaceNode(value, value.getLiteralValue());
	}
}

/** The `body` of `{ body: x }` / `{ body }`, or undefined when the options hold anything else. */
function bodyOf(options: Node | undefined): string | undefined {
	if (!Node.isObjectLiteralExpression(options)) return undefined;
	const [only, ...rest] = options.getProperties();
	if (only === undefined || rest.length > 0) return undefined;
	if (Node.isShorthandPropertyAssignment(only) && only.getName() === 'body') return 'body';
	if (Node.isPropertyAssignment(only) && only.getName() === 'body') return only.getInitializerOrThrow().getText();
	return undefined;
}

/**
 * `const data = await rest.put(…)` read only as `data.length` (the discord.js guide logs how
 * many commands were stored): Discord stores the body it was sent, so `body.length` says the
 * same. Rewrites those reads and returns true; false when the result is read otherwise.
 */
function lengthOnly(call: CallExpression, body: string): boolean {
	if (!/^[\w$.]+$/.test(body)) return false;
	let node: Node = call;
	while (Node.isAwaitExpression(node.getParent())) node = node.getParentOrThrow();
	const declaration = node.getParent();
	if (!Node.isVariableDeclaration(declaration) || !Node.isIdentifier(declaration.getNameNode())) return false;
	const name = declaration.getName();
	const scope = declaration.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a)) ?? declaration.getSourceFile();
	const reads = scope.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id.getText() === name && id !== declaration.getNameNode());
	const lengths = reads
		.map((id) => id.getParent())
		.filter((p) => Node.isPropertyAccessExpression(p) && p.getExpression().getText() === name && p.getName() === 'length');
	if (reads.length === 0 || lengths.length !== reads.length) return false;
	for (const access of lengths) replaceNode(access, `${body}.length`);
	return true;
}

/** Whether the call's result is read (assigned, returned, passed, or given to a `.then` callback that takes it). */
function resultUsed(call: CallExpression): boolean {
	let node: Node = call;
	let parent = node.getParent();
	while (Node.isAwaitExpression(parent) || Node.isParenthesizedExpression(parent)) {
		node = parent;
		parent = node.getParent();
	}
	if (Node.isExpressionStatement(parent) || Node.isVoidExpression(parent)) return false;
	if (
		Node.isPropertyAccessExpression(parent) &&
		(parent.getName() === 'then' || parent.getName() === 'catch' || parent.getName() === 'finally')
	) {
		const then = parent.getParent();
		const [callback] = Node.isCallExpression(then) ? then.getArguments() : [];
		return (
			parent.getName() === 'then' &&
			(Node.isArrowFunction(callback) || Node.isFunctionExpression(callback)) &&
			callback.getParameters().length > 0
		);
	}
	return true;
}

/**
 * Command deploys: `rest.put(Routes.applicationCommands(appId), { body })` and
 * `Routes.applicationGuildCommands(appId, guildId)` → `syncCommands(new API(rest), appId, body[, { guildId }])`
 * (`client.rest` → `client.api`); `new REST({ version: '10' })` → OvenJS's `REST`. Other
 * requests built with `Routes` are marked.
 */
export const commandDeploys: Transform = {
	name: 'command-deploys',
	description: 'REST + Routes command deploys become syncCommands; discord.js REST becomes OvenJS REST; other Routes requests are marked.',
	apply(file, context) {
		if (!mentionsAny(file, WORDS)) return;
		const bindings = discordModuleBindings(file);
		for (const expression of file.getDescendantsOfKind(SyntaxKind.NewExpression)) {
			if (discordJsPath(expression.getExpression(), bindings)?.join('.') === 'REST') rewriteRest(expression, context);
		}
		for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
			if (call.wasForgotten()) continue;
			const callee = call.getExpression();
			if (!Node.isPropertyAccessExpression(callee) || !REST_METHODS.has(callee.getName())) continue;
			const [route, options, ...others] = call.getArguments() as Expression[];
			const routeCall = Node.isCallExpression(route) ? route : undefined;
			const path = routeCall === undefined ? undefined : discordJsPath(routeCall.getExpression(), bindings);
			if (path?.[0] !== 'Routes' || path.length !== 2 || routeCall === undefined) continue;
			const sync = SYNC_ROUTES[path[1] ?? ''];
			const body = bodyOf(options);
			const [appId, guildId] = routeCall.getArguments();
			if (
				callee.getName() !== 'put' ||
				sync === undefined ||
				body === undefined ||
				others.length > 0 ||
				appId === undefined ||
				(sync.guild && guildId === undefined)
			) {
				context.todo(
					call,
					`\`${excerpt(call)}\`: OvenJS's REST takes paths, not discord.js Routes; call the matching API method instead (client.api or new API(rest): applicationCommands, channels, guilds, …).`,
				);
				continue;
			}
			const receiver = callee.getExpression();
			const api =
				Node.isPropertyAccessExpression(receiver) && receiver.getName() === 'rest'
					? `${receiver.getExpression().getText()}.api`
					: `new ${context.ovenName('API')}(${receiver.getText()})`;
			const args = [
				api,
				appId.getText(),
				body,
				...(sync.guild ? [guildId?.getText() === 'guildId' ? '{ guildId }' : `{ guildId: ${guildId?.getText() ?? ''} }`] : []),
			];
			const used = resultUsed(call) && !lengthOnly(call, body);
			const replaced = replaceNode(call, `${context.ovenName('syncCommands')}(${args.join(', ')})`);
			if (used)
				context.todo(
					replaced,
					'syncCommands resolves to { action, added, removed, changed } (it overwrites only when something differs), not to the commands Discord stored; adapt the code that reads the result.',
				);
		}
	},
};
