import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Project, ts, type SourceFile } from 'ts-morph';
import { MigrationError } from './MigrationError.js';

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

/**
 * The project's source files: from its tsconfig.json/jsconfig.json when it has one (plus the
 * files under `root` they import, as the compiler sees them), else every TS/JS file under
 * `root`; JS files are read through `allowJs`. Only files under `root` and outside node_modules
 * are returned.
 */
export function loadProject(root: string): { project: Project; files: SourceFile[] } {
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
	const files = project.getSourceFiles().filter((file) => isMigratable(absolute, file.getFilePath()));
	return { project, files: files.sort((a, b) => a.getFilePath().localeCompare(b.getFilePath())) };
}
