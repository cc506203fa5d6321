import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMockDiscord, type Scenario } from '@ovenjs/mock-discord';
import { Cluster, type ClusterError } from 'ovenjs';
import { useRedis } from '../_redisServer.js';
import { GUILDS, INTENTS, message, startMock, TOKEN, until } from '../gateway/_harness.js';

const redis = useRedis('sessions of a cluster in Redis');

const bin = fileURLToPath(new URL('../../bin/oven.js', import.meta.url));
const script = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

/** `oven cluster …` as a user runs it; `output` grows with its stdout and stderr. */
function oven(args: readonly string[], env: Record<string, string>): { child: ChildProcessWithoutNullStreams; output: () => string } {
	const child = spawn(process.execPath, ['--import', 'tsx', bin, 'cluster', ...args], { env: { ...process.env, ...env } });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return { child, output: () => output };
}

const alive = (pid: number): boolean => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

async function crashingCluster(
	restartWindowMs: number | undefined,
): Promise<{ exits: boolean[]; errors: ClusterError[]; cluster: Cluster }> {
	const cluster = new Cluster({
		script: new URL('./_crashBot.ts', import.meta.url),
		processes: 1,
		shardCount: 1,
		execArgv: ['--import', 'tsx'],
		restartDelayMs: 50,
		maxRestarts: 1,
		...(restartWindowMs === undefined ? {} : { restartWindowMs }),
	});
	const exits: boolean[] = [];
	const errors: ClusterError[] = [];
	cluster.on('processExit', (_index, _code, _signal, restarting) => exits.push(restarting));
	cluster.on('error', (error) => errors.push(error));
	await cluster.start();
	return { exits, errors, cluster };
}

describe('Cluster restart budget', () => {
	it('counts restarts per time window: a process that dies less often than maxRestarts per window is always restarted', async () => {
		// Each death is at least restartDelayMs + a process start (hundreds of ms) after the last.
		const { exits, errors, cluster } = await crashingCluster(100);
		try {
			await until(() => exits.length >= 4, 20_000);
			expect(exits.slice(0, 4)).toEqual([true, true, true, true]);
			expect(errors).toEqual([]);
		} finally {
			await cluster.stop();
		}
	}, 30_000);

	it('gives a process up after maxRestarts within the window (default one minute), with a typed error', async () => {
		const { exits, errors, cluster } = await crashingCluster(undefined);
		try {
			await until(() => exits.length === 2, 20_000);
			expect(exits).toEqual([true, false]);
			await until(() => errors.length === 1, 1000);
			expect(errors[0]).toMatchObject({ code: 'CLUSTER_PROCESS_FAILED', message: expect.stringMatching(/restartWindowMs/) });
			expect(cluster.status()[0]?.state).toBe('failed');
		} finally {
			await cluster.stop();
		}
	}, 30_000);

	it('refuses a restart window that is not a positive number', () => {
		expect(() => new Cluster({ script: 'x.js', processes: 1, shardCount: 1, restartWindowMs: 0 })).toThrow(
			expect.objectContaining({ code: 'CLUSTER_INVALID_OPTION' }),
		);
	});
});

describe('oven cluster and its supervisor', () => {
	it('a SIGKILLed supervisor leaves no orphan: its processes close their sessions and exit', async () => {
		const h = await startMock();
		const pids: number[] = [];
		const { child, output } = oven([script('./_clusterBot.ts'), '--processes', '2', '--shards', '4'], {
			TOKEN,
			INTENTS: String(INTENTS),
			GATEWAY_URL: h.url,
		});
		try {
			await until(() => output().includes('(4/4 ready)'), 20_000);
			pids.push(...[...output().matchAll(/started \(pid (\d+)\)/g)].map((m) => Number(m[1])));
			expect(pids).toHaveLength(2);
			child.kill('SIGKILL');
			await until(() => pids.every((pid) => !alive(pid)), 15_000);
			await until(() => h.gateway.sessions().every((s) => !s.connected), 5000);
		} finally {
			child.kill('SIGKILL');
			for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
			await h.close();
		}
	}, 40_000);

	it.skipIf(!redis.available)(
		'with --redis, a supervisor started after one was SIGKILLed resumes every session from Redis; nothing sent meanwhile is lost',
		async () => {
			const lines: string[] = [];
			const h = await startMock({ log: (line) => lines.push(line), resumeTimeout: 60_000 });
			const args = [script('./_clusterBot.ts'), '--processes', '2', '--shards', '4', '--redis', redis.url()];
			const env = { TOKEN, INTENTS: String(INTENTS), GATEWAY_URL: h.url, PRINT_MESSAGES: '1' };
			const pids: number[] = [];
			const dispatch = (from: number, to: number): void => {
				for (let n = from; n <= to; n += 1) {
					const guild = GUILDS[n % GUILDS.length] as string;
					h.gateway.dispatch('MESSAGE_CREATE', message(n, guild), guild);
				}
			};
			let output = '';
			const first = oven(args, env);
			let second: ReturnType<typeof oven> | undefined;
			try {
				await until(() => first.output().includes('(4/4 ready)'), 20_000);
				dispatch(1, 16);
				await until(() => (first.output().match(/^message /gm) ?? []).length === 16, 10_000);
				await new Promise((resolve) => setTimeout(resolve, 300)); // the last seqs reach Redis
				pids.push(...[...first.output().matchAll(/started \(pid (\d+)\)/g)].map((m) => Number(m[1])));
				first.child.kill('SIGKILL');
				await until(() => pids.every((pid) => !alive(pid)), 15_000);
				dispatch(17, 32); // no process runs the shards: the gateway keeps these for RESUME
				output = first.output();

				second = oven(args, env);
				await until(() => second?.output().includes('(4/4 ready)') === true, 20_000);
				const seen = (): Set<string> =>
					new Set([...(output + (second?.output() ?? '')).matchAll(/^message (\d+)$/gm)].map((m) => m[1] as string));
				await until(() => seen().size === 32, 10_000);
				expect(lines.filter((l) => / identified session /.test(l))).toHaveLength(4);
				expect(lines.filter((l) => / resumed session /.test(l))).toHaveLength(4);
				// A clean stop ends the sessions and forgets them.
				second.child.kill('SIGTERM');
				await until(() => second?.child.exitCode === 0, 15_000);
				expect(await redis.connect().keys('ovenjs:cluster:*')).toEqual([]);
			} finally {
				first.child.kill('SIGKILL');
				second?.child.kill('SIGKILL');
				for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
				await h.close();
			}
		},
		90_000,
	);

	it('--shards auto asks the --api given (a mock), and the processes use it as OVEN_API_URL', async () => {
		const ALICE = '900000000000000010';
		const guilds = [0, 1].map((i) => ({ id: String(BigInt(3000 + i) << 22n), channel: String(BigInt(7000 + i) << 22n) }));
		const mock = await createMockDiscord({
			scenario: {
				users: [{ id: ALICE, username: 'alice' }],
				guilds: guilds.map((g, i) => ({
					id: g.id,
					name: `guild ${i}`,
					owner_id: ALICE,
					channels: [{ id: g.channel, name: 'general', type: 0 }],
					members: [{ user_id: ALICE }],
				})),
				gateway: { shards: 2, maxConcurrency: 1 },
			} as Scenario,
			gateway: { heartbeatInterval: 2000 },
		});
		// _plainBot names no API: the one it uses comes from the cluster. The environment's
		// OVEN_API_URL (unreachable) loses to --api.
		const { child, output } = oven([script('./_plainBot.ts'), '--processes', '2', '--shards', 'auto', '--api', mock.api], {
			DISCORD_TOKEN: mock.token,
			TOKEN: mock.token,
			OVEN_API_URL: 'http://127.0.0.1:9/api',
		});
		const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
		try {
			await until(() => output().includes('(2/2 ready)'), 30_000);
			for (const [n, g] of guilds.entries()) await mock.sendMessage({ author_id: ALICE, channel_id: g.channel, content: `ping ${n}` });
			await until(
				async () =>
					(await Promise.all(guilds.map((g) => mock.messages(g.channel)))).flat().filter((m) => m.content.startsWith('pong')).length === 2,
				15_000,
			);
			child.kill('SIGTERM');
			expect(await exited).toBe(0);
		} finally {
			child.kill('SIGKILL');
			await mock.close();
		}
	}, 60_000);

	it('refuses an unusable OVEN_API_URL with exit code 2 and says which setting is wrong', async () => {
		const { child, output } = oven(['x.js', '--processes', '1', '--shards', '1'], { OVEN_API_URL: 'not a url' });
		const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
		expect(code).toBe(2);
		expect(output()).toMatch(/OVEN_API_URL must be an absolute URL/);
	}, 20_000);
});
