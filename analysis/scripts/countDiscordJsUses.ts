/**
 * Counts, per bot of a corpus, the uses of discord.js members (`Message.reply`,
 * `GuildMemberRoleManager.add`, `new EmbedBuilder`, …), and prints how much of them the
 * equivalents table (`DiscordJsEquivalents`, src/discordJsEquivalents.ts) covers.
 *
 *   node --import tsx analysis/scripts/countDiscordJsUses.ts <corpus.tsv> <corpus dir> [--write analysis/data/corpusUses.json]
 *
 * `corpus.tsv` lists `repo <TAB> commit <TAB> subpaths` (a header line first); each bot is the
 * folder `<corpus dir>/<repo name>`, limited to its subpaths when some are given. Nothing here
 * has a default path: the corpus lives outside the repository, and its code is never committed
 * (only the counts, with `--write`).
 *
 * How a use is found: every `a.b` (and `new X`) in the bot's .ts/.js files is resolved with the
 * TypeScript checker against discord.js 14's typings (13's, from `discord.js-v13`, for a bot
 * that depends on discord.js 13), and counted when the member is declared in discord.js or an
 * `@discordjs/*` package. Enum members (`ButtonStyle.Primary`) are values, not calls, and are not
 * counted. Untyped JavaScript receivers (`any`: a command file's `execute(interaction)`) are
 * typed by their name, as a reader would: `interaction` as the interaction classes, `message`
 * and `msg` as `Message`, `member` as `GuildMember`, … (the table `NAMED_RECEIVERS` below), and
 * the chain after them is followed through the typings (`message.guild.members.fetch`). A
 * receiver that stays untyped is not counted; how many such accesses there were is printed.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { equivalentsCoverage } from './_coverage.js';

const require = createRequire(import.meta.url);
const root = dirname(dirname(dirname(new URL(import.meta.url).pathname)));

/** The typings each major version resolves `discord.js` to. */
const TYPINGS = {
	14: join(packageDir('discord.js', root), 'typings/index.d.ts'),
	13: join(packageDir('discord.js-v13', join(root, 'migration')), 'typings/index.d.ts'),
} as const;

/** The folder of an installed package, found from its entry point (its `exports` hide the rest). */
function packageDir(name: string, from: string): string {
	let dir = dirname(require.resolve(name, { paths: [from] }));
	while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
	return dir;
}

/** Untyped receivers typed by their name: the classes tried in order, the first with the member wins. */
const NAMED_RECEIVERS: Readonly<Record<string, { readonly 14: readonly string[]; readonly 13: readonly string[] }>> = {
	interaction: {
		14: [
			'ChatInputCommandInteraction',
			'ButtonInteraction',
			'StringSelectMenuInteraction',
			'ModalSubmitInteraction',
			'AutocompleteInteraction',
		],
		13: ['CommandInteraction', 'ButtonInteraction', 'SelectMenuInteraction', 'ModalSubmitInteraction', 'AutocompleteInteraction'],
	},
	message: { 14: ['Message'], 13: ['Message'] },
	msg: { 14: ['Message'], 13: ['Message'] },
	newMessage: { 14: ['Message'], 13: ['Message'] },
	oldMessage: { 14: ['Message'], 13: ['Message'] },
	member: { 14: ['GuildMember'], 13: ['GuildMember'] },
	newMember: { 14: ['GuildMember'], 13: ['GuildMember'] },
	oldMember: { 14: ['GuildMember'], 13: ['GuildMember'] },
	guild: { 14: ['Guild'], 13: ['Guild'] },
	channel: {
		14: ['TextChannel', 'VoiceChannel', 'ThreadChannel', 'CategoryChannel'],
		13: ['TextChannel', 'VoiceChannel', 'ThreadChannel'],
	},
	thread: { 14: ['ThreadChannel'], 13: ['ThreadChannel'] },
	user: { 14: ['User'], 13: ['User'] },
	author: { 14: ['User'], 13: ['User'] },
	client: { 14: ['Client'], 13: ['Client'] },
	role: { 14: ['Role'], 13: ['Role'] },
	reaction: { 14: ['MessageReaction'], 13: ['MessageReaction'] },
	oldState: { 14: ['VoiceState'], 13: ['VoiceState'] },
	newState: { 14: ['VoiceState'], 13: ['VoiceState'] },
};

/** One bot of the corpus. */
interface Bot {
	readonly name: string;
	readonly dir: string;
	readonly subpaths: readonly string[];
}

/** Uses of one member across the corpus. */
export interface MemberUses {
	readonly member: string;
	/** The bots that use it, by folder name. */
	readonly bots: readonly string[];
	readonly uses: number;
}

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', 'out', '.git', 'coverage']);

function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir)) {
		const path = join(dir, entry);
		const stat = statSync(path);
		if (stat.isDirectory()) {
			if (!SKIP_DIRS.has(entry)) out.push(...sourceFiles(path));
		} else if (SOURCE.test(entry) && !entry.endsWith('.d.ts')) out.push(path);
	}
	return out;
}

/** 13 when a package.json of the bot asks for discord.js 13 (or its name says v13), else 14. */
function majorVersion(bot: Bot, files: readonly string[]): 13 | 14 {
	const manifests = [join(bot.dir, 'package.json'), ...files.filter((f) => f.endsWith('package.json'))];
	for (const dir of new Set([bot.dir, ...bot.subpaths.map((p) => join(bot.dir, p))])) manifests.push(join(dir, 'package.json'));
	for (const manifest of manifests) {
		if (!existsSync(manifest) || !statSync(manifest).isFile()) continue;
		const json = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
		const range = json.dependencies?.['discord.js'];
		if (range !== undefined) return /^[\^~]?13\./.test(range) ? 13 : 14;
	}
	return /v13/i.test(bot.name) ? 13 : 14;
}

function program(files: readonly string[], major: 13 | 14): ts.Program {
	const options: ts.CompilerOptions = {
		allowJs: true,
		noEmit: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		skipLibCheck: true,
		strict: true,
		types: [],
		experimentalDecorators: true,
		jsx: ts.JsxEmit.Preserve,
	};
	const host = ts.createCompilerHost(options);
	host.resolveModuleNameLiterals = (literals, containingFile) =>
		literals.map((literal) => {
			const name = literal.text;
			if (name === 'discord.js') return { resolvedModule: { resolvedFileName: TYPINGS[major], extension: ts.Extension.Dts } };
			// discord.js's own dependencies (builders, collection, discord-api-types) from this repository.
			const from = major === 13 ? dirname(dirname(TYPINGS[13])) : root;
			if (name.startsWith('@discordjs/') || name.startsWith('discord-api-types')) {
				return ts.resolveModuleName(name, join(from, 'index.ts'), options, host);
			}
			return ts.resolveModuleName(name, containingFile, options, host);
		});
	return ts.createProgram({ rootNames: files, options, host });
}

function isDiscordJsFile(fileName: string): boolean {
	return /node_modules\/(discord\.js|discord\.js-v13|@discordjs\/[^/]+)\//.test(fileName) && !fileName.includes('discord-api-types');
}

/** `Owner.member` for a symbol declared in discord.js; undefined for others. */
function memberName(symbol: ts.Symbol): string | undefined {
	if ((symbol.flags & ts.SymbolFlags.EnumMember) !== 0) return undefined;
	for (const declaration of symbol.declarations ?? []) {
		if (!isDiscordJsFile(declaration.getSourceFile().fileName)) continue;
		const owner = declaration.parent;
		if ((ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name !== undefined) {
			return `${owner.name.text}.${symbol.name}`;
		}
		if (ts.isTypeLiteralNode(owner) && ts.isTypeAliasDeclaration(owner.parent)) return `${owner.parent.name.text}.${symbol.name}`;
	}
	return undefined;
}

/** Counts one bot's uses; `untyped` counts accesses on receivers that stayed `any`. */
function countBot(bot: Bot): { uses: Map<string, number>; untyped: number; files: number; major: 13 | 14 } {
	const roots = bot.subpaths.length === 0 ? [bot.dir] : bot.subpaths.map((p) => join(bot.dir, p));
	const all = roots.flatMap((path) => (statSync(path).isDirectory() ? sourceFiles(path) : []));
	const major = majorVersion(bot, all);
	const prog = program(all, major);
	const checker = prog.getTypeChecker();
	const typings = prog.getSourceFile(TYPINGS[major]);
	const moduleSymbol = typings === undefined ? undefined : checker.getSymbolAtLocation(typings);
	const exported = new Map((moduleSymbol === undefined ? [] : checker.getExportsOfModule(moduleSymbol)).map((s) => [s.name, s]));
	const classType = (name: string): ts.Type | undefined => {
		const symbol = exported.get(name);
		return symbol === undefined ? undefined : checker.getDeclaredTypeOfSymbol(symbol);
	};
	const isAny = (type: ts.Type): boolean => (type.flags & ts.TypeFlags.Any) !== 0;

	/** The type of `expr`, following untyped chains from a named receiver through the typings. */
	const typeOf = (expr: ts.Expression): ts.Type | undefined => {
		const type = checker.getTypeAtLocation(expr);
		if (!isAny(type)) return type;
		if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr) || ts.isAsExpression(expr)) return typeOf(expr.expression);
		if (ts.isAwaitExpression(expr)) {
			const inner = typeOf(expr.expression);
			return inner === undefined ? undefined : checker.getAwaitedType(inner);
		}
		if (ts.isIdentifier(expr)) {
			const candidates = NAMED_RECEIVERS[expr.text]?.[major];
			return candidates === undefined ? undefined : classType(candidates[0]!);
		}
		if (ts.isPropertyAccessExpression(expr)) {
			const property = propertyOf(expr);
			return property === undefined ? undefined : checker.getTypeOfSymbolAtLocation(property, expr);
		}
		if (ts.isCallExpression(expr)) {
			const callee = typeOf(expr.expression);
			const signature = callee?.getNonNullableType().getCallSignatures()[0];
			return signature === undefined ? undefined : checker.getReturnTypeOfSignature(signature);
		}
		return undefined;
	};

	/** The member `access` reads, through the checker or an untyped receiver's name. */
	const propertyOf = (access: ts.PropertyAccessExpression): ts.Symbol | undefined => {
		const direct = checker.getSymbolAtLocation(access.name);
		if (direct !== undefined) return direct;
		const receiver = access.expression;
		const candidates =
			ts.isIdentifier(receiver) && isAny(checker.getTypeAtLocation(receiver)) ? NAMED_RECEIVERS[receiver.text]?.[major] : undefined;
		for (const name of candidates ?? []) {
			const found = classType(name)?.getProperty(access.name.text);
			if (found !== undefined) return found;
		}
		const type = typeOf(receiver);
		return type === undefined ? undefined : checker.getNonNullableType(type).getProperty(access.name.text);
	};

	const uses = new Map<string, number>();
	let untyped = 0;
	const add = (member: string): void => void uses.set(member, (uses.get(member) ?? 0) + 1);
	for (const file of prog.getSourceFiles()) {
		if (file.isDeclarationFile || !all.includes(file.fileName)) continue;
		const visit = (node: ts.Node): void => {
			if (ts.isPropertyAccessExpression(node)) {
				const symbol = propertyOf(node);
				const member = symbol === undefined ? undefined : memberName(symbol);
				if (member !== undefined) add(member);
				else if (symbol === undefined && isAny(checker.getTypeAtLocation(node.expression))) untyped++;
			} else if (ts.isNewExpression(node)) {
				const symbol = checker.getSymbolAtLocation(node.expression);
				const target = symbol !== undefined && (symbol.flags & ts.SymbolFlags.Alias) !== 0 ? checker.getAliasedSymbol(symbol) : symbol;
				if (target?.declarations?.some((d) => isDiscordJsFile(d.getSourceFile().fileName)) === true) add(`new ${target.name}`);
			}
			ts.forEachChild(node, visit);
		};
		visit(file);
	}
	return { uses, untyped, files: all.length, major };
}

/** Reads the corpus list: one bot per line after the header. */
function readCorpus(tsv: string, dir: string): Bot[] {
	return readFileSync(tsv, 'utf8')
		.split('\n')
		.slice(1)
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const [repo = '', , subpaths = ''] = line.split('\t');
			const name = repo.split('/')[1] ?? repo;
			return { name, dir: join(dir, name), subpaths: subpaths.split(' ').filter((p) => p !== '') };
		});
}

/** Every member's uses over the corpus, most used first. */
export function countCorpus(tsv: string, dir: string, log: (line: string) => void = () => {}): MemberUses[] {
	const byMember = new Map<string, { bots: string[]; uses: number }>();
	for (const bot of readCorpus(tsv, dir)) {
		if (!existsSync(bot.dir)) throw new Error(`${bot.dir} is missing: fetch the corpus first`);
		const counted = countBot(bot);
		const total = [...counted.uses.values()].reduce((a, b) => a + b, 0);
		log(
			`${bot.name}: discord.js ${counted.major}, ${counted.files} files, ${total} uses of ${counted.uses.size} members, ${counted.untyped} untyped accesses left`,
		);
		for (const [member, n] of counted.uses) {
			const entry = byMember.get(member) ?? { bots: [], uses: 0 };
			entry.bots.push(bot.name);
			entry.uses += n;
			byMember.set(member, entry);
		}
	}
	return [...byMember]
		.map(([member, { bots, uses }]) => ({ member, bots: bots.sort(), uses }))
		.sort((a, b) => b.uses - a.uses || a.member.localeCompare(b.member));
}

if (process.argv[1] !== undefined && new URL(import.meta.url).pathname === process.argv[1]) {
	const [tsv, dir] = process.argv.slice(2);
	if (tsv === undefined || dir === undefined) {
		console.error('usage: countDiscordJsUses.ts <corpus.tsv> <corpus dir> [--write <json>]');
		process.exit(2);
	}
	const counted = countCorpus(tsv, dir, (line) => console.log(line));
	const shared = counted.filter((m) => m.bots.length >= 2);
	const total = shared.reduce((a, m) => a + m.uses, 0);
	console.log(`\n${counted.length} members used; ${shared.length} in at least two bots, ${total} uses`);
	for (const m of shared) console.log(`${String(m.uses).padStart(6)}  ${String(m.bots.length).padStart(2)}  ${m.member}`);
	const coverage = equivalentsCoverage(shared);
	console.log(
		`\nequivalents table: ${coverage.rows} rows; ${coverage.missing.length} shared members without a row: ${coverage.missing.join(', ') || 'none'}`,
	);
	console.log(`without an OvenJS expression: ${coverage.withoutEquivalent.join(', ') || 'none'}`);
	console.log(
		`coverage of the shared members' uses by call count: ${coverage.covered} of ${coverage.total} = ${(coverage.ratio * 100).toFixed(1)} % (goal ≥ 90 %)`,
	);
	const write = process.argv.indexOf('--write');
	if (write !== -1 && process.argv[write + 1] !== undefined) {
		writeFileSync(process.argv[write + 1]!, `${JSON.stringify(shared, null, '\t')}\n`);
		console.log(`wrote ${relative(process.cwd(), process.argv[write + 1]!)}`);
	}
}
