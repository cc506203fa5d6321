import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Project, type SourceFile } from 'ts-morph';
import { MigrationError } from './MigrationError.js';

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** Whether `file` lies under `root` and outside any `node_modules`: the only files a migration touches. */
export function isMigratable(root: string, file: string): boolean {
	const rel = relative(root, file);
	return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('node_modules') && !rel.endsWith('.d.ts') && SOURCE.test(rel);
}

/**
 * The project's source files: from its tsconfig.json/jsconfig.json when it has one (so the
 * checker sees what the compiler sees), else every TS/JS file under `root`; JS files are read
 * through `allowJs`. Only files under `root` and outside node_modules are returned.
 */
export function loadProject(root: string): { project: Project; files: SourceFile[] } {
	const absolute = resolve(root);
	if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
		throw new MigrationError('MIGRATE_NOT_FOUND', `${root} is not a directory. Pass the folder of the bot to migrate.`);
	}
	const config = ['tsconfig.json', 'jsconfig.json'].map((name) => join(absolute, name)).find((path) => existsSync(path));
	const project = config === undefined
		? new Project({ compilerOptions: { allowJs: true, checkJs: false, noEmit: true }, skipAddingFilesFromTsConfig: true })
		: new Project({ tsConfigFilePath: config, compilerOptions: { allowJs: true, noEmit: true } });
	if (config === undefined) project.addSourceFilesAtPaths([`${absolute}/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`, `!${absolute}/**/node_modules/**`, `!${absolute}/**/*.d.ts`]);
	const files = project.getSourceFiles().filter((file) => isMigratable(absolute, file.getFilePath()));
	return { project, files: files.sort((a, b) => a.getFilePath().localeCompare(b.getFilePath())) };
}
