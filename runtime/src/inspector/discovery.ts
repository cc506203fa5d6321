import type { Stats } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InspectorError } from './InspectorError.js';

/** What a running inspector writes so that editors can find it. */
export interface InspectorDiscovery {
	/** `ws://127.0.0.1:PORT/inspector`. */
	readonly url: string;
	/** The access token; send it as `Authorization: Bearer` (or `?token=` where headers cannot be set). */
	readonly token: string;
	readonly source: 'bot' | 'mock';
	readonly name: string;
	readonly pid: number;
	/** `Date.now()` at start. */
	readonly startedAt: number;
}

/**
 * The folders discovery files may be in, the one written first: `$OVEN_INSPECTOR_DIR` alone
 * when set; else `$XDG_RUNTIME_DIR/ovenjs-inspector` (when set) and
 * `<tmpdir>/ovenjs-inspector-<uid>`, both the user's own, so that a bot and an editor started
 * from different sessions still meet.
 */
function discoveryDirs(): string[] {
	const chosen = process.env.OVEN_INSPECTOR_DIR;
	if (chosen !== undefined && chosen !== '') return [chosen];
	const runtime = process.env.XDG_RUNTIME_DIR;
	const uid = process.getuid?.();
	const temp = join(tmpdir(), uid === undefined ? 'ovenjs-inspector' : `ovenjs-inspector-${uid}`);
	return runtime === undefined || runtime === '' ? [temp] : [join(runtime, 'ovenjs-inspector'), temp];
}

/**
 * Where discovery files are written by default: `$OVEN_INSPECTOR_DIR`, else
 * `$XDG_RUNTIME_DIR/ovenjs-inspector`, else `<tmpdir>/ovenjs-inspector-<uid>`; a folder of this
 * user's (mode 0700 when created here).
 */
export function defaultDiscoveryDir(): string {
	return discoveryDirs()[0] as string;
}

/**
 * Why a folder or file must not be trusted, from its `lstat`: a symbolic link, another user's,
 * or writable by others (who could then rename our files and plant theirs). Undefined when it is
 * fine. On Windows, where the temp folder is the user's own, nothing is checked.
 */
function untrusted(stats: Stats, kind: 'folder' | 'file'): string | undefined {
	const uid = process.getuid?.();
	if (uid === undefined) return undefined;
	if (kind === 'folder' ? !stats.isDirectory() : !stats.isFile()) return `is not a plain ${kind} (a symbolic link?)`;
	if (stats.uid !== uid) return `belongs to another user (uid ${stats.uid})`;
	if ((stats.mode & 0o022) !== 0) return `can be written by other users (mode ${(stats.mode & 0o777).toString(8)})`;
	return undefined;
}

/** Writes `<dir>/<pid>-<port>.json`, readable by this user only (it holds the token). Returns its path. */
export async function writeDiscovery(dir: string, discovery: InspectorDiscovery): Promise<string> {
	await mkdir(dir, { recursive: true, mode: 0o700 });
	const problem = untrusted(await lstat(dir), 'folder');
	if (problem !== undefined) {
		throw new InspectorError(
			'INSPECTOR_DISCOVERY_UNSAFE',
			`The inspector's discovery folder ${dir} ${problem}, so another user could redirect editors; remove it, or set OVEN_INSPECTOR_DIR to a folder only you can write.`,
		);
	}
	const port = new URL(discovery.url).port;
	const file = join(dir, `${discovery.pid}-${port}.json`);
	await writeFile(file, `${JSON.stringify(discovery, null, 2)}\n`, { mode: 0o600 });
	return file;
}

/** Removes a discovery file; a missing one is fine. */
export async function removeDiscovery(file: string): Promise<void> {
	await rm(file, { force: true });
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Only plain WebSocket URLs on loopback: a discovery file must not send a client (and its token) anywhere else. */
function loopback(url: string): boolean {
	if (!URL.canParse(url)) return false;
	const { protocol, hostname } = new URL(url);
	return protocol === 'ws:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

/** The live inspectors described in one folder; nothing when the folder is not trusted. */
async function inspectorsIn(dir: string): Promise<InspectorDiscovery[]> {
	let names: string[];
	try {
		if (untrusted(await lstat(dir), 'folder') !== undefined) return [];
		names = await readdir(dir);
	} catch {
		return [];
	}
	const found: InspectorDiscovery[] = [];
	for (const name of names.filter((n) => n.endsWith('.json'))) {
		try {
			const path = join(dir, name);
			if (untrusted(await lstat(path), 'file') !== undefined) continue;
			const entry = JSON.parse(await readFile(path, 'utf8')) as Partial<InspectorDiscovery>;
			// A process that was killed (Ctrl+C, SIGKILL) left its file: ours, and stale, so it goes.
			if (typeof entry.pid === 'number' && !alive(entry.pid)) {
				await rm(path, { force: true });
				continue;
			}
			if (
				typeof entry.url === 'string' &&
				loopback(entry.url) &&
				typeof entry.token === 'string' &&
				typeof entry.pid === 'number' &&
				alive(entry.pid)
			) {
				found.push(entry as InspectorDiscovery);
			}
		} catch {
			// Half-written or not ours: not an inspector we can use.
		}
	}
	return found;
}

/**
 * The running inspectors on this machine, newest first: in `dir`, or in every default folder
 * ({@link defaultDiscoveryDir}). A folder that is a link, another user's or writable by others
 * is not read; files that are links or another user's, with a URL off loopback, or
 * unreadable are skipped; files of processes that are gone (killed before they could clean
 * up) are removed.
 */
export async function findInspectors(dir?: string): Promise<InspectorDiscovery[]> {
	const found = (await Promise.all((dir === undefined ? discoveryDirs() : [dir]).map(inspectorsIn))).flat();
	return found.sort((a, b) => b.startedAt - a.startedAt);
}
