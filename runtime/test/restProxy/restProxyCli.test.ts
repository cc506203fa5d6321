import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { APIUser } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { startHarness } from '../rest/_mock.js';
import { until } from '../gateway/_harness.js';

const bin = fileURLToPath(new URL('../../bin/oven.js', import.meta.url));

/** Starts `oven rest-proxy …` with `env` added; collects stdout and stderr together. */
function ovenRestProxy(args: readonly string[], env: Record<string, string> = {}) {
	const child = spawn(process.execPath, ['--import', 'tsx', bin, 'rest-proxy', ...args], { env: { ...process.env, ...env } });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	return { child, output: () => output, exited };
}

describe('oven rest-proxy', () => {
	it('serves the API with the token from --token-from-env, prints its URL and never the token, stops on SIGTERM', async () => {
		const harness = await startHarness();
		const run = ovenRestProxy(['--api', harness.mock.api, '--token-from-env', 'PROXY_BOT_TOKEN'], { PROXY_BOT_TOKEN: harness.mock.token });
		try {
			await until(() => /rest proxy: (\S+)/.test(run.output()), 20_000);
			const api = /rest proxy: (\S+)/.exec(run.output())?.[1] ?? '';
			expect(api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
			const me = await fetch(`${api}/v10/users/@me`);
			expect(me.status).toBe(200);
			expect(((await me.json()) as APIUser).id).toBe(harness.mock.applicationId);
			const missing = await fetch(`${api}/v10/channels/1`);
			expect(missing.status).toBe(404);
			run.child.kill('SIGTERM');
			expect(await run.exited).toBe(0);
			expect(run.output()).toContain('rest proxy stopped');
			expect(run.output()).toContain('PROXY_BOT_TOKEN');
			expect(run.output()).not.toContain(harness.mock.token);
		} finally {
			run.child.kill('SIGKILL');
			await harness.close();
		}
	});

	it('exits 2 with a sentence when the token variable is unset or the port is not one', async () => {
		const unset = ovenRestProxy(['--token-from-env', 'OVEN_PROXY_NO_SUCH_VARIABLE']);
		expect(await unset.exited).toBe(2);
		expect(unset.output()).toContain('OVEN_PROXY_NO_SUCH_VARIABLE: the variable is not set or empty');
		const badPort = ovenRestProxy(['--port', 'eighty']);
		expect(await badPort.exited).toBe(2);
		expect(badPort.output()).toContain('--port must be a port number');
	});
});
