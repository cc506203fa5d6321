import { getLibFiles, libFolderInMemoryPath } from '@ts-morph/common';
import { Node, ts, type SourceFile } from 'ts-morph';
import { DISTINCTIVE_MEMBERS } from '../equivalents/distinctiveMembers.js';
import type { DiscordJsVersion } from '../Transform.js';
import type { DiscordMember, DiscordType } from './DiscordType.js';
import { wrapperOf } from '../transforms/_discordJs.js';
import { handlerModuleParameters, type TypeInsertion } from './_handlerModules.js';

/** Declarations under these come from discord.js (its typings and the `@discordjs/*` packages it is made of). */
const DISCORD_JS_FILE = /[\\/]node_modules[\\/](?:discord\.js(?:-v\d+)?|@discordjs[\\/][^\\/]+)[\\/]/;

/** The package a declaration file belongs to. */
const PACKAGE = /[\\/]node_modules[\\/](discord\.js(?:-v\d+)?|@discordjs[\\/][^\\/]+)[\\/]/;

/** Files worth asking the checker about: those that take something from discord.js. */
const MENTIONS_DISCORD = /['"](?:discord\.js|@discordjs\/[\w-]+)['"]/;

/** The types of one file's discord.js member accesses, read before any transform edits it. */
export interface FileTypes {
	/** The discord.js member `access` (`x.m`) reads, when `x` holds a discord.js value. */
	member(access: Node): DiscordMember | undefined;
	/** What `access`'s receiver holds, when the checker could tell (`other` for any typed non-discord.js value). */
	receiver(access: Node): DiscordType | undefined;
	/** The accesses of the file whose receiver was typed, in document order (the others were not wrapped: each wrapper makes every later edit slower). */
	accesses(): readonly Node[];
	/** Elements of `embeds: […]` arrays that hold a discord.js embed builder (`EmbedBuilder`, `MessageEmbed`), whatever their expression. */
	embedBuilders(): readonly Node[];
}

/** discord.js's embed builders: in a message body, OvenJS takes what their `toJSON()` gives. */
const EMBED_BUILDERS = new Set(['EmbedBuilder', 'MessageEmbed']);

/** Methods that add or remove a listener. */
const LISTENERS = new Set(['on', 'once', 'off', 'addListener', 'prependListener', 'prependOnceListener', 'removeListener']);

const NO_TYPES: FileTypes = { member: () => undefined, receiver: () => undefined, accesses: () => [], embedBuilders: () => [] };

/** Where an original position lands in a copy with `insertions`, and back. */
function shiftBack(insertions: readonly TypeInsertion[], annotated: number): number {
	let shift = 0;
	for (const insertion of insertions) {
		if (insertion.pos + shift + insertion.text.length > annotated) break;
		shift += insertion.text.length;
	}
	return annotated - shift;
}

function applyInsertions(text: string, insertions: readonly TypeInsertion[]): string {
	let out = '';
	let last = 0;
	for (const insertion of insertions) {
		out += text.slice(last, insertion.pos) + insertion.text;
		last = insertion.pos;
	}
	return out + text.slice(last);
}

/**
 * The bot's project as the TypeScript checker sees it, against the discord.js typings installed
 * in its node_modules, built once per migration over the files as they were before any rewrite.
 * Handler modules' parameters are typed from the bot's structure (see `handlerModuleParameters`)
 * in copies of their files that only the checker reads. Files that take nothing from discord.js
 * and are no handler module are never asked about.
 */
export class ProjectTypes {
	readonly #program: ts.Program;
	readonly #checker: ts.TypeChecker;
	readonly #insertions: ReadonlyMap<string, readonly TypeInsertion[]>;
	/** Per type, its classification and its members' owners: the same discord.js types come back in every file. */
	readonly #classified = new Map<ts.Type, DiscordType | undefined>();
	readonly #owners = new Map<ts.Type, Map<string, { declaredIn: string[]; package: string | undefined }>>();
	/** Whether discord.js's typings were found: without them nothing is typed as discord.js. */
	readonly available: boolean;

	private constructor(program: ts.Program, insertions: ReadonlyMap<string, readonly TypeInsertion[]>) {
		this.#program = program;
		this.#checker = program.getTypeChecker();
		this.#insertions = insertions;
		this.available = program.getSourceFiles().some((file) => DISCORD_JS_FILE.test(file.fileName) && /discord\.js/.test(file.fileName));
	}

	/** Builds the checker's program over `files` (their current trees, before any rewrite). */
	static create(files: readonly SourceFile[], options: ts.CompilerOptions, from: DiscordJsVersion): ProjectTypes {
		const sources = files.map((file) => ({ fileName: file.getFilePath() as string, tree: file.compilerNode }));
		const insertions = handlerModuleParameters(sources, from);
		const trees = new Map<string, ts.SourceFile>();
		for (const { fileName, tree } of sources) {
			const added = insertions.get(fileName);
			trees.set(
				fileName,
				added === undefined
					? tree
					: ts.createSourceFile(fileName, applyInsertions(tree.text, added), tree.languageVersion, true, scriptKindOf(fileName)),
			);
		}
		// Only the typings the project asks for: discord.js's own references bring Node's, and every @types package of a workspace would be read for nothing.
		const compilerOptions: ts.CompilerOptions = {
			...options,
			types: options.types ?? [],
			allowJs: true,
			checkJs: false,
			noEmit: true,
			skipLibCheck: true,
		};
		const host = ts.createCompilerHost(compilerOptions, true);
		// ts-morph's TypeScript is a bundle with no lib folder on disk: its lib files come with it, in memory.
		const libs = libTexts();
		host.getDefaultLibLocation = () => libFolderInMemoryPath;
		host.getDefaultLibFileName = (opts) => `${libFolderInMemoryPath}/${ts.getDefaultLibFileName(opts)}`;
		const exists = host.fileExists.bind(host);
		const readFile = host.readFile.bind(host);
		host.fileExists = (fileName) => libs.has(fileName) || exists(fileName);
		host.readFile = (fileName) => libs.get(fileName) ?? readFile(fileName);
		const read = host.getSourceFile.bind(host);
		host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
			const own = trees.get(fileName);
			if (own !== undefined) return own;
			const lib = libs.get(fileName);
			if (lib !== undefined) {
				const key = `${fileName}\0${JSON.stringify(languageVersionOrOptions)}`;
				return libraries.get(key) ?? remember(key, fileName, ts.createSourceFile(fileName, lib, languageVersionOrOptions, true));
			}
			const key = `${fileName}\0${JSON.stringify(languageVersionOrOptions)}`;
			return libraries.get(key) ?? remember(key, fileName, read(fileName, languageVersionOrOptions, onError, shouldCreate));
		};
		const program = ts.createProgram({ rootNames: [...trees.keys()], options: compilerOptions, host });
		return new ProjectTypes(program, insertions);
	}

	/** The types of `file`'s member accesses; call it before any transform edits the file. */
	forFile(file: SourceFile): FileTypes {
		const fileName = file.getFilePath() as string;
		const tree = this.#program.getSourceFile(fileName);
		const insertions = this.#insertions.get(fileName) ?? [];
		if (tree === undefined || !this.available || (insertions.length === 0 && !MENTIONS_DISCORD.test(tree.text))) return NO_TYPES;
		const same = tree === file.compilerNode;
		const members = new Map<Node, DiscordMember>();
		const receivers = new Map<Node, DiscordType>();
		const accesses: Node[] = [];
		const embedBuilders: Node[] = [];
		const wrap = (node: ts.Node): Node | undefined =>
			same ? wrapperOf(file, node) : wrapperAt(file, shiftBack(insertions, node.getStart(tree)), shiftBack(insertions, node.end));
		const visit = (node: ts.Node): void => {
			if (
				ts.isArrayLiteralExpression(node) &&
				ts.isPropertyAssignment(node.parent) &&
				node.parent.initializer === node &&
				node.parent.name.getText(tree) === 'embeds'
			)
				for (const element of node.elements) {
					const type = this.#typeOf(element);
					if (type?.kind !== 'discord' || !type.classes.every((name) => EMBED_BUILDERS.has(name))) continue;
					const wrapper = wrap(element);
					if (wrapper !== undefined) embedBuilders.push(wrapper);
				}
			if (ts.isPropertyAccessExpression(node)) {
				const type = this.#typeOf(node.expression);
				// Other typed receivers matter where a listener is added (`process.on('message')` is not the client's)
				// and for members only discord.js has, which are marked when the receiver is untyped.
				if (
					type !== undefined &&
					(type.kind === 'discord' || LISTENERS.has(node.name.text) || Object.hasOwn(DISTINCTIVE_MEMBERS, node.name.text))
				) {
					const wrapper = wrap(node);
					if (wrapper !== undefined) {
						accesses.push(wrapper);
						receivers.set(wrapper, type);
						if (type.kind === 'discord')
							members.set(wrapper, { classes: type.classes, ...this.#declaredIn(node.expression, node.name.text) });
					}
				}
			}
			ts.forEachChild(node, visit);
		};
		visit(tree);
		return {
			member: (access) => members.get(access),
			receiver: (access) => receivers.get(access),
			accesses: () => accesses,
			embedBuilders: () => embedBuilders,
		};
	}

	/**
	 * The type of a receiver: its declared type for a name or a property (cached by the checker per
	 * symbol, and free of the flow analysis that narrowing takes: a union of interaction classes
	 * says as much here as the narrowed class), else the checker's type at the expression.
	 */
	#receiverType(expression: ts.Expression): ts.Type | undefined {
		const name = ts.isIdentifier(expression) ? expression : ts.isPropertyAccessExpression(expression) ? expression.name : undefined;
		let symbol = name === undefined ? undefined : this.#checker.getSymbolAtLocation(name);
		if (symbol !== undefined && (symbol.flags & ts.SymbolFlags.Alias) !== 0) symbol = this.#checker.getAliasedSymbol(symbol);
		// A class, enum or namespace itself (`Permissions.FLAGS`, `Events.ClientReady`): its statics are the enum transforms'.
		if (symbol !== undefined && (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum | ts.SymbolFlags.ValueModule)) !== 0)
			return undefined;
		if (symbol !== undefined && (symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property)) !== 0)
			return this.#checker.getTypeOfSymbol(symbol);
		return this.#checker.getTypeAtLocation(expression);
	}

	/** The discord.js classes of an expression's type, `other` for other typed values, undefined for `any` and errors. */
	#typeOf(expression: ts.Expression): DiscordType | undefined {
		const declared = this.#receiverType(expression);
		if (declared === undefined) return undefined;
		const type = this.#checker.getNonNullableType(declared);
		if (this.#classified.has(type)) return this.#classified.get(type);
		const classified = this.#classify(type);
		this.#classified.set(type, classified);
		return classified;
	}

	#classify(type: ts.Type): DiscordType | undefined {
		if ((type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) !== 0) return undefined;
		const classes = new Set<string>();
		for (const part of type.isUnion() ? type.types : [type]) {
			for (const piece of part.isIntersection() ? part.types : [part].map(unwrapReadonly)) {
				const name = this.#discordJsName(piece, 0);
				if (name !== undefined) classes.add(name);
			}
		}
		classes.delete('__type');
		if (classes.size > 0) return { kind: 'discord', classes: [...classes] };
		return { kind: 'other', text: this.#checker.typeToString(type) };
	}

	/**
	 * The discord.js class or interface `type` is, or the one the bot's own class or interface
	 * extends (`class Bot extends Client`, `interface Validated extends ChatInputCommandInteraction`).
	 */
	#discordJsName(type: ts.Type, depth: number): string | undefined {
		const symbol = type.getSymbol() ?? type.aliasSymbol;
		if (symbol === undefined) return undefined;
		if (symbol.getDeclarations()?.some((d) => DISCORD_JS_FILE.test(d.getSourceFile().fileName)) === true) return symbol.getName();
		if (depth > 4 || (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) === 0 || !type.isClassOrInterface())
			return undefined;
		for (const base of this.#checker.getBaseTypes(type)) {
			const name = this.#discordJsName(base, depth + 1);
			if (name !== undefined) return name;
		}
		return undefined;
	}

	/** The classes and interfaces that declare `name` on the expression's type (each part of a union), and the package of the first. */
	#declaredIn(expression: ts.Expression, name: string): { declaredIn: string[]; package: string | undefined } {
		const declared = this.#receiverType(expression);
		if (declared === undefined) return { declaredIn: [], package: undefined };
		const type = this.#checker.getNonNullableType(declared);
		const byName = this.#owners.get(type) ?? new Map<string, { declaredIn: string[]; package: string | undefined }>();
		this.#owners.set(type, byName);
		const known = byName.get(name);
		if (known !== undefined) return known;
		const found = this.#ownersOf(type, name);
		byName.set(name, found);
		return found;
	}

	#ownersOf(type: ts.Type, name: string): { declaredIn: string[]; package: string | undefined } {
		const owners = new Set<string>();
		let declaredBy: string | undefined;
		for (const part of type.isUnion() ? type.types : [type]) {
			for (const declaration of this.#checker.getPropertyOfType(part, name)?.getDeclarations() ?? []) {
				const owner = declaration.parent;
				if ((ts.isClassLike(owner) || ts.isInterfaceDeclaration(owner)) && owner.name !== undefined) owners.add(owner.name.text);
				declaredBy ??= PACKAGE.exec(declaration.getSourceFile().fileName)?.[1]
					?.replace(/\\/g, '/')
					.replace(/-v\d+$/, '');
			}
		}
		return { declaredIn: [...owners], package: declaredBy };
	}
}

/** `Readonly<Permissions>` (v13's `member.permissions`) is a Permissions as far as its members go. */
function unwrapReadonly(type: ts.Type): ts.Type {
	const [inner] = type.aliasSymbol?.getName() === 'Readonly' ? (type.aliasTypeArguments ?? []) : [];
	return inner ?? type;
}

let libCache: Map<string, string> | undefined;

/** TypeScript's lib files by the path the program asks for them under. */
function libTexts(): Map<string, string> {
	libCache ??= new Map(getLibFiles().map((file) => [`${libFolderInMemoryPath}/${file.fileName}`, file.text]));
	return libCache;
}

/** Parsed library files (lib, node_modules typings), shared by every program of this process: they do not change. */
const libraries = new Map<string, ts.SourceFile>();

function remember(key: string, fileName: string, file: ts.SourceFile | undefined): ts.SourceFile | undefined {
	if (file !== undefined && (/[\\/]node_modules[\\/]/.test(fileName) || fileName.startsWith(libFolderInMemoryPath)))
		libraries.set(key, file);
	return file;
}

function scriptKindOf(fileName: string): ts.ScriptKind {
	if (/\.[cm]?tsx$/.test(fileName)) return ts.ScriptKind.TSX;
	if (/\.[cm]?ts$/.test(fileName)) return ts.ScriptKind.TS;
	if (/\.jsx$/.test(fileName)) return ts.ScriptKind.JSX;
	return ts.ScriptKind.JS;
}

/** The expression of `file` spanning `start`–`end` (a property access, or any other). */
function wrapperAt(file: SourceFile, start: number, end: number): Node | undefined {
	for (let current: Node | undefined = file.getDescendantAtPos(start); current !== undefined; current = current.getParent()) {
		if (current.getStart() !== start || current.getEnd() > end) return undefined;
		if (current.getEnd() === end && (Node.isExpression(current) || Node.isIdentifier(current))) return current;
	}
	return undefined;
}
