/**
 * The packages as users get them: every public package packed with `npm pack`, installed from
 * the tarballs into scratch projects outside the repository (third-party dependencies from the
 * npm registry), then used the way a bot's author would: bots in ESM and CommonJS, TypeScript
 * under every module setting, `npx oven-mock`, ESLint's flat config, `oven-migrate`, the
 * language server and the tsserver plugin, and `npm create oven-bot` for every template and
 * language, whose `npm test`, lint, type-check and `npm start` must pass.
 *
 * Slow (installs): one scratch project for the packages, one install per scaffolded language.
 * Needs the packages built (`npm test` builds first).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefaultIds } from '@ovenjs/mock-discord';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TsServer, type ProtocolDiagnostic } from '../../ts-plugin/test/_tsserver.js';
import { ControlClient, eventually } from '../support/control.js';
import { eachLimit, run, Running } from './_processes.js';
import { DIRECT, scratchAppFiles, TS_FLAVOURS } from './_scratchApp.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = [...DIRECT, '@ovenjs/analysis', '@ovenjs/discord-api-spec', '@ovenjs/inspect', 'create-oven-bot'];
const TEMPLATES = ['minimal', 'slash', 'moderation'] as const;
const LANGUAGES = ['ts', 'js'] as const;
const INSTALL = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

const started = Date.now();
const progress = (step: string): void => console.log(`[packed ${((Date.now() - started) / 1000).toFixed(0)}s] ${step}`);

let root: string;
let app: string;
let tarballs: string;

/** The `.tgz` `npm pack` writes for `name`. */
const tarball = (name: string): string => join(tarballs, `${name.replace(/^@/, '').replace('/', '-')}-0.1.0.tgz`);
const scaffold = (template: string, language: string): string => join(root, 'bots', `${language}-${template}`);

async function writeFiles(base: string, files: Record<string, string>): Promise<void> {
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(base, path)), { recursive: true });
		await writeFile(join(base, path), text);
	}
}

beforeAll(async () => {
	for (const built of ['runtime/dist/index.js', 'mock-discord/dist/cli.js', 'create-oven-bot/dist/cli.js', 'migration/dist/cli.js'])
		if (!existsSync(join(repo, built))) throw new Error(`${built} is missing: run \`npm run build\` first (\`npm test\` does).`);
	root = await mkdtemp(join(tmpdir(), 'oven-packed-'));
	app = join(root, 'app');
	tarballs = join(root, 'tarballs');
	await mkdir(tarballs);
	progress(`npm pack → ${tarballs}`);
	await run('npm', ['pack', ...PACKAGES.flatMap((name) => ['-w', name]), '--pack-destination', tarballs, '--loglevel=error'], {
		cwd: repo,
	});
	for (const name of PACKAGES) expect(existsSync(tarball(name)), tarball(name)).toBe(true);

	await writeFiles(app, scratchAppFiles(tarball));
	// `npm create oven-bot` is `npm exec create-oven-bot`: here from its tarball, and OvenJS's packages from theirs.
	await mkdir(join(root, 'bots'));
	await eachLimit(
		TEMPLATES.flatMap((template) => LANGUAGES.map((language) => ({ template, language }))),
		2,
		async ({ template, language }) => {
			const args = [scaffold(template, language), '--template', template, `--${language}`, '--tarballs', tarballs];
			// A cache of its own: npx's copy of create-oven-bot (it has no dependencies) goes with the scratch folder.
			const exec = ['exec', '--yes', '--cache', join(root, 'npx-cache'), `--package=${tarball('create-oven-bot')}`];
			await run('npm', [...exec, '--', 'create-oven-bot', ...args], { cwd: root });
		},
	);
	// Templates of one language have the same dependencies: install the first, link the others to it.
	for (const language of LANGUAGES) {
		const dependencies = async (template: string) => {
			const {
				dependencies: prod,
				devDependencies: dev,
				overrides,
			} = JSON.parse(await readFile(join(scaffold(template, language), 'package.json'), 'utf8'));
			return { prod, dev, overrides };
		};
		for (const template of TEMPLATES.slice(1)) expect(await dependencies(template)).toEqual(await dependencies(TEMPLATES[0]));
	}
	progress('npm install: the scratch project and one scaffolded project per language, in parallel');
	await Promise.all(
		[app, ...LANGUAGES.map((language) => scaffold(TEMPLATES[0], language))].map((cwd) => run('npm', INSTALL, { cwd, timeoutMs: 300_000 })),
	);
	for (const language of LANGUAGES)
		for (const template of TEMPLATES.slice(1))
			await symlink(join(scaffold(TEMPLATES[0], language), 'node_modules'), join(scaffold(template, language), 'node_modules'), 'dir');
	progress('installed');
}, 480_000);

afterAll(async () => {
	if (root !== undefined) await rm(root, { recursive: true, force: true });
	progress('done');
});

describe('the packed packages in a scratch project', { timeout: 120_000 }, () => {
	it('ship a README, the LICENSE, and source maps whose sources are in the package', async () => {
		const license = await readFile(join(repo, 'LICENSE'), 'utf8');
		const problems: string[] = [];
		for (const name of PACKAGES) {
			const unpacked = join(root, 'unpacked', name.replace('/', '+'));
			await mkdir(unpacked, { recursive: true });
			await run('tar', ['-xzf', tarball(name), '-C', unpacked], { cwd: root });
			const files = (await readdir(join(unpacked, 'package'), { recursive: true })).map(String);
			if (!files.includes('README.md')) problems.push(`${name}: no README.md`);
			if (!files.includes('LICENSE')) problems.push(`${name}: no LICENSE`);
			// The OpenAPI description keeps Discord's licence; everything else is ours.
			else if (name !== '@ovenjs/discord-api-spec' && (await readFile(join(unpacked, 'package/LICENSE'), 'utf8')) !== license)
				problems.push(`${name}: LICENSE differs from the repository's`);
			for (const map of files.filter((file) => file.endsWith('.map'))) {
				const at = join(unpacked, 'package', map);
				const { sources, sourceRoot } = JSON.parse(await readFile(at, 'utf8')) as { sources: string[]; sourceRoot?: string };
				for (const source of sources)
					if (!existsSync(join(dirname(at), sourceRoot ?? '', source)))
						problems.push(`${name}: ${map} points to ${relative(join(unpacked, 'package'), join(dirname(at), source))}, not shipped`);
			}
		}
		expect(problems.slice(0, 20)).toEqual([]);
		progress('README, LICENSE and source maps in every tarball');
	});

	it('type-check a bot in TypeScript under every module and moduleResolution setting', async () => {
		await eachLimit(TS_FLAVOURS, 2, async (flavour) => {
			await run('npx', ['tsc', '-p', `${flavour.folder}/tsconfig.${flavour.name}.json`], { cwd: app });
		});
		const emitted = await readFile(join(app, 'ts-cjs/out-commonjs/bot.js'), 'utf8');
		expect(emitted).toContain('require("ovenjs")');
		progress('tsc: every flavour compiles');
	});

	it('oven-migrate moves a discord.js bot to OvenJS, and tsc compiles the result', async () => {
		const { stdout } = await run('npx', ['oven-migrate', 'legacy', '--write'], { cwd: app });
		expect(stdout).toContain('1 files, 1 rewritten, 0 left for a person.');
		const migrated = await readFile(join(app, 'legacy/bot.ts'), 'utf8');
		expect(migrated).toContain("from 'ovenjs'");
		expect(migrated).not.toContain('discord.js');
		await run('npx', ['tsc', '-p', 'legacy'], { cwd: app });
		progress('oven-migrate + tsc');
	});

	it('runs each bot against `npx oven-mock`: import, require(), compiled TypeScript, the migrated bot', async () => {
		const mock = new Running('npx', ['oven-mock', '--port', '0'], { cwd: app });
		try {
			const { control, api, token } = JSON.parse(await mock.line(/^\{/)) as { control: string; api: string; token: string };
			const client = new ControlClient(control);
			const bots: [flavour: string, script: string][] = [
				['esm', 'esm/bot.js'],
				['cjs', 'cjs/bot.js'],
				...TS_FLAVOURS.filter((flavour) => flavour.run).map((flavour): [string, string] => [
					flavour.name,
					`${flavour.folder}/out-${flavour.name}/bot.js`,
				]),
				['migrated', 'legacy/out/bot.js'],
			];
			for (const [flavour, script] of bots) {
				const bot = new Running(process.execPath, [script], {
					cwd: app,
					env: { OVEN_API_URL: api, DISCORD_TOKEN: token, FLAVOUR: flavour },
				});
				try {
					await bot.line(/^ready$/);
					const ping = await client.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: '!ping' });
					const reply = await eventually(
						async () =>
							(await client.messages(DefaultIds.general)).find(
								(message) => (message as { message_reference?: { message_id?: string } }).message_reference?.message_id === ping.id,
							),
						`the ${flavour} bot's pong`,
					);
					expect(reply.content).toBe(
						flavour === 'migrated' ? 'pong from migrated' : `pong from ${flavour} (title max 256, inspector function)`,
					);
				} finally {
					await bot.stop();
				}
			}
			progress(`bots answered: ${bots.map(([flavour]) => flavour).join(', ')}`);
		} finally {
			await mock.stop();
		}
	});

	it("lints with @ovenjs/eslint-plugin's flat config: the bots are clean, the mistakes reported", async () => {
		const files = ['esm/bot.js', 'cjs/bot.js', 'ts-cjs/bot.ts', 'legacy/bot.ts', 'lint/bad.ts', 'lint/bad.js'];
		const { stdout } = await run('npx', ['eslint', '--format', 'json', ...files], { cwd: app }).catch((error: Error) => {
			// eslint exits 1 when it reports problems; the JSON is still on stdout.
			const json = /\n(\[.*\])\s*$/s.exec(error.message)?.[1];
			if (json === undefined) throw error;
			return { stdout: json };
		});
		const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
		const rules = Object.fromEntries(
			results.map((result) => [result.filePath.slice(app.length + 1), result.messages.map((m) => m.ruleId)]),
		);
		expect(rules).toEqual({
			'esm/bot.js': [],
			'cjs/bot.js': [],
			'ts-cjs/bot.ts': [],
			'legacy/bot.ts': [],
			'lint/bad.ts': ['ovenjs/require-intents', 'ovenjs/embed-limits'],
			'lint/bad.js': ['ovenjs/require-intents', 'ovenjs/embed-limits'],
		});
		progress('eslint');
	});

	it('starts `npx oven` and the language server from their bins, and tsserver loads the plugin from node_modules', async () => {
		expect((await run('npx', ['oven', '--help'], { cwd: app })).stdout).toMatch(/^Usage: oven cluster <script>/);
		const { stdout } = await run(process.execPath, ['-e', LSP_HANDSHAKE], { cwd: app, timeoutMs: 60_000 });
		expect(JSON.parse(stdout)).toMatchObject({
			capabilities: { textDocumentSync: expect.anything() },
			serverInfo: { name: expect.any(String) },
		});

		const server = new TsServer({ probeLocation: app });
		try {
			const file = join(app, 'plugin/bad.ts');
			server.notify('open', { file, projectRootPath: join(app, 'plugin') });
			const diagnostics = await server.request<ProtocolDiagnostic[]>('semanticDiagnosticsSync', { file });
			expect(diagnostics.map((diagnostic) => diagnostic.text)).toContainEqual(expect.stringContaining('title has 300 characters'));
		} finally {
			server.close();
		}
		progress('oven, language server, ts-plugin');
	});
});

describe.each(LANGUAGES)('npm create oven-bot (%s)', { timeout: 120_000 }, (language) => {
	it.each(TEMPLATES)('%s: npm test, npm run lint, the type-check and npm start pass', async (template) => {
		const cwd = scaffold(template, language);
		await run('npm', ['test'], { cwd });
		await run('npm', ['run', 'lint'], { cwd });
		if (language === 'ts') await run('npm', ['run', 'typecheck'], { cwd });
		const start = new Running('npm', ['start'], { cwd });
		try {
			await start.line(/running against a local mock Discord/);
		} finally {
			await start.stop();
		}
		progress(`create-oven-bot ${language} ${template}`);
	});
});

/** An LSP `initialize` over stdio to the installed `oven-language-server`; prints its result. */
const LSP_HANDSHAKE = `
const { spawn } = require('node:child_process');
const server = spawn('node_modules/.bin/oven-language-server', ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const send = (message) => {
	const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
	server.stdin.write(Buffer.concat([Buffer.from('Content-Length: ' + body.length + '\\r\\n\\r\\n'), body]));
};
let buffer = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
	buffer = Buffer.concat([buffer, chunk]);
	for (;;) {
		const end = buffer.indexOf('\\r\\n\\r\\n');
		if (end < 0) return;
		const length = Number(/Content-Length: (\\d+)/.exec(buffer.subarray(0, end).toString())[1]);
		if (buffer.length < end + 4 + length) return;
		const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
		buffer = buffer.subarray(end + 4 + length);
		if (message.id !== 1) continue;
		console.log(JSON.stringify(message.result));
		send({ id: 2, method: 'shutdown' });
		send({ method: 'exit' });
	}
});
send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
`;
