import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Project, ts, type SourceFile } from 'ts-morph';
import { MigrationError } from './MigrationError.js';
import type { SkippedFile } from './MigrationReport.js';

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** Whether `file` lies under `root` and outside any `node_modules`: the only files a migration touches. */
export function isMigratable(root: string, file: string): boolean {
	const rel = relative(root, file);
	return (
		rel !== '' &&
		!rel.startsWith('..') &&
		!isAbsolute(rel) &&
		!rel.split(sep).includes('node_modules') &&
		!rel.endsWith('.d.ts') &&
		SOURCE.test(rel)
	);
}

/**
 * The files under `root` that the project's files import (directly or through each other) but
 * its tsconfig does not list, as the compiler would find them. A program over the project's own
 * parsed files, in which every file outside `root` or under node_modules (discord.js's typings,
 * the lib files) is empty: those would be parsed for nothing, since no type checker runs here.
 */
function importedUnderRoot(project: Project, root: string): string[] {
	const known = new Map(project.getSourceFiles().map((file) => [file.getFilePath() as string, file.compilerNode]));
	const options = { ...project.getCompilerOptions(), noLib: true };
	const host = ts.createCompilerHost(options, true);
	const read = host.getSourceFile.bind(host);
	host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
		const parsed = known.get(fileName);
		if (parsed !== undefined) return parsed;
		if (!isMigratable(root, fileName)) return ts.createSourceFile(fileName, '', languageVersionOrOptions);
		return read(fileName, languageVersionOrOptions, onError, shouldCreate);
	};
	const program = ts.createProgram({ rootNames: [...known.keys()], options, host });
	return program
		.getSourceFiles()
		.map((file) => file.fileName)
		.filter((fileName) => !known.has(fileName) && isMigratable(root, fileName));
}

/** TypeScript's internal indenter, which its language service runs on a tree of its own. */
type Indenter = { getIndentation(position: number, file: ts.SourceFile, settings: ts.EditorSettings): number };

/**
 * Before every `replaceWithText`, ts-morph asks the language service for the indentation at the
 * node, and the service parses the whole file again because it changed since the last edit.
 * The tree ts-morph keeps is the same file's current text parsed the same way, so the indenter
 * is run on it instead (when this TypeScript has it where expected; else the service answers).
 */
function indentFromCurrentTree(project: Project): void {
	const indenter = (ts as unknown as { formatting?: { SmartIndenter?: Indenter } }).formatting?.SmartIndenter;
	if (typeof indenter?.getIndentation !== 'function') return;
	const service = project.getLanguageService().compilerObject;
	const original = service.getIndentationAtPosition.bind(service);
	service.getIndentationAtPosition = (fileName, position, options) => {
		const file = project.getSourceFile(fileName);
		return file === undefined
			? original(fileName, position, options)
			: indenter.getIndentation(position, file.compilerNode, options as ts.EditorSettings);
	};
}

/** `path` relative to `root`, with `/` separators: how the report names files. */
export function reportPath(root: string, path: string): string {
	return relative(root, path).split(sep).join('/');
}

/** A file to migrate: where the project sees it, and the file behind any symbolic link, which is the one written. */
export interface ProjectFile {
	readonly file: SourceFile;
	readonly realPath: string;
}

/**
 * Sorts the files by what is behind their path: a link (a file's, or a folder's on its way)
 * that leads outside the folder, or under node_modules, is skipped, since writing through it
 * would change a file the migration was not given (and that no git guard of this folder
 * covers); a link to a file of the folder that is migrated under its own name is skipped too,
 * so that no file is rewritten twice.
 */
function resolveLinks(root: string, files: readonly SourceFile[]): { files: ProjectFile[]; skipped: SkippedFile[] } {
	const realRoot = realpathSync(root);
	const skipped: SkippedFile[] = [];
	const resolved: ProjectFile[] = [];
	for (const file of files) {
		const path = file.getFilePath();
		let realPath: string;
		try {
			realPath = realpathSync(path);
		} catch {
			skipped.push({ path: reportPath(root, path), reason: 'a symbolic link that leads nowhere' });
			continue;
		}
		if (!isMigratable(realRoot, realPath))
			skipped.push({
				path: reportPath(root, path),
				reason: `a symbolic link to ${realPath}, outside ${root} or under node_modules: not rewritten`,
			});
		else resolved.push({ file, realPath });
	}
	// Under its own name first, so that the links to it are the ones skipped.
	const ownName = (entry: ProjectFile): boolean => entry.realPath === join(realRoot, relative(root, entry.file.getFilePath()));
	const byRealPath = new Map<string, ProjectFile>();
	for (const entry of [...resolved.filter(ownName), ...resolved.filter((entry) => !ownName(entry))]) {
		const first = byRealPath.get(entry.realPath);
		if (first === undefined) byRealPath.set(entry.realPath, entry);
		else
			skipped.push({
				path: reportPath(root, entry.file.getFilePath()),
				reason: `a symbolic link to ${reportPath(root, first.file.getFilePath())}, which is migrated under that name`,
			});
	}
	return { files: resolved.filter((entry) => byRealPath.get(entry.realPath) === entry), skipped };
}

/**
 * The project's source files: from its tsconfig.json/jsconfig.json when it has one (plus the
 * files under `root` they import, as the compiler sees them), else every TS/JS file under
 * `root`; JS files are read through `allowJs`. Only files under `root` and outside node_modules
 * are returned, each with the real path behind any symbolic link; links that lead elsewhere
 * are listed in `skipped`.
 */
export function loadProject(root: string): { project: Project; files: ProjectFile[]; skipped: SkippedFile[] } {
	const absolute = resolve(root);
	if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
		throw new MigrationError('MIGRATE_NOT_FOUND', `${root} is not a directory. Pass the folder of the bot to migrate.`);
	}
	const config = ['tsconfig.json', 'jsconfig.json'].map((name) => join(absolute, name)).find((path) => existsSync(path));
	const project =
		config === undefined
			? new Project({ compilerOptions: { allowJs: true, checkJs: false, noEmit: true }, skipAddingFilesFromTsConfig: true })
			: new Project({ tsConfigFilePath: config, compilerOptions: { allowJs: true, noEmit: true }, skipFileDependencyResolution: true });
	if (config === undefined)
		project.addSourceFilesAtPaths([
			`${absolute}/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`,
			`!${absolute}/**/node_modules/**`,
			`!${absolute}/**/*.d.ts`,
		]);
	else for (const path of importedUnderRoot(project, absolute)) project.addSourceFileAtPath(path);
	indentFromCurrentTree(project);
	const underRoot = project.getSourceFiles().filter((file) => isMigratable(absolute, file.getFilePath()));
	const { files, skipped } = resolveLinks(absolute, underRoot);
	return {
		project,
		files: files.sort((a, b) => a.file.getFilePath().localeCompare(b.file.getFilePath())),
		skipped: skipped.sort((a, b) => a.path.localeCompare(b.path)),
	};
}
