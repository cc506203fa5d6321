import { ts } from 'ts-morph';
import type { DiscordJsVersion } from '../Transform.js';
import { treeBindings } from '../transforms/_discordJs.js';
import { eventArgumentCount, eventOfEnumMember, isDiscordJsEvent } from '../transforms/_discordEvents.js';
import { isDiscordModule } from '../transforms/_discordModules.js';

/** One project file as the inference reads it. */
export interface HandlerModuleSource {
	readonly fileName: string;
	readonly tree: ts.SourceFile;
}

/** A type written into a copy of a file for the type checker: `text` at `pos` of the original. */
export interface TypeInsertion {
	readonly pos: number;
	readonly text: string;
}

/** Names handler modules give their handler function. */
const HANDLERS = ['execute', 'run', 'handle', 'handler', 'callback', 'listener', 'exec'];

/** Properties that make an object a handler module (with a handler function beside them). */
const SHAPE = new Set(['name', 'data', 'description', 'aliases', 'help', 'conf', 'config', 'category', 'usage', 'event', 'once']);

const djs = (type: string): string => `import('discord.js').${type}`;
const eventArgument = (event: string, index: number): string => `${djs('ClientEvents')}['${event}'][${index}]`;

/** The object literal under `satisfies`, `as` and parentheses, and whether a type is given to it that way. */
function unwrap(node: ts.Expression): { object: ts.ObjectLiteralExpression | undefined; typed: boolean } {
	let current = node;
	let typed = false;
	for (;;) {
		if (ts.isParenthesizedExpression(current)) current = current.expression;
		else if (ts.isSatisfiesExpression(current) || ts.isAsExpression(current) || ts.isTypeAssertionExpression(current)) {
			typed = true;
			current = current.expression;
		} else break;
	}
	return { object: ts.isObjectLiteralExpression(current) ? current : undefined, typed };
}

/** What a module exports, by name: the members of `module.exports = {…}`/`export default {…}`, `exports.x =` and named exports. */
interface ModuleExports {
	readonly members: Map<string, ts.Node>;
	/** Set when the exported object has a declared type (`satisfies Event`): TypeScript types its functions already. */
	typed: boolean;
}

function objectMembers(object: ts.ObjectLiteralExpression, into: Map<string, ts.Node>): void {
	for (const property of object.properties) {
		if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)))
			into.set(property.name.text, property.initializer);
		else if (ts.isMethodDeclaration(property) && ts.isIdentifier(property.name)) into.set(property.name.text, property);
		else if (ts.isShorthandPropertyAssignment(property)) into.set(property.name.text, property.name);
	}
}

/** `module.exports`, `exports`, `module.exports.x`, `exports.x`: the exported member's name ('' for the whole). */
function exportTarget(node: ts.Expression): string | undefined {
	if (ts.isIdentifier(node) && node.text === 'exports') return '';
	if (!ts.isPropertyAccessExpression(node)) return undefined;
	if (ts.isIdentifier(node.expression) && node.expression.text === 'module' && node.name.text === 'exports') return '';
	return exportTarget(node.expression) === '' ? node.name.text : undefined;
}

function moduleExports(tree: ts.SourceFile): ModuleExports {
	const exports: ModuleExports = { members: new Map(), typed: false };
	const take = (value: ts.Expression): void => {
		const { object, typed } = unwrap(value);
		if (object === undefined) return;
		objectMembers(object, exports.members);
		exports.typed ||= typed;
	};
	for (const statement of tree.statements) {
		if (ts.isExportAssignment(statement)) take(statement.expression);
		else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
			const { left, right, operatorToken } = statement.expression;
			const target = operatorToken.kind === ts.SyntaxKind.EqualsToken ? exportTarget(left) : undefined;
			if (target === '') take(right);
			else if (target !== undefined) exports.members.set(target, right);
		} else if (ts.isFunctionDeclaration(statement) && statement.name !== undefined && isExported(statement))
			exports.members.set(statement.name.text, statement);
		else if (ts.isVariableStatement(statement) && isExported(statement)) {
			for (const declaration of statement.declarationList.declarations)
				if (ts.isIdentifier(declaration.name) && declaration.initializer !== undefined)
					exports.members.set(declaration.name.text, declaration.initializer);
		}
	}
	return exports;
}

function isExported(node: ts.FunctionDeclaration | ts.VariableStatement): boolean {
	return node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) === true;
}

function functionOf(node: ts.Node | undefined): ts.SignatureDeclaration | undefined {
	if (node === undefined) return undefined;
	if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node))
		return node;
	return undefined;
}

/** The event a handler module's `name`/`event` names: a discord.js event string or an `Events` member. */
function eventNameOf(node: ts.Node | undefined, bindings: ReadonlyMap<string, string | null>): string | undefined {
	if (node === undefined) return undefined;
	if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isDiscordJsEvent(node.text)) return node.text;
	if (ts.isPropertyAccessExpression(node)) {
		const root = node.expression;
		const owner = ts.isIdentifier(root)
			? bindings.get(root.text)
			: ts.isPropertyAccessExpression(root) && ts.isIdentifier(root.expression) && bindings.get(root.expression.text) === null
				? root.name.text
				: undefined;
		if (owner === 'Events') return eventOfEnumMember(node.name.text);
	}
	return undefined;
}

/** The discord.js class a `new X()…` chain (a command's `data`) starts with. */
function builderOf(node: ts.Node | undefined, bindings: ReadonlyMap<string, string | null>): string | undefined {
	let current = node;
	while (current !== undefined && ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression))
		current = current.expression.expression;
	if (current === undefined || !ts.isNewExpression(current) || !ts.isIdentifier(current.expression)) return undefined;
	return bindings.get(current.expression.text) ?? undefined;
}

/** How call sites pass values to handler functions: `method:index` → the types seen there. */
class CallSites {
	readonly #seen = new Map<string, Set<string>>();

	add(key: string, type: string): void {
		const types = this.#seen.get(key) ?? new Set<string>();
		types.add(type);
		this.#seen.set(key, types);
	}

	/** The one type every call site agreed on, if any. */
	get(key: string): string | undefined {
		const types = this.#seen.get(key);
		return types?.size === 1 ? [...types][0] : undefined;
	}
}

/** The type of identifier `id` where it is read: a parameter whose type is known, or a variable holding `new Client()`. */
function identifierType(id: ts.Identifier, known: ReadonlyMap<ts.Node, string>, clients: ReadonlySet<string>): string | undefined {
	for (let scope: ts.Node | undefined = id.parent; scope !== undefined; scope = scope.parent) {
		if (!ts.isFunctionLike(scope)) continue;
		const parameter = scope.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
		if (parameter !== undefined) return known.get(parameter);
	}
	return clients.has(id.text) ? djs('Client') : undefined;
}

/** Variables of `tree` assigned a discord.js `new Client(…)`. */
function clientVariables(tree: ts.SourceFile, bindings: ReadonlyMap<string, string | null>): Set<string> {
	const names = new Set<string>();
	const visit = (node: ts.Node): void => {
		if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined) {
			const init = node.initializer;
			if (ts.isNewExpression(init)) {
				const callee = init.expression;
				const path = ts.isIdentifier(callee)
					? bindings.get(callee.text)
					: ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && bindings.get(callee.expression.text) === null
						? callee.name.text
						: undefined;
				if (path === 'Client') names.add(node.name.text);
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(tree);
	return names;
}

/** The parameters of discord.js listeners (`client.on('messageCreate', (message) => …)`) with their types; loaders (`(...args) => e.execute(...args, client)`) in `loaders`. */
function listeners(
	tree: ts.SourceFile,
	bindings: ReadonlyMap<string, string | null>,
	known: Map<ts.Node, string>,
	loaders: ts.Node[],
): void {
	const visit = (node: ts.Node): void => {
		if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^(on|once)$/.test(node.expression.name.text)) {
			const [event, listener] = node.arguments;
			const fn = functionOf(listener);
			const name = eventNameOf(event, bindings);
			if (fn !== undefined && name !== undefined)
				fn.parameters.forEach((parameter, index) => {
					if (parameter.dotDotDotToken === undefined && index < eventArgumentCount(name)) known.set(parameter, eventArgument(name, index));
				});
			else if (fn !== undefined && fn.parameters.some((p) => p.dotDotDotToken !== undefined)) loaders.push(fn);
		}
		ts.forEachChild(node, visit);
	};
	visit(tree);
}

/** Records, for each call `x.method(a, b)` whose arguments have known types, `method:index` → type; spreads of a loader's rest parameter as `method:before:k`/`method:after:k`. */
function recordCalls(
	tree: ts.SourceFile,
	known: ReadonlyMap<ts.Node, string>,
	clients: ReadonlySet<string>,
	loaders: readonly ts.Node[],
	sites: CallSites,
): void {
	const visit = (node: ts.Node): void => {
		if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && HANDLERS.includes(node.expression.name.text)) {
			const method = node.expression.name.text;
			const spread = node.arguments.findIndex((a) => ts.isSpreadElement(a));
			const loader = spread >= 0 && loaders.some((fn) => fn.pos <= node.pos && node.end <= fn.end);
			node.arguments.forEach((arg, index) => {
				if (!ts.isIdentifier(arg)) return;
				const type = identifierType(arg, known, clients);
				if (type === undefined) return;
				if (!loader) sites.add(`${method}:${index}`, type);
				else if (index < spread) sites.add(`${method}:before:${index}`, type);
				else sites.add(`${method}:after:${index - spread - 1}`, type);
			});
		}
		ts.forEachChild(node, visit);
	};
	visit(tree);
}

/** The text that gives `parameter` `type` (a type annotation in TypeScript, an inline JSDoc type in JavaScript), or undefined when it has one. */
function insertion(parameter: ts.ParameterDeclaration, type: string, tree: ts.SourceFile, typescript: boolean): TypeInsertion | undefined {
	if (!ts.isIdentifier(parameter.name) || parameter.type !== undefined || parameter.dotDotDotToken !== undefined) return undefined;
	if (typescript) return { pos: (parameter.questionToken ?? parameter.name).end, text: `: ${type}` };
	if (ts.getJSDocType(parameter) !== undefined || ts.getJSDocParameterTags(parameter).length > 0) return undefined;
	return { pos: parameter.getStart(tree), text: `/** @type {${type}} */ ` };
}

interface Module {
	readonly source: HandlerModuleSource;
	readonly exports: ModuleExports;
	readonly event: string | undefined;
	readonly handlers: readonly { readonly method: string; readonly fn: ts.SignatureDeclaration }[];
}

/**
 * The parameters of the bot's handler modules, typed from its structure so the type checker
 * can follow them: event modules (`module.exports = { name: Events.InteractionCreate, execute }`,
 * `export default { name: 'messageCreate', … }`) get the event's arguments; command modules
 * (`{ data: new SlashCommandBuilder()…, execute }`) get the command interaction; and any
 * handler-shaped module gets what every call site of its handler passes (`command.run(client,
 * message, args)` inside a `messageCreate` listener; a loader's `(...args) => e.execute(...args, client)`).
 * Returns, per file, the type texts to insert in the copy the checker reads.
 */
export function handlerModuleParameters(sources: readonly HandlerModuleSource[], from: DiscordJsVersion): Map<string, TypeInsertion[]> {
	const known = new Map<ts.Node, string>();
	const loaders: ts.Node[] = [];
	const modules: Module[] = [];
	const clientsByFile = new Map<string, Set<string>>();
	const builders = new Map<Module, string | undefined>();
	for (const source of sources) {
		const bindings = treeBindings(source.tree, isDiscordModule);
		clientsByFile.set(source.fileName, clientVariables(source.tree, bindings));
		listeners(source.tree, bindings, known, loaders);
		const exports = moduleExports(source.tree);
		const handlers = HANDLERS.flatMap((method) => {
			const fn = functionOf(exports.members.get(method));
			return fn === undefined ? [] : [{ method, fn }];
		});
		if (handlers.length === 0 || ![...exports.members.keys()].some((name) => SHAPE.has(name))) continue;
		const module: Module = {
			source,
			exports,
			event: eventNameOf(exports.members.get('name') ?? exports.members.get('event'), bindings),
			handlers,
		};
		modules.push(module);
		builders.set(module, builderOf(exports.members.get('data'), bindings));
	}
	const record = (sites: CallSites): void => {
		for (const source of sources) recordCalls(source.tree, known, clientsByFile.get(source.fileName) ?? new Set(), loaders, sites);
	};
	// First how loaders call event modules (what they pass besides the event's arguments), which
	// needs only listeners and clients; then the modules' own parameters; then every call site.
	const layout = new CallSites();
	record(layout);
	for (const module of modules) {
		const builder = builders.get(module);
		for (const { method, fn } of module.handlers) {
			if (module.event !== undefined) {
				const types = eventModuleTypes(module.event, method, fn.parameters.length, layout);
				fn.parameters.forEach((parameter, index) => {
					const type = types[index];
					if (type !== undefined) known.set(parameter, type);
				});
			} else if (builder === 'SlashCommandBuilder' && fn.parameters[0] !== undefined)
				known.set(fn.parameters[0], djs(from === 'v13' ? 'CommandInteraction' : 'ChatInputCommandInteraction'));
			else if (builder === 'ContextMenuCommandBuilder' && fn.parameters[0] !== undefined)
				known.set(fn.parameters[0], djs(from === 'v13' ? 'ContextMenuInteraction' : 'ContextMenuCommandInteraction'));
		}
		const autocomplete = functionOf(module.exports.members.get('autocomplete'))?.parameters[0];
		if (builder === 'SlashCommandBuilder' && autocomplete !== undefined) known.set(autocomplete, djs('AutocompleteInteraction'));
	}
	const sites = new CallSites();
	record(sites);
	const out = new Map<string, TypeInsertion[]>();
	for (const module of modules) {
		const { tree, fileName } = module.source;
		const typescript = /\.[cm]?tsx?$/.test(fileName);
		if (typescript && module.exports.typed) continue;
		const insertions: TypeInsertion[] = [];
		for (const { method, fn } of module.handlers) {
			fn.parameters.forEach((parameter, index) => {
				const type = known.get(parameter) ?? (module.event === undefined ? sites.get(`${method}:${index}`) : undefined);
				const added = type === undefined ? undefined : insertion(parameter, type, tree, typescript);
				if (added !== undefined) insertions.push(added);
			});
		}
		if (insertions.length > 0)
			out.set(
				fileName,
				insertions.sort((a, b) => a.pos - b.pos),
			);
	}
	return out;
}

/** The types of an event module's handler parameters: what its loader passes first, the event's arguments, what the loader passes after. */
function eventModuleTypes(event: string, method: string, parameters: number, layout: CallSites): (string | undefined)[] {
	const leading: string[] = [];
	for (let k = 0, type = layout.get(`${method}:before:0`); type !== undefined; type = layout.get(`${method}:before:${++k}`))
		leading.push(type);
	const types: (string | undefined)[] = [...leading];
	for (let index = 0; index < eventArgumentCount(event); index++) types.push(eventArgument(event, index));
	for (let k = 0; types.length < parameters; k++) types.push(layout.get(`${method}:after:${k}`));
	return types;
}
