import { Node, SyntaxKind, type SourceFile } from 'ts-morph';

const DISCORD_JS = new Set(['discord.js']);

/** Whether `specifier` names discord.js. */
export function isDiscordJs(specifier: string): boolean {
	return DISCORD_JS.has(specifier);
}

/** The string argument of a `require('…')` call, or undefined. */
export function requiredModule(node: Node | undefined): string | undefined {
	if (!Node.isCallExpression(node) || node.getExpression().getText() !== 'require') return undefined;
	const [arg] = node.getArguments();
	return Node.isStringLiteral(arg) ? arg.getLiteralValue() : undefined;
}

/** The local names under which `file` imports `exported` from discord.js (ESM import or `require` destructuring). */
export function localNamesOf(file: SourceFile, exported: string): Set<string> {
	const names = new Set<string>();
	for (const [local, name] of discordJsBindings(file)) if (name === exported) names.add(local);
	return names;
}

/**
 * Every discord.js binding of `file`: local name → exported name, or `null` for a namespace
 * (`import * as Discord`, `import Discord from`, `const Discord = require('discord.js')`).
 */
export function discordJsBindings(file: SourceFile): Map<string, string | null> {
	const bindings = new Map<string, string | null>();
	for (const declaration of file.getImportDeclarations()) {
		if (!isDiscordJs(declaration.getModuleSpecifierValue())) continue;
		const namespace = declaration.getNamespaceImport() ?? declaration.getDefaultImport();
		if (namespace !== undefined) bindings.set(namespace.getText(), null);
		for (const named of declaration.getNamedImports()) bindings.set(named.getAliasNode()?.getText() ?? named.getName(), named.getName());
	}
	for (const variable of file.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
		const specifier = requiredModule(variable.getInitializer());
		if (specifier === undefined || !isDiscordJs(specifier)) continue;
		const name = variable.getNameNode();
		if (Node.isIdentifier(name)) bindings.set(name.getText(), null);
		else if (Node.isObjectBindingPattern(name)) {
			for (const element of name.getElements()) bindings.set(element.getName(), element.getPropertyNameNode()?.getText() ?? element.getName());
		}
	}
	return bindings;
}

/**
 * The discord.js path a property chain names, from its root binding: `Discord.Intents.FLAGS.GUILDS`
 * and `Intents.FLAGS.GUILDS` both give `['Intents', 'FLAGS', 'GUILDS']`; undefined when the
 * root is not a discord.js binding.
 */
export function discordJsPath(node: Node, bindings: ReadonlyMap<string, string | null>): string[] | undefined {
	const parts: string[] = [];
	let current = node;
	while (Node.isPropertyAccessExpression(current)) {
		parts.unshift(current.getName());
		current = current.getExpression();
	}
	if (!Node.isIdentifier(current)) return undefined;
	const exported = bindings.get(current.getText());
	if (exported === undefined) return undefined;
	return exported === null ? parts : [exported, ...parts];
}

/** Whether `file` is TypeScript (so `!` and type syntax may be written). */
export function isTypeScript(file: SourceFile): boolean {
	return /\.[cm]?tsx?$/.test(file.getFilePath());
}

/** `GUILD_ROLE_CREATE` → `guildRoleCreate`: how OvenJS names the event of a dispatch. */
export function camelFromDispatch(dispatch: string): string {
	return dispatch.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A short one-line excerpt of `node`'s text for todo messages. */
export function excerpt(node: Node, max = 60): string {
	const text = node.getText().replace(/\s+/g, ' ');
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
