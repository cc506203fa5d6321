import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pluginRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** The built entry tsserver loads; the tests speak to a real tsserver, so it must exist. */
export const builtPlugin = join(pluginRoot, 'dist', 'index.cjs');

/**
 * The TypeScript lines the plugin is tested on, by the package that holds each tsserver:
 * 5.9 is the workspace's `typescript`, 6.0 the `typescript-6` alias (npm:typescript@~6.0.3).
 */
export const TYPESCRIPT_VERSIONS = { '5.9': 'typescript', '6.0': 'typescript-6' } as const;

/** A key of {@link TYPESCRIPT_VERSIONS}. */
export type TypeScriptLine = keyof typeof TYPESCRIPT_VERSIONS;

/** Every line to test on, for `describe.each`. */
export const TYPESCRIPT_LINES = Object.keys(TYPESCRIPT_VERSIONS) as TypeScriptLine[];

/** The `lib/tsserver.js` of a TypeScript line, and its exact version. */
export function tsserverOf(line: TypeScriptLine): { path: string; version: string } {
	const root = dirname(require.resolve(`${TYPESCRIPT_VERSIONS[line]}/package.json`));
	const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
	return { path: join(root, 'lib', 'tsserver.js'), version };
}

/** Throws a clear message when the plugin was not built. */
export function assertBuilt(): void {
	if (!existsSync(builtPlugin) || !existsSync(join(pluginRoot, 'dist', 'plugin.js'))) {
		throw new Error(
			`@ovenjs/ts-plugin is not built (${builtPlugin} is missing): run \`npm run build\` (or \`npx tsc -b ts-plugin\`) at the repository root first.`,
		);
	}
}

/** A position as tsserver's protocol writes it: 1-based line and offset. */
export interface Location {
	line: number;
	offset: number;
}

/** 1-based line/offset of the first occurrence of `needle` in `text`, plus `delta` characters. */
export function locate(text: string, needle: string, delta = 0): Location {
	const index = text.indexOf(needle);
	if (index < 0) throw new Error(`'${needle}' is not in the fixture`);
	const at = index + delta;
	const before = text.slice(0, at);
	const line = before.split('\n').length;
	return { line, offset: at - before.lastIndexOf('\n') };
}

/** A temporary project whose tsconfig enables the plugin and whose node_modules links to it, as a user's install would. */
export function createProject(files: Record<string, string>): { dir: string; file: (name: string) => string; dispose: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'ovenjs-ts-plugin-'));
	mkdirSync(join(dir, 'node_modules', '@ovenjs'), { recursive: true });
	symlinkSync(pluginRoot, join(dir, 'node_modules', '@ovenjs', 'ts-plugin'), 'dir');
	writeFileSync(
		join(dir, 'tsconfig.json'),
		JSON.stringify(
			{
				compilerOptions: {
					target: 'ES2023',
					lib: ['ES2023'],
					module: 'NodeNext',
					moduleResolution: 'NodeNext',
					strict: true,
					noEmit: true,
					types: [],
					plugins: [{ name: '@ovenjs/ts-plugin' }],
				},
				include: ['*.ts'],
			},
			null,
			2,
		),
	);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return { dir, file: (name) => join(dir, name), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

interface Pending {
	resolve: (body: unknown) => void;
	reject: (error: Error) => void;
	command: string;
}

/** A tsserver process spoken to over stdio: `Content-Length`-framed JSON messages. */
export class TsServer {
	readonly logFile: string;
	readonly #process: ChildProcess;
	readonly #pending = new Map<number, Pending>();
	#seq = 0;
	#buffer = Buffer.alloc(0);
	#stderr = '';

	constructor(options: { probeLocation: string; env?: Record<string, string>; typescript?: TypeScriptLine }) {
		this.logFile = join(options.probeLocation, 'tsserver.log');
		const tsserver = tsserverOf(options.typescript ?? '5.9').path;
		this.#process = spawn(
			process.execPath,
			[
				tsserver,
				'--disableAutomaticTypingAcquisition',
				'--pluginProbeLocations',
				options.probeLocation,
				'--logVerbosity',
				'normal',
				'--logFile',
				this.logFile,
			],
			{ stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
		);
		this.#process.stdout?.on('data', (chunk: Buffer) => this.#receive(chunk));
		this.#process.stderr?.on('data', (chunk: Buffer) => {
			this.#stderr += chunk.toString();
		});
		this.#process.on('exit', (code) => {
			for (const pending of this.#pending.values())
				pending.reject(new Error(`tsserver exited (${String(code)}) before answering ${pending.command}: ${this.#stderr}`));
			this.#pending.clear();
		});
	}

	#receive(chunk: Buffer): void {
		this.#buffer = Buffer.concat([this.#buffer, chunk]);
		for (;;) {
			const headerEnd = this.#buffer.indexOf('\r\n\r\n');
			if (headerEnd < 0) return;
			const length = Number(/Content-Length: (\d+)/.exec(this.#buffer.subarray(0, headerEnd).toString())?.[1]);
			if (this.#buffer.length < headerEnd + 4 + length) return;
			const message = JSON.parse(this.#buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as {
				type: string;
				request_seq?: number;
				success?: boolean;
				message?: string;
				body?: unknown;
			};
			this.#buffer = this.#buffer.subarray(headerEnd + 4 + length);
			if (message.type !== 'response' || message.request_seq === undefined) continue;
			const pending = this.#pending.get(message.request_seq);
			if (pending === undefined) continue;
			this.#pending.delete(message.request_seq);
			if (message.success === true) pending.resolve(message.body);
			else pending.reject(new Error(`tsserver ${pending.command} failed: ${message.message ?? ''}`));
		}
	}

	#send(command: string, args: unknown): number {
		const seq = ++this.#seq;
		this.#process.stdin?.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
		return seq;
	}

	/** Sends a command that gets no response (`open`, `updateOpen` answers, but `open` does not). */
	notify(command: string, args: unknown): void {
		this.#send(command, args);
	}

	/** Sends a request and resolves with its response's body. */
	request<T = unknown>(command: string, args: unknown): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			const seq = this.#send(command, args);
			this.#pending.set(seq, { resolve: resolve as (body: unknown) => void, reject, command });
		});
	}

	/** The process id of the tsserver (benchmarks read its CPU time). */
	get pid(): number | undefined {
		return this.#process.pid;
	}

	/** The log so far (the plugin logs its failures here). */
	log(): string {
		return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
	}

	close(): void {
		this.#process.kill();
	}
}

/** A diagnostic as `semanticDiagnosticsSync` answers it. */
export interface ProtocolDiagnostic {
	start: Location;
	end: Location;
	text: string;
	code: number;
	category: string;
	source?: string;
}
