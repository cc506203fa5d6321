import { pascalFromScreaming } from '@ovenjs/analysis';
import { GatewayIntents } from 'ovenjs/knowledge';
import {
	Node,
	SyntaxKind,
	type ClassDeclaration,
	type ClassExpression,
	type Expression,
	type NewExpression,
	type ObjectLiteralExpression,
	type SourceFile,
} from 'ts-morph';
import { ovenjsHas } from '../equivalents/ovenjsMembers.js';
import type { Transform, TransformContext } from '../Transform.js';
import { addProperty, discordJsBindings, discordJsPath, excerpt, isTypeScript, localDeclarations, replaceNode } from './_discordJs.js';
import { lookupTable } from './_lookupTable.js';

/** discord.js v14 intent names OvenJS spells differently (deprecated aliases). */
const INTENT_ALIASES: Readonly<Record<string, string>> = lookupTable({
	GuildBans: 'GuildModeration',
	GuildEmojisAndStickers: 'GuildExpressions',
});

const INTENT_NAMES = Object.keys(GatewayIntents) as (keyof typeof GatewayIntents)[];

function knownIntent(name: string): string | undefined {
	const resolved = INTENT_ALIASES[name] ?? name;
	return Object.hasOwn(GatewayIntents, resolved) ? resolved : undefined;
}

/** The intent names of a bitfield, or undefined when it has bits no intent has. */
function namesOfBits(bits: number): string[] | undefined {
	const names = INTENT_NAMES.filter((name) => (bits & GatewayIntents[name].bit) !== 0);
	const covered = names.reduce((mask, name) => mask | GatewayIntents[name].bit, 0);
	return covered === bits ? names : undefined;
}

/** A constant integer expression (`513`, `1 << 9`, `(1 << 0) | (1 << 9)`), or undefined. */
function evaluateNumber(node: Node): number | undefined {
	if (Node.isNumericLiteral(node)) return Number(node.getLiteralValue());
	if (Node.isParenthesizedExpression(node)) return evaluateNumber(node.getExpression());
	if (Node.isBinaryExpression(node)) {
		const left = evaluateNumber(node.getLeft());
		const right = evaluateNumber(node.getRight());
		if (left === undefined || right === undefined) return undefined;
		const operator = node.getOperatorToken().getKind();
		if (operator === SyntaxKind.BarToken) return left | right;
		if (operator === SyntaxKind.LessThanLessThanToken) return left << right;
		if (operator === SyntaxKind.PlusToken) return left + right;
	}
	return undefined;
}

/** The OvenJS intent names an intents expression stands for, or undefined when it is not constant. */
function intentNames(node: Node, bindings: ReadonlyMap<string, string | null>): string[] | undefined {
	if (Node.isArrayLiteralExpression(node)) {
		const all: string[] = [];
		for (const element of node.getElements()) {
			const names = intentNames(element, bindings);
			if (names === undefined) return undefined;
			all.push(...names);
		}
		return all;
	}
	if (Node.isParenthesizedExpression(node)) return intentNames(node.getExpression(), bindings);
	if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.BarToken) {
		const left = intentNames(node.getLeft(), bindings);
		const right = intentNames(node.getRight(), bindings);
		return left === undefined || right === undefined ? undefined : [...left, ...right];
	}
	if (Node.isNewExpression(node)) {
		const path = discordJsPath(node.getExpression(), bindings)?.join('.');
		const [arg] = node.getArguments();
		if ((path === 'Intents' || path === 'IntentsBitField') && arg !== undefined) return intentNames(arg, bindings);
		return undefined;
	}
	if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) {
		const written = node.getLiteralValue();
		const name = knownIntent(/^[A-Z0-9_]+$/.test(written) ? pascalFromScreaming(written) : written);
		return name === undefined ? undefined : [name];
	}
	if (Node.isPropertyAccessExpression(node)) {
		const path = discordJsPath(node, bindings);
		if (path === undefined) return undefined;
		const [root, second, third] = path;
		let name: string | undefined;
		if (root === 'GatewayIntentBits' && path.length === 2 && second !== undefined) name = knownIntent(second);
		else if (root === 'IntentsBitField' && second === 'Flags' && path.length === 3 && third !== undefined) name = knownIntent(third);
		else if (root === 'Intents' && second === 'FLAGS' && path.length === 3 && third !== undefined)
			name = knownIntent(pascalFromScreaming(third));
		return name === undefined ? undefined : [name];
	}
	const bits = evaluateNumber(node);
	return bits === undefined ? undefined : namesOfBits(bits);
}

/** How the code refers to the client a `new Client(…)` makes: `client`, `this.client` (a class field), or an assignment's target. */
function clientVariable(expression: NewExpression): string | undefined {
	const parent = expression.getParent();
	if (Node.isVariableDeclaration(parent) && Node.isIdentifier(parent.getNameNode())) return parent.getName();
	if (Node.isPropertyDeclaration(parent)) return `this.${parent.getName()}`;
	if (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken) return parent.getLeft().getText();
	return undefined;
}

/** Whether `token` can move into the client's options: a literal, or an identifier / property chain declared before `at`. */
function movableToken(token: Expression, at: number): boolean {
	if (Node.isStringLiteral(token) || Node.isNoSubstitutionTemplateLiteral(token)) return true;
	let root: Node = token;
	if (Node.isNonNullExpression(root)) root = root.getExpression();
	while (Node.isPropertyAccessExpression(root)) root = root.getExpression();
	if (!Node.isIdentifier(root)) return false;
	if (root.getText() === 'process') return true;
	// The file's own scopes answer almost always; the checker (rebuilt for the whole project after
	// every edit, so slow) only for names the file does not declare.
	const local = localDeclarations(root);
	if (local !== undefined) return local.every((d) => d.end <= at);
	const declarations = root.getSymbol()?.getDeclarations() ?? [];
	return declarations.length > 0 && declarations.every((d) => d.getSourceFile() !== token.getSourceFile() || d.getEnd() <= at);
}

/** The token's text for `createClient`, with `!` on `process.env.X` in TypeScript. */
function tokenText(token: Expression, file: SourceFile): string {
	const text = token.getText();
	return isTypeScript(file) && /^process\.env\.\w+$/.test(text) ? `${text}!` : text;
}

function rewriteOptions(options: ObjectLiteralExpression, bindings: ReadonlyMap<string, string | null>, context: TransformContext): void {
	for (const property of options.getProperties()) {
		if (!Node.isPropertyAssignment(property)) {
			if (Node.isShorthandPropertyAssignment(property) && property.getName() === 'intents')
				context.todo(options, "intents: write the intent names inline (`intents: ['Guilds', …]`) so the client type knows them.");
			else if (!Node.isShorthandPropertyAssignment(property))
				context.todo(options, `client option \`${excerpt(property)}\`: check it against createClient's options.`);
			continue;
		}
		const key = property.getName();
		const value = property.getInitializerOrThrow();
		if (key === 'intents') {
			const names = intentNames(value, bindings);
			if (names === undefined)
				context.todo(
					options,
					`intents \`${excerpt(value)}\` is not a constant list; write OvenJS intent names inline (\`['Guilds', …]\`).`,
				);
			else replaceNode(value, `[${[...new Set(names)].map((n) => `'${n}'`).join(', ')}]`);
		} else if (key === 'allowedMentions' && context.project.allowedMentions?.kind === 'literal') {
			// Carried to every message body by interaction-replies, as discord.js applied it.
			property.remove();
		} else if (key === 'allowedMentions') {
			const text = excerpt(value);
			property.remove();
			context.todo(
				options,
				`allowedMentions (\`${text}\`) removed: OvenJS's client has no default for it, and it is not a literal the migration could carry to each message; pass allowed_mentions (Discord's keys: parse, users, roles, replied_user) in every message body, or @everyone in a user's text may ping.`,
			);
		} else if (key === 'partials') {
			property.remove();
			context.todo(options, 'partials removed: OvenJS views work from their ids, cached or not, so no partials are needed.');
		} else if (key === 'shards' && (Node.isNumericLiteral(value) || (Node.isStringLiteral(value) && value.getLiteralValue() === 'auto'))) {
			continue;
		} else if (key === 'shardCount' && Node.isNumericLiteral(value)) {
			replaceNode(property, `shards: ${value.getText()}`);
		} else {
			const text = excerpt(property);
			property.remove();
			context.todo(
				options,
				`client option \`${text}\` removed: createClient has no equivalent (see its options: api, gateway, shards, strategy, shard, rest, cache).`,
			);
		}
	}
}

/**
 * `new Client({ intents })` → `createClient({ token, intents: ['Guilds', …] })`: discord.js
 * v14 `GatewayIntentBits`, v13 `Intents.FLAGS`/`new Intents(…)`, strings and numeric
 * bitfields become intent names; the token moves from `client.login(token)` into the options.
 */
export const clientIntents: Transform = {
	name: 'client-intents',
	description: 'new Client({ intents }) becomes createClient({ token, intents: [names] }); client.login(token) becomes client.login().',
	apply(file, context) {
		const bindings = discordJsBindings(file);
		for (const expression of file.getDescendantsOfKind(SyntaxKind.NewExpression)) {
			if (expression.wasForgotten() || discordJsPath(expression.getExpression(), bindings)?.join('.') !== 'Client') continue;
			const [options] = expression.getArguments();
			if (!Node.isObjectLiteralExpression(options)) {
				context.todo(
					expression,
					'new Client(…) with options that are not an object literal: rewrite as createClient({ token, intents: [names] }).',
				);
				continue;
			}
			rewriteOptions(options, bindings, context);
			if (options.getProperty('intents') === undefined && !options.getProperties().some((p) => Node.isSpreadAssignment(p))) {
				addProperty(options, 'intents: []');
				context.todo(
					expression,
					"the client had no intents: list the ones the bot needs (`intents: ['Guilds', …]`); OvenJS's types then check the events you listen to.",
				);
			}
			const variable = clientVariable(expression);
			const logins =
				variable === undefined
					? []
					: file.getDescendantsOfKind(SyntaxKind.CallExpression).filter((call) => {
							const callee = call.getExpression();
							return (
								Node.isPropertyAccessExpression(callee) &&
								callee.getName() === 'login' &&
								callee.getExpression().getText() === variable &&
								call.getArguments().length <= 1
							);
						});
			const [login] = logins;
			const [token] = login?.getArguments() ?? [];
			let tokenProperty: string;
			if (logins.length === 1 && login !== undefined && token === undefined) {
				// discord.js's login() without a token reads DISCORD_TOKEN from the environment.
				tokenProperty = `token: process.env.DISCORD_TOKEN${isTypeScript(file) ? '!' : ''}`;
			} else if (
				logins.length === 1 &&
				login !== undefined &&
				token !== undefined &&
				movableToken(token as Expression, expression.getStart())
			) {
				tokenProperty = `token: ${tokenText(token as Expression, file)}`;
				login.removeArgument(0);
			} else {
				tokenProperty = "token: process.env.DISCORD_TOKEN ?? ''";
				context.todo(expression, 'set the token: createClient takes it in its options (client.login() takes none).');
			}
			const existing = options.getProperty('token');
			if (existing !== undefined) existing.remove();
			const rest = options.getProperties().map((p) => p.getText());
			replaceNode(expression, `${context.ovenName('createClient')}({ ${[tokenProperty, ...rest].join(', ')} })`);
		}
		for (const declaration of [...file.getClasses(), ...file.getDescendantsOfKind(SyntaxKind.ClassExpression)]) {
			const base = declaration.getExtends()?.getExpression();
			if (base !== undefined && discordJsPath(base, bindings)?.join('.') === 'Client') {
				subclassOptions(declaration, file, bindings, context);
				renameShadowingMembers(declaration, context);
			}
		}
	},
};

/** The object literal's text with `property` first, in the object's layout (one line, or a line of its own). */
function withFirstProperty(object: ObjectLiteralExpression, property: string): string {
	const text = object.getText();
	const open = text.indexOf('{') + 1;
	if (!text.includes('\n')) return `{ ${property}${object.getProperties().length > 0 ? ',' : ''}${text.slice(open).replace(/^\s*/, ' ')}`;
	const indent = /\n([\t ]*)\S/.exec(text)?.[1] ?? '\t';
	return `{\n${indent}${property},${text.slice(open)}`;
}

/**
 * `class Bot extends Client { constructor() { super({ intents }) } }`: OvenJS's Client is a
 * class too, and takes the same options as createClient, so the class stays and its `super(…)`
 * options are rewritten (intent names, the token from the one `this.login(token)` or
 * `bot.login(token)` that gives one); `login()` then takes no token.
 */
function subclassOptions(
	declaration: ClassDeclaration | ClassExpression,
	file: SourceFile,
	bindings: ReadonlyMap<string, string | null>,
	context: TransformContext,
): void {
	const superCall = declaration
		.getConstructors()
		.flatMap((constructor) => constructor.getDescendantsOfKind(SyntaxKind.CallExpression))
		.find((call) => call.getExpression().getKind() === SyntaxKind.SuperKeyword);
	const [options] = superCall?.getArguments() ?? [];
	if (superCall === undefined || !Node.isObjectLiteralExpression(options)) {
		context.todo(
			declaration,
			"OvenJS's Client takes createClient's options ({ token, intents: ['Guilds', …] }): pass them to super(…) in this class's constructor.",
		);
		return;
	}
	rewriteOptions(options, bindings, context);
	if (options.getProperty('token') !== undefined) return;
	const name = declaration.getName();
	const instances = new Set(
		file
			.getDescendantsOfKind(SyntaxKind.NewExpression)
			.filter((created) => name !== undefined && created.getExpression().getText() === name)
			.map((created) => created.getParent())
			.filter((parent) => Node.isVariableDeclaration(parent))
			.map((parent) => parent.getName()),
	);
	const logins = file.getDescendantsOfKind(SyntaxKind.CallExpression).filter((call) => {
		const callee = call.getExpression();
		if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'login' || call.getArguments().length !== 1) return false;
		const receiver = callee.getExpression();
		return (
			(Node.isThisExpression(receiver) && receiver.getFirstAncestor((a) => a === declaration) !== undefined) ||
			instances.has(receiver.getText())
		);
	});
	const [login] = logins;
	const [token] = login?.getArguments() ?? [];
	const literal = Node.isStringLiteral(token) || Node.isNoSubstitutionTemplateLiteral(token);
	const fromEnv = token !== undefined && /^process\.env\.\w+!?$/.test(token.getText());
	if (logins.length === 1 && login !== undefined && token !== undefined && (literal || fromEnv)) {
		replaceNode(options, withFirstProperty(options, `token: ${tokenText(token as Expression, file)}`));
		login.removeArgument(0);
	} else {
		replaceNode(options, withFirstProperty(options, `token: process.env.DISCORD_TOKEN${isTypeScript(file) ? '!' : " ?? ''"}`));
		context.todo(superCall, "set the token: OvenJS's Client takes it in its options (login() takes none).");
	}
}

/**
 * A class extending Client that declares a member OvenJS's Client has and discord.js's has not
 * (`connect = async () => { await this.login() }`, `cache`, `api`): in OvenJS it would replace the
 * client's own (login() calls connect(), so the bot would call itself forever). The member is
 * renamed everywhere the checker sees it used (`bot` before its name: `botConnect`), with a todo.
 */
function renameShadowingMembers(declaration: ClassDeclaration | ClassExpression, context: TransformContext): void {
	for (const member of declaration.getMembers()) {
		if (!Node.isPropertyDeclaration(member) && !Node.isMethodDeclaration(member) && !Node.isGetAccessorDeclaration(member)) continue;
		const nameNode = member.getNameNode();
		if (!Node.isIdentifier(nameNode)) continue;
		const name = nameNode.getText();
		// Members discord.js's Client has too (the table's Client rows) are overrides the bot means.
		if (!ovenjsHas('Client', name) || context.equivalents.lookup(['Client', 'BaseClient'], [name]) !== undefined) continue;
		const renamed = `bot${name.charAt(0).toUpperCase()}${name.slice(1)}`;
		context.todo(
			member,
			`\`${name}\` was renamed \`${renamed}\` here and where it is used: OvenJS's Client has its own ${name}, which this member would replace.`,
		);
		nameNode.rename(renamed);
	}
}
