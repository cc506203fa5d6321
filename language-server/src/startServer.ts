import { readFileSync } from 'node:fs';
import { CHECKS, discordJsFor, runChecks, type DiscordJsVersion, type Finding } from '@ovenjs/analysis';
import ts from 'typescript';
import {
	DidChangeConfigurationNotification,
	DidChangeWatchedFilesNotification,
	DocumentDiagnosticReportKind,
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
import { codeActionsFor, toDiagnostic } from './diagnostics.js';
import { documentSymbols } from './documentSymbols.js';
import { COMPLETION_TRIGGERS, completionsFor, hoverFor } from './editorFeatures.js';
import { embedLenses } from './embedLenses.js';
import { embedPreview } from './embedPreview.js';
import { EmbedPreviewMethod, type EmbedPreviewParams, type EmbedPreviewResult } from './protocol.js';
import { readServerSettings, type ServerSettings } from './serverSettings.js';
import { Workspace } from './Workspace.js';

/** Options of {@link startServer}; a client may pass the same in `initializationOptions` (see {@link readServerSettings}). */
export interface ServerOptions {
	/** Quiet time after the last edit before the project is checked again, in ms. Default 250. */
	readonly debounceMs?: number;
}

const readFile = (path: string): string | undefined => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
};

/**
 * Serves the OvenJS language features on `connection`: the registry's checks over every script
 * file of the workspace, open or not (pushed, or pulled by clients that support LSP pull
 * diagnostics), with progress on the first load; their fixes as code actions; the project-wide
 * checks; hovers and completions (the analysis's, as in the tsserver plugin); `oven/embedPreview`,
 * "Preview embed" code lenses and document symbols. Settings
 * (`ovenjs.checks.<id>`) come from `initializationOptions` and the client's `ovenjs` section.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
	const documents = new TextDocuments(TextDocument);
	let workspace: Workspace | undefined;
	let settings: ServerSettings = readServerSettings(options);
	let timer: NodeJS.Timeout | undefined;
	let project: ProjectAnalysis | undefined;
	let published = new Set<string>();
	let byFile = new Map<string, Diagnostic[]>();
	let checked: Promise<void> | undefined;
	// Bumped after each check: the result id of pull diagnostics, and what a waiting workspace pull waits for.
	let generation = 0;
	let nextGeneration: { promise: Promise<void>; resolve: () => void } | undefined;
	let shutDown = false;
	let pull = false;
	let firstLoad = true;
	let capabilities = { progress: false, configuration: false, watchFiles: false, refresh: false };
	const versions = new Map<string, DiscordJsVersion | undefined>();

	const logError = (what: string, error: unknown): void => {
		connection.console.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
	};

	const analysis = (): { program: ts.Program; project: ProjectAnalysis } | undefined => {
		if (workspace === undefined) return undefined;
		const program = workspace.program();
		const checker = program.getTypeChecker();
		project ??= analyseProject(ts, workspace.projectFiles(program), { checker }, (name, error) => logError(`The ${name} check`, error));
		return { program, project };
	};

	const isOpen = (uri: string): boolean => documents.get(uri) !== undefined;

	const check = async (): Promise<void> => {
		timer = undefined;
		if (workspace === undefined || shutDown) return;
		const progress =
			firstLoad && capabilities.progress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
		firstLoad = false;
		try {
			project = undefined;
			const current = analysis();
			if (current === undefined) return;
			const checker = current.program.getTypeChecker();
			const files = workspace.projectFiles(current.program);
			progress?.begin('OvenJS: checking the workspace', 0, `${files.length} files`, false);
			const next = new Map<string, Diagnostic[]>();
			const add = (finding: Finding): void => {
				const diagnostic = toDiagnostic(finding, settings.checks);
				if (diagnostic === undefined) return;
				const uri = pathToUri(finding.node.getSourceFile().fileName);
				const list = next.get(uri) ?? [];
				list.push(diagnostic);
				next.set(uri, list);
			};
			const enabled = CHECKS.filter((row) => settings.checks[row.id] !== 'off');
			for (const [i, file] of files.entries()) {
				const uri = pathToUri(file.fileName);
				next.set(uri, []);
				if (settings.fileDiagnostics === 'none' || (settings.fileDiagnostics === 'closed' && isOpen(uri))) continue;
				const discordJs = discordJsFor(file.fileName, readFile, versions);
				for (const finding of runChecks(ts, file, { checker, discordJs }, enabled, (name, error) =>
					logError(`The ${name} check on ${file.fileName}`, error),
				))
					add(finding);
				if (progress !== undefined && i % 50 === 0) progress.report(Math.round((100 * i) / files.length), file.fileName);
			}
			for (const finding of current.project.findings) add(finding);
			byFile = next;
			generation += 1;
			nextGeneration?.resolve();
			nextGeneration = undefined;
			if (pull) {
				if (capabilities.refresh)
					connection.languages.diagnostics.refresh().catch((error: unknown) => logError('Asking for a diagnostics pull', error));
				return;
			}
			for (const uri of published) if (!next.has(uri)) next.set(uri, []);
			const sent = new Set<string>();
			for (const [uri, diagnostics] of next) {
				// Files never reported and still clean need no message.
				if (diagnostics.length === 0 && !published.has(uri)) continue;
				void connection.sendDiagnostics({ uri, diagnostics });
				if (diagnostics.length > 0) sent.add(uri);
			}
			published = sent;
		} catch (error) {
			logError('Checking the workspace', error);
		} finally {
			progress?.done();
		}
	};

	const schedule = (): void => {
		project = undefined;
		if (timer !== undefined) clearTimeout(timer);
		timer = setTimeout(() => {
			checked = check();
		}, settings.debounceMs);
	};

	// A pull request waits for the pending check, so it never answers with findings of an older text.
	const settled = async (): Promise<void> => {
		while (timer !== undefined) await new Promise((resolve) => setTimeout(resolve, settings.debounceMs));
		await checked;
	};

	const sourceOf = (uri: string): ts.SourceFile | undefined => {
		const path = uriToPath(uri);
		return path === undefined || workspace === undefined ? undefined : workspace.sourceFile(path);
	};

	const loadConfiguration = async (): Promise<void> => {
		if (!capabilities.configuration) return;
		const section: unknown = await connection.workspace.getConfiguration('ovenjs').catch(() => undefined);
		settings = readServerSettings(section, settings);
		schedule();
	};

	connection.onInitialize((params): InitializeResult => {
		const client = params.capabilities;
		capabilities = {
			progress: client.window?.workDoneProgress === true,
			configuration: client.workspace?.configuration === true,
			watchFiles: client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
			refresh: client.workspace?.diagnostics?.refreshSupport === true,
		};
		pull = client.textDocument?.diagnostic !== undefined;
		const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
		const root = (rootUri === null || rootUri === undefined ? undefined : uriToPath(rootUri)) ?? params.rootPath ?? process.cwd();
		workspace = new Workspace(root);
		settings = readServerSettings(params.initializationOptions, settings);
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				codeLensProvider: { resolveProvider: false },
				codeActionProvider: { codeActionKinds: ['quickfix'] },
				documentSymbolProvider: true,
				...(settings.hoversAndCompletions
					? { hoverProvider: true, completionProvider: { triggerCharacters: [...COMPLETION_TRIGGERS], resolveProvider: false } }
					: {}),
				...(pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: true } } : {}),
				experimental: { ovenjs: { embedPreview: EmbedPreviewMethod } },
			},
			serverInfo: { name: 'oven-language-server', version: '0.1.0' },
		};
	});
	connection.onInitialized(() => {
		// Files edited outside the editor (git checkout, codegen) and config changes.
		if (capabilities.watchFiles) {
			connection.client
				.register(DidChangeWatchedFilesNotification.type, {
					watchers: [{ globPattern: '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}' }, { globPattern: '**/{tsconfig,jsconfig,package}.json' }],
				})
				.catch((error: unknown) => logError('Watching files', error));
		}
		if (capabilities.configuration)
			connection.client
				.register(DidChangeConfigurationNotification.type, { section: 'ovenjs' })
				.catch((error: unknown) => logError('Watching the configuration', error));
		void loadConfiguration();
		schedule();
	});
	connection.onDidChangeConfiguration(({ settings: pushed }) => {
		const section: unknown = typeof pushed === 'object' && pushed !== null ? (pushed as { ovenjs?: unknown }).ovenjs : undefined;
		if (section !== undefined) {
			settings = readServerSettings(section, settings);
			schedule();
		} else {
			void loadConfiguration();
		}
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
		if (changes.some((change) => change.uri.endsWith('/package.json'))) versions.clear();
		workspace?.filesChanged(changes.map((change) => uriToPath(change.uri)).filter((path): path is string => path !== undefined));
		schedule();
	});

	connection.languages.diagnostics.on(async ({ textDocument, previousResultId }) => {
		await settled();
		const resultId = String(generation);
		if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
		return { kind: DocumentDiagnosticReportKind.Full, resultId, items: byFile.get(textDocument.uri) ?? [] };
	});
	// A workspace pull is a long poll: a client that has the current results waits for the next check.
	connection.languages.diagnostics.onWorkspace(async ({ previousResultIds }, token) => {
		await settled();
		const current = String(generation);
		const upToDate = previousResultIds.length > 0 ? previousResultIds.every((previous) => previous.value === current) : byFile.size === 0;
		if (generation > 0 && upToDate) {
			if (nextGeneration === undefined) {
				let resolve = (): void => {};
				const promise = new Promise<void>((done) => (resolve = done));
				nextGeneration = { promise, resolve };
			}
			const cancelled = new Promise<void>((done) => token.onCancellationRequested(() => done()));
			await Promise.race([nextGeneration.promise, cancelled]);
			if (token.isCancellationRequested) return { items: [] };
			await settled();
		}
		const resultId = String(generation);
		return {
			items: [...byFile].map(([uri, items]) => ({
				uri,
				version: documents.get(uri)?.version ?? null,
				kind: DocumentDiagnosticReportKind.Full,
				resultId,
				items,
			})),
		};
	});
	connection.onCodeAction(({ textDocument, context }) => {
		const document = documents.get(textDocument.uri);
		return document === undefined ? [] : codeActionsFor(document, context.diagnostics);
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
	connection.onHover(({ textDocument, position }) => {
		const file = sourceOf(textDocument.uri);
		return file === undefined ? null : hoverFor(ts, file, offsetAt(file, position));
	});
	connection.onCompletion(({ textDocument, position }) => {
		const file = sourceOf(textDocument.uri);
		if (file === undefined || workspace === undefined) return [];
		const program = workspace.program();
		const current = workspace;
		return completionsFor(ts, file, offsetAt(file, position), program.getTypeChecker(), () => current.projectFiles(program));
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
