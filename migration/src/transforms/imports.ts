import { Node, SyntaxKind, type SourceFile } from 'ts-morph';
import type { Transform, TransformContext } from '../Transform.js';
import { isDiscordJs, requiredModule } from './_discordJs.js';

/** discord.js exports with an OvenJS equivalent, and the name OvenJS exports it under. */
export const OVENJS_EQUIVALENTS: Readonly<Record<string, string>> = {
	Client: 'Client',
	Message: 'Message',
	Guild: 'Guild',
	User: 'User',
	GuildMember: 'Member',
	Interaction: 'Interaction',
	BaseInteraction: 'Interaction',
	CommandInteraction: 'Interaction',
	ChatInputCommandInteraction: 'Interaction',
	Channel: 'Channel',
	BaseChannel: 'Channel',
	TextChannel: 'Channel',
	EmbedBuilder: 'EmbedBuilder',
	MessageEmbed: 'EmbedBuilder',
	Permissions: 'Permissions',
	PermissionsBitField: 'Permissions',
};

/** Names the other transforms write, imported from ovenjs when the file uses them and does not declare them. */
const INTRODUCED = ['createClient', 'EmbedBuilder', 'Permissions'];

/** Whether `local` is used in `file` outside the import/require `owner` that binds it. */
function isReferenced(file: SourceFile, local: string, owner: Node): boolean {
	return file.getDescendantsOfKind(SyntaxKind.Identifier).some((id) => {
		if (id.getText() !== local || id.getFirstAncestor((a) => a === owner) !== undefined) return false;
		const parent = id.getParent();
		// `x.local` and `{ local: … }` keys are not references.
		if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === id) return false;
		if (Node.isPropertyAssignment(parent) && parent.getNameNode() === id) return false;
		return true;
	});
}

/** Whether `name` is used in `file` outside import declarations. */
function isUsed(file: SourceFile, name: string): boolean {
	return file.getDescendantsOfKind(SyntaxKind.Identifier).some((id) => {
		if (id.getText() !== name || id.getFirstAncestorByKind(SyntaxKind.ImportDeclaration) !== undefined) return false;
		const parent = id.getParent();
		return !(Node.isPropertyAccessExpression(parent) && parent.getNameNode() === id) && !(Node.isPropertyAssignment(parent) && parent.getNameNode() === id);
	});
}

function isDeclaredLocally(file: SourceFile, name: string): boolean {
	return file.getDescendantsOfKind(SyntaxKind.Identifier).some((id) => {
		if (id.getText() !== name) return false;
		const parent = id.getParent();
		return (Node.isVariableDeclaration(parent) || Node.isFunctionDeclaration(parent) || Node.isClassDeclaration(parent) || Node.isBindingElement(parent)) && parent.getNameNode() === id;
	});
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
		if (access.wasForgotten() || access.getExpression().getText() !== namespace || access.getFirstAncestor((a) => a === owner) !== undefined) continue;
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
			if (!isDiscordJs(declaration.getModuleSpecifierValue())) continue;
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
			const ovenImport = sorted.oven.length > 0 ? `import ${declaration.isTypeOnly() ? 'type ' : ''}{ ${sorted.oven.join(', ')} } from 'ovenjs';` : '';
			if (sorted.kept.length > 0 || keepNamespace) {
				const clause = [keepNamespace && namespace !== undefined ? (declaration.getNamespaceImport() === undefined ? namespace.getText() : `* as ${namespace.getText()}`) : undefined, sorted.kept.length > 0 ? `{ ${sorted.kept.join(', ')} }` : undefined].filter((p) => p !== undefined).join(', ');
				const replaced = declaration.replaceWithText([ovenImport, `import ${clause} from 'discord.js';`].filter((t) => t !== '').join('\n'));
				context.todo(replaced, `still from discord.js (no OvenJS equivalent): ${[...sorted.kept, ...(keepNamespace && namespace !== undefined ? [namespace.getText()] : [])].join(', ')}.`);
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
			if (variable === undefined || others.length > 0 || moduleName === undefined || !isDiscordJs(moduleName)) continue;
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
			if (keepNamespace) lines.push(`const ${nameText} = require('discord.js');`);
			else if (sorted.kept.length > 0) lines.push(`const { ${sorted.kept.join(', ')} } = require('discord.js');`);
			const replaced = statement.replaceWithText(lines.join('\n'));
			if (lines.length > 1) context.todo(replaced, `still from discord.js (no OvenJS equivalent): ${keepNamespace ? nameText : sorted.kept.join(', ')}.`);
			anchor ??= replaced;
		}
		addIntroduced(file, anchor, style, ovenNames);
	},
};

/** `const Discord = require('discord.js'), fs = require('fs');` → one statement per declaration, so the discord.js one can be rewritten alone. */
function splitRequireStatements(file: SourceFile): void {
	for (const statement of file.getVariableStatements()) {
		const declarations = statement.getDeclarations();
		if (declarations.length < 2 || !declarations.some((d) => isDiscordJs(requiredModule(d.getInitializer()) ?? ''))) continue;
		const kind = statement.getDeclarationKind();
		statement.replaceWithText(declarations.map((d) => `${kind} ${d.getText()};`).join('\n'));
	}
}

/** Adds `names` and the introduced names the file uses to its ovenjs import (made if there is none yet). */
function addIntroduced(file: SourceFile, anchor: Node | undefined, style: 'esm' | 'cjs', extra: ReadonlySet<string>): void {
	const ovenImport = file.getImportDeclarations().find((d) => d.getModuleSpecifierValue() === 'ovenjs' && !d.isTypeOnly());
	const ovenRequire = file.getVariableStatements().find((s) => requiredModule(s.getDeclarations()[0]?.getInitializer()) === 'ovenjs');
	const wanted = [...new Set([...extra, ...INTRODUCED.filter((name) => isUsed(file, name) && !isDeclaredLocally(file, name))])];
	const have = new Set<string>();
	for (const declaration of file.getImportDeclarations()) {
		if (declaration.getModuleSpecifierValue() !== 'ovenjs') continue;
		for (const named of declaration.getNamedImports()) have.add(named.getAliasNode()?.getText() ?? named.getName());
	}
	const pattern = ovenRequire?.getDeclarations()[0]?.getNameNode();
	if (Node.isObjectBindingPattern(pattern)) for (const element of pattern.getElements()) have.add(element.getName());
	const missing = wanted.filter((name) => !have.has(name));
	if (ovenImport !== undefined) {
		if (missing.length > 0) ovenImport.addNamedImports(missing);
		if (ovenImport.getNamedImports().length === 0 && ovenImport.getDefaultImport() === undefined && ovenImport.getNamespaceImport() === undefined) ovenImport.remove();
	} else if (Node.isObjectBindingPattern(pattern) && ovenRequire !== undefined) {
		const names = [...pattern.getElements().map((e) => e.getText()), ...missing];
		if (names.length === 0) ovenRequire.remove();
		else pattern.replaceWithText(`{ ${names.join(', ')} }`);
	} else if (missing.length > 0) {
		const text = style === 'cjs' ? `const { ${missing.join(', ')} } = require('ovenjs');\n` : `import { ${missing.join(', ')} } from 'ovenjs';\n`;
		file.insertText(anchor?.getStart() ?? 0, text);
	}
}
