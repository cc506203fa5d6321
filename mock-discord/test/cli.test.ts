import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApiPath } from '@ovenjs/discord-api-spec';
import { locateSpec } from '../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'mock-discord', 'src', 'cli.ts');
const distCli = join(root, 'mock-discord', 'dist', 'cli.js');

function start(args: string[]): ChildProcessWithoutNullStreams {
	return spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, stdio: 'pipe' });
}

async function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const [code] = (await once(child, 'exit')) as [number | null];
	return { code, stderr };
}

describe('oven-mock CLI', () => {
	it('prints the connection JSON first, logs requests without the token, and stops on SIGTERM', async () => {
		const child = start(['--port', '0']);
		const lines: string[] = [];
		const reader = createInterface({ input: child.stdout });
		const first = await new Promise<string>((resolve) => reader.once('line', resolve));
		reader.on('line', (line) => lines.push(line));
		const info = JSON.parse(first) as {
			api: string;
			gateway: string;
			control: string;
			token: string;
			applicationId: string;
			voiceCa: string;
		};
		expect(Object.keys(info)).toEqual(['api', 'gateway', 'control', 'token', 'applicationId', 'voice', 'voiceCa']);
		// The voice server's certificate, for NODE_EXTRA_CA_CERTS in the bot's process; gone when the mock stops.
		expect(readFileSync(info.voiceCa, 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/);
		expect(info.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
		expect(info.gateway).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/gateway$/);
		const response = await fetch(`${info.api}/v10/users/@me`, { headers: { authorization: `Bot ${info.token}` } });
		expect(response.status).toBe(200);
		await fetch(`${info.api}/v10/users/@me`, { headers: { authorization: 'Bot wrong' } });
		const exited = exitOf(child);
		// Wait for the second log line, then stop.
		while (lines.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
		child.kill('SIGTERM');
		expect((await exited).code).toBe(0);
		expect(lines[0]).toMatch(/^GET \/users\/@me 200 \d+ms$/);
		expect(lines.join('\n')).not.toContain(info.token);
		expect(existsSync(info.voiceCa)).toBe(false);
	});

	it('exits 2 with a message on a bad flag', async () => {
		const result = await exitOf(start(['--prot', '1']));
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('usage: oven-mock');
	});

	it('exits 2 naming the JSON path of a bad scenario', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'oven-mock-'));
		const file = join(dir, 'bad.json');
		writeFileSync(file, JSON.stringify({ guilds: [{ name: 'Guild', channels: [{ name: 'x', type: 99 }] }] }));
		const result = await exitOf(start(['--scenario', file]));
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('guilds[0].channels[0].type: must be one of 0, 2, 4, 5, 10, 11, 12, 13, 15');
	});
});

describe('the OpenAPI description at install time', () => {
	it('takes OVEN_DISCORD_SPEC when set, else the description vendored in @ovenjs/discord-api-spec', () => {
		expect(locateSpec({ OVEN_DISCORD_SPEC: '/somewhere/openapi.json' })).toBe('/somewhere/openapi.json');
		const vendored = locateSpec({});
		expect(vendored).toBe(openApiPath);
		expect(vendored.startsWith(join(root, 'discord-api-spec'))).toBe(true);
		expect((JSON.parse(readFileSync(vendored, 'utf8')) as { openapi: string }).openapi).toBe('3.1.0');
	});

	const built = existsSync(distCli);
	if (!built) {
		console.warn(`SKIPPED: the built CLI test needs ${distCli}; run \`npm run build\` first.`);
	}
	it.skipIf(!built)('the built CLI serves validated REST with OVEN_DISCORD_SPEC unset and cwd outside the repository', async () => {
		const env = { ...process.env };
		delete env['OVEN_DISCORD_SPEC'];
		const child = spawn(process.execPath, [distCli, '--port', '0'], { cwd: tmpdir(), env, stdio: 'pipe' });
		const reader = createInterface({ input: child.stdout });
		const first = await new Promise<string>((resolve) => reader.once('line', resolve));
		const info = JSON.parse(first) as { api: string; token: string };
		const headers = { authorization: `Bot ${info.token}`, 'content-type': 'application/json' };
		// A body the spec rejects proves the schema was loaded.
		const state = (await (await fetch(info.api.replace('/api', '/_mock/state'))).json()) as {
			guilds: { channels: { id: string; type: number }[] }[];
		};
		const channel = state.guilds[0]?.channels.find((c) => c.type === 0)?.id ?? '';
		const bad = await fetch(`${info.api}/v10/channels/${channel}/messages`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ embeds: [{ title: 'x'.repeat(257) }] }),
		});
		expect(bad.status).toBe(400);
		expect(((await bad.json()) as { code: number }).code).toBe(50035);
		const exited = exitOf(child);
		child.kill('SIGTERM');
		expect((await exited).code).toBe(0);
	});
});
