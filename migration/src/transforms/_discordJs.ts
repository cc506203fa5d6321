import { CodeBlockWriter, Node, ts, type Identifier, type SourceFile } from 'ts-morph';

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

/** The string argument of a `require('…')` call, on the compiler's tree (as {@link requiredModule}). */
function requiredModuleOf(node: ts.Node | undefined, file: ts.SourceFile): string | undefined {
	if (node === undefined || !ts.isCallExpression(node) || node.expression.getText(file) !== 'require') return undefined;
	const [arg] = node.arguments;
	return arg !== undefined && ts.isStringLiteral(arg) ? arg.text : undefined;
}

/** Bindings by compiler tree: ts-morph makes a new one after every edit, so a cached entry is never stale. */
const bindingsCache = new WeakMap<ts.SourceFile, ReadonlyMap<string, string | null>>();

/**
 * The bindings `tree` takes from the modules `isModule` accepts: local name → exported name, or
 * `null` for a namespace (`import * as Discord`, `import Discord from`, `const Discord = require(…)`).
 * ESM imports at the top level, `require` declarations anywhere.
 */
export function treeBindings(tree: ts.SourceFile, isModule: (specifier: string) => boolean): Map<string, string | null> {
	const bindings = new Map<string, string | null>();
	for (const statement of tree.statements) {
		if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !isModule(statement.moduleSpecifier.text))
			continue;
		const clause = statement.importClause;
		const named = clause?.namedBindings;
		const namespace = (named !== undefined && ts.isNamespaceImport(named) ? named.name : undefined) ?? clause?.name;
		if (namespace !== undefined) bindings.set(namespace.text, null);
		if (named !== undefined && ts.isNamedImports(named)) {
			for (const element of named.elements) bindings.set(element.name.text, (element.propertyName ?? element.name).getText(tree));
		}
	}
	const visit = (node: ts.Node): void => {
		if (ts.isVariableDeclaration(node)) {
			const specifier = requiredModuleOf(node.initializer, tree);
			if (specifier !== undefined && isModule(specifier)) {
				if (ts.isIdentifier(node.name)) bindings.set(node.name.text, null);
				else if (ts.isObjectBindingPattern(node.name)) {
					for (const element of node.name.elements)
						bindings.set(element.name.getText(tree), (element.propertyName ?? element.name).getText(tree));
				}
			}
		}
		ts.forEachChild(node, visit);
	};
	ts.forEachChild(tree, visit);
	return bindings;
}

/**
 * Every discord.js binding of `file`: local name → exported name, or `null` for a namespace
 * (`import * as Discord`, `import Discord from`, `const Discord = require('discord.js')`).
 * Read from the compiler's tree and cached until the next edit: most transforms ask, and
 * wrapping every variable declaration would make each later edit re-map those wrappers.
 */
export function discordJsBindings(file: SourceFile): Map<string, string | null> {
	const tree = file.compilerNode;
	const cached = bindingsCache.get(tree);
	if (cached !== undefined) return new Map(cached);
	const bindings = treeBindings(tree, isDiscordJs);
	bindingsCache.set(tree, bindings);
	return new Map(bindings);
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

/** The nodes of a binding name (`a`, `{ a, b: [c] }`) that bind `name`: the declaration itself or its binding elements. */
function bindingDeclarations(name: ts.BindingName, declaration: ts.Node, wanted: string, out: ts.Node[]): void {
	if (ts.isIdentifier(name)) {
		if (name.text === wanted) out.push(declaration);
		return;
	}
	for (const element of name.elements) if (ts.isBindingElement(element)) bindingDeclarations(element.name, element, wanted, out);
}

/** `let`/`const`/`using` lists, which belong to their block; `var` lists belong to the enclosing function or file. */
function isBlockScoped(list: ts.VariableDeclarationList): boolean {
	return (list.flags & ts.NodeFlags.BlockScoped) !== 0;
}

function variableList(list: ts.VariableDeclarationList, wanted: string, out: ts.Node[]): void {
	for (const declaration of list.declarations) bindingDeclarations(declaration.name, declaration, wanted, out);
}

/** A scope `var`s belong to: the file, a namespace body, a function's or a static block's body. */
function isHoistingScope(scope: ts.Node): boolean {
	return (
		ts.isSourceFile(scope) ||
		ts.isModuleBlock(scope) ||
		(ts.isBlock(scope) && (ts.isFunctionLike(scope.parent) || ts.isClassStaticBlockDeclaration(scope.parent)))
	);
}

/** `var` declarations anywhere in `statements` outside nested functions, classes and namespaces: they belong to the enclosing function or file. */
function hoistedVars(statements: readonly ts.Statement[], wanted: string, out: ts.Node[]): void {
	const visit = (node: ts.Node): void => {
		if (ts.isFunctionLike(node) || ts.isClassLike(node) || ts.isModuleDeclaration(node)) return;
		if (ts.isVariableDeclarationList(node) && !isBlockScoped(node)) variableList(node, wanted, out);
		ts.forEachChild(node, visit);
	};
	for (const statement of statements) if (!ts.isVariableStatement(statement)) visit(statement);
}

/**
 * What `statements` declare directly under `wanted`, in value or type space (the checker merges
 * both into one symbol); their `var`s only when `hoisting` (else the enclosing function has them).
 */
function statementDeclarations(statements: readonly ts.Statement[], wanted: string, out: ts.Node[], hoisting: boolean): void {
	for (const statement of statements) {
		if (ts.isVariableStatement(statement)) {
			if (hoisting || isBlockScoped(statement.declarationList)) variableList(statement.declarationList, wanted, out);
		} else if (
			(ts.isFunctionDeclaration(statement) ||
				ts.isClassDeclaration(statement) ||
				ts.isEnumDeclaration(statement) ||
				ts.isInterfaceDeclaration(statement) ||
				ts.isTypeAliasDeclaration(statement)) &&
			statement.name?.text === wanted
		)
			out.push(statement);
		else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name) && statement.name.text === wanted) out.push(statement);
		else if (ts.isImportEqualsDeclaration(statement) && statement.name.text === wanted) out.push(statement);
		else if (ts.isImportDeclaration(statement) && statement.importClause !== undefined) {
			const clause = statement.importClause;
			if (clause.name?.text === wanted) out.push(clause);
			const bindings = clause.namedBindings;
			if (bindings !== undefined && ts.isNamespaceImport(bindings) && bindings.name.text === wanted) out.push(bindings);
			else if (bindings !== undefined && ts.isNamedImports(bindings))
				for (const element of bindings.elements) if (element.name.text === wanted) out.push(element);
		}
	}
}

/** What `scope` itself declares under `wanted` (its statements, parameters, loop or catch variables, own name). */
function scopeDeclarations(scope: ts.Node, wanted: string): ts.Node[] {
	const out: ts.Node[] = [];
	if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope)) {
		const hoisting = isHoistingScope(scope);
		statementDeclarations(scope.statements, wanted, out, hoisting);
		if (hoisting) hoistedVars(scope.statements, wanted, out);
	} else if (ts.isCaseBlock(scope)) {
		for (const clause of scope.clauses) statementDeclarations(clause.statements, wanted, out, false);
	} else if (ts.isFunctionLike(scope)) {
		for (const parameter of scope.parameters) bindingDeclarations(parameter.name, parameter, wanted, out);
		if (ts.isFunctionExpression(scope) && scope.name?.text === wanted) out.push(scope);
	} else if (ts.isClassExpression(scope) && scope.name?.text === wanted) {
		out.push(scope);
	} else if (
		(ts.isForStatement(scope) || ts.isForInStatement(scope) || ts.isForOfStatement(scope)) &&
		scope.initializer !== undefined &&
		ts.isVariableDeclarationList(scope.initializer) &&
		isBlockScoped(scope.initializer)
	) {
		variableList(scope.initializer, wanted, out);
	} else if (ts.isCatchClause(scope) && scope.variableDeclaration !== undefined) {
		bindingDeclarations(scope.variableDeclaration.name, scope.variableDeclaration, wanted, out);
	}
	return out;
}

/**
 * The declarations of the identifier `id` found by walking its file's scopes outwards, without
 * the type checker (which ts-morph rebuilds for the whole project after every edit): the
 * innermost scope that declares the name wins, and imports count as declarations in this file,
 * as the checker's alias symbol has them. Undefined when no scope of the file declares it (a
 * global, or a name declared nowhere): only the checker can tell those apart.
 */
export function localDeclarations(id: Identifier): ts.Node[] | undefined {
	return treeLocalDeclarations(id.compilerNode);
}

/** {@link localDeclarations} on the compiler's tree. */
export function treeLocalDeclarations(id: ts.Identifier): ts.Node[] | undefined {
	const wanted = id.text;
	for (let scope: ts.Node | undefined = id.parent; scope !== undefined; scope = scope.parent) {
		const found = scopeDeclarations(scope, wanted);
		if (found.some((d) => !ts.isInterfaceDeclaration(d) && !ts.isTypeAliasDeclaration(d))) return found;
	}
	return undefined;
}

/**
 * Calls `visit` on every identifier of `file` in document order, JSDoc included (what
 * `getDescendantsOfKind(SyntaxKind.Identifier)` yields), until it returns true; says whether it
 * did. On the compiler's tree: no token scan and no wrapper per identifier, which each later edit
 * would have to re-map.
 */
function someIdentifier(file: SourceFile, visit: (id: ts.Identifier, tree: ts.SourceFile) => boolean): boolean {
	const tree = file.compilerNode;
	const walk = (node: ts.Node): boolean => {
		if (ts.isIdentifier(node)) return visit(node, tree);
		// As TypeScript's getChildren: a node's JSDoc comes first (also the end-of-file token's), but
		// not that of other tokens, nor of nodes inside JSDoc.
		const isToken = node.kind < ts.SyntaxKind.FirstNode && node.kind !== ts.SyntaxKind.EndOfFileToken;
		const inJsDoc = node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode;
		const docs = isToken || inJsDoc ? undefined : (node as { jsDoc?: readonly ts.Node[] }).jsDoc;
		if (docs?.some(walk) === true) return true;
		return ts.forEachChild(node, walk) === true;
	};
	return walk(tree);
}

/**
 * Whether an identifier spelled `local` occurs in `file` outside `owner` (the import or require
 * that binds it), other than as a property name (`x.local`, `{ local: … }`).
 */
export function isReferencedOutside(file: SourceFile, local: string, owner: Node): boolean {
	const ownerNode = owner.compilerNode;
	return someIdentifier(file, (id, tree) => {
		if (tree.text.slice(id.getStart(tree), id.end) !== local) return false;
		for (let ancestor: ts.Node | undefined = id.parent; ancestor !== undefined; ancestor = ancestor.parent)
			if (ancestor === ownerNode) return false;
		const parent = id.parent;
		return !((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) && parent.name === id);
	});
}

/**
 * Which of `names` `file` reads as free identifiers: references (not property names, not keys,
 * not declarations) that no scope of the file declares, as a name an `ovenjs` import would bind.
 */
export function freeReferences(file: SourceFile, names: ReadonlySet<string>): Set<string> {
	const free = new Set<string>();
	const text = file.getFullText();
	if (![...names].some((name) => text.includes(name))) return free;
	someIdentifier(file, (id) => {
		if (!names.has(id.text) || free.has(id.text)) return false;
		const parent = id.parent;
		if ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === id)
			return false;
		if (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent)) return false;
		if (ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isBindingElement(parent)) return false;
		if ((id.flags & ts.NodeFlags.JSDoc) !== 0 || (ts.isQualifiedName(parent) && parent.right === id)) return false;
		if (treeLocalDeclarations(id) === undefined) free.add(id.text);
		return free.size === names.size;
	});
	return free;
}

/**
 * Removes a statement but not the comments above it: ts-morph's `remove()` takes a JSDoc-style
 * block above a statement with it, and a file's header comment sits above its first statement,
 * which is often the discord.js import or require. A statement with comments above it is
 * emptied instead (its line stays, blank).
 */
export function removeStatement(statement: Node): void {
	const hasComments = statement.getLeadingCommentRanges().length > 0 || statement.getStart(true) !== statement.getStart();
	if (hasComments) replaceNode(statement, '');
	else if (Node.isStatement(statement) || Node.isImportDeclaration(statement)) statement.remove();
	else replaceNode(statement, '');
}

/**
 * Inserts `text` (statements) before `anchor`, a statement of `file`, or after the file's
 * imports: statement by statement through ts-morph, which keeps every node of the file known
 * (a text insertion into the file makes ts-morph forget them all, and the todos with them).
 */
export function insertStatementsBefore(file: SourceFile, anchor: Node | undefined, text: string): void {
	const statements = file.getStatements();
	const index = anchor === undefined ? -1 : statements.findIndex((statement) => statement === anchor);
	if (index >= 0) file.insertStatements(index, text);
	else {
		const lastImport = statements.findLastIndex(
			(statement) =>
				Node.isImportDeclaration(statement) ||
				requiredModule(Node.isVariableStatement(statement) ? statement.getDeclarations()[0]?.getInitializer() : undefined) !== undefined,
		);
		file.insertStatements(lastImport + 1, text);
	}
}

/**
 * Replaces `node` with `text` as written: ts-morph's own `replaceWithText` indents every line
 * after the first by the node's indentation level, in its own indentation (four spaces), on top
 * of the indentation the text already carries, so rewritten chains and bodies drifted right. A
 * writer at level zero, with the file's line break, writes the text byte for byte. A JSDoc
 * comment above the node (ts-morph counts it in) is kept.
 */
export function replaceNode(node: Node, text: string): Node {
	const newLine = node.getSourceFile().getFullText().includes('\r\n') ? '\r\n' : '\n';
	// ts-morph replaces from the start of the node's JSDoc, which is kept as it is.
	const jsDoc = node.getSourceFile().getFullText().slice(node.getStart(true), node.getStart());
	// replaceWithText takes the writer to print with as a second argument its typings do not declare.
	const replace = node.replaceWithText as (this: Node, text: string, writer: CodeBlockWriter) => Node;
	return replace.call(node, `${jsDoc}${text}`, new CodeBlockWriter({ newLine }));
}

/** The ts-morph wrapper of `node`, a node of `file`'s current compiler tree (wrapping nothing else on the way). */
export function wrapperOf(file: SourceFile, node: ts.Node): Node | undefined {
	for (
		let current: Node | undefined = file.getDescendantAtPos(node.getStart(file.compilerNode));
		current !== undefined;
		current = current.getParent()
	)
		if (current.compilerNode === node) return current;
	return undefined;
}

/**
 * Adds `property` (`key: value`) to an object literal in the object's own layout: at the end of
 * a one-line object, or as a line of its own, indented as the others, in a multi-line one (where
 * ts-morph's own insertion would lay it out in its four-space style).
 */
export function addProperty(object: Node, property: string): Node {
	const text = object.getText();
	const closing = text.lastIndexOf('}');
	const before = text.slice(0, closing);
	const body = before.trimEnd();
	if (!text.includes('\n')) {
		const separator = body.endsWith('{') ? ' ' : body.endsWith(',') ? ' ' : ', ';
		return replaceNode(object, `${body}${separator}${property} }`);
	}
	const lastLine = body.slice(body.lastIndexOf('\n') + 1);
	const indent = /^[\t ]*/.exec(lastLine)?.[0] ?? '';
	const comma = body.endsWith('{') || body.endsWith(',') ? '' : ',';
	return replaceNode(object, `${body}${comma}\n${indent}${property},${text.slice(body.length)}`);
}
