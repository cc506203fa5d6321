import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PresenceUpdateStatus } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import type { MockDiscord } from '../../../mock-discord/src/index.js';
import { GatewayError, type ShardRawPacket, WorkerShardingStrategy } from 'ovenjs';
import { GUILDS, message, next, until } from './_harness.js';
import { startFullMock, workerOptions } from './_mockWorld.js';

const run = promisify(execFile);

let mock: MockDiscord | undefined;
let strategy: WorkerShardingStrategy | undefined;
afterEach(async () => {
	await strategy?.destroy();
	await mock?.close();
	strategy = undefined;
	mock = undefined;
});

/** `MESSAGE_CREATE`/`GUILD_CREATE` guild ids seen per shard. */
function guildEvents(s: WorkerShardingStrategy): Map<number, string[]> {
	const seen = new Map<number, string[]>();
	s.on('dispatch', (shardId, payload) => {
		const guild = payload.t === 'GUILD_CREATE' ? payload.d.id : payload.t === 'MESSAGE_CREATE' ? payload.d.guild_id : undefined;
		if (guild !== undefined) seen.set(shardId, [...(seen.get(shardId) ?? []), `${payload.t} ${guild}`]);
	});
	return seen;
}

/** Polls the control API until the mock has no gateway session left. */
async function sessionsGone(m: MockDiscord): Promise<void> {
	const deadline = Date.now() + 3000;
	for (;;) {
		const sessions = (await (await fetch(`${m.control}/sessions`)).json()) as unknown[];
		if (sessions.length === 0) return;
		if (Date.now() > deadline) throw new Error(`${sessions.length} sessions still open`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe('WorkerShardingStrategy', () => {
	it('runs 4 shards in 2 workers; each receives only its own guilds', async () => {
		mock = await startFullMock();
		// The 400 ms test heartbeat would otherwise reserve nearly the whole 120/60 s budget; the option crosses to the workers.
		const s = (strategy = new WorkerShardingStrategy(workerOptions(mock, { shardsPerWorker: 2, heartbeatReserve: 10 })));
		expect(s.shardIds).toEqual([0, 1, 2, 3]);
		expect([...s.statuses().values()]).toEqual(['idle', 'idle', 'idle', 'idle']);
		const seen = guildEvents(s);
		let readies = 0;
		s.on('ready', () => (readies += 1));
		// Queued before the workers exist; sent once shard 1 is up.
		s.send(1, { op: 3, d: { since: null, activities: [], status: PresenceUpdateStatus.DoNotDisturb, afk: false } });
		const presences: string[] = [];
		s.on('raw', (shardId, packet) => {
			if (packet.direction === 'out' && packet.payload.op === 3) presences.push(`${shardId} ${packet.payload.d.status}`);
		});
		const statusEvents: string[] = [];
		s.on('status', (shardId, status) => statusEvents.push(`${shardId} ${status}`));
		await s.connect();
		expect(readies).toBe(1);
		expect([...s.statuses().values()]).toEqual(['ready', 'ready', 'ready', 'ready']);
		expect(statusEvents).toContain('3 ready');
		await until(() => [...seen.values()].flat().length === GUILDS.length);
		GUILDS.forEach((guild, n) => mock?.dispatch('MESSAGE_CREATE', message(n, guild), guild));
		await until(() => [...seen.values()].flat().length === 2 * GUILDS.length);
		for (const shardId of [0, 1, 2, 3]) {
			const own = GUILDS.filter((_, i) => i % 4 === shardId);
			expect(seen.get(shardId)).toEqual([...own.map((g) => `GUILD_CREATE ${g}`), ...own.map((g) => `MESSAGE_CREATE ${g}`)]);
		}
		await until(() => [...s.latencies().values()].every((ms) => ms !== undefined), 3000);
		// send() reaches the shard in its worker: a presence update is accepted without a close.
		const closes: number[] = [];
		s.on('close', (shardId) => closes.push(shardId));
		s.send(3, { op: 3, d: { since: null, activities: [], status: PresenceUpdateStatus.Idle, afk: false } });
		expect(() => s.send(9, { op: 1, d: null })).toThrow(GatewayError);
		await until(() => presences.length === 2);
		expect(presences).toEqual(['1 dnd', '3 idle']);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(closes).toEqual([]);
	});

	it('paces IDENTIFY across workers with max_concurrency 1', async () => {
		const window = 300;
		mock = await startFullMock({ gateway: { identifyWindow: window - 50 } });
		const s = (strategy = new WorkerShardingStrategy(
			workerOptions(mock, { shardsPerWorker: 1, maxConcurrency: 1, identifyWindow: window }),
		));
		const times = new Map<number, number[]>();
		s.on('raw', (shardId: number, packet: ShardRawPacket) => {
			if (packet.direction === 'out' && packet.payload.op === 2) times.set(shardId, [...(times.get(shardId) ?? []), packet.at]);
		});
		const invalid: number[] = [];
		s.on('warn', (shardId, w) => w.kind === 'invalidSession' && invalid.push(shardId));
		await s.connect();
		const sorted = [0, 1, 2, 3].map((id) => (expect(times.get(id)).toHaveLength(1), times.get(id)?.[0] as number)).sort((a, b) => a - b);
		// Grants are a window apart on the main thread; the hop to the worker may shave a little off.
		for (let i = 1; i < sorted.length; i += 1)
			expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(window - 40);
		expect(invalid).toEqual([]);
	});

	it('resumes a worker shard after a disconnect and fires ready again', async () => {
		mock = await startFullMock();
		const s = (strategy = new WorkerShardingStrategy(workerOptions(mock, { shardsPerWorker: 2 })));
		await s.connect();
		const seen = guildEvents(s);
		const back = next(s, 'ready', 5000);
		const resumed = next<[number]>(s, 'shardResumed', 5000);
		const closes: string[] = [];
		s.on('close', (shardId, event) => closes.push(`${shardId} ${event.code} ${event.action}`));
		const order: string[] = [];
		s.on('status', (shardId, status) => status === 'ready' && order.push(`status ${shardId}`));
		s.on('dispatch', (shardId, payload) => payload.t === 'RESUMED' && order.push(`RESUMED ${shardId}`));
		s.on('shardResumed', (shardId) => order.push(`shardResumed ${shardId}`));
		s.on('ready', () => order.push('ready'));
		await mock.fault({ kind: 'disconnect', shard: 2, code: 4000 });
		expect(await resumed).toEqual([2]);
		await back;
		expect(closes).toEqual(['2 4000 resume']);
		// The same order as in-process: `ready` after the shard's RESUMED dispatch and `shardResumed`.
		expect(order).toEqual(['status 2', 'RESUMED 2', 'shardResumed 2', 'ready']);
		expect([...s.statuses().values()]).toEqual(['ready', 'ready', 'ready', 'ready']);
		mock.dispatch('MESSAGE_CREATE', message(1, GUILDS[2] as string), GUILDS[2]);
		await until(() => (seen.get(2) ?? []).length === 1);
		expect(seen.get(2)).toEqual([`MESSAGE_CREATE ${GUILDS[2]}`]);
	});

	it('reports a fatal close with a GatewayFatalError rebuilt on the main thread', async () => {
		mock = await startFullMock();
		const s = (strategy = new WorkerShardingStrategy(workerOptions(mock, { shardCount: 2, token: 'not-the-token' })));
		const errors: unknown[] = [];
		s.on('error', (_shardId, error) => errors.push(error));
		const failure = await s.connect().then(
			() => undefined,
			(error: unknown) => error,
		);
		expect(failure).toMatchObject({ code: 'GATEWAY_FATAL', closeCode: 4004 });
		expect(String((failure as Error).message)).not.toContain('not-the-token');
		expect([...s.statuses().values()]).toEqual(['closed', 'closed']);
		expect(errors.length).toBeGreaterThanOrEqual(1);
	});

	it('destroy() is idempotent, closes every session and terminates the workers', async () => {
		mock = await startFullMock();
		const s = new WorkerShardingStrategy(workerOptions(mock, { shardsPerWorker: 2 }));
		const before = process.getActiveResourcesInfo().length;
		await s.connect();
		const first = s.destroy();
		expect(s.destroy()).toBe(first);
		await first;
		expect([...s.statuses().values()]).toEqual(['closed', 'closed', 'closed', 'closed']);
		expect(() => s.send(0, { op: 1, d: null })).toThrow(/closed/);
		await expect(s.connect()).rejects.toMatchObject({ code: 'GATEWAY_DESTROYED' });
		// No worker, port or socket of ours is left (the child-process test below proves the exit).
		expect(process.getActiveResourcesInfo().length).toBeLessThanOrEqual(before);
		await sessionsGone(mock);
	});

	it('runs from the built dist/ and lets the process exit after destroy()', async () => {
		const fixture = fileURLToPath(new URL('./_workerExitFixture.ts', import.meta.url));
		const started = Date.now();
		const { stdout } = await run(process.execPath, ['--import', 'tsx', fixture], {
			cwd: fileURLToPath(new URL('../..', import.meta.url)),
			timeout: 15_000,
		});
		expect(JSON.parse(stdout.trim())).toEqual({ before: ['ready', 'ready', 'ready'], after: ['closed', 'closed', 'closed'] });
		expect(Date.now() - started).toBeLessThan(15_000);
	});

	it('reports a crashed worker as GATEWAY_WORKER_EXITED and closes its shards', async () => {
		mock = await startFullMock();
		const s = (strategy = new WorkerShardingStrategy(
			workerOptions(mock, { shardCount: 2, workerFile: new URL('./_crashingWorker.mjs', import.meta.url) }),
		));
		const errors: number[] = [];
		s.on('error', (shardId) => errors.push(shardId));
		await expect(s.connect()).rejects.toMatchObject({ code: 'GATEWAY_WORKER_EXITED', message: expect.stringMatching(/worker blew up/) });
		expect(errors.sort()).toEqual([0, 1]);
		expect([...s.statuses().values()]).toEqual(['closed', 'closed']);
	});

	it('refuses to start from TypeScript source without a workerFile', () => {
		expect(() => new WorkerShardingStrategy({ token: 't', intents: 1, gatewayUrl: 'ws://127.0.0.1:1', shardCount: 1 })).toThrow(
			/workerFile/,
		);
	});
});
