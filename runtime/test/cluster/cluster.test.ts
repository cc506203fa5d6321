import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Cluster } from 'ovenjs';
import { GUILDS, type Harness, INTENTS, message, startMock, TOKEN, until } from '../gateway/_harness.js';

let h: Harness | undefined;
let cluster: Cluster | undefined;
afterEach(async () => {
	await cluster?.stop();
	await h?.close();
	cluster = undefined;
	h = undefined;
});

type Seen =
	| { test: 'message'; shardId: number; id: string }
	| { test: 'handshake'; shardId: number; op: number }
	| { test: 'connected'; index: number };

function start(harness: Harness): { cluster: Cluster; seen: Seen[] } {
	const c = new Cluster({
		script: new URL('./_clusterBot.ts', import.meta.url),
		processes: 2,
		shardCount: 4,
		execArgv: ['--import', 'tsx'],
		env: { TOKEN, INTENTS: String(INTENTS), GATEWAY_URL: harness.url },
		restartDelayMs: 100,
	});
	const seen: Seen[] = [];
	c.on('message', (_index, m) => seen.push(m as Seen));
	return { cluster: c, seen };
}

const dispatchAll = (harness: Harness, from: number, to: number): void => {
	for (let n = from; n <= to; n += 1) {
		const guild = GUILDS[n % GUILDS.length] as string;
		harness.gateway.dispatch('MESSAGE_CREATE', message(n, guild), guild);
	}
};

describe('Cluster', () => {
	it('runs 2 processes × 2 shards and reports every shard ready', async () => {
		h = await startMock();
		const { cluster: c, seen } = start(h);
		cluster = c;
		await c.start();
		await until(() => c.status().every((p) => p.shards.every((s) => s.status === 'ready')), 15_000);
		expect(c.status().map((p) => [p.index, p.shards.map((s) => s.shardId)])).toEqual([
			[0, [0, 1]],
			[1, [2, 3]],
		]);
		dispatchAll(h, 1, 16);
		await until(() => seen.filter((s) => s.test === 'message').length === 16, 5000);
		// Each message reached the process that runs its guild's shard.
		for (const s of seen) if (s.test === 'message') expect(s.shardId).toBe(Number(s.id) % 4);
	});

	it('restarts a killed process; its shards RESUME and nothing sent meanwhile is lost', async () => {
		h = await startMock();
		const { cluster: c, seen } = start(h);
		cluster = c;
		const exits: [number, boolean][] = [];
		c.on('processExit', (index, _code, _signal, restarting) => exits.push([index, restarting]));
		await c.start();
		await until(() => seen.filter((s) => s.test === 'connected').length === 2, 15_000);
		dispatchAll(h, 1, 16);
		await until(() => seen.filter((s) => s.test === 'message').length === 16, 5000);
		await new Promise((resolve) => setTimeout(resolve, 150)); // the last seq reaches the cluster

		const victim = c.status()[0]?.pid as number;
		process.kill(victim, 'SIGKILL');
		await until(() => exits.length === 1, 5000);
		dispatchAll(h, 17, 40); // half of these are for the dead process's shards
		await until(() => c.status()[0]?.pid !== victim && seen.filter((s) => s.test === 'connected').length === 3, 15_000);
		const ids = (): Set<string> => new Set(seen.flatMap((s) => (s.test === 'message' ? [s.id] : [])));
		await until(() => ids().size === 40, 5000);
		expect([...ids()].map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
		expect(exits).toEqual([[0, true]]);
		expect(c.status()[0]).toMatchObject({ state: 'running', restarts: 1 });
		// Shards 0 and 1: one IDENTIFY each at first, then RESUME after the restart, no second IDENTIFY.
		const handshakes = (shardId: number): number[] => seen.flatMap((s) => (s.test === 'handshake' && s.shardId === shardId ? [s.op] : []));
		expect(handshakes(0)).toEqual([2, 6]);
		expect(handshakes(1)).toEqual([2, 6]);
		expect(handshakes(2)).toEqual([2]);
	});

	it('a rolling restart under steady traffic replaces every process, each shard RESUMEs, and no event is lost', async () => {
		h = await startMock();
		const { cluster: c, seen } = start(h);
		cluster = c;
		await c.start();
		await until(() => seen.filter((s) => s.test === 'connected').length === 2, 15_000);
		const before = c.status().map((p) => p.pid);
		let sent = 0;
		const traffic = setInterval(() => {
			sent += 1;
			dispatchAll(h as Harness, sent, sent);
		}, 20);
		try {
			await c.rollingRestart();
			await new Promise((resolve) => setTimeout(resolve, 300)); // traffic reaches the new processes
		} finally {
			clearInterval(traffic);
		}
		const ids = (): string[] => seen.flatMap((s) => (s.test === 'message' ? [s.id] : []));
		await until(() => new Set(ids()).size === sent, 10_000);
		expect([...new Set(ids())].map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: sent }, (_, i) => i + 1));
		const after = c.status();
		expect(after.map((p) => p.pid).every((pid, i) => pid !== before[i])).toBe(true);
		expect(after.every((p) => p.state === 'running' && p.shards.every((s) => s.status === 'ready'))).toBe(true);
		// Every shard: one IDENTIFY, then one RESUME, by its new process.
		for (const shardId of [0, 1, 2, 3])
			expect(seen.flatMap((s) => (s.test === 'handshake' && s.shardId === shardId ? [s.op] : []))).toEqual([2, 6]);
		console.log(`rolling restart: ${sent} events, ${ids().length - sent} duplicate(s)`);
	}, 60_000);

	it('refuses bad options with typed errors', () => {
		expect(() => new Cluster({ script: 'x.js', processes: 0, shardCount: 1 })).toThrow(
			expect.objectContaining({ code: 'CLUSTER_INVALID_OPTION' }),
		);
		expect(() => new Cluster({ script: 'x.js', processes: 3, shardCount: 2 })).toThrow(
			expect.objectContaining({ code: 'CLUSTER_INVALID_OPTION' }),
		);
		expect(() => new Cluster({ script: 'x.js', processes: 1, shardCount: 'auto' })).toThrow(/needs the token/);
	});
});

describe('oven cluster (the built CLI)', () => {
	it('starts the processes, reports shards ready, restarts them one by one on SIGHUP, and stops every process on SIGTERM', async () => {
		h = await startMock();
		const bin = fileURLToPath(new URL('../../bin/oven.js', import.meta.url));
		const script = fileURLToPath(new URL('./_clusterBot.ts', import.meta.url));
		const child = spawn(process.execPath, ['--import', 'tsx', bin, 'cluster', script, '--processes', '2', '--shards', '4'], {
			env: { ...process.env, TOKEN, INTENTS: String(INTENTS), GATEWAY_URL: h.url },
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
		await until(() => output.includes('(4/4 ready)'), 15_000);
		expect(output).toMatch(/process 0 started \(pid \d+\)/);
		// SIGHUP: a rolling restart, one process after the other.
		child.kill('SIGHUP');
		await until(() => output.includes('rolling restart done'), 30_000);
		expect(output.match(/process \d started/g)).toHaveLength(4);
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
		expect(output).toContain('cluster stopped');
		await until(() => h?.gateway.sessions().every((s) => !s.connected) === true, 5000);
	});
});
