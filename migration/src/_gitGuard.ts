import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MigrationError } from './MigrationError.js';

const run = promisify(execFile);

/**
 * Refuses to write into a git work tree with uncommitted changes under `root`: a migration
 * must be reviewable as one diff and undoable with `git checkout`. Outside git there is
 * nothing to protect with, and the caller decides.
 */
export async function assertCleanTree(root: string): Promise<void> {
	let status: string;
	try {
		({ stdout: status } = await run('git', ['status', '--porcelain', '--', '.'], { cwd: root }));
	} catch {
		return; // not a git tree, or no git
	}
	const dirty = status.split('\n').filter((line) => line.trim() !== '');
	if (dirty.length > 0) {
		throw new MigrationError(
			'MIGRATE_DIRTY_TREE',
			`${root} has ${dirty.length} uncommitted change(s) (${dirty
				.slice(0, 3)
				.map((l) => l.slice(3))
				.join(', ')}${dirty.length > 3 ? ', …' : ''}). Commit or stash them first, or pass --force.`,
		);
	}
}
