import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	createProtocolConnection,
	DidOpenTextDocumentNotification,
	ExitNotification,
	InitializedNotification,
	InitializeRequest,
	PublishDiagnosticsNotification,
	ShutdownRequest,
	StreamMessageReader,
	StreamMessageWriter,
	type ClientCapabilities,
	type Diagnostic,
	type InitializeResult,
	type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The built server the editor (and these tests) start. */
export const builtServer = join(packageRoot, 'dist', 'bin.js');

function newest(dir: string): number {
	let time = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
	}
	return time;
}

/** Throws a clear message when the server is not built, or older than its sources. */
export function assertBuilt(): void {
	if (!existsSync(builtServer) || newest(join(packageRoot, 'dist')) + 1 < newest(join(packageRoot, 'src'))) {
		throw new Error(
			`@ovenjs/language-server is not built or is stale (${builtServer}): run \`npx tsc -b language-server\` at the repository root first.`,
		);
	}
}

/** A copy of `test/fixtures/<name>` in a temporary folder (outside the repository, so no node_modules resolve). */
export function copyFixture(name: string): {
	dir: string;
	path: (file: string) => string;
	uri: (file: string) => string;
	text: (file: string) => string;
	dispose: () => void;
} {
	const dir = realpathSync(mkdtempSync(join(tmpdir(), 'ovenjs-ls-')));
	cpSync(join(packageRoot, 'test', 'fixtures', name), dir, { recursive: true });
	const path = (file: string): string => join(dir, file);
	return {
		dir,
		path,
		uri: (file) => pathToFileURL(path(file)).href,
		text: (file) => readFileSync(path(file), 'utf8'),
		dispose: () => rmSync(dir, { recursive: true, force: true }),
	};
}

/** The LSP position of the first `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
	const index = text.indexOf(needle);
	if (index < 0) throw new Error(`'${needle}' is not in the fixture`);
	const before = text.slice(0, index + delta);
	return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** A real `oven-language-server --stdio` process and a vscode-languageserver-protocol client on its stdio. */
export class LspClient {
	readonly process: ChildProcess;
	readonly connection: ProtocolConnection;
	/** The latest diagnostics published per URI. */
	readonly diagnostics = new Map<string, Diagnostic[]>();
	#stderr = '';
	readonly #exited: Promise<number | null>;

	constructor() {
		this.process = spawn(process.execPath, [builtServer, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		this.process.stderr?.on('data', (chunk: Buffer) => {
			this.#stderr += chunk.toString();
		});
		this.#exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
		const stdout = this.process.stdout;
		const stdin = this.process.stdin;
		if (stdout === null || stdin === null) throw new Error('The server process has no stdio pipes.');
		this.connection = createProtocolConnection(new StreamMessageReader(stdout), new StreamMessageWriter(stdin));
		this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
			this.diagnostics.set(params.uri, params.diagnostics);
		});
		this.connection.listen();
	}

	/** What the server wrote to stderr (for failure messages). */
	get stderr(): string {
		return this.#stderr;
	}

	/** initialize + initialized, with `rootDir` as the only workspace folder. */
	async initialize(
		rootDir: string,
		options: Record<string, unknown> = {},
		capabilities: ClientCapabilities = {},
	): Promise<InitializeResult> {
		const rootUri = pathToFileURL(rootDir).href;
		const result = await this.connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri,
			capabilities,
			workspaceFolders: [{ uri: rootUri, name: 'bot' }],
			initializationOptions: { debounceMs: 50, ...options },
		});
		await this.connection.sendNotification(InitializedNotification.type, {});
		return result;
	}

	/** Sends didOpen for a document. */
	async open(uri: string, text: string, languageId = uri.endsWith('.js') ? 'javascript' : 'typescript'): Promise<void> {
		await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
	}

	/** Waits until the diagnostics of `uri` satisfy `predicate`. */
	async waitForDiagnostics(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<Diagnostic[]> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const current = this.diagnostics.get(uri);
			if (current !== undefined && predicate(current)) return current;
			if (Date.now() > deadline) {
				throw new Error(
					`No matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(current)}\nstderr: ${this.#stderr}`,
				);
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}

	/** shutdown + exit; resolves with the process's exit code. */
	async shutdown(): Promise<number | null> {
		await this.connection.sendRequest(ShutdownRequest.type);
		await this.connection.sendNotification(ExitNotification.type);
		return this.#exited;
	}

	/** Kills the process if it is still running. Idempotent. */
	dispose(): void {
		this.connection.dispose();
		if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
	}
}
