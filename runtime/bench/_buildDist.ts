import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * OvenJS is measured as users run it: the built runtime/dist (tsc output, loaded through the
 * package's exports), not the TypeScript source through tsx. `tsc -b` is incremental: it
 * rebuilds only when the source changed, and is near instant otherwise.
 */
export function buildDist(): string {
	const runtime = fileURLToPath(new URL('..', import.meta.url));
	const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
	const result = spawnSync(process.execPath, [tsc, '-b', runtime], { encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(
			`\`tsc -b runtime\` failed, so runtime/dist (what the bench runs) may be stale; fix the build first:\n${result.stdout}${result.stderr}`,
		);
	return `${runtime}dist`;
}
