import { ts, type SourceFile } from 'ts-morph';
import { isDiscordJs, treeBindings } from '../transforms/_discordJs.js';

/** The client's `allowedMentions` option, as the migration found it. */
export type ClientAllowedMentions =
	/** A literal: its text with Discord's keys (`{ parse: [], replied_user: false }`), to send with every message. */
	| { readonly kind: 'literal'; readonly text: string }
	/** Computed (a variable, a call): a person has to carry it to each message. */
	| { readonly kind: 'computed'; readonly text: string };

const DISCORD_KEYS: Readonly<Record<string, string>> = { repliedUser: 'replied_user' };

/** The object's text with Discord's keys, or undefined when it holds anything but literals. */
function literalText(node: ts.Expression, tree: ts.SourceFile): string | undefined {
	if (ts.isObjectLiteralExpression(node)) {
		const parts: string[] = [];
		for (const property of node.properties) {
			if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) return undefined;
			const value = literalText(property.initializer, tree);
			if (value === undefined) return undefined;
			parts.push(`${Object.hasOwn(DISCORD_KEYS, property.name.text) ? DISCORD_KEYS[property.name.text] : property.name.text}: ${value}`);
		}
		return `{ ${parts.join(', ')} }`;
	}
	if (ts.isArrayLiteralExpression(node)) {
		const items = node.elements.map((element) => literalText(element, tree));
		return items.every((item) => item !== undefined) ? `[${items.join(', ')}]` : undefined;
	}
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return `'${node.text.replace(/'/g, "\\'")}'`;
	if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || ts.isNumericLiteral(node))
		return node.getText(tree);
	return undefined;
}

/**
 * The `allowedMentions` of the bot's discord.js client (`new Client({ allowedMentions })`, or a
 * subclass's `super({ allowedMentions })`): discord.js applies it to every message the bot sends
 * with no `allowedMentions` of its own, so that `@everyone` in a user's text pings no one.
 * OvenJS's client has no such option, so the migration carries it to each message instead.
 */
export function clientAllowedMentions(files: readonly SourceFile[]): ClientAllowedMentions | undefined {
	for (const file of files) {
		const tree = file.compilerNode;
		if (!tree.text.includes('allowedMentions')) continue;
		const bindings = treeBindings(tree, isDiscordJs);
		let found: ClientAllowedMentions | undefined;
		const visit = (node: ts.Node): void => {
			if (found !== undefined) return;
			const isClient = ts.isNewExpression(node) && ts.isIdentifier(node.expression) && bindings.get(node.expression.text) === 'Client';
			const isSuper = ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword;
			const [options] = (isClient || isSuper ? (node as ts.CallExpression | ts.NewExpression).arguments : undefined) ?? [];
			if (options !== undefined && ts.isObjectLiteralExpression(options)) {
				for (const property of options.properties) {
					if (!ts.isPropertyAssignment(property) || property.name.getText(tree) !== 'allowedMentions') continue;
					const text = literalText(property.initializer, tree);
					found = text === undefined ? { kind: 'computed', text: property.initializer.getText(tree) } : { kind: 'literal', text };
				}
			}
			ts.forEachChild(node, visit);
		};
		visit(tree);
		if (found !== undefined) return found;
	}
	return undefined;
}
