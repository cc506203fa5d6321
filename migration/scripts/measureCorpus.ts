/**
 * Measures oven-migrate on a corpus of real discord.js bots: for each project, the files it
 * changed and the todos it left, whether it refused (a framework bot), and for TypeScript
 * projects the `tsc --noEmit` errors before and after migration, with the bot's own
 * dependencies installed and `ovenjs` linked.
 *
 *   node --conditions=@ovenjs/source --import tsx migration/scripts/measureCorpus.ts \
 *     <corpus.tsv> <corpus dir> <scratch dir> [--only name,name] [--json figures.json] [--keep]
 *
 * `corpus.tsv` lists `repo <TAB> commit <TAB> subpaths` (a header line first); each bot is the
 * folder `<corpus dir>/<repo name>`. Nothing here has a default path: the corpus lives outside
 * the repository and its code is never committed (only the figures). The scratch dir (outside
 * the repository) receives a pristine copy of each project and an install of its dependencies
 * (`npm install --ignore-scripts`, once; dependencies from outside the npm registry are left
 * out, before and after alike); every run starts again from the pristine copy. `ovenjs` is
 * linked to this checkout's runtime (built first: `npm run build -w ovenjs`, the CommonJS typings included).
 *
 * A project is a folder under the bot (or its subpaths) whose package.json depends on discord.js
 * or a framework built on it; a bot without one is one project. New errors are those after
 * migration whose `file: TScode message` was not among those before (line numbers aside).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { migrate, MigrationError } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const runtime = resolve(here, '../../runtime');
const workspaceTsc = resolve(here, '../../node_modules/typescript/bin/tsc');

/** One project of the corpus, as measured. */
export interface ProjectFigures {
	readonly bot: string;
	readonly project: string;
	readonly typescript: boolean;
	/** The framework it was refused for, if any. */
	readonly refused?: string;
	readonly files?: number;
	readonly changed?: number;
	readonly todos?: number;
	readonly errorsBefore?: number;
	readonly errorsAfter?: number;
	readonly newErrors?: number;
}

interface Project {
	readonly bot: string;
	/** Folder name under the scratch dir. */
	readonly name: string;
	readonly source: string;
}

const DISCORD_PACKAGES = /^(discord\.js|@sapphire\/framework|discordx|discord-akairo|knub|vety|@eartharoid\/dbf)$/;

function dependsOnDiscord(packageJson: string): boolean {
	const json = JSON.parse(readFileSync(packageJson, 'utf8')) as Record<string, Record<string, string> | undefined>;
	return [json['dependencies'], json['devDependencies']].some((deps) =>
		Object.keys(deps ?? {}).some((name) => DISCORD_PACKAGES.test(name)),
	);
}

function packageFolders(dir: string, out: string[]): void {
	if (existsSync(join(dir, 'package.json')) && dependsOnDiscord(join(dir, 'package.json'))) out.push(dir);
	for (const entry of readdirSync(dir, { withFileTypes: true }))
		if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) packageFolders(join(dir, entry.name), out);
}

function projectsOf(corpusTsv: string, corpusDir: string): Project[] {
	const projects: Project[] = [];
	for (const line of readFileSync(corpusTsv, 'utf8').split('\n').slice(1)) {
		const [repo, , subpaths = ''] = line.split('\t');
		if (repo === undefined || repo.trim() === '') continue;
		const bot = basename(repo.trim());
		const base = join(corpusDir, bot);
		const roots =
			subpaths.trim() === ''
				? [base]
				: subpaths
						.trim()
						.split(/\s+/)
						.map((path) => join(base, path));
		const found: { root: string; folder: string }[] = [];
		for (const root of roots) {
			const folders: string[] = [];
			if (existsSync(root) && statSync(root).isDirectory()) packageFolders(root, folders);
			found.push(...folders.map((folder) => ({ root, folder })));
		}
		if (found.length === 0) found.push({ root: base, folder: base });
		for (const { root, folder } of found) {
			// Named after the bot, then the subpath (when it has several) and the folder under it.
			const label = [roots.length > 1 ? relative(base, root) : '', relative(root, folder)].filter((part) => part !== '').join('/');
			projects.push({ bot, name: label === '' ? bot : `${bot}--${label.split('/').join('-')}`, source: folder });
		}
	}
	return projects;
}

function isTypeScript(dir: string): boolean {
	if (!existsSync(join(dir, 'tsconfig.json'))) return false;
	const walk = (folder: string): boolean =>
		readdirSync(folder, { withFileTypes: true }).some((entry) =>
			entry.isDirectory()
				? entry.name !== 'node_modules' && !entry.name.startsWith('.') && walk(join(folder, entry.name))
				: /\.[cm]?ts$/.test(entry.name) && !entry.name.endsWith('.d.ts'),
		);
	return walk(dir);
}

/** Copies the project's files (not node_modules) from `from` over `to`, removing what `to` had besides node_modules. */
function resetSources(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(to)) if (entry !== 'node_modules') rmSync(join(to, entry), { recursive: true, force: true });
	for (const entry of readdirSync(from))
		if (entry !== 'node_modules' && entry !== '.git')
			cpSync(join(from, entry), join(to, entry), { recursive: true, verbatimSymlinks: true });
}

/** Registry dependencies only: git, URL and workspace ones cannot be installed from the registry. */
function registryOnly(dir: string): void {
	const path = join(dir, 'package.json');
	if (!existsSync(path)) return;
	const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
	for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
		const deps = json[key] as Record<string, string> | undefined;
		for (const [name, version] of Object.entries(deps ?? {}))
			if (/^(github:|git\+|git:|https?:|workspace:|file:)/.test(version)) delete deps?.[name];
	}
	writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

function install(project: Project, dir: string): void {
	if (existsSync(join(dir, 'node_modules'))) return;
	resetSources(project.source, dir);
	registryOnly(dir);
	if (!existsSync(join(dir, 'package.json'))) return;
	console.error(`installing ${project.name}…`);
	const result = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps', '--loglevel=error'], {
		cwd: dir,
		encoding: 'utf8',
	});
	if (result.status !== 0) console.error(`npm install failed in ${project.name}:\n${result.stderr.slice(-2000)}`);
}

/** `file: TSnnnn message` per error of `tsc --noEmit` (the bot's own TypeScript, else the workspace's). */
function typeErrors(dir: string): string[] {
	const own = join(dir, 'node_modules/typescript/bin/tsc');
	const tsc = existsSync(own) ? own : workspaceTsc;
	const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json', '--pretty', 'false'], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const errors: string[] = [];
	for (const line of result.stdout.split('\n')) {
		const match = /^(.+?)\(\d+,\d+\): error (TS\d+): (.*)$/.exec(line) ?? /^error (TS\d+): (.*)$/.exec(line);
		if (match === null) continue;
		errors.push(match.length === 4 ? `${match[1]}: ${match[2]} ${match[3]}` : `: ${match[1]} ${match[2]}`);
	}
	return errors;
}

/** Errors in `after` beyond those in `before` (as a multiset). */
function newErrors(before: readonly string[], after: readonly string[]): string[] {
	const left = new Map<string, number>();
	for (const error of before) left.set(error, (left.get(error) ?? 0) + 1);
	return after.filter((error) => {
		const count = left.get(error) ?? 0;
		if (count > 0) left.set(error, count - 1);
		return count === 0;
	});
}

function linkOvenjs(dir: string): void {
	const target = join(dir, 'node_modules/ovenjs');
	if (!existsSync(join(dir, 'node_modules'))) mkdirSync(join(dir, 'node_modules'));
	rmSync(target, { recursive: true, force: true });
	symlinkSync(runtime, target, 'dir');
}

/** The first line of the refusal when the project is built on a framework (a dry run, before anything is installed). */
async function refusal(project: Project, dir: string): Promise<string | undefined> {
	resetSources(project.source, dir);
	try {
		await migrate({ root: dir, force: false });
		return undefined;
	} catch (error) {
		if (error instanceof MigrationError && error.code === 'MIGRATE_FRAMEWORK') return error.message.split('\n')[0] ?? '';
		throw error;
	}
}

async function measure(project: Project, dir: string, logDir: string): Promise<ProjectFigures> {
	resetSources(project.source, dir);
	registryOnly(dir);
	const typescript = isTypeScript(dir);
	const base = { bot: project.bot, project: project.name, typescript };
	const refused = await refusal(project, dir);
	if (refused !== undefined) return { ...base, refused };
	install(project, dir);
	resetSources(project.source, dir);
	registryOnly(dir);
	const before = typescript ? typeErrors(dir) : [];
	linkOvenjs(dir);
	const result = await migrate({ root: dir, write: true, force: false });
	const report = result.files.flatMap((file) => file.todos.map((todo) => `${file.path}:${todo.line}: ${todo.message}`));
	writeFileSync(join(logDir, `${project.name}.todos.txt`), `${report.join('\n')}\n`);
	const figures: ProjectFigures = { ...base, files: result.summary.files, changed: result.summary.changed, todos: result.summary.todos };
	if (!typescript) return figures;
	const after = typeErrors(dir);
	const added = newErrors(before, after);
	writeFileSync(join(logDir, `${project.name}.new-errors.txt`), `${added.join('\n')}\n`);
	return { ...figures, errorsBefore: before.length, errorsAfter: after.length, newErrors: added.length };
}

function table(figures: readonly ProjectFigures[]): string {
	const rows = [
		'| project | TS | files | changed | todos | tsc errors before → after | new errors |',
		'| --- | --- | ---: | ---: | ---: | --- | ---: |',
	];
	for (const f of figures) {
		if (f.refused !== undefined) {
			rows.push(`| ${f.project} | ${f.typescript ? 'yes' : 'no'} | — | — | — | refused: ${f.refused.replace(/\|/g, '\\|')} | — |`);
			continue;
		}
		const errors = f.errorsBefore === undefined ? '—' : `${f.errorsBefore} → ${f.errorsAfter}`;
		rows.push(
			`| ${f.project} | ${f.typescript ? 'yes' : 'no'} | ${f.files} | ${f.changed} | ${f.todos} | ${errors} | ${f.newErrors ?? '—'} |`,
		);
	}
	const measured = figures.filter((f) => f.newErrors !== undefined);
	const mean = measured.reduce((sum, f) => sum + (f.newErrors ?? 0), 0) / Math.max(1, measured.length);
	rows.push('', `Mean new type errors over the ${measured.length} migrated TypeScript projects: ${mean.toFixed(1)}.`);
	return rows.join('\n');
}

async function main(): Promise<void> {
	const { positionals, values } = parseArgs({
		allowPositionals: true,
		options: { only: { type: 'string' }, json: { type: 'string' } },
	});
	const [corpusTsv, corpusDir, scratch] = positionals;
	if (corpusTsv === undefined || corpusDir === undefined || scratch === undefined) {
		console.error('usage: measureCorpus.ts <corpus.tsv> <corpus dir> <scratch dir> [--only name,name] [--json figures.json]');
		process.exitCode = 2;
		return;
	}
	// Both typings: ESM's (dist/index.d.ts) and CommonJS's (dist/index.d.cts, which a CommonJS bot's `require` resolves to).
	if (!existsSync(join(runtime, 'dist/index.d.ts'))) execFileSync(process.execPath, [workspaceTsc, '-b', runtime], { stdio: 'inherit' });
	if (!existsSync(join(runtime, 'dist/index.d.cts')))
		execFileSync(process.execPath, [join(runtime, 'scripts/cjsDeclarations.mjs')], { stdio: 'inherit' });
	const only = values.only?.split(',');
	const projects = projectsOf(corpusTsv, corpusDir).filter((p) => only === undefined || only.includes(p.name) || only.includes(p.bot));
	const logDir = join(scratch, 'logs');
	mkdirSync(logDir, { recursive: true });
	const figures: ProjectFigures[] = [];
	for (const project of projects) {
		const dir = join(scratch, project.name);
		console.error(`measuring ${project.name}…`);
		figures.push(await measure(project, dir, logDir));
	}
	console.log(table(figures));
	if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
}

await main();
