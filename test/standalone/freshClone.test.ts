/**
 * A newcomer's path, on a clone of this repository in a folder with nothing above it: `npm ci`,
 * every documented bin before and after the build, and `npm start`.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'oven-clone-'));
const clone = join(scratch, 'ovenjs');

/** The environment of a shell the user opened: none of the outer `npm test`'s npm_* settings. */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

async function run(command: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(command, args, { cwd: clone, env, maxBuffer: 64 * 1024 * 1024 });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

/** Starts a mock through npx, checks that it answers with the token it printed, then stops it. */
async function mockAnswers(args: readonly string[]): Promise<{ api: string; status: number }> {
	const child = spawn('npx', [...args, '--port', '0'], { cwd: clone, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	try {
		const line = await new Promise<string>((resolve, reject) => {
			createInterface({ input: child.stdout }).once('line', resolve);
			child.once('exit', (code) => reject(new Error(`npx ${args.join(' ')} exited ${String(code)}: ${stderr}`)));
		});
		const { api, token } = JSON.parse(line) as { api: string; token: string };
		const response = await fetch(`${api}/v10/users/@me`, { headers: { authorization: `Bot ${token}` } });
		return { api, status: response.status };
	} finally {
		// npx, the bin and (before the build) its source runner: end the whole group.
		if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
	}
}

describe('a fresh clone in a folder with nothing above it', { timeout: 600_000 }, () => {
	beforeAll(async () => {
		const cloned = await promisify(execFile)('git', ['clone', '--quiet', repository, clone]);
		expect(cloned.stderr).toBe('');
		const ci = await run('npm', ['ci', '--no-audit', '--no-fund']);
		expect(ci.code, ci.stderr).toBe(0);
	}, 600_000);
	afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

	it('reads nothing outside itself', async () => {
		// Code and config only (prose may mention other layouts): no relative path that climbs out of
		// the repository from the file that holds it. Reads relative to the working folder, or a search
		// upwards, fail in the steps below: this clone has nothing above it.
		const { stdout } = await run('git', ['grep', '-n', '-o', '-E', '(\\.\\./)+[A-Za-z0-9._-]+', '--', ':!*.md']);
		const escaping = stdout
			.split('\n')
			.filter(Boolean)
			.filter((line) => {
				const [file = '', , path = ''] = line.split(':');
				return relative(clone, join(clone, dirname(file), path)).split(sep)[0] === '..';
			});
		expect(escaping).toEqual([]);
	});

	it('runs every documented bin right after npm ci, before any build', async () => {
		for (const args of [['oven-mock'], ['-p', '@ovenjs/mock-discord', 'oven-mock']]) {
			const { api, status } = await mockAnswers(args);
			expect(api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
			expect(status).toBe(200);
		}
		const migrate = await run('npx', ['-p', '@ovenjs/migrate', 'oven-migrate', '--help']);
		expect(migrate.stdout).toContain('Usage: oven-migrate');
		const oven = await run('npx', ['-p', 'ovenjs', 'oven', '--help']);
		expect(`${oven.stdout}${oven.stderr}`).toMatch(/oven cluster/);
		const server = await run('npx', ['-p', '@ovenjs/language-server', 'oven-language-server']);
		expect(server.code).toBe(2);
		expect(server.stderr).toContain('Usage: oven-language-server --stdio');
	});

	it('plays the demo with npm start, and the bins then run the build', async () => {
		const start = await run('npm', ['start']);
		expect(start.code, `${start.stdout}\n${start.stderr}`).toBe(0);
		expect((await mockAnswers(['oven-mock'])).status).toBe(200);
	});
});
