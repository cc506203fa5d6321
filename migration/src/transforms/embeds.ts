import { Node, SyntaxKind, type CallExpression, type Expression, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import type { Transform, TransformContext } from '../Transform.js';
import { colorText } from './_discordColors.js';
import { discordJsBindings, discordJsPath, excerpt, replaceNode } from './_discordJs.js';
import { mentionsAny } from './_discordModules.js';
import { enumMemberAccesses } from './_enumMembers.js';
import { lookupTable } from './_lookupTable.js';

/** Methods OvenJS's EmbedBuilder has with the same arguments. */
const SAME = new Set(['setTitle', 'setDescription', 'setURL', 'setImage', 'setThumbnail', 'setTimestamp', 'addFields', 'toJSON']);

/** discord.js camelCase keys and Discord's (OvenJS's) names for them, in author and footer objects. */
const KEYS: Readonly<Record<string, string>> = lookupTable({ iconURL: 'icon_url', proxyIconURL: 'proxy_icon_url' });

/** `#ff0000`/`ff0000` → `0xff0000`; `'Red'`/`'RED'` → `0xed4245 /* Red *\/`; `'Random'` → a random color; `[r, g, b]` of numbers → `0xrrggbb`; undefined otherwise. */
function colorNumber(node: Node): string | undefined {
	if (Node.isStringLiteral(node)) {
		const value = node.getLiteralValue();
		if (value === 'Random' || value === 'RANDOM') return 'Math.floor(Math.random() * 0x1000000)';
		const hex = /^#?([0-9a-fA-F]{6})$/.exec(value)?.[1];
		return hex === undefined ? colorText(value) : `0x${hex.toLowerCase()}`;
	}
	if (Node.isArrayLiteralExpression(node)) {
		const parts = node.getElements().map((e) => (Node.isNumericLiteral(e) ? Number(e.getLiteralValue()) : Number.NaN));
		if (parts.length !== 3 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return undefined;
		return `0x${parts.map((p) => p.toString(16).padStart(2, '0')).join('')}`;
	}
	return undefined;
}

function snakeKeys(object: ObjectLiteralExpression): string {
	return `{ ${object
		.getProperties()
		.map((property) => {
			if (Node.isShorthandPropertyAssignment(property) && KEYS[property.getName()] !== undefined)
				return `${KEYS[property.getName()]}: ${property.getName()}`;
			if (Node.isPropertyAssignment(property) && KEYS[property.getName()] !== undefined)
				return `${KEYS[property.getName()]}: ${property.getInitializerOrThrow().getText()}`;
			return property.getText();
		})
		.join(', ')} }`;
}

/** `setAuthor`/`setFooter`: v13 positional arguments or a v14 object → Discord's object. */
function personArgument(call: CallExpression, first: 'name' | 'text', context: TransformContext): void {
	const args = call.getArguments() as Expression[];
	const [head] = args;
	if (Node.isObjectLiteralExpression(head)) {
		replaceNode(head, snakeKeys(head));
	} else if (head !== undefined) {
		const keys = first === 'name' ? ['name', 'icon_url', 'url'] : ['text', 'icon_url'];
		if (args.length > keys.length) context.todo(call, `\`${excerpt(call)}\`: too many arguments for OvenJS's EmbedBuilder.`);
		const text = `{ ${args
			.slice(0, keys.length)
			.map((a, i) => `${keys[i]}: ${a.getText()}`)
			.join(', ')} }`;
		for (let i = args.length - 1; i >= 0; i--) call.removeArgument(i);
		call.addArgument(text);
	}
}

/** Rewrites the method calls chained on `start` (an embed), stopping at the first non-call. */
function rewriteChain(start: Node, context: TransformContext): void {
	let node = start;
	for (;;) {
		const access = node.getParent();
		if (!Node.isPropertyAccessExpression(access) || access.getExpression() !== node) return;
		const call = access.getParent();
		if (!Node.isCallExpression(call) || call.getExpression() !== access) return;
		const method = access.getName();
		const args = call.getArguments() as Expression[];
		if (method === 'setColor') {
			const [color] = args;
			const hex = color === undefined ? undefined : colorNumber(color);
			if (hex !== undefined && color !== undefined) replaceNode(color, hex);
			else if (color !== undefined && !Node.isNumericLiteral(color) && !Node.isIdentifier(color))
				context.todo(call, `setColor(${excerpt(color, 30)}): OvenJS's EmbedBuilder takes a number (0xRRGGBB).`);
		} else if (method === 'setAuthor') personArgument(call, 'name', context);
		else if (method === 'setFooter') personArgument(call, 'text', context);
		else if (method === 'addField') {
			const [name, value, inline] = args;
			const text = `{ name: ${name?.getText() ?? "''"}, value: ${value?.getText() ?? "''"}${inline === undefined ? '' : `, inline: ${inline.getText()}`} }`;
			for (let i = args.length - 1; i >= 0; i--) call.removeArgument(i);
			call.addArgument(text);
			replaceNode(access.getNameNode(), 'addFields');
		} else if (method === 'addFields') {
			const [only] = args;
			if (args.length === 1 && Node.isArrayLiteralExpression(only)) {
				const elements = only.getElements().map((e) => e.getText());
				call.removeArgument(0);
				if (elements.length > 0) call.addArguments(elements);
			}
		} else if (!SAME.has(method)) {
			context.todo(
				call,
				`OvenJS's EmbedBuilder has no ${method}(); its methods: setTitle, setDescription, setURL, setColor, setTimestamp, setAuthor, setFooter, setImage, setThumbnail, addFields, toJSON.`,
			);
			return;
		}
		node = call;
	}
}

/** The start of a method chain: `new X().a().b()` → `new X()`. */
function chainRoot(node: Node | undefined): Node | undefined {
	let current = node;
	for (;;) {
		if (!Node.isCallExpression(current)) return current;
		const callee = current.getExpression();
		if (!Node.isPropertyAccessExpression(callee)) return current;
		current = callee.getExpression();
	}
}

/** Names of functions declared in `file` that return an embed (by their return type, or a returned `new EmbedBuilder()` chain). */
function embedFunctions(file: SourceFile, embeds: ReadonlySet<Node>): Set<string> {
	const names = new Set<string>();
	for (const fn of file.getFunctions()) {
		const name = fn.getName();
		if (name === undefined) continue;
		const declared = fn.getReturnTypeNode()?.getText();
		const returnsEmbed = fn.getDescendantsOfKind(SyntaxKind.ReturnStatement).some((r) => {
			const root = chainRoot(r.getExpression());
			return root !== undefined && embeds.has(root);
		});
		if (returnsEmbed || declared === 'EmbedBuilder' || declared === 'MessageEmbed') names.add(name);
	}
	return names;
}

/** Whether `root` (a chain's start) is a call of a function that returns an embed. */
function callsEmbedFunction(root: Node | undefined, functions: ReadonlySet<string>): boolean {
	return Node.isCallExpression(root) && Node.isIdentifier(root.getExpression()) && functions.has(root.getExpression().getText());
}

/** Names of variables whose initializer is an embed (`const e = new EmbedBuilder()…`, `const e = makeEmbed()`). */
function embedVariables(file: SourceFile, embeds: ReadonlySet<Node>, functions: ReadonlySet<string>): Set<string> {
	const names = new Set<string>();
	for (const variable of file.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
		const init = chainRoot(variable.getInitializer());
		if (init !== undefined && (embeds.has(init) || callsEmbedFunction(init, functions))) names.add(variable.getName());
	}
	return names;
}

/** Whether `node` is an embed: a `new EmbedBuilder()` chain, a variable holding one, or a call of a function returning one. */
function isEmbed(node: Node, variables: ReadonlySet<string>, functions: ReadonlySet<string>): boolean {
	const current = chainRoot(node);
	if (callsEmbedFunction(current, functions)) return true;
	if (Node.isIdentifier(current)) return variables.has(current.getText());
	return Node.isNewExpression(current) && current.getExpression().getText() === 'EmbedBuilder';
}

/**
 * Embeds: `new MessageEmbed()` (v13) and `new EmbedBuilder()` chains → OvenJS's `EmbedBuilder`:
 * `addField` → `addFields`, positional `setAuthor`/`setFooter` → objects with Discord's keys
 * (`icon_url`), hex and RGB colors → numbers; embeds in `embeds: […]` get `.toJSON()`.
 */
export const embeds: Transform = {
	name: 'embeds',
	description: "MessageEmbed/EmbedBuilder chains become OvenJS's EmbedBuilder; embeds in message bodies get .toJSON().",
	apply(file, context) {
		const bindings = discordJsBindings(file);
		// `Colors.Blurple` (v14) and `Constants.Colors.BLURPLE` (v13), wherever they are: OvenJS takes the number.
		if (mentionsAny(file, ['Colors'])) {
			for (const { access, member } of enumMemberAccesses(file, bindings, 'Colors', 'Colors')) {
				const text = colorText(member);
				if (text !== undefined) replaceNode(access, text);
			}
		}
		const news = file.getDescendantsOfKind(SyntaxKind.NewExpression).filter((n) => {
			const path = discordJsPath(n.getExpression(), bindings)?.join('.');
			return path === 'MessageEmbed' || path === 'EmbedBuilder';
		});
		const created = new Set<Node>();
		for (const expression of news) {
			const replaced =
				expression.getExpression().getText() === 'EmbedBuilder'
					? expression
					: replaceNode(expression.getExpression(), context.ovenName('EmbedBuilder')).getParentOrThrow();
			created.add(replaced);
		}
		const functions = embedFunctions(file, created);
		const variables = embedVariables(file, created, functions);
		for (const node of created) rewriteChain(node, context);
		// Walking every identifier wraps them all (each later edit re-maps them): only when there is something to find.
		if (variables.size > 0) {
			for (const id of file.getDescendantsOfKind(SyntaxKind.Identifier)) {
				if (id.wasForgotten() || !variables.has(id.getText()) || Node.isVariableDeclaration(id.getParent())) continue;
				rewriteChain(id, context);
			}
		}
		// Embeds the checker says are discord.js builders (a parameter, another module's function…), whatever their name.
		const typed = context.types.embedBuilders().filter((element) => !element.wasForgotten());
		for (const element of typed) if (!/\.toJSON\(\)$/.test(element.getText())) replaceNode(element, `${element.getText()}.toJSON()`);
		if (!file.getFullText().includes('embeds')) return;
		for (const property of file.getDescendantsOfKind(SyntaxKind.PropertyAssignment)) {
			const value = property.getInitializer();
			if (property.getName() !== 'embeds' || !Node.isArrayLiteralExpression(value)) continue;
			for (const element of value.getElements()) {
				if (/\.toJSON\(\)$/.test(element.getText())) continue;
				if (isEmbed(element, variables, functions)) replaceNode(element, `${element.getText()}.toJSON()`);
			}
		}
	},
};
