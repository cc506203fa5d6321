/**
 * The error classes every OvenJS package exports and the codes each can carry, read from the
 * sources with the TypeScript checker: a class's codes are the string literals of the type of
 * its `code` property (`OvenError<C>`'s `C`). `renderErrorCodes` turns them into docs/errors.md;
 * a test fails when that page is stale, when an error class does not derive from `OvenError`,
 * has no code, or shares a code with another family.
 *
 *   node --import tsx test/errors/errorCodes.ts   # rewrites docs/errors.md
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = new URL('../../', import.meta.url);

/** The packages and their entry points, with the code prefixes their errors use. */
export const ERROR_PACKAGES = [
	{
		name: 'ovenjs',
		entry: 'runtime/src/index.ts',
		prefixes: [
			'REST_',
			'GATEWAY_',
			'CACHE_',
			'CLIENT_',
			'INTERACTION_',
			'BUILDER_',
			'PERMISSIONS_',
			'METRICS_',
			'INSPECTOR_',
			'CLUSTER_',
			'NODE_',
		],
	},
	{ name: 'ovenjs/knowledge', entry: 'runtime/src/knowledge/index.ts', prefixes: ['KNOWLEDGE_'] },
	{ name: '@ovenjs/mock-discord', entry: 'mock-discord/src/index.ts', prefixes: ['MOCK_'] },
	{ name: '@ovenjs/migrate', entry: 'migration/src/index.ts', prefixes: ['MIGRATE_'] },
	{ name: '@ovenjs/language-server', entry: 'language-server/src/index.ts', prefixes: ['LSP_'] },
	{ name: '@ovenjs/analysis', entry: 'analysis/src/index.ts', prefixes: ['ANALYSIS_'] },
	{ name: '@ovenjs/eslint-plugin', entry: 'eslint-plugin/src/index.ts', prefixes: ['ESLINT_'] },
	{ name: '@ovenjs/ts-plugin', entry: 'ts-plugin/src/index.cts', prefixes: ['TS_PLUGIN_'] },
	{ name: 'ovenjs-vscode', entry: 'extension/src/index.ts', prefixes: ['EXTENSION_'] },
	{ name: 'create-oven-bot', entry: 'create-oven-bot/src/index.ts', prefixes: ['CREATE_'] },
] as const;

/**
 * Packages whose errors keep OvenError's shape without deriving from it, and why.
 * create-oven-bot runs from `npm create` before any dependency is installed: it depends on nothing.
 */
export const STANDALONE_PACKAGES: Readonly<Record<string, string>> = {
	'create-oven-bot': '`npm create oven-bot` runs before anything is installed, so it depends on nothing, ovenjs included',
};

/** One exported error class. */
export interface ErrorClassInfo {
	readonly package: string;
	readonly name: string;
	/** The chain of base classes up to `Error`, nearest first. */
	readonly bases: readonly string[];
	/** Every code the class's `code` type allows. */
	readonly codes: readonly string[];
	/** The first sentence of the class's TSDoc. */
	readonly summary: string;
	/** What each code means, from the TSDoc above it in the code type (`/** … *\/ | 'REST_RATE_LIMITED'`). */
	readonly codeSummaries: Readonly<Record<string, string>>;
}

/**
 * The TSDoc written above each string literal of a union type (`/** … *\/ | 'CODE'`): the
 * parser attaches no comment to a union member, so it is read from the text before it.
 */
function literalSummaries(program: ts.Program): Map<string, string> {
	const found = new Map<string, string>();
	for (const file of program.getSourceFiles()) {
		if (file.isDeclarationFile || file.fileName.includes('/node_modules/')) continue;
		const text = file.getFullText();
		const visit = (node: ts.Node): void => {
			if (ts.isUnionTypeNode(node)) {
				let from = node.pos;
				for (const member of node.types) {
					const before = text.slice(from, member.getStart(file));
					const doc = /\/\*\*([\s\S]*?)\*\/[^/]*$/.exec(before)?.[1];
					if (doc !== undefined && ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal))
						found.set(member.literal.text, firstSentence(doc.replace(/^\s*\* ?/gm, ' ')));
					from = member.end;
				}
			}
			ts.forEachChild(node, visit);
		};
		visit(file);
	}
	return found;
}

function firstSentence(text: string): string {
	const flat = text
		.replace(/\{@link\s+([^}\s|]+)[^}]*\}/g, '`$1`')
		.replace(/\s+/g, ' ')
		.trim();
	const end = flat.search(/\.(\s|$)/);
	return end === -1 ? flat : flat.slice(0, end + 1);
}

/** The class a class (or an instantiation of a generic one, `OvenError<C>`) extends. */
function baseOf(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
	const target =
		type.getFlags() & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference
			? (type as ts.TypeReference).target
			: type;
	return target.isClassOrInterface() ? checker.getBaseTypes(target)[0] : undefined;
}

/** Every error class the packages export, read from their sources. */
export function listErrorClasses(): ErrorClassInfo[] {
	const entries = ERROR_PACKAGES.map((p) => fileURLToPath(new URL(p.entry, ROOT)));
	const config = ts.readConfigFile(fileURLToPath(new URL('tsconfig.base.json', ROOT)), (path) => ts.sys.readFile(path));
	const options = ts.parseJsonConfigFileContent(config.config, ts.sys, fileURLToPath(ROOT)).options;
	const program = ts.createProgram(entries, { ...options, noEmit: true, composite: false, declaration: false });
	const checker = program.getTypeChecker();
	const literals = literalSummaries(program);
	const out: ErrorClassInfo[] = [];
	const seen = new Set<ts.Symbol>();
	ERROR_PACKAGES.forEach((pkg, index) => {
		const source = program.getSourceFile(entries[index] ?? '');
		const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
		if (moduleSymbol === undefined) throw new Error(`errorCodes: cannot read ${pkg.entry}`);
		for (const exported of checker.getExportsOfModule(moduleSymbol)) {
			const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
			if (!(symbol.flags & ts.SymbolFlags.Class) || seen.has(symbol)) continue;
			const instance = checker.getDeclaredTypeOfSymbol(symbol);
			const bases: string[] = [];
			for (let base = baseOf(checker, instance); base !== undefined; base = baseOf(checker, base)) bases.push(base.symbol.name);
			if (!bases.includes('Error')) continue;
			seen.add(symbol);
			const code = instance.getProperty('code');
			// A generic family (`OvenRESTError<C extends RESTErrorCode>`) allows its constraint's codes.
			const declared = code === undefined ? undefined : checker.getTypeOfSymbol(code);
			const codeType = declared === undefined ? undefined : (checker.getBaseConstraintOfType(declared) ?? declared);
			const parts = codeType === undefined ? [] : codeType.isUnion() ? codeType.types : [codeType];
			const codes = parts.filter((t): t is ts.StringLiteralType => t.isStringLiteral()).map((t) => t.value);
			const summary = firstSentence(ts.displayPartsToString(symbol.getDocumentationComment(checker)));
			const codeSummaries = Object.fromEntries(codes.flatMap((c) => (literals.has(c) ? [[c, literals.get(c) as string]] : [])));
			out.push({ package: pkg.name, name: symbol.name, bases, codes: [...codes].sort(), summary, codeSummaries });
		}
	});
	return out;
}

/**
 * Which class a code belongs to: the class with the fewest codes that allows it (a base such as
 * `OvenRESTError` allows all its subclasses' codes; the subclass is the one that throws it).
 */
export function codeOwners(classes: readonly ErrorClassInfo[]): Map<string, ErrorClassInfo> {
	const owners = new Map<string, ErrorClassInfo>();
	for (const info of classes) {
		for (const code of info.codes) {
			const current = owners.get(code);
			if (current === undefined || info.codes.length < current.codes.length) owners.set(code, info);
		}
	}
	return owners;
}

const cell = (text: string): string => text.replaceAll('|', '\\|');

/** docs/errors.md. */
export function renderErrorCodes(classes: readonly ErrorClassInfo[]): string {
	const owners = [...codeOwners(classes)].sort(([a], [b]) => a.localeCompare(b));
	const rows = owners.map(
		([code, info]) => `| \`${code}\` | \`${info.name}\` | \`${info.package}\` | ${cell(info.codeSummaries[code] ?? info.summary)} |`,
	);
	const families = classes
		.filter((info) => info.bases[0] === 'OvenError')
		.map((info) => `\`${info.name}\` (\`${info.package}\`)`)
		.join(', ');
	return `# Error codes

Generated from the sources by \`test/errors/errorCodes.ts\` (\`node --import tsx test/errors/errorCodes.ts\`); a test
fails when this page is stale.

Every error an OvenJS package throws or reports derives from \`OvenError\` (exported by \`ovenjs\` and
\`ovenjs/errors\`): \`error instanceof OvenError\` holds, \`error.code\` is one of the codes below and
never changes between releases (messages may), and \`error.name\` is \`Class[CODE]\`, so the code shows
in stack traces. Codes are namespaced by where they come from (\`REST_\`, \`GATEWAY_\`, \`MOCK_\`, …) and
unique across packages. Match on \`code\`, or on the class with \`instanceof\`.

The families (direct subclasses of \`OvenError\`): ${families}.
${Object.entries(STANDALONE_PACKAGES)
	.map(([name, why]) => `\`${name}\`'s errors have the same shape without deriving from \`OvenError\`: ${why}.`)
	.join('\n')}

| code | class | package | what |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
}

/** Where the page lives. */
export const ERROR_CODES_PAGE = new URL('docs/errors.md', ROOT);

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
	writeFileSync(ERROR_CODES_PAGE, renderErrorCodes(listErrorClasses()));
	console.log(`errorCodes: ${fileURLToPath(ERROR_CODES_PAGE)} written`);
}

/** The page as committed. */
export function readErrorCodesPage(): string {
	return readFileSync(ERROR_CODES_PAGE, 'utf8');
}
