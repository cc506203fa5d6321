import { Node, SyntaxKind, ts, type ImportDeclaration, type ObjectBindingPattern, type SourceFile, type VariableStatement } from 'ts-morph';
import type { Transform, TransformContext } from '../Transform.js';
import type { EquivalentsTable } from '../equivalents/DiscordJsEquivalent.js';
import {
	freeReferences,
	insertStatementsBefore,
	isReferencedOutside,
	removeStatement,
	replaceNode,
	requiredModule,
	wrapperOf,
} from './_discordJs.js';
import { isDiscordApiTypes, isDiscordModule } from './_discordModules.js';
import { lookupTable } from './_lookupTable.js';

/** Whether `local` is used in `file` outside the import/require `owner` that binds it. */
function isReferenced(file: SourceFile, local: string, owner: Node): boolean {
	// `owner` spells `local` once; with no other occurrence in the text, nothing else can (and the walk is slow).
	const text = file.getFullText();
	const first = text.indexOf(local);
	if (first === -1 || text.indexOf(local, first + 1) === -1) return false;
	// `x.local` and `{ local: … }` keys are not references.
	return isReferencedOutside(file, local, owner);
}

function specifier(ovenName: string, local: string): string {
	return ovenName === local ? local : `${ovenName} as ${local}`;
}

function bindingText(ovenName: string, local: string): string {
	return ovenName === local ? local : `${ovenName}: ${local}`;
}

/** Where each imported name goes: `ovenjs`, another package (`@discordjs/collection`), or it stays. */
interface Sorted {
	/** Specifiers by the module they come from now (`ovenjs` first). */
	readonly moved: Map<string, string[]>;
	readonly kept: string[];
}

function sortedNames(): Sorted {
	return { moved: new Map([['ovenjs', []]]), kept: [] };
}

/** The OvenJS side of discord.js's export `name`, from the equivalents table: the name, and its package. */
function ovenExport(table: EquivalentsTable, name: string): { readonly name: string; readonly module: string } | undefined {
	const entry = table.lookup([name], []);
	return entry?.oven === undefined ? undefined : { name: entry.oven, module: entry.module ?? 'ovenjs' };
}

function move(sorted: Sorted, module: string, text: string): void {
	sorted.moved.set(module, [...(sorted.moved.get(module) ?? []), text]);
}

/**
 * Rewrites `Discord.X` references of a namespace binding to X (with an equivalent; recorded in
 * `moved`) and says whether the namespace is still needed.
 */
function unwrapNamespace(file: SourceFile, namespace: string, owner: Node, sorted: Sorted, context: TransformContext): boolean {
	let remaining = false;
	for (const access of file.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
		if (
			access.wasForgotten() ||
			access.getExpression().getText() !== namespace ||
			access.getFirstAncestor((a) => a === owner) !== undefined
		)
			continue;
		const oven = ovenExport(context.equivalents, access.getName());
		if (oven === undefined) {
			remaining = true;
			context.todo(access, noEquivalent(context.equivalents, access.getName()));
		} else {
			if (!(sorted.moved.get(oven.module) ?? []).includes(oven.name)) move(sorted, oven.module, oven.name);
			replaceNode(access, oven.name);
		}
	}
	return remaining || isReferenced(file, namespace, owner);
}

/** The statements importing what moved, in the file's style; `typeOnly` keeps `import type`. */
function movedStatements(sorted: Sorted, style: 'esm' | 'cjs', typeOnly: boolean): string[] {
	return [...sorted.moved]
		.filter(([, names]) => names.length > 0)
		.map(([module, names]) =>
			style === 'cjs'
				? `const { ${names.join(', ')} } = require('${module}');`
				: `import ${typeOnly ? 'type ' : ''}{ ${names.join(', ')} } from '${module}';`,
		);
}

/**
 * Imports and requires of discord.js: names with an OvenJS equivalent come from `ovenjs` (or the
 * package the table names, `@discordjs/collection` for `Collection`), names the other transforms
 * made unused are dropped, the rest stay with a todo saying what to write instead; `import type`
 * stays `import type`; names the transforms wrote (`createClient`, …) are imported. Runs last.
 */
export const imports: Transform = {
	name: 'imports',
	description: "discord.js imports and requires become 'ovenjs' ones: equivalents moved, unused names dropped, the rest marked.",
	apply(file, context) {
		const fromNamespaces = sortedNames();
		/** Local names now bound to an ovenjs class, whose discord.js type arguments (`<'cached'>`, `<true>`) mean nothing there. */
		const movedToOvenjs = new Set<string>();
		let anchor: Node | undefined;
		let style: 'esm' | 'cjs' = 'esm';
		for (const declaration of file.getImportDeclarations()) {
			const source = declaration.getModuleSpecifierValue();
			if (isDiscordApiTypes(source)) {
				pruneImport(file, declaration);
				continue;
			}
			if (!isDiscordModule(source)) continue;
			const sorted = sortedNames();
			const typeOnly = declaration.isTypeOnly();
			const namespace = declaration.getNamespaceImport() ?? declaration.getDefaultImport();
			let keepNamespace = false;
			if (namespace !== undefined) keepNamespace = unwrapNamespace(file, namespace.getText(), declaration, fromNamespaces, context);
			for (const named of declaration.getNamedImports()) {
				const local = named.getAliasNode()?.getText() ?? named.getName();
				if (!isReferenced(file, local, declaration)) continue;
				const oven = ovenExport(context.equivalents, named.getName());
				if (oven !== undefined && testsKind(file, local, named.getName(), oven.name, context)) sorted.kept.push(named.getText());
				else if (oven === undefined) sorted.kept.push(named.getText());
				// Its only uses were `instanceof` tests, now the view's guards.
				else if (!isReferenced(file, local, declaration)) continue;
				else {
					move(sorted, oven.module, `${named.isTypeOnly() ? 'type ' : ''}${specifier(oven.name, local)}`);
					if (oven.module === 'ovenjs') movedToOvenjs.add(local);
				}
			}
			const statements = movedStatements(sorted, 'esm', typeOnly);
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
				const namespaceName = keepNamespace ? namespace?.getText() : undefined;
				const kept = [...sorted.kept, ...(namespaceName === undefined ? [] : [namespaceName])];
				const replaced = replaceNode(
					declaration,
					[...statements, `import ${typeOnly ? 'type ' : ''}${clause} from '${source}';`].join('\n'),
				);
				context.todo(replaced, stillFrom(context.equivalents, source, kept, namespaceName));
			} else {
				// An empty ovenjs import holds the place for the names the transforms wrote; dropped if none come.
				replaceNode(declaration, statements.length > 0 ? statements.join('\n') : "import {} from 'ovenjs';");
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
			const sorted = sortedNames();
			let keepNamespace = false;
			if (Node.isIdentifier(name)) keepNamespace = unwrapNamespace(file, name.getText(), statement, fromNamespaces, context);
			else if (Node.isObjectBindingPattern(name)) {
				for (const element of name.getElements()) {
					const local = element.getName();
					const exported = element.getPropertyNameNode()?.getText() ?? local;
					if (!isReferenced(file, local, statement)) continue;
					const oven = ovenExport(context.equivalents, exported);
					if (oven !== undefined && testsKind(file, local, exported, oven.name, context)) sorted.kept.push(element.getText());
					else if (oven === undefined) sorted.kept.push(element.getText());
					else if (!isReferenced(file, local, statement)) continue;
					else {
						move(sorted, oven.module, bindingText(oven.name, local));
						if (oven.module === 'ovenjs') movedToOvenjs.add(local);
					}
				}
			}
			const lines = movedStatements(sorted, 'cjs', false);
			if (lines.length === 0) lines.push("const {} = require('ovenjs');");
			if (keepNamespace) lines.push(`const ${nameText} = require('${moduleName}');`);
			else if (sorted.kept.length > 0) lines.push(`const { ${sorted.kept.join(', ')} } = require('${moduleName}');`);
			const replaced = replaceNode(statement, lines.join('\n'));
			if (keepNamespace || sorted.kept.length > 0)
				context.todo(
					replaced,
					stillFrom(context.equivalents, moduleName, keepNamespace ? [nameText] : sorted.kept, keepNamespace ? nameText : undefined),
				);
			anchor ??= replaced;
		}
		dropTypeArguments(file, movedToOvenjs);
		widenNullExclusions(file, movedToOvenjs);
		// What namespaces gave (`Discord.EmbedBuilder` → `EmbedBuilder`) is imported beside what the transforms wrote.
		const others = movedStatements(
			{ moved: new Map([...fromNamespaces.moved].filter(([module]) => module !== 'ovenjs')), kept: [] },
			style,
			false,
		);
		if (others.length > 0) insertStatementsBefore(file, anchor, others.join('\n'));
		addIntroduced(file, anchor, style, new Set(fromNamespaces.moved.get('ovenjs') ?? []), context.introduced);
	},
};

/**
 * `ChatInputCommandInteraction<'cached'>`, `Message<true>`, `extends Client<true>`: discord.js's
 * type arguments (cache state, in-guild) on names that now mean an OvenJS class, which takes
 * none of them, are dropped.
 */
function dropTypeArguments(file: SourceFile, names: ReadonlySet<string>): void {
	if (names.size === 0) return;
	const targets: ts.Node[] = [];
	const visit = (node: ts.Node): void => {
		if (
			(ts.isTypeReferenceNode(node) &&
				ts.isIdentifier(node.typeName) &&
				names.has(node.typeName.text) &&
				node.typeArguments !== undefined) ||
			(ts.isExpressionWithTypeArguments(node) &&
				ts.isIdentifier(node.expression) &&
				names.has(node.expression.text) &&
				node.typeArguments !== undefined)
		)
			targets.push(node);
		ts.forEachChild(node, visit);
	};
	visit(file.compilerNode);
	// Wrapped before any edit (an edit re-parses the file); innermost first (`Map<string, Message<true>>` keeps its own arguments), from the end.
	const nodes = targets.map((target) => ({
		node: wrapperOf(file, target),
		name: ((ts.isTypeReferenceNode(target) ? target.typeName : (target as ts.ExpressionWithTypeArguments).expression) as ts.Identifier)
			.text,
	}));
	for (const { node, name } of nodes.reverse()) if (node !== undefined && !node.wasForgotten()) replaceNode(node, name);
}

/**
 * `Exclude<Interaction['guild'], null>`: discord.js says "absent" with null, OvenJS's classes with
 * undefined, so where the excluded type reads a member of a name that now means an OvenJS class,
 * `null` becomes `null | undefined` (the type still means "present").
 */
function widenNullExclusions(file: SourceFile, names: ReadonlySet<string>): void {
	if (names.size === 0 || !file.getFullText().includes('Exclude<')) return;
	const targets: ts.Node[] = [];
	const readsMoved = (type: ts.TypeNode): boolean =>
		ts.isIndexedAccessTypeNode(type) &&
		(readsMoved(type.objectType) ||
			(ts.isTypeReferenceNode(type.objectType) && ts.isIdentifier(type.objectType.typeName) && names.has(type.objectType.typeName.text)));
	const visit = (node: ts.Node): void => {
		if (
			ts.isTypeReferenceNode(node) &&
			ts.isIdentifier(node.typeName) &&
			node.typeName.text === 'Exclude' &&
			node.typeArguments?.length === 2 &&
			readsMoved(node.typeArguments[0] as ts.TypeNode)
		) {
			const excluded = node.typeArguments[1] as ts.TypeNode;
			const parts = ts.isUnionTypeNode(excluded) ? excluded.types : [excluded];
			const isNull = (part: ts.TypeNode): boolean => ts.isLiteralTypeNode(part) && part.literal.kind === ts.SyntaxKind.NullKeyword;
			const hasUndefined = parts.some((part) => part.kind === ts.SyntaxKind.UndefinedKeyword);
			const nullPart = parts.find(isNull);
			if (nullPart !== undefined && !hasUndefined) targets.push(nullPart);
		}
		ts.forEachChild(node, visit);
	};
	visit(file.compilerNode);
	// Wrapped before any edit: an edit re-parses the file, and the compiler's nodes found above are gone then.
	const nodes = targets.map((target) => wrapperOf(file, target));
	for (const node of nodes.reverse()) if (node !== undefined && !node.wasForgotten()) replaceNode(node, 'null | undefined');
}

/** OvenJS's Channel view's guards that test exactly what `instanceof` a discord.js channel class tested. */
const CHANNEL_GUARDS: Readonly<Record<string, string>> = lookupTable({
	DMChannel: 'isDMBased',
	ThreadChannel: 'isThread',
	CategoryChannel: 'isCategory',
});

/**
 * `x instanceof DMChannel` where OvenJS has one view for several discord.js classes (every channel
 * class is a `Channel`): importing the view under the old name would make the test true for every
 * channel. Where the view has a guard that tests the same (`isDMBased()`, `isThread()`,
 * `isCategory()`) the test becomes it; any other stays as it is, with a todo, and the name stays
 * imported from discord.js (returns true then).
 */
function testsKind(file: SourceFile, local: string, exported: string, oven: string, context: TransformContext): boolean {
	if (oven === exported || !file.getFullText().includes('instanceof')) return false;
	let kept = false;
	for (const test of file.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
		if (test.wasForgotten() || test.getOperatorToken().getKind() !== SyntaxKind.InstanceOfKeyword || test.getRight().getText() !== local)
			continue;
		const guard = oven === 'Channel' ? CHANNEL_GUARDS[exported] : undefined;
		const left = test.getLeft();
		const receiver = Node.isIdentifier(left) || Node.isPropertyAccessExpression(left) ? left.getText() : `(${left.getText()})`;
		if (guard !== undefined) replaceNode(test, `${receiver}.${guard}()`);
		else {
			kept = true;
			context.todo(
				test,
				`\`${test.getText()}\`: OvenJS has one ${oven} view for discord.js's ${exported} and its siblings, so this test was kept on discord.js's class (no OvenJS ${oven.toLowerCase()} is one); test the kind instead: ${receiver}.type (Discord's number)${oven === 'Channel' ? ', or isTextBased(), isVoiceBased(), isThread(), isDMBased()' : ''}.`,
			);
		}
	}
	return kept;
}

/** `Discord.X` with no equivalent: what to write instead. */
function noEquivalent(table: EquivalentsTable, name: string): string {
	const note = table.lookup([name], [])?.note;
	return `discord.js's ${name} has no OvenJS equivalent${note === undefined ? '; rewrite this by hand' : `: ${note}`}`.replace(/\.?$/, '.');
}

/** The todo on an import that keeps names from discord.js: what to write instead of each. */
function stillFrom(table: EquivalentsTable, source: string, kept: readonly string[], namespace?: string): string {
	const advice = kept.map((binding) => {
		const name =
			binding
				.replace(/^type\s+/, '')
				.split(/ as |:\s*/)[0]
				?.trim() ?? binding;
		if (name === namespace) return `${name} (the namespace, for the members marked below that have no OvenJS equivalent)`;
		const note = table.lookup([name], [])?.note;
		return note === undefined ? `${name} (no OvenJS equivalent yet: rewrite its uses by hand)` : `${name} (${note.replace(/\.$/, '')})`;
	});
	return `still from ${source}: ${advice.join('; ')}.`;
}

/** `const Discord = require('discord.js'), fs = require('fs');` → one statement per declaration, so the discord.js one can be rewritten alone. */
function splitRequireStatements(file: SourceFile): void {
	for (const statement of file.getVariableStatements()) {
		const declarations = statement.getDeclarations();
		if (declarations.length < 2 || !declarations.some((d) => isDiscordModule(requiredModule(d.getInitializer()) ?? ''))) continue;
		const kind = statement.getDeclarationKind();
		replaceNode(statement, declarations.map((d) => `${kind} ${d.getText()};`).join('\n'));
	}
}

/**
 * Adds to the file's ovenjs import (made if there is none yet) the equivalents the namespace
 * unwrapping wrote and the names the transforms wrote (`introduced`: export → local), each only
 * when the file reads it as a free identifier: a name no scope declares (so a callback's `option`
 * parameter or a `{ button }` key brings no import) and that no import binds yet.
 */
function addIntroduced(
	file: SourceFile,
	anchor: Node | undefined,
	style: 'esm' | 'cjs',
	extra: ReadonlySet<string>,
	introduced: ReadonlyMap<string, string>,
): void {
	const ovenImport = file.getImportDeclarations().find((d) => d.getModuleSpecifierValue() === 'ovenjs' && !d.isTypeOnly());
	const ovenRequire = file.getVariableStatements().find((s) => requiredModule(s.getDeclarations()[0]?.getInitializer()) === 'ovenjs');
	const pairs = new Map<string, string>(
		[...[...extra].map((name): [string, string] => [name, name]), ...introduced].map(([name, local]) => [local, name]),
	);
	const free = freeReferences(file, new Set(pairs.keys()));
	const missing = [...pairs]
		.filter(([local]) => free.has(local))
		.map(([local, name]) => (name === local ? name : style === 'cjs' ? `${name}: ${local}` : `${name} as ${local}`));
	const pattern = ovenRequire?.getDeclarations()[0]?.getNameNode();
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
			removeStatement(ovenImport);
	} else if (Node.isObjectBindingPattern(pattern) && ovenRequire !== undefined) {
		const names = [...pattern.getElements().map((e) => e.getText()), ...missing];
		if (names.length === 0) removeStatement(ovenRequire);
		else replaceNode(pattern, `{ ${names.join(', ')} }`);
	} else if (missing.length > 0) {
		const text =
			style === 'cjs' ? `const { ${missing.join(', ')} } = require('ovenjs');\n` : `import { ${missing.join(', ')} } from 'ovenjs';\n`;
		insertStatementsBefore(file, anchor, text.trimEnd());
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
			removeStatement(declaration);
		}
	}
	if (first !== undefined && first.getNamedImports().length === 0) removeStatement(first);
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
		removeStatement(statement);
		firstRequire = replaceNode(firstRequire, `{ ${names.join(', ')} }`) as ObjectBindingPattern;
	}
	if (firstRequire !== undefined && firstRequire.getElements().length === 0)
		removeStatement(firstRequire.getFirstAncestorByKindOrThrow(SyntaxKind.VariableStatement));
}

/** Removes the names of a discord-api-types import the other transforms made unused (the rest stay: it is a package of its own). */
function pruneImport(file: SourceFile, declaration: ImportDeclaration): void {
	for (const named of declaration.getNamedImports()) {
		if (!isReferenced(file, named.getAliasNode()?.getText() ?? named.getName(), declaration)) named.remove();
	}
	const namespace = declaration.getNamespaceImport() ?? declaration.getDefaultImport();
	const namespaceUsed = namespace !== undefined && isReferenced(file, namespace.getText(), declaration);
	if (declaration.getNamedImports().length === 0 && !namespaceUsed) removeStatement(declaration);
}

/** The same for `const { Routes } = require('discord-api-types/v9')`. */
function pruneRequire(file: SourceFile, statement: VariableStatement): void {
	const name = statement.getDeclarations()[0]?.getNameNode();
	if (Node.isIdentifier(name)) {
		if (!isReferenced(file, name.getText(), statement)) removeStatement(statement);
		return;
	}
	if (!Node.isObjectBindingPattern(name)) return;
	const kept = name
		.getElements()
		.filter((element) => isReferenced(file, element.getName(), statement))
		.map((element) => element.getText());
	if (kept.length === 0) removeStatement(statement);
	else if (kept.length < name.getElements().length) replaceNode(name, `{ ${kept.join(', ')} }`);
}
