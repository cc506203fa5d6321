// Lets a package's bin run in a checkout that has not been built yet (right after `npm ci`):
// the bin calls runFromSource() when its dist/ is missing, which re-runs the TypeScript entry in
// a child Node with tsx and the workspace's `@ovenjs/source` condition, so workspace imports
// resolve to source too. A published package always has dist/ and never reaches this file.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CHILD = '--oven-source-entry';

/**
 * Runs `entry` (a .ts module URL) with the current arguments, stdio and signals, and exits with
 * its code. A module that exports `main(args)` has it called; any other runs on import.
 * @param {URL} entry
 */
export function runFromSource(entry) {
	const tsx = import.meta.resolve('tsx');
	const args = ['--conditions=@ovenjs/source', '--import', tsx, fileURLToPath(import.meta.url), CHILD, fileURLToPath(entry)];
	const child = spawn(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' });
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
	child.on('exit', (code, signal) => {
		process.exitCode = code ?? (signal === null ? 0 : 1);
	});
}

if (process.argv[2] === CHILD) {
	const entry = process.argv[3] ?? '';
	// The entry sees the arguments it would see as a bin: [node, script, ...args].
	process.argv.splice(2, 2);
	const module = await import(pathToFileURL(entry).href);
	if (typeof module.main === 'function') process.exitCode = await module.main(process.argv.slice(2));
}
