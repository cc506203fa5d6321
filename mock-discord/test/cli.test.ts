import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'mock-discord', 'src', 'cli.ts');

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
		const info = JSON.parse(first) as { api: string; gateway: string; control: string; token: string; applicationId: string };
		expect(Object.keys(info)).toEqual(['api', 'gateway', 'control', 'token', 'applicationId']);
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
