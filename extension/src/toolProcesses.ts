import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { MigrationReport } from '@ovenjs/migrate';
import { OvenExtensionError } from './OvenExtensionError.js';

/** Where a tool's output goes: the extension passes its output channel. */
export type ToolLog = (line: string) => void;

type ToolChild = ChildProcessByStdio<null, Readable, Readable>;

/**
 * Runs a tool module in a child Node. Inside VS Code `process.execPath` is its Electron (or,
 * in code-server, Node) binary: `ELECTRON_RUN_AS_NODE` makes it a plain Node either way, so
 * nothing depends on a `node` on the user's PATH.
 */
function runNode(module: string, args: readonly string[], cwd: string): ToolChild {
	return spawn(process.execPath, [module, ...args], {
		cwd,
		env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
}

function pipeLines(stream: Readable, log: ToolLog, prefix = ''): void {
	createInterface({ input: stream }).on('line', (line) => log(`${prefix}${line}`));
}

/** What `oven-mock` prints on its first line. */
export interface MockConnection {
	readonly api: string;
	readonly gateway: string;
	readonly control: string;
	readonly token: string;
	readonly applicationId: string;
	readonly inspector?: string;
}

/** A mock started by {@link startMock}. */
export interface RunningMock {
	readonly connection: MockConnection;
	/** Resolves with the exit code when the mock stops, for whatever reason. */
	readonly exited: Promise<number | null>;
	/** Stops the mock (SIGTERM) and waits for it to exit. */
	stop(): Promise<void>;
}

/** How {@link startMock} starts the mock. */
export interface StartMockOptions {
	/** A recorded session (JSONL) to play to the bot that connects: `oven-mock --replay`. */
	readonly replay?: string;
	/** With `replay`: dispatches as fast as the bot takes them instead of at the recorded pace. */
	readonly fast?: boolean;
	/** How long the mock has to print its connection line (default 30 s). */
	readonly timeoutMs?: number;
}

/**
 * Starts `oven-mock --port 0 --inspector` (with `--replay file` when asked) and resolves once
 * it printed its connection line; later lines (one per request) go to `log` with the token
 * already scrubbed by the mock. Rejects with `EXTENSION_MOCK_START_FAILED` and the mock's own message if
 * it exits or stays silent (a recording it cannot read, for one).
 */
export async function startMock(module: string, cwd: string, log: ToolLog, options: StartMockOptions = {}): Promise<RunningMock> {
	const timeoutMs = options.timeoutMs ?? 30_000;
	const replay = options.replay === undefined ? [] : ['--replay', options.replay, ...(options.fast === true ? ['--fast'] : [])];
	const child = runNode(module, ['--port', '0', '--inspector', ...replay], cwd);
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	pipeLines(child.stderr, log, '[stderr] ');
	const exited = once(child, 'exit').then(([code]) => code as number | null);
	const lines = createInterface({ input: child.stdout });
	const first = new Promise<string>((resolve) => lines.once('line', resolve));
	let timer: NodeJS.Timeout | undefined;
	const outcome = await Promise.race([
		first.then((line) => ({ line })),
		exited.then((code) => ({ code })),
		new Promise<{ timeout: true }>((resolve) => (timer = setTimeout(() => resolve({ timeout: true }), timeoutMs))),
	]);
	clearTimeout(timer);
	if (!('line' in outcome)) {
		child.kill('SIGTERM');
		const why = 'code' in outcome ? `it exited with code ${String(outcome.code)}` : `it printed nothing in ${timeoutMs / 1000} s`;
		throw new OvenExtensionError('EXTENSION_MOCK_START_FAILED', `Mock Discord did not start: ${why}. ${stderr.trim()}`.trim());
	}
	let connection: MockConnection;
	try {
		connection = JSON.parse(outcome.line) as MockConnection;
	} catch (cause) {
		child.kill('SIGTERM');
		throw new OvenExtensionError(
			'EXTENSION_MOCK_START_FAILED',
			`Mock Discord printed an unexpected first line: ${outcome.line.slice(0, 200)}`,
			{
				cause,
			},
		);
	}
	lines.on('line', log);
	return {
		connection,
		exited,
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
		},
	};
}

/** The outcome of {@link runMigration}. */
export interface MigrationRun {
	/** What oven-migrate reported: per file, changed and todos; the totals. */
	readonly report: MigrationReport;
	/** The Markdown report written into the bot's folder. */
	readonly markdownReport: string;
}

/**
 * Runs `oven-migrate . [--write]` in `folder`, writing `oven-migration-report.md` there.
 * `onProgress` gets oven-migrate's progress lines. Rejects with `EXTENSION_MIGRATION_FAILED` and the
 * tool's own message (a dirty git tree, no discord.js code…) when it does not finish.
 */
export async function runMigration(
	module: string,
	folder: string,
	options: { readonly write: boolean; readonly log: ToolLog; readonly onProgress?: (line: string) => void },
): Promise<MigrationRun> {
	const markdownReport = join(folder, 'oven-migration-report.md');
	const jsonReport = join(tmpdir(), `oven-migration-${process.pid}-${Date.now()}.json`);
	const args = ['.', '--report', markdownReport, '--report', jsonReport, ...(options.write ? ['--write'] : [])];
	const child = runNode(module, args, folder);
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	pipeLines(child.stdout, options.log);
	createInterface({ input: child.stderr }).on('line', (line) => {
		options.log(line);
		options.onProgress?.(line);
	});
	const [code] = (await once(child, 'exit')) as [number | null];
	try {
		if (code !== 0) {
			const message = stderr
				.trim()
				.split('\n')
				.filter((line) => !line.startsWith('migrated '))
				.join(' ');
			throw new OvenExtensionError('EXTENSION_MIGRATION_FAILED', `oven-migrate exited with code ${String(code)}: ${message}`);
		}
		const report = JSON.parse(await readFile(jsonReport, 'utf8')) as MigrationReport;
		return { report, markdownReport };
	} finally {
		await rm(jsonReport, { force: true });
	}
}
