/**
 * `npx <name>` in a folder where <name> is not installed asks the public registry for a package
 * of that name, so whoever publishes one gets code run on our users' machines. Every command we
 * document or spawn names its scoped package (`npx -p @ovenjs/mock-discord oven-mock`) or runs a
 * bundled path. Our bins are read from the packages' own manifests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

const bins = tracked
	.filter((file) => /(^|\/)package\.json$/.test(file) && !file.includes('/test/') && !file.includes('fixture'))
	.flatMap((file) => Object.keys((JSON.parse(readFileSync(join(root, file), 'utf8')) as { bin?: Record<string, string> }).bin ?? {}));

/** Docs and shipped code; tests may run a bin inside this repository, where it is installed. */
const published = tracked.filter((file) => /\.(md|ts|cts|mts|js|cjs|mjs|sh)$/.test(file) && !/(^|\/)test\//.test(file));

/** `npx oven-mock`, `npx --yes oven-mock`, and the argv forms `'npx', 'oven-mock'` / `"npx", ["oven-mock"`. */
function bareUses(text: string, bin: string): number {
	const name = bin.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
	const shell = new RegExp(`\\bnpx\\s+(?:(?:-y|--yes)\\s+)?${name}(?![\\w-])`, 'g');
	const argv = new RegExp(`['"]npx['"]\\s*,\\s*\\[?\\s*['"]${name}['"]`, 'g');
	return (text.match(shell)?.length ?? 0) + (text.match(argv)?.length ?? 0);
}

describe('npx names nobody owns', () => {
	it('knows our bins from the manifests', () => {
		expect(bins).toEqual(expect.arrayContaining(['oven', 'oven-mock', 'oven-migrate', 'oven-language-server']));
	});

	it('finds a bare `npx <bin>` where one is written (the check can fail)', () => {
		expect(bareUses('run `npx oven-mock --port 0`', 'oven-mock')).toBe(1);
		expect(bareUses("spawn('npx', ['oven-migrate', '.'])", 'oven-migrate')).toBe(1);
		expect(bareUses('npx -p @ovenjs/mock-discord oven-mock', 'oven-mock')).toBe(0);
		expect(bareUses('npx oven-mockery', 'oven-mock')).toBe(0);
	});

	it('no README, doc or shipped source runs one of our bins through a bare npx', () => {
		const offenders = published.flatMap((file) => {
			const text = readFileSync(join(root, file), 'utf8');
			return bins.filter((bin) => bareUses(text, bin) > 0).map((bin) => `${file}: npx ${bin}`);
		});
		expect(offenders).toEqual([]);
	});
});
