import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a running inspector writes so that editors can find it. */
export interface InspectorDiscovery {
	/** `ws://127.0.0.1:PORT/inspector`. */
	readonly url: string;
	/** The access token; send it as `?token=` or `Authorization: Bearer`. */
	readonly token: string;
	readonly source: 'bot' | 'mock';
	readonly name: string;
	readonly pid: number;
	/** `Date.now()` at start. */
	readonly startedAt: number;
}

/** Where discovery files live by default: `$OVEN_INSPECTOR_DIR`, else `<tmpdir>/ovenjs-inspector`. */
export function defaultDiscoveryDir(): string {
	return process.env.OVEN_INSPECTOR_DIR ?? join(tmpdir(), 'ovenjs-inspector');
}

/** Writes `<dir>/<pid>-<port>.json`, readable by this user only (it holds the token). Returns its path. */
export async function writeDiscovery(dir: string, discovery: InspectorDiscovery): Promise<string> {
	await mkdir(dir, { recursive: true, mode: 0o700 });
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

/**
 * The running inspectors on this machine, newest first. Files of processes that are gone
 * (a crash skips cleanup), with a URL off loopback, unreadable or foreign are skipped.
 */
export async function findInspectors(dir: string = defaultDiscoveryDir()): Promise<InspectorDiscovery[]> {
	let names: string[];
	try {
		names = await readdir(dir);
	} catch {
		return [];
	}
	const found: InspectorDiscovery[] = [];
	for (const name of names.filter((n) => n.endsWith('.json'))) {
		try {
			const entry = JSON.parse(await readFile(join(dir, name), 'utf8')) as Partial<InspectorDiscovery>;
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
	return found.sort((a, b) => b.startedAt - a.startedAt);
}
