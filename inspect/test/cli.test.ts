import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMockDiscord } from '@ovenjs/mock-discord';

const bin = fileURLToPath(new URL('../bin/oven-inspect.js', import.meta.url));
const bot = fileURLToPath(new URL('./fixtures/discordjs-bot.mjs', import.meta.url));

describe('oven-inspect', () => {
	it('runs a bot with the inspector and --record, forwards Ctrl+C, and exits with its code', async () => {
		const mock = await createMockDiscord();
		const dir = await mkdtemp(join(tmpdir(), 'oven-inspect-cli-'));
		try {
			const file = join(dir, 'session.jsonl');
			const child = spawn(process.execPath, [bin, '--record', file, '--redact-field', 'content', bot], {
				env: { ...process.env, OVEN_API_URL: mock.api, DISCORD_TOKEN: mock.token, OVEN_INSPECTOR_DIR: join(dir, 'inspectors') },
				stdio: ['ignore', 'pipe', 'inherit'],
			});
			await new Promise<void>((resolve) => createInterface({ input: child.stdout }).on('line', (line) => line === 'ready' && resolve()));
			child.kill('SIGTERM');
			const [code] = (await once(child, 'exit')) as [number];
			expect(code).toBe(0);
			const text = await readFile(file, 'utf8');
			expect(text).toContain('"t":"READY"');
			expect(text).not.toContain(mock.token);
		} finally {
			await mock.close();
			await rm(dir, { recursive: true, force: true });
		}
	});

	it('says how to use it when no script is named', async () => {
		const child = spawn(process.execPath, [bin], { stdio: ['ignore', 'pipe', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const [code] = (await once(child, 'exit')) as [number];
		expect(code).toBe(2);
		expect(stderr).toContain('usage: oven-inspect [--record session.jsonl]');
	});
});
