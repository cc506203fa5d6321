import { execFile } from 'node:child_process';
import { readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BOT, project } from './_project.js';

const BIN = fileURLToPath(new URL('../bin/oven-migrate.js', import.meta.url));

/** Runs the built CLI as a user would; never rejects, resolves the exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args]);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

describe('oven-migrate (the built CLI)', () => {
	it('prints a diff, the todos and a summary on a dry run, and writes a JSON report', async () => {
		const root = await project({ 'bot.ts': BOT });
		const report = join(root, 'report.json');
		const { code, stdout, stderr } = await cli(root, '--report', report);
		expect(code).toBe(0);
		expect(stdout).toContain("+client.once('ready', () => console.log('ready'));");
		expect(stdout).toMatch(/bot\.ts:6: discord\.js's 'emojiCreate'/);
		expect(stdout).toContain('1 files, 1 would change, 1 left for a person. Dry run: pass --write to apply.');
		expect(stderr).toContain('migrated 1/1 files');
		expect(JSON.parse(await readFile(report, 'utf8'))).toEqual({
			files: [{ path: 'bot.ts', changed: true, todos: [{ line: 6, message: expect.any(String), transform: 'event-names' }] }],
			notes: [expect.stringContaining("discord.js's typings were not found"), 'Add ovenjs to the dependencies: npm install ovenjs.'],
			skipped: [],
			summary: { files: 1, changed: 1, todos: 1, todosByTransform: { 'event-names': 1 } },
		});
		expect(await readFile(join(root, 'bot.ts'), 'utf8')).toBe(BOT);
	});

	it('writes with --write and a Markdown report, and a JSON one beside it when --report is given twice', async () => {
		const root = await project({ 'bot.ts': BOT });
		const { code, stdout } = await cli(root, '--write', '--report', join(root, 'report.md'), '--report', join(root, 'report.json'));
		expect(code).toBe(0);
		expect(stdout).toContain('1 files, 1 rewritten, 1 left for a person.');
		expect(await readFile(join(root, 'bot.ts'), 'utf8')).toContain("client.once('ready'");
		expect(await readFile(join(root, 'report.md'), 'utf8')).toContain('- [ ] `bot.ts:6`');
		expect(JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))).toMatchObject({ summary: { files: 1, changed: 1, todos: 1 } });
	});

	it('exits 1 with a clear message on a dirty git tree, and 2 on bad usage', async () => {
		const root = await project({ 'bot.ts': BOT }, { git: true });
		await import('node:fs/promises').then((fs) => fs.appendFile(join(root, 'bot.ts'), '// edit\n'));
		const dirty = await cli(root, '--write');
		expect(dirty.code).toBe(1);
		expect(dirty.stderr).toContain('uncommitted change(s)');
		expect((await cli()).code).toBe(2);
		expect((await cli(root, '--report', 'out.txt')).stderr).toContain('--report must name a .json or .md file');
		expect((await cli(root, '--bogus')).code).toBe(2);
	});

	it('names the links it skipped and leaves what they lead to alone', async () => {
		const base = await project({ 'bot/bot.ts': BOT, 'outside/victim.js': BOT });
		await symlink('../outside/victim.js', join(base, 'bot/link.js'));
		const { code, stdout } = await cli(join(base, 'bot'), '--write');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^link\.js: skipped, a symbolic link to .*victim\.js, outside /m);
		expect(stdout).toContain('1 files, 1 rewritten, 1 left for a person. 1 skipped.');
		expect(await readFile(join(base, 'outside/victim.js'), 'utf8')).toBe(BOT);
	});
});
