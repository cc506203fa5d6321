import { execFileSync } from 'node:child_process';
import { readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, reportToMarkdown, toReport } from '@ovenjs/migrate';
import { BOT, project } from './_project.js';

/**
 * A bot folder `bot/` beside an `outside/` one, with links leaving it
 * (`bot/src/link.js -> ../../outside/victim.js`, `bot/src/linked -> ../../outside/folder`)
 * and one inside it to its own file (`bot/src/alias.ts -> bot.ts`).
 */
async function linkedProject(files: Record<string, string> = {}, options: { git?: boolean } = {}): Promise<string> {
	const botFiles = Object.fromEntries(Object.entries({ 'src/bot.ts': BOT, ...files }).map(([path, text]) => [`bot/${path}`, text]));
	const base = await project({ 'outside/victim.js': BOT, 'outside/folder/a.js': BOT, ...botFiles });
	const root = join(base, 'bot');
	await symlink('../../outside/victim.js', join(root, 'src/link.js'));
	await symlink('../../outside/folder', join(root, 'src/linked'), 'dir');
	await symlink('bot.ts', join(root, 'src/alias.ts'));
	if (options.git === true) {
		const git = (...args: string[]): void =>
			void execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'ignore' });
		git('init', '-q');
		git('add', '-A');
		git('commit', '-qm', 'bot');
	}
	return root;
}

describe('symbolic links', () => {
	it.each([
		['found by globbing', {}],
		['listed by a tsconfig', { 'tsconfig.json': JSON.stringify({ compilerOptions: { allowJs: true }, include: ['src'] }) }],
	])('--write never rewrites a file a link leads to outside the folder (%s), and the report says so', async (_, files) => {
		const root = await linkedProject(files);
		const result = await migrate({ root, write: true });
		expect(await readFile(join(root, '../outside/victim.js'), 'utf8')).toBe(BOT);
		expect(await readFile(join(root, '../outside/folder/a.js'), 'utf8')).toBe(BOT);
		expect(await readFile(join(root, 'src/bot.ts'), 'utf8')).toContain("client.once('ready'");
		expect(result.files.map((f) => f.path)).toEqual(['src/bot.ts']);
		const report = toReport(result);
		expect([...report.skipped].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
			{ path: 'src/alias.ts', reason: expect.stringContaining('src/bot.ts') },
			{ path: 'src/link.js', reason: expect.stringContaining('outside') },
			{ path: 'src/linked/a.js', reason: expect.stringContaining('outside') },
		]);
		expect(reportToMarkdown(report)).toContain('`src/link.js`');
	});

	it('a link out of a clean git tree does not get around the uncommitted-changes guard: what it leads to is left alone', async () => {
		const root = await linkedProject({}, { git: true });
		const result = await migrate({ root, write: true });
		expect(result.written).toBe(true);
		expect(await readFile(join(root, '../outside/victim.js'), 'utf8')).toBe(BOT);
		expect(await readFile(join(root, '../outside/folder/a.js'), 'utf8')).toBe(BOT);
		expect(result.skipped.map((s) => s.path)).toContain('src/link.js');
	});
});
