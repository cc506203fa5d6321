import { Node, SyntaxKind, type SourceFile } from 'ts-morph';
import { isDiscordJs, requiredModule } from './_discordJs.js';

/**
 * Modules a discord.js bot takes discord.js's API from besides `discord.js` itself: the
 * builders and REST packages (v13 bots import `SlashCommandBuilder` from `@discordjs/builders`
 * and `REST` from `@discordjs/rest`) and discord-api-types (`Routes`, `ChannelType`, …).
 */
const COMPANIONS = new Set([
	'@discordjs/builders',
	'@discordjs/rest',
	'discord-api-types/v8',
	'discord-api-types/v9',
	'discord-api-types/v10',
]);

/** Whether `specifier` is discord.js or one of the packages its API comes from. */
export function isDiscordModule(specifier: string): boolean {
	return isDiscordJs(specifier) || COMPANIONS.has(specifier);
}

/** Whether `specifier` is discord-api-types (whose remaining imports are kept as they are). */
export function isDiscordApiTypes(specifier: string): boolean {
	return specifier.startsWith('discord-api-types');
}

/**
 * Like `discordJsBindings`, over discord.js and its companion modules: local name → exported
 * name, or `null` for a namespace (`import * as D`, `const D = require(…)`).
 */
export function discordModuleBindings(file: SourceFile): Map<string, string | null> {
	const bindings = new Map<string, string | null>();
	for (const declaration of file.getImportDeclarations()) {
		if (!isDiscordModule(declaration.getModuleSpecifierValue())) continue;
		const namespace = declaration.getNamespaceImport() ?? declaration.getDefaultImport();
		if (namespace !== undefined) bindings.set(namespace.getText(), null);
		for (const named of declaration.getNamedImports()) bindings.set(named.getAliasNode()?.getText() ?? named.getName(), named.getName());
	}
	for (const statement of file.getVariableStatements()) {
		for (const variable of statement.getDeclarations()) {
			const specifier = requiredModule(variable.getInitializer());
			if (specifier === undefined || !isDiscordModule(specifier)) continue;
			const name = variable.getNameNode();
			if (Node.isIdentifier(name)) bindings.set(name.getText(), null);
			else if (Node.isObjectBindingPattern(name)) {
				for (const element of name.getElements())
					bindings.set(element.getName(), element.getPropertyNameNode()?.getText() ?? element.getName());
			}
		}
	}
	return bindings;
}

/** Whether the file mentions any of `words` at all: a cheap test before walking its tree. */
export function mentionsAny(file: SourceFile, words: readonly string[]): boolean {
	const text = file.getFullText();
	return words.some((word) => text.includes(word));
}

/** Builder methods whose callback's parameter (`(option) => option.setName(…)`) goes away with the chain. */
const BUILDER_CALLBACKS = /^(add\w*Option|addSubcommand|addSubcommandGroup)$/;

/**
 * Whether `id` declares a name the file's code can see: a variable, function, class,
 * destructured name, parameter, or import from a module other than discord.js's (those are
 * rewritten by `imports`). Parameters of builder callbacks do not count: the chain they
 * belong to is rewritten away, and where it is not they shadow only their own callback.
 */
export function declaresName(id: Node): boolean {
	const parent = id.getParent();
	if (
		(Node.isVariableDeclaration(parent) ||
			Node.isFunctionDeclaration(parent) ||
			Node.isClassDeclaration(parent) ||
			Node.isBindingElement(parent)) &&
		parent.getNameNode() === id
	)
		return true;
	if (Node.isParameterDeclaration(parent) && parent.getNameNode() === id) {
		const fn = parent.getParent();
		const call = fn?.getParent();
		const callee = Node.isCallExpression(call) ? call.getExpression() : undefined;
		return !(Node.isPropertyAccessExpression(callee) && BUILDER_CALLBACKS.test(callee.getName()));
	}
	if (!Node.isImportSpecifier(parent) && !Node.isImportClause(parent) && !Node.isNamespaceImport(parent)) return false;
	const declaration = parent.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
	if (
		declaration === undefined ||
		isDiscordModule(declaration.getModuleSpecifierValue()) ||
		declaration.getModuleSpecifierValue() === 'ovenjs'
	)
		return false;
	return Node.isImportSpecifier(parent)
		? (parent.getAliasNode() ?? parent.getNameNode()) === id
		: Node.isImportClause(parent) || Node.isNamespaceImport(parent);
}

/** Names declared in `file` (see {@link declaresName}). */
export function declaredNames(file: SourceFile): Set<string> {
	const names = new Set<string>();
	for (const id of file.getDescendantsOfKind(SyntaxKind.Identifier)) if (declaresName(id)) names.add(id.getText());
	return names;
}

/**
 * The identifier to write for OvenJS's export `name` in `file`: `name` itself, or `ovenName`
 * when the file declares `name` already (`const button = new ButtonBuilder()` must not become
 * `const button = button(…)`). The `imports` transform imports `ovenName` as an alias.
 */
export function ovenIdentifier(declared: ReadonlySet<string>, name: string): string {
	return declared.has(name) ? `oven${name.charAt(0).toUpperCase()}${name.slice(1)}` : name;
}
