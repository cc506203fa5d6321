import { runFileChecks, type Finding } from '@ovenjs/analysis';
import ts from 'typescript';
import {
	DidChangeWatchedFilesNotification,
	TextDocuments,
	TextDocumentSyncKind,
	type CodeLens,
	type Connection,
	type Diagnostic,
	type DocumentSymbol,
	type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetAt, pathToUri, uriToPath } from './_positions.js';
import { analyseProject, type ProjectAnalysis } from './analyseProject.js';
import { toDiagnostic } from './diagnostics.js';
import { documentSymbols } from './documentSymbols.js';
import { embedLenses } from './embedLenses.js';
import { embedPreview } from './embedPreview.js';
import { EmbedPreviewMethod, type EmbedPreviewParams, type EmbedPreviewResult } from './protocol.js';
import { Workspace } from './Workspace.js';

/** Options of {@link startServer}; a client may also pass `debounceMs` in `initializationOptions`. */
export interface ServerOptions {
	/** Quiet time after the last edit before the project is checked again, in ms. Default 250. */
	readonly debounceMs?: number;
}

/**
 * Serves the OvenJS language features on `connection`: the analysis core's diagnostics for
 * every script file of the workspace plus the project-wide checks, `oven/embedPreview`,
 * "Preview embed" code lenses and document symbols for commands and handlers.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
	const documents = new TextDocuments(TextDocument);
	let workspace: Workspace | undefined;
	let debounceMs = options.debounceMs ?? 250;
	let timer: NodeJS.Timeout | undefined;
	let project: ProjectAnalysis | undefined;
	let published = new Set<string>();
	let shutDown = false;

	const logError = (what: string, error: unknown): void => {
		connection.console.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
	};

	const analysis = (): { program: ts.Program; project: ProjectAnalysis } | undefined => {
		if (workspace === undefined) return undefined;
		const program = workspace.program();
		if (project === undefined) project = analyseProject(ts, workspace.projectFiles(program), program.getTypeChecker());
		return { program, project };
	};

	let fileDiagnostics = true;
	const check = (): void => {
		timer = undefined;
		if (workspace === undefined || shutDown) return;
		try {
			project = undefined;
			const current = analysis();
			if (current === undefined) return;
			const checker = current.program.getTypeChecker();
			const byFile = new Map<string, Diagnostic[]>();
			const add = (finding: Finding): void => {
				const uri = pathToUri(finding.node.getSourceFile().fileName);
				const list = byFile.get(uri) ?? [];
				list.push(toDiagnostic(finding));
				byFile.set(uri, list);
			};
			for (const file of workspace.projectFiles(current.program)) {
				byFile.set(pathToUri(file.fileName), []);
				if (!fileDiagnostics) continue;
				for (const finding of runFileChecks(ts, file, checker, (name, error) => logError(`The ${name} check on ${file.fileName}`, error)))
					add(finding);
			}
			for (const finding of current.project.findings) add(finding);
			for (const uri of published) if (!byFile.has(uri)) byFile.set(uri, []);
			const next = new Set<string>();
			for (const [uri, diagnostics] of byFile) {
				// Files never reported and still clean need no message.
				if (diagnostics.length === 0 && !published.has(uri)) continue;
				void connection.sendDiagnostics({ uri, diagnostics });
				if (diagnostics.length > 0) next.add(uri);
			}
			published = next;
		} catch (error) {
			logError('Checking the workspace', error);
		}
	};

	const schedule = (): void => {
		project = undefined;
		if (timer !== undefined) clearTimeout(timer);
		timer = setTimeout(check, debounceMs);
	};

	const sourceOf = (uri: string): ts.SourceFile | undefined => {
		const path = uriToPath(uri);
		return path === undefined || workspace === undefined ? undefined : workspace.sourceFile(path);
	};

	let watchFiles = false;
	connection.onInitialize((params): InitializeResult => {
		watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
		const root = (rootUri === null || rootUri === undefined ? undefined : uriToPath(rootUri)) ?? params.rootPath ?? process.cwd();
		workspace = new Workspace(root);
		const init: unknown = params.initializationOptions;
		if (typeof init === 'object' && init !== null && 'debounceMs' in init && typeof init.debounceMs === 'number')
			debounceMs = init.debounceMs;
		// An editor whose tsserver runs @ovenjs/ts-plugin already shows the per-file checks; it asks for the project-wide ones only.
		if (typeof init === 'object' && init !== null && 'fileDiagnostics' in init && init.fileDiagnostics === false) fileDiagnostics = false;
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				codeLensProvider: { resolveProvider: false },
				documentSymbolProvider: true,
				experimental: { ovenjs: { embedPreview: EmbedPreviewMethod } },
			},
			serverInfo: { name: 'oven-language-server', version: '0.1.0' },
		};
	});
	connection.onInitialized(() => {
		// Files edited outside the editor (git checkout, codegen) and config changes.
		if (watchFiles) {
			void connection.client.register(DidChangeWatchedFilesNotification.type, {
				watchers: [{ globPattern: '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}' }, { globPattern: '**/{tsconfig,jsconfig}.json' }],
			});
		}
		schedule();
	});

	documents.onDidChangeContent(({ document }) => {
		const path = uriToPath(document.uri);
		if (path === undefined || workspace === undefined) return;
		workspace.setOverlay(path, document.getText(), document.version);
		schedule();
	});
	documents.onDidClose(({ document }) => {
		const path = uriToPath(document.uri);
		if (path === undefined || workspace === undefined) return;
		workspace.removeOverlay(path);
		schedule();
	});
	connection.onDidChangeWatchedFiles(({ changes }) => {
		workspace?.filesChanged(changes.map((change) => uriToPath(change.uri)).filter((path): path is string => path !== undefined));
		schedule();
	});

	connection.onCodeLens(({ textDocument }): CodeLens[] => {
		const file = sourceOf(textDocument.uri);
		return file === undefined ? [] : embedLenses(ts, file, textDocument.uri);
	});
	connection.onDocumentSymbol(({ textDocument }): DocumentSymbol[] => {
		const file = sourceOf(textDocument.uri);
		const current = file === undefined ? undefined : analysis();
		return file === undefined || current === undefined ? [] : documentSymbols(ts, file, current.project);
	});
	connection.onRequest(EmbedPreviewMethod, (params: EmbedPreviewParams): EmbedPreviewResult | null => {
		const file = sourceOf(params.textDocument.uri);
		if (file === undefined || workspace === undefined) return null;
		const checker = workspace.program().getTypeChecker();
		return embedPreview(ts, checker, file, offsetAt(file, params.position)) ?? null;
	});

	connection.onShutdown(() => {
		shutDown = true;
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
		workspace?.dispose();
	});

	documents.listen(connection);
	connection.listen();
}
