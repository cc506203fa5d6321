import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, OVEN_VERSION, type CliIO } from 'create-oven-bot';

const bin = fileURLToPath(new URL('../bin/create-oven-bot.js', import.meta.url));

let scratch: string;
beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), 'create-oven-bot-'));
});
afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/** Runs the CLI in-process; `answers` are typed into an interactive session when given. */
async function run(argv: string[], answers?: string) {
	const stdin = new PassThrough();
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
	stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
	const io: CliIO = { stdin, stdout, stderr, interactive: answers !== undefined };
	if (answers !== undefined) stdin.end(answers);
	const code = await main(argv, io);
	return { code, out, err };
}

async function filesUnder(directory: string): Promise<string[]> {
	const entries = await readdir(directory, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1))
		.sort();
}

describe('create-oven-bot with flags', () => {
	it('writes a TypeScript project: the template, the shared entries, configs and README', async () => {
		const directory = join(scratch, 'ts-slash');
		const { code, out, err } = await run([directory, '--template', 'slash', '--ts']);
		expect({ code, err }).toEqual({ code: 0, err: '' });
		expect(out).toContain('npm start');
		expect(await filesUnder(directory)).toEqual([
			'.gitignore',
			'README.md',
			'eslint.config.js',
			'package.json',
			'src/bot.ts',
			'src/index.ts',
			'src/mock.ts',
			'test/bot.test.ts',
			'tsconfig.build.json',
			'tsconfig.json',
		]);
		const pkg = JSON.parse(await readFile(join(directory, 'package.json'), 'utf8'));
		expect(pkg).toMatchObject({
			name: 'ts-slash',
			type: 'module',
			scripts: { start: 'tsx src/mock.ts', dev: 'tsx watch src/index.ts', test: 'vitest run', lint: 'eslint .' },
			dependencies: { ovenjs: `^${OVEN_VERSION}` },
		});
		expect(pkg.overrides).toBeUndefined();
		expect(await readFile(join(directory, 'src/bot.ts'), 'utf8')).toContain("name: 'echo'");
		expect(await readFile(join(directory, 'README.md'), 'utf8')).toContain('"name":"echo"');
	});

	it('writes a JavaScript project with no TypeScript in it', async () => {
		const directory = join(scratch, 'js-moderation');
		expect((await run([directory, '-t', 'moderation', '--js'])).code).toBe(0);
		const files = await filesUnder(directory);
		expect(files).toEqual([
			'.gitignore',
			'README.md',
			'eslint.config.js',
			'package.json',
			'src/bot.js',
			'src/index.js',
			'src/mock.js',
			'test/bot.test.js',
		]);
		const pkg = JSON.parse(await readFile(join(directory, 'package.json'), 'utf8'));
		expect(pkg.scripts).toEqual({ start: 'node src/mock.js', dev: 'node --watch src/index.js', test: 'vitest run', lint: 'eslint .' });
		expect(Object.keys(pkg.devDependencies)).not.toContain('typescript');
		const bot = await readFile(join(directory, 'src/bot.js'), 'utf8');
		expect(bot).toContain("name: 'timeout'");
		expect(bot).not.toMatch(/\btype [A-Z]|: string\b|interface /);
	});

	it('makes the folder name a valid package name', async () => {
		const directory = join(scratch, 'My Cool Bot');
		expect((await run([directory, '--yes'])).code).toBe(0);
		expect(JSON.parse(await readFile(join(directory, 'package.json'), 'utf8')).name).toBe('my-cool-bot');
	});

	it('refuses a folder that is not empty, and writes nothing', async () => {
		const directory = join(scratch, 'taken');
		await mkdir(directory);
		await writeFile(join(directory, 'notes.txt'), 'mine');
		const { code, err } = await run([directory, '--template', 'minimal']);
		expect(code).toBe(1);
		expect(err).toContain('is not empty (notes.txt)');
		expect(await filesUnder(directory)).toEqual(['notes.txt']);
	});

	it('writes into an existing empty folder', async () => {
		const directory = join(scratch, 'empty');
		await mkdir(directory);
		expect((await run([directory])).code).toBe(0);
		expect(await filesUnder(directory)).toContain('src/bot.ts');
	});

	it('refuses unknown templates and languages, and a missing folder when it cannot ask', async () => {
		expect(await run([join(scratch, 'x'), '--template', 'music'])).toMatchObject({
			code: 2,
			err: expect.stringContaining('use one of minimal, slash, moderation'),
		});
		expect(await run([join(scratch, 'x'), '--language', 'rust'])).toMatchObject({
			code: 2,
			err: expect.stringContaining('ts (TypeScript) or js'),
		});
		expect(await run([join(scratch, 'x'), '--ts', '--js'])).toMatchObject({ code: 2 });
		expect(await run(['--template', 'slash'])).toMatchObject({
			code: 1,
			err: expect.stringContaining('npm create oven-bot@latest my-bot'),
		});
		await expect(readdir(join(scratch, 'x'))).rejects.toMatchObject({ code: 'ENOENT' });
	});

	it('takes OvenJS packages from a folder of tarballs, with overrides for their own dependencies', async () => {
		const tarballs = join(scratch, 'tarballs');
		await mkdir(tarballs);
		const missing = await run([join(scratch, 'with-tarballs'), '--tarballs', tarballs]);
		expect(missing).toMatchObject({ code: 1, err: expect.stringContaining(`ovenjs-${OVEN_VERSION}.tgz`) });
		const names = [
			'ovenjs',
			'ovenjs-mock-discord',
			'ovenjs-eslint-plugin',
			'ovenjs-ts-plugin',
			'ovenjs-analysis',
			'ovenjs-discord-api-spec',
		];
		for (const name of names) await writeFile(join(tarballs, `${name}-${OVEN_VERSION}.tgz`), '');
		expect((await run([join(scratch, 'with-tarballs'), '--tarballs', tarballs])).code).toBe(0);
		const pkg = JSON.parse(await readFile(join(scratch, 'with-tarballs', 'package.json'), 'utf8'));
		expect(pkg.dependencies.ovenjs).toBe(`file:${join(tarballs, `ovenjs-${OVEN_VERSION}.tgz`)}`);
		expect(pkg.devDependencies['@ovenjs/mock-discord']).toBe(`file:${join(tarballs, `ovenjs-mock-discord-${OVEN_VERSION}.tgz`)}`);
		expect(pkg.overrides).toMatchObject({
			ovenjs: '$ovenjs',
			'@ovenjs/analysis': `file:${join(tarballs, `ovenjs-analysis-${OVEN_VERSION}.tgz`)}`,
		});
	});
});

describe('create-oven-bot in a terminal', () => {
	it('asks for the folder, the language and the template', async () => {
		const { code, out } = await run([], `${join(scratch, 'asked')}\n2\n3\n`);
		expect(code).toBe(0);
		expect(out).toContain('Project folder (Enter: my-bot):');
		expect(out).toMatch(/Language\n {2}1\. TypeScript\n {2}2\. JavaScript/);
		expect(out).toContain('3. Moderation: /timeout and /warn');
		expect(await filesUnder(join(scratch, 'asked'))).toContain('src/bot.js');
		expect(await readFile(join(scratch, 'asked', 'src/bot.js'), 'utf8')).toContain("name: 'warn'");
	});

	it('asks only what the flags leave open, and asks again after a bad answer', async () => {
		const { code, out } = await run([join(scratch, 'half-asked'), '--js'], 'nine\nslash\n');
		expect(code).toBe(0);
		expect(out).not.toContain('Project folder');
		expect(out).not.toContain('Language');
		expect(out).toContain('Type a number from 1 to 3.');
		expect(await readFile(join(scratch, 'half-asked', 'src/bot.js'), 'utf8')).toContain("name: 'echo'");
	});

	it('writes nothing when the input ends before the questions are answered', async () => {
		const { code, err } = await run([join(scratch, 'cancelled')], '2\n');
		expect({ code, err }).toEqual({ code: 1, err: 'create-oven-bot: Cancelled: nothing was written.\n' });
		await expect(readdir(join(scratch, 'cancelled'))).rejects.toMatchObject({ code: 'ENOENT' });
	});
});

describe('the create-oven-bot command', () => {
	it('does not prompt when stdin is not a terminal: it takes the defaults', async () => {
		const directory = join(scratch, 'piped');
		const { stdout } = await promisify(execFile)(process.execPath, [bin, directory], { timeout: 30_000 });
		expect(stdout).not.toContain('Choose');
		expect(stdout).toContain('Minimal, TypeScript');
		expect(await filesUnder(directory)).toContain('src/bot.ts');
	});
});
