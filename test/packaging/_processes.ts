/**
 * Child processes for the packed-packages test: commands run in scratch projects outside the
 * repository, with an environment cleaned of what the outer `npm test` and vitest set.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * The environment without the outer npm's `npm_*` variables (an inner npm reads them as its own
 * config, e.g. npm_config_user_agent) and vitest's (a scaffolded project runs its own vitest).
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(npm_|VITEST|VITE_)/i.test(key) || ['NODE_OPTIONS', 'NODE_ENV', 'TEST', 'INIT_CWD'].includes(key)) continue;
		env[key] = value;
	}
	return { ...env, ...extra };
}

/** Runs a command to completion; rejects with its exit code and the end of its output. */
export function run(
	command: string,
	args: readonly string[],
	options: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<{ stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		execFile(
			command,
			args,
			{ cwd: options.cwd, env: cleanEnv(options.env), timeout: options.timeoutMs ?? 180_000, maxBuffer: 64 * 1024 * 1024 },
			(error, stdout, stderr) => {
				if (error === null) return resolve({ stdout, stderr });
				const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n');
				reject(new Error(`\`${command} ${args.join(' ')}\` in ${options.cwd} failed (${String(error.code ?? error.signal)}):\n${tail}`));
			},
		);
	});
}

/** A long-running process whose stdout is read line by line. Stopped with its whole process group. */
export class Running {
	readonly #child: ChildProcess;
	readonly #lines: string[] = [];
	readonly #waiters = new Set<() => void>();
	#stderr = '';
	#exited = false;

	public constructor(command: string, args: readonly string[], options: { cwd: string; env?: Record<string, string> }) {
		// Its own process group, so that stop() also ends what npx or npm started under it.
		this.#child = spawn(command, args, { cwd: options.cwd, env: cleanEnv(options.env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		createInterface({ input: this.#child.stdout! }).on('line', (line) => {
			this.#lines.push(line);
			for (const wake of this.#waiters) wake();
		});
		this.#child.stderr!.on('data', (chunk: Buffer) => (this.#stderr += chunk.toString()));
		this.#child.on('exit', () => {
			this.#exited = true;
			for (const wake of this.#waiters) wake();
		});
	}

	/** Resolves with the first stdout line matching `pattern`; rejects if the process exits or `timeoutMs` passes first. */
	public line(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => finish(new Error(`no line matching ${pattern} in ${timeoutMs} ms`)), timeoutMs);
			const finish = (error?: Error, line?: string): void => {
				clearTimeout(timer);
				this.#waiters.delete(check);
				if (error === undefined) resolve(line!);
				else reject(new Error(`${error.message}\nstdout:\n${this.#lines.join('\n')}\nstderr:\n${this.#stderr}`));
			};
			const check = (): void => {
				const line = this.#lines.find((candidate) => pattern.test(candidate));
				if (line !== undefined) finish(undefined, line);
				else if (this.#exited) finish(new Error(`exited before a line matching ${pattern}`));
			};
			this.#waiters.add(check);
			check();
		});
	}

	/** Ends the process group and waits for the process to exit. */
	public async stop(): Promise<void> {
		if (this.#exited || this.#child.pid === undefined) return;
		const exited = new Promise<void>((resolve) => this.#child.once('exit', () => resolve()));
		try {
			process.kill(-this.#child.pid, 'SIGTERM');
		} catch {
			return; // already gone
		}
		await exited;
	}
}

/** Runs `task` over `items`, at most `limit` at a time. */
export async function eachLimit<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) await task(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
