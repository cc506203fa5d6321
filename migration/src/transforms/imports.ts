import { Node, SyntaxKind, type ImportDeclaration, type ObjectBindingPattern, type SourceFile, type VariableStatement } from 'ts-morph';
import type { Transform, TransformContext } from '../Transform.js';
import { isReferencedOutside, requiredModule } from './_discordJs.js';
import { declaresName, isDiscordApiTypes, isDiscordModule } from './_discordModules.js';

/** discord.js exports with an OvenJS equivalent, and the name OvenJS exports it under. */
export const OVENJS_EQUIVALENTS: Readonly<Record<string, string>> = {
	Client: 'Client',
	Message: 'Message',
	Guild: 'Guild',
	User: 'User',
	GuildMember: 'Member',
	Role: 'Role',
	GuildEmoji: 'Emoji',
	Emoji: 'Emoji',
	MessageReaction: 'MessageReaction',
	VoiceState: 'VoiceState',
	Webhook: 'Webhook',
	Invite: 'Invite',
	GuildBan: 'Ban',
	Interaction: 'Interaction',
	BaseInteraction: 'BaseInteraction',
	// v13's CommandInteraction is a slash command, and code reads its options: the slash command class.
	CommandInteraction: 'ChatInputCommandInteraction',
	ChatInputCommandInteraction: 'ChatInputCommandInteraction',
	Channel: 'Channel',
	BaseChannel: 'Channel',
	TextChannel: 'Channel',
	ThreadChannel: 'Channel',
	VoiceChannel: 'Channel',
	CategoryChannel: 'Channel',
	EmbedBuilder: 'EmbedBuilder',
	MessageEmbed: 'EmbedBuilder',
	Permissions: 'Permissions',
	PermissionsBitField: 'Permissions',
	REST: 'REST',
	ButtonInteraction: 'ButtonInteraction',
	StringSelectMenuInteraction: 'StringSelectMenuInteraction',
	SelectMenuInteraction: 'StringSelectMenuInteraction',
	MessageComponentInteraction: 'MessageComponentInteraction',
	ModalSubmitInteraction: 'ModalSubmitInteraction',
	AutocompleteInteraction: 'AutocompleteInteraction',
	ContextMenuCommandInteraction: 'CommandInteraction',
	UserContextMenuCommandInteraction: 'UserContextMenuCommandInteraction',
	MessageContextMenuCommandInteraction: 'MessageContextMenuCommandInteraction',
};

/**
 * Names the other transforms write, imported from ovenjs when the file uses them and does not
 * declare them; also under the alias `ovenX` that transforms write when the file declares `X`
 * itself (see `ovenIdentifier`).
 */
const INTRODUCED = [
	'createClient',
	'EmbedBuilder',
	'Permissions',
	'defineCommand',
	'defineUserCommand',
	'defineMessageCommand',
	'option',
	'subcommand',
	'subcommandGroup',
	'ChatInputCommand',
	'syncCommands',
	'API',
	'button',
	'actionRow',
	'stringSelect',
	'userSelect',
	'roleSelect',
	'mentionableSelect',
	'channelSelect',
	'modal',
	'textInput',
];

/** `button` → `ovenButton`: the alias a transform writes when the file declares the name itself. */
function aliasOf(name: string): string {
	return `oven${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** Whether `local` is used in `file` outside the import/require `owner` that binds it. */
function isReferenced(file: SourceFile, local: string, owner: Node): boolean {
	// `owner` spells `local` once; with no other occurrence in the text, nothing else can (and the walk is slow).
	const text = file.getFullText();
	const first = text.indexOf(local);
	if (first === -1 || text.indexOf(local, first + 1) === -1) return false;
	// `x.local` and `{ local: … }` keys are not references.
	return isReferencedOutside(file, local, owner);
}

/**
 * Which introduced names (and their `ovenX` aliases) `file` uses outside imports, and which it
 * declares itself: one walk over the identifiers, only when the text mentions one of them.
 */
function introducedUse(file: SourceFile): { used: Set<string>; declared: Set<string> } {
	const text = file.getFullText();
	const candidates = new Set([...INTRODUCED, ...INTRODUCED.map(aliasOf)].filter((name) => text.includes(name)));
	const used = new Set<string>();
	const declared = new Set<string>();
	if (candidates.size === 0) return { used, declared };
	for (const id of file.getDescendantsOfKind(SyntaxKind.Identifier)) {
		const name = id.getText();
		if (!candidates.has(name)) continue;
		if (declaresName(id)) declared.add(name);
		const parent = id.getParent();
		if ((Node.isPropertyAccessExpression(parent) || Node.isPropertyAssignment(parent)) && parent.getNameNode() === id) continue;
		if (id.getFirstAncestorByKind(SyntaxKind.ImportDeclaration) === undefined) used.add(name);
	}
	return { used, declared };
}

function specifier(ovenName: string, local: string): string {
	return ovenName === local ? local : `${ovenName} as ${local}`;
}

function bindingText(ovenName: string, local: string): string {
	return ovenName === local ? local : `${ovenName}: ${local}`;
}

interface Sorted {
	readonly oven: string[];
	readonly kept: string[];
}

/** Rewrites `Discord.X` references of a namespace binding to X (with an equivalent) and says whether any remain. */
function unwrapNamespace(file: SourceFile, namespace: string, owner: Node, oven: Set<string>, context: TransformContext): boolean {
	let remaining = false;
	for (const access of file.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
		if (
			access.wasForgotten() ||
			access.getExpression().getText() !== namespace ||
			access.getFirstAncestor((a) => a === owner) !== undefined
		)
			continue;
		const ovenName = OVENJS_EQUIVALENTS[access.getName()];
		if (ovenName === undefined) {
			remaining = true;
			context.todo(access, `discord.js's ${access.getName()} has no OvenJS equivalent; rewrite this by hand.`);
		} else {
			oven.add(ovenName);
			access.replaceWithText(ovenName);
		}
	}
	return remaining || isReferenced(file, namespace, owner);
}

/**
 * Imports and requires of discord.js: names with an OvenJS equivalent come from `ovenjs`,
 * names the other transforms made unused are dropped, the rest stay with a todo; names the
 * transforms introduced (`createClient`, …) are imported. Runs last.
 */
export const imports: Transform = {
	name: 'imports',
	description: "discord.js imports and requires become 'ovenjs' ones: equivalents moved, unused names dropped, the rest marked.",
	apply(file, context) {
		const ovenNames = new Set<string>();
		let anchor: Node | undefined;
		let style: 'esm' | 'cjs' = 'esm';
		for (const declaration of file.getImportDeclarations()) {
			const source = declaration.getModuleSpecifierValue();
			if (isDiscordApiTypes(source)) {
				pruneImport(file, declaration);
				continue;
			}
			if (!isDiscordModule(source)) continue;
			const sorted: Sorted = { oven: [], kept: [] };
			const namespace = declaration.getNamespaceImport() ?? declaration.getDefaultImport();
			let keepNamespace = false;
			if (namespace !== undefined) keepNamespace = unwrapNamespace(file, namespace.getText(), declaration, ovenNames, context);
			for (const named of declaration.getNamedImports()) {
				const local = named.getAliasNode()?.getText() ?? named.getName();
				if (!isReferenced(file, local, declaration)) continue;
				const ovenName = OVENJS_EQUIVALENTS[named.getName()];
				if (ovenName === undefined) sorted.kept.push(named.getText());
				else sorted.oven.push(`${named.isTypeOnly() ? 'type ' : ''}${specifier(ovenName, local)}`);
			}
			const ovenImport =
				sorted.oven.length > 0 ? `import ${declaration.isTypeOnly() ? 'type ' : ''}{ ${sorted.oven.join(', ')} } from 'ovenjs';` : '';
			if (sorted.kept.length > 0 || keepNamespace) {
				const clause = [
					keepNamespace && namespace !== undefined
						? declaration.getNamespaceImport() === undefined
							? namespace.getText()
							: `* as ${namespace.getText()}`
						: undefined,
					sorted.kept.length > 0 ? `{ ${sorted.kept.join(', ')} }` : undefined,
				]
					.filter((p) => p !== undefined)
					.join(', ');
				// Read before replacing: the replacement forgets the old declaration's nodes.
				const kept = [...sorted.kept, ...(keepNamespace && namespace !== undefined ? [namespace.getText()] : [])].join(', ');
				const replaced = declaration.replaceWithText([ovenImport, `import ${clause} from '${source}';`].filter((t) => t !== '').join('\n'));
				context.todo(replaced, `still from ${source} (no OvenJS equivalent): ${kept}.`);
				anchor ??= file.getImportDeclarations().find((d) => d.getModuleSpecifierValue() === 'ovenjs');
			} else if (ovenImport !== '') {
				declaration.replaceWithText(ovenImport);
			} else {
				declaration.replaceWithText("import {} from 'ovenjs';");
			}
			anchor ??= file.getImportDeclarations().find((d) => d.getModuleSpecifierValue() === 'ovenjs');
		}
		splitRequireStatements(file);
		for (const statement of file.getVariableStatements()) {
			const [variable, ...others] = statement.getDeclarations();
			const moduleName = requiredModule(variable?.getInitializer());
			if (variable === undefined || others.length > 0 || moduleName === undefined || !isDiscordModule(moduleName)) continue;
			if (isDiscordApiTypes(moduleName)) {
				pruneRequire(file, statement);
				continue;
			}
			style = 'cjs';
			const name = variable.getNameNode();
			const nameText = name.getText();
			const sorted: Sorted = { oven: [], kept: [] };
			let keepNamespace = false;
			if (Node.isIdentifier(name)) keepNamespace = unwrapNamespace(file, name.getText(), statement, ovenNames, context);
			else if (Node.isObjectBindingPattern(name)) {
				for (const element of name.getElements()) {
					const local = element.getName();
					const exported = element.getPropertyNameNode()?.getText() ?? local;
					if (!isReferenced(file, local, statement)) continue;
					const ovenName = OVENJS_EQUIVALENTS[exported];
					if (ovenName === undefined) sorted.kept.push(element.getText());
					else sorted.oven.push(bindingText(ovenName, local));
				}
			}
			const lines = [`const { ${sorted.oven.join(', ')} } = require('ovenjs');`];
			if (keepNamespace) lines.push(`const ${nameText} = require('${moduleName}');`);
			else if (sorted.kept.length > 0) lines.push(`const { ${sorted.kept.join(', ')} } = require('${moduleName}');`);
			const replaced = statement.replaceWithText(lines.join('\n'));
			if (lines.length > 1)
				context.todo(replaced, `still from ${moduleName} (no OvenJS equivalent): ${keepNamespace ? nameText : sorted.kept.join(', ')}.`);
			anchor ??= replaced;
		}
		addIntroduced(file, anchor, style, ovenNames);
	},
};

/** `const Discord = require('discord.js'), fs = require('fs');` → one statement per declaration, so the discord.js one can be rewritten alone. */
function splitRequireStatements(file: SourceFile): void {
	for (const statement of file.getVariableStatements()) {
		const declarations = statement.getDeclarations();
		if (declarations.length < 2 || !declarations.some((d) => isDiscordModule(requiredModule(d.getInitializer()) ?? ''))) continue;
		const kind = statement.getDeclarationKind();
		statement.replaceWithText(declarations.map((d) => `${kind} ${d.getText()};`).join('\n'));
	}
}

/** Adds `names` and the introduced names the file uses to its ovenjs import (made if there is none yet). */
function addIntroduced(file: SourceFile, anchor: Node | undefined, style: 'esm' | 'cjs', extra: ReadonlySet<string>): void {
	const ovenImport = file.getImportDeclarations().find((d) => d.getModuleSpecifierValue() === 'ovenjs' && !d.isTypeOnly());
	const ovenRequire = file.getVariableStatements().find((s) => requiredModule(s.getDeclarations()[0]?.getInitializer()) === 'ovenjs');
	const { used, declared } = introducedUse(file);
	const wanted = [
		...new Set([
			...extra,
			...INTRODUCED.filter((name) => used.has(name) && !declared.has(name)),
			...INTRODUCED.filter((name) => used.has(aliasOf(name)) && !declared.has(aliasOf(name))).map((name) =>
				style === 'cjs' ? `${name}: ${aliasOf(name)}` : `${name} as ${aliasOf(name)}`,
			),
		]),
	];
	const have = new Set<string>();
	for (const declaration of file.getImportDeclarations()) {
		if (declaration.getModuleSpecifierValue() !== 'ovenjs') continue;
		for (const named of declaration.getNamedImports()) have.add(named.getAliasNode()?.getText() ?? named.getName());
	}
	const pattern = ovenRequire?.getDeclarations()[0]?.getNameNode();
	if (Node.isObjectBindingPattern(pattern)) for (const element of pattern.getElements()) have.add(element.getName());
	const missing = wanted.filter((name) => !have.has(name.split(/ as |: /).at(-1) ?? name));
	if (ovenImport !== undefined) {
		if (missing.length > 0)
			ovenImport.addNamedImports(
				missing.map((name) => {
					const [exported = name, alias] = name.split(' as ');
					return alias === undefined ? { name: exported } : { name: exported, alias };
				}),
			);
		if (
			ovenImport.getNamedImports().length === 0 &&
			ovenImport.getDefaultImport() === undefined &&
			ovenImport.getNamespaceImport() === undefined
		)
			ovenImport.remove();
	} else if (Node.isObjectBindingPattern(pattern) && ovenRequire !== undefined) {
		const names = [...pattern.getElements().map((e) => e.getText()), ...missing];
		if (names.length === 0) ovenRequire.remove();
		else pattern.replaceWithText(`{ ${names.join(', ')} }`);
	} else if (missing.length > 0) {
		const text =
			style === 'cjs' ? `const { ${missing.join(', ')} } = require('ovenjs');\n` : `import { ${missing.join(', ')} } from 'ovenjs';\n`;
		file.insertText(anchor?.getStart() ?? 0, text);
	}
	removeEmptyOvenImports(file);
}

/**
 * Merges the ovenjs imports (or requires) each discord module left into the first one, and drops
 * the empty ones (`import {} from 'ovenjs'`, `const {} = require('ovenjs')`).
 */
function removeEmptyOvenImports(file: SourceFile): void {
	let first: ImportDeclaration | undefined;
	for (const declaration of file.getImportDeclarations()) {
		if (
			declaration.getModuleSpecifierValue() !== 'ovenjs' ||
			declaration.isTypeOnly() ||
			declaration.getDefaultImport() !== undefined ||
			declaration.getNamespaceImport() !== undefined
		)
			continue;
		if (first === undefined) first = declaration;
		else {
			first.addNamedImports(declaration.getNamedImports().map((named) => named.getText()));
			declaration.remove();
		}
	}
	if (first !== undefined && first.getNamedImports().length === 0) first.remove();
	let firstRequire: ObjectBindingPattern | undefined;
	for (const statement of file.getVariableStatements()) {
		const [only, ...others] = statement.getDeclarations();
		const name = only?.getNameNode();
		if (others.length > 0 || requiredModule(only?.getInitializer()) !== 'ovenjs' || !Node.isObjectBindingPattern(name)) continue;
		if (firstRequire === undefined) {
			firstRequire = name;
			continue;
		}
		const names = [...firstRequire.getElements(), ...name.getElements()].map((e) => e.getText());
		statement.remove();
		firstRequire = firstRequire.replaceWithText(`{ ${names.join(', ')} }`) as ObjectBindingPattern;
	}
	if (firstRequire !== undefined && firstRequire.getElements().length === 0)
		firstRequire.getFirstAncestorByKindOrThrow(SyntaxKind.VariableStatement).remove();
}

/** Removes the names of a discord-api-types import the other transforms made unused (the rest stay: it is a package of its own). */
function pruneImport(file: SourceFile, declaration: ImportDeclaration): void {
	for (const named of declaration.getNamedImports()) {
		if (!isReferenced(file, named.getAliasNode()?.getText() ?? named.getName(), declaration)) named.remove();
	}
	const namespace = declaration.getNamespaceImport() ?? declaration.getDefaultImport();
	const namespaceUsed = namespace !== undefined && isReferenced(file, namespace.getText(), declaration);
	if (declaration.getNamedImports().length === 0 && !namespaceUsed) declaration.remove();
}

/** The same for `const { Routes } = require('discord-api-types/v9')`. */
function pruneRequire(file: SourceFile, statement: VariableStatement): void {
	const name = statement.getDeclarations()[0]?.getNameNode();
	if (Node.isIdentifier(name)) {
		if (!isReferenced(file, name.getText(), statement)) statement.remove();
		return;
	}
	if (!Node.isObjectBindingPattern(name)) return;
	const kept = name
		.getElements()
		.filter((element) => isReferenced(file, element.getName(), statement))
		.map((element) => element.getText());
	if (kept.length === 0) statement.remove();
	else if (kept.length < name.getElements().length) name.replaceWithText(`{ ${kept.join(', ')} }`);
}
