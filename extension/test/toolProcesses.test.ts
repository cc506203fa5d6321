import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INSPECTOR_PROTOCOL_VERSION } from 'ovenjs/inspector/protocol';
import { BundledTools, OvenExtensionError, resolveTool, runMigration, startMock } from 'ovenjs-vscode';

const extensionPath = fileURLToPath(new URL('..', import.meta.url));

const GUILD = '900000000000000001';
const APP = '900000000000000005';
const BOT = '900000000000000003';
/** A session as the inspector records it (JSONL, one stream message a line): READY and one guild. */
const recording = [
	{ type: 'hello', protocol: INSPECTOR_PROTOCOL_VERSION, source: 'bot', library: 'discord.js', name: 'bot.js', pid: 1, replayed: 0 },
	{
		type: 'packet',
		shardId: 0,
		direction: 'in',
		op: 0,
		t: 'READY',
		guildId: null,
		at: 1_700_000_000_000,
		payload: {
			op: 0,
			t: 'READY',
			s: 1,
			d: {
				v: 10,
				user: { id: BOT, username: 'recorded-bot', bot: true },
				guilds: [{ id: GUILD, unavailable: true }],
				application: { id: APP, flags: 0 },
				session_id: 'x',
				shard: [0, 1],
			},
		},
	},
	{
		type: 'packet',
		shardId: 0,
		direction: 'in',
		op: 0,
		t: 'GUILD_CREATE',
		guildId: GUILD,
		at: 1_700_000_000_005,
		payload: {
			op: 0,
			t: 'GUILD_CREATE',
			s: 2,
			d: {
				id: GUILD,
				name: 'Recorded Bakery',
				owner_id: BOT,
				roles: [{ id: GUILD, name: '@everyone', permissions: '3072' }],
				channels: [],
				members: [{ user: { id: BOT, username: 'recorded-bot', bot: true }, roles: [] }],
			},
		},
	},
];

function botFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'oven-ext-bot-'));
	writeFileSync(join(dir, 'package.json'), '{"dependencies":{"discord.js":"^14"}}\n');
	writeFileSync(
		join(dir, 'bot.js'),
		"const { Client, GatewayIntentBits } = require('discord.js');\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.login(process.env.TOKEN);\n",
	);
	return dir;
}

describe('the tools the extension runs', () => {
	it('resolves every tool to a file (the bundle in a .vsix, the bin in a checkout)', () => {
		for (const tool of Object.values(BundledTools)) expect(resolveTool(extensionPath, tool)).toMatch(/\.(c|m)?js$/);
	});

	it('starts the mock in a folder with nothing installed, reaches it, and stops it', async () => {
		const lines: string[] = [];
		const mock = await startMock(resolveTool(extensionPath, BundledTools.mock), botFolder(), (line) => lines.push(line));
		expect(mock.connection.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
		const me = await fetch(`${mock.connection.api}/v10/users/@me`, { headers: { authorization: `Bot ${mock.connection.token}` } });
		expect(me.status).toBe(200);
		await mock.stop();
		expect(await mock.exited).toBe(0);
		await expect(fetch(`${mock.connection.api}/v10/users/@me`)).rejects.toThrow();
		expect(lines.join('\n')).not.toContain(mock.connection.token);
	});

	it('replays a recorded session (oven-mock --replay): the recorded application and guild; a recording it cannot read is reported', async () => {
		const dir = botFolder();
		const file = join(dir, 'session.jsonl');
		writeFileSync(file, `${recording.map((m) => JSON.stringify(m)).join('\n')}\n`);
		const lines: string[] = [];
		const mock = await startMock(resolveTool(extensionPath, BundledTools.mock), dir, (line) => lines.push(line), {
			replay: file,
			fast: true,
		});
		try {
			expect(mock.connection.applicationId).toBe(APP);
			const guild = await fetch(`${mock.connection.api}/v10/guilds/${GUILD}`, {
				headers: { authorization: `Bot ${mock.connection.token}` },
			});
			expect(((await guild.json()) as { name: string }).name).toBe('Recorded Bakery');
		} finally {
			await mock.stop();
		}
		const error = await startMock(resolveTool(extensionPath, BundledTools.mock), dir, () => {}, {
			replay: join(dir, 'missing.jsonl'),
		}).catch((e: unknown) => e);
		expect((error as OvenExtensionError).code).toBe('EXTENSION_MOCK_START_FAILED');
		expect((error as Error).message).toContain('Cannot read the recording');
	});

	it('reports a mock that cannot start with its own message', async () => {
		const broken = join(mkdtempSync(join(tmpdir(), 'oven-ext-')), 'broken.mjs');
		writeFileSync(broken, "process.stderr.write('port in use\\n'); process.exit(2);\n");
		const error = await startMock(broken, tmpdir(), () => {}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(OvenExtensionError);
		expect((error as OvenExtensionError).code).toBe('EXTENSION_MOCK_START_FAILED');
		expect((error as Error).message).toMatch(/exited with code 2.*port in use/);
	});

	it('runs a dry run that writes only the report, then applies it', async () => {
		const dir = botFolder();
		const before = readFileSync(join(dir, 'bot.js'), 'utf8');
		const progress: string[] = [];
		const module = resolveTool(extensionPath, BundledTools.migrate);
		const dry = await runMigration(module, dir, { write: false, log: () => {}, onProgress: (line) => progress.push(line) });
		expect(dry.report.summary).toEqual({ files: 1, changed: 1, todos: expect.any(Number), todosByTransform: expect.any(Object) });
		expect(readFileSync(dry.markdownReport, 'utf8')).toContain('bot.js');
		expect(readFileSync(join(dir, 'bot.js'), 'utf8')).toBe(before);
		expect(progress).toContain('migrated 1/1 files');
		const applied = await runMigration(module, dir, { write: true, log: () => {} });
		expect(applied.report.summary.changed).toBe(1);
		expect(readFileSync(join(dir, 'bot.js'), 'utf8')).toContain('createClient');
	});

	it("fails with oven-migrate's own reason, not a guess", async () => {
		const dir = botFolder();
		execFileSync('git', ['init', '-q'], { cwd: dir });
		execFileSync('git', ['-c', 'user.email=a@b', '-c', 'user.name=a', 'add', '.'], { cwd: dir });
		execFileSync('git', ['-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-qm', 'bot'], { cwd: dir });
		writeFileSync(join(dir, 'bot.js'), `${readFileSync(join(dir, 'bot.js'), 'utf8')}// edited\n`);
		const error = await runMigration(resolveTool(extensionPath, BundledTools.migrate), dir, { write: true, log: () => {} }).catch(
			(e: unknown) => e,
		);
		expect((error as OvenExtensionError).code).toBe('EXTENSION_MIGRATION_FAILED');
		expect((error as Error).message).toContain('uncommitted change');
	});
});
