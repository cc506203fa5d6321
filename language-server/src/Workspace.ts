import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import ts from 'typescript';
import { OvenLanguageServerError } from './OvenLanguageServerError.js';

/** Extensions of the files the server analyses. */
export const SCRIPT_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

const CONFIG_NAMES: readonly string[] = ['tsconfig.json', 'jsconfig.json'];

// Used when a folder has no tsconfig.json / jsconfig.json: every script file under it.
const DEFAULT_OPTIONS: ts.CompilerOptions = {
	target: ts.ScriptTarget.ES2022,
	module: ts.ModuleKind.NodeNext,
	moduleResolution: ts.ModuleResolutionKind.NodeNext,
	allowJs: true,
	checkJs: false,
	strict: true,
	skipLibCheck: true,
};

/**
 * One workspace folder as a TypeScript language service: the files its `tsconfig.json` or
 * `jsconfig.json` names (every script file when there is neither), plus the documents the
 * client has open, whose unsaved text wins over the disk.
 */
export class Workspace {
	readonly #root: string;
	readonly #overlays = new Map<string, { text: string; version: number }>();
	readonly #diskVersions = new Map<string, number>();
	#config: ts.ParsedCommandLine;
	#projectVersion = 0;
	readonly #service: ts.LanguageService;

	/** @param root - the workspace folder's path. */
	constructor(root: string) {
		this.#root = resolve(root);
		this.#config = this.#readConfig();
		const host: ts.LanguageServiceHost = {
			getProjectVersion: () => String(this.#projectVersion),
			getScriptFileNames: () => [...new Set([...this.#config.fileNames, ...[...this.#overlays.keys()].filter(isScript)])],
			getScriptVersion: (file) => {
				const overlay = this.#overlays.get(file);
				return overlay === undefined ? `d${this.#diskVersions.get(file) ?? 0}` : `o${overlay.version}`;
			},
			getScriptSnapshot: (file) => {
				const text = this.#overlays.get(file)?.text ?? ts.sys.readFile(file);
				return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
			},
			getCurrentDirectory: () => this.#root,
			getCompilationSettings: () => ({ ...this.#config.options, allowJs: true, noEmit: true }),
			getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
			fileExists: (file) => this.#overlays.has(file) || ts.sys.fileExists(file),
			readFile: (file, encoding) => this.#overlays.get(file)?.text ?? ts.sys.readFile(file, encoding),
			readDirectory: (...args) => ts.sys.readDirectory(...args),
			directoryExists: (dir) => ts.sys.directoryExists(dir),
			getDirectories: (dir) => ts.sys.getDirectories(dir),
		};
		this.#service = ts.createLanguageService(host, ts.createDocumentRegistry());
	}

	/** The workspace folder. */
	get root(): string {
		return this.#root;
	}

	/** Whether `file` belongs to this workspace folder. */
	contains(file: string): boolean {
		const path = resolve(file);
		return path === this.#root || path.startsWith(this.#root + '/');
	}

	/** Records an open (or changed) document's text. */
	setOverlay(file: string, text: string, version: number): void {
		this.#overlays.set(resolve(file), { text, version });
		this.#projectVersion += 1;
	}

	/** Forgets an open document's text: the disk's is used again. */
	removeOverlay(file: string): void {
		const path = resolve(file);
		if (!this.#overlays.delete(path)) return;
		this.#diskVersions.set(path, (this.#diskVersions.get(path) ?? 0) + 1);
		this.#projectVersion += 1;
	}

	/** Tells the workspace files changed on disk; a changed tsconfig/jsconfig is read again. */
	filesChanged(files: readonly string[]): void {
		for (const file of files) {
			const path = resolve(file);
			this.#diskVersions.set(path, (this.#diskVersions.get(path) ?? 0) + 1);
		}
		// A created or deleted file changes the config's file list too.
		this.#config = this.#readConfig();
		this.#projectVersion += 1;
	}

	/** The current program (built incrementally). */
	program(): ts.Program {
		const program = this.#service.getProgram();
		if (program === undefined)
			throw new OvenLanguageServerError(
				'LSP_NO_PROGRAM',
				`TypeScript could not build a program for ${this.#root}; check its tsconfig.json.`,
			);
		return program;
	}

	/** The project's own script files: no declaration files, nothing from node_modules. */
	projectFiles(program: ts.Program = this.program()): ts.SourceFile[] {
		return program
			.getSourceFiles()
			.filter(
				(file) =>
					!file.isDeclarationFile &&
					!program.isSourceFileFromExternalLibrary(file) &&
					!file.fileName.includes('/node_modules/') &&
					isScript(file.fileName),
			);
	}

	/** The source file of `file` in the current program. */
	sourceFile(file: string): ts.SourceFile | undefined {
		return this.program().getSourceFile(resolve(file));
	}

	/** Releases the language service. Idempotent. */
	dispose(): void {
		this.#service.dispose();
	}

	#readConfig(): ts.ParsedCommandLine {
		for (const name of CONFIG_NAMES) {
			const path = join(this.#root, name);
			if (!existsSync(path)) continue;
			const read = ts.readConfigFile(path, (file) => ts.sys.readFile(file));
			if (read.error !== undefined) continue;
			return ts.parseJsonConfigFileContent(read.config, ts.sys, this.#root, name === 'jsconfig.json' ? { allowJs: true } : undefined, path);
		}
		const fileNames = ts.sys.readDirectory(this.#root, SCRIPT_EXTENSIONS, ['**/node_modules', '**/dist', '**/.git'], ['**/*']);
		return { options: DEFAULT_OPTIONS, fileNames, errors: [] };
	}
}

function isScript(file: string): boolean {
	const name = basename(file);
	return !name.endsWith('.d.ts') && SCRIPT_EXTENSIONS.some((extension) => name.endsWith(extension));
}
