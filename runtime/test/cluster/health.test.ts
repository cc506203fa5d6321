import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Cluster, type ClusterHealth } from 'ovenjs';
import { INTENTS, startMock, TOKEN, until } from '../gateway/_harness.js';

const bin = fileURLToPath(new URL('../../bin/oven.js', import.meta.url));

/** Runs `oven …` to its end. */
function ovenRun(args: readonly string[]): Promise<{ code: number | null; output: string }> {
	const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args]);
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('cluster health', () => {
	it('oven cluster --health-port serves /health and /ready, and oven cluster status reads them', async () => {
		const h = await startMock();
		const script = fileURLToPath(new URL('./_clusterBot.ts', import.meta.url));
		const child = spawn(
			process.execPath,
			['--import', 'tsx', bin, 'cluster', script, '--processes', '2', '--shards', '4', '--health-port', '0', '--restart-delay', '3000'],
			{ env: { ...process.env, TOKEN, INTENTS: String(INTENTS), GATEWAY_URL: h.url } },
		);
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
		try {
			await until(() => /health: (\S+)\/health/.test(output), 20_000);
			const base = /health: (\S+)\/health/.exec(output)?.[1] as string;
			expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
			const get = async (path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> => {
				const response = await fetch(`${base}${path}`, { headers });
				return { status: response.status, body: await response.text() };
			};

			await until(() => output.includes('(4/4 ready)'), 20_000);
			const ready = await get('/ready');
			expect(ready.status).toBe(200);
			expect(JSON.parse(ready.body)).toMatchObject({ ready: true, shards: { ready: 4, total: 4 }, redis: 'unused' });
			const status = await ovenRun(['cluster', 'status', '--url', base]);
			expect(status.code).toBe(0);
			expect(status.output).toMatch(/^ready: 4\/4 shards ready, redis unused$/m);
			expect(status.output).toMatch(/^process 1 \(pid \d+\) running, 0 restart\(s\): 2 ready.*, 3 ready/m);

			// A process dies and waits 3 s for its restart: not ready meanwhile, though alive.
			const victim = (JSON.parse(ready.body) as ClusterHealth).processes[0]?.pid as number;
			process.kill(victim, 'SIGKILL');
			await until(async () => (await get('/ready')).status === 503, 5000);
			expect((await get('/health')).status).toBe(200);
			const notReady = await ovenRun(['cluster', 'status', '--url', base]);
			expect(notReady.code).toBe(1);
			expect(notReady.output).toMatch(/^not ready: 2\/4 shards ready/m);
			await until(async () => (await get('/ready')).status === 200, 20_000);

			// A web page may not read it; nothing else is served.
			expect((await get('/health', { origin: 'https://evil.example' })).status).toBe(403);
			expect((await get('/metrics')).status).toBe(404);
			child.kill('SIGTERM');
			expect(await exited).toBe(0);
		} finally {
			child.kill('SIGKILL');
			await h.close();
		}
	}, 60_000);

	it('reports an unreachable Redis as not ready', async () => {
		const cluster = new Cluster({ script: 'x.js', processes: 1, shardCount: 1, redis: 'redis://127.0.0.1:1' });
		try {
			expect(await cluster.health()).toMatchObject({ ready: false, redis: 'down' });
		} finally {
			await cluster.stop();
		}
	});

	it('oven cluster status without a cluster to read exits 2 and says how to get one', async () => {
		const { code, output } = await ovenRun(['cluster', 'status', '--url', 'http://127.0.0.1:1']);
		expect(code).toBe(2);
		expect(output).toMatch(/cannot read the cluster's health at http:\/\/127\.0\.0\.1:1 .*--health-port/);
	});
});
