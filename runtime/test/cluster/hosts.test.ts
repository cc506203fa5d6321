import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useRedis } from '../_redisServer.js';
import { GUILDS, type Harness, INTENTS, message, startMock, TOKEN, until } from '../gateway/_harness.js';

const redis = useRedis('shard leases across hosts');

const bin = fileURLToPath(new URL('../../bin/oven.js', import.meta.url));
const script = fileURLToPath(new URL('./_clusterBot.ts', import.meta.url));
// Long enough that a process stalled by a loaded machine does not miss its lease checks.
const TTL = 4000;

/** One host: `oven cluster --hosts-via`, in a process group of its own (the host's processes too). */
interface Host {
	readonly child: ChildProcessWithoutNullStreams;
	output(): string;
	/** The pids of the processes it started. */
	pids(): number[];
}

function startHost(h: Harness): Host {
	const args = ['--import', 'tsx', bin, 'cluster', script, '--processes', '2', '--shards', '4'];
	args.push('--hosts-via', redis.url(), '--groups', '2', '--lease-ttl', String(TTL), '--restart-delay', '100');
	const child = spawn(process.execPath, args, {
		detached: true,
		env: { ...process.env, TOKEN, INTENTS: String(INTENTS), GATEWAY_URL: h.url, PRINT_MESSAGES: '1' },
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return {
		child,
		output: () => output,
		pids: () => [...output.matchAll(/started \(pid (\d+)\)/g)].map((m) => Number(m[1])),
	};
}

/** Running: not gone, and not a zombie its frozen supervisor has not reaped yet (Linux's /proc tells). */
const alive = (pid: number): boolean => {
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}
	const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
	return !/\) Z /.test(stat);
};

const dispatch = (h: Harness, from: number, to: number): void => {
	for (let n = from; n <= to; n += 1) {
		const guild = GUILDS[n % GUILDS.length] as string;
		h.gateway.dispatch('MESSAGE_CREATE', message(n, guild), guild);
	}
};

const seen = (...hosts: Host[]): string[] =>
	hosts.flatMap((host) => [...host.output().matchAll(/^message (\d+)$/gm)].map((m) => m[1] as string));

/** Two hosts on one Redis; `scenario` gets the first (running every group) and the second (standby). */
async function twoHosts(scenario: (h: Harness, lines: string[], a: Host, b: Host) => Promise<void>): Promise<void> {
	// Each test's sessions point at its own mock: none may be left from the one before.
	await redis.connect().flushall();
	const lines: string[] = [];
	const h = await startMock({ log: (line) => lines.push(`${Date.now()} ${line}`), heartbeatInterval: 2000, resumeTimeout: 60_000 });
	const a = startHost(h);
	let b: Host | undefined;
	try {
		await until(() => a.output().includes('(4/4 ready)'), 20_000);
		b = startHost(h);
		await new Promise((resolve) => setTimeout(resolve, TTL)); // b has looked, and found nothing free
		expect(b.pids()).toEqual([]);
		dispatch(h, 1, 16);
		await until(() => new Set(seen(a)).size === 16, 10_000);
		await new Promise((resolve) => setTimeout(resolve, 300)); // the last seqs reach Redis
		await scenario(h, lines, a, b);
	} finally {
		for (const host of [a, b]) {
			if (host === undefined) continue;
			try {
				process.kill(-(host.child.pid as number), 'SIGKILL');
			} catch {
				// already gone
			}
			for (const pid of host.pids()) if (alive(pid)) process.kill(pid, 'SIGKILL');
		}
		await h.close();
	}
}

describe.skipIf(!redis.available)('oven cluster --hosts-via: shard leases across hosts', () => {
	it('a SIGKILLed host loses its shards to the other, which RESUMEs them within the lease TTL; nothing is lost', async () => {
		await twoHosts(async (h, lines, a, b) => {
			const pids = a.pids();
			process.kill(-(a.child.pid as number), 'SIGKILL'); // the whole host: supervisor and processes
			const killedAt = Date.now();
			await until(() => pids.every((pid) => !alive(pid)), 5000);
			dispatch(h, 17, 32); // no host runs the shards: the gateway keeps these for RESUME
			await until(() => b.output().includes('(4/4 ready)'), 30_000);
			const moved = Date.now() - killedAt;
			await until(() => new Set(seen(a, b)).size === 32, 10_000);
			expect(b.pids().length).toBeGreaterThanOrEqual(2);
			expect(lines.filter((l) => / identified session /.test(l))).toHaveLength(4);
			for (const shardId of [0, 1, 2, 3]) expect(lines.some((l) => l.includes(`shard ${shardId}/4 resumed session`))).toBe(true);
			// Within the TTL (the lease expires) plus a process start and a RESUME (4.7–17.5 s
			// measured on a loaded 2-core machine).
			expect(moved).toBeLessThan(TTL + 25_000);
			console.log(`shards moved in ${moved} ms; ${seen(a, b).length - 32} duplicate(s)`);
		});
	}, 90_000);

	it('a frozen host: its processes stop before its leases move, it never runs them again, and no shard has two holders', async () => {
		await twoHosts(async (h, lines, a, b) => {
			const pids = a.pids();
			const frozenAt = Date.now();
			process.kill(a.child.pid as number, 'SIGSTOP'); // the supervisor only: its processes run on
			try {
				// They see the lease not renewed and stop before it expires.
				await until(() => pids.every((pid) => !alive(pid)), 10_000);
				const stoppedAt = Date.now();
				dispatch(h, 17, 32);
				await until(() => b.output().includes('(4/4 ready)'), 20_000);
				await until(() => new Set(seen(a, b)).size === 32, 10_000);
				// The second host resumed the shards only once the first one's processes were gone.
				const resumes = lines.filter((l) => l.includes('resumed session')).map((l) => Number(l.split(' ')[0]));
				expect(resumes.filter((t) => t >= frozenAt)).toHaveLength(4);
				expect(Math.min(...resumes)).toBeGreaterThan(stoppedAt);
			} finally {
				process.kill(a.child.pid as number, 'SIGCONT');
			}
			// Awake again, the first host finds its leases taken and starts nothing.
			await new Promise((resolve) => setTimeout(resolve, TTL));
			expect(a.pids()).toEqual(pids);
			expect(lines.filter((l) => / identified session /.test(l))).toHaveLength(4);
		});
	}, 90_000);
});
