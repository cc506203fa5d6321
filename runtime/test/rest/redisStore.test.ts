import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RedisRateLimitStore } from '../../src/index.js';
import { channelIds, startHarness, type Harness } from './_mock.js';
import { useRedis } from '../_redisServer.js';

const redis = useRedis('RedisRateLimitStore');

describe.skipIf(!redis.available)('RedisRateLimitStore', () => {
	it('takes bucket requests atomically, learns hashes, and counts invalid requests', async () => {
		const store = new RedisRateLimitStore({ url: redis.url(), prefix: 'unit' });
		try {
			const now = Date.now();
			expect(await store.acquireBucket('b:1', now)).toBe(0); // unknown bucket
			await store.updateBucket('b:1', { limit: 5, remaining: 2, resetAt: now + 1_000 });
			const takes = await Promise.all(Array.from({ length: 4 }, () => store.acquireBucket('b:1', now)));
			expect(takes.filter((wait) => wait === 0)).toHaveLength(2);
			expect(takes.filter((wait) => wait > 0 && wait <= 1_000)).toHaveLength(2);
			expect(await store.acquireBucket('b:1', now + 1_000)).toBe(0); // the window rolled
			// Out-of-order responses within one window: the lowest remaining wins.
			await store.updateBucket('b:2', { limit: 5, remaining: 1, resetAt: now + 500 });
			await store.updateBucket('b:2', { limit: 5, remaining: 3, resetAt: now + 510 });
			expect(await store.acquireBucket('b:2', now)).toBe(0);
			expect(await store.acquireBucket('b:2', now)).toBeGreaterThan(0);

			expect(await store.getBucketHash('POST /channels/:id/messages')).toBeUndefined();
			await store.setBucketHash('POST /channels/:id/messages', 'abc');
			expect(await store.getBucketHash('POST /channels/:id/messages')).toBe('abc');

			const sends = await Promise.all(Array.from({ length: 5 }, () => store.acquireGlobal(now, 3, 1_000)));
			expect(sends.filter((wait) => wait === 0)).toHaveLength(3);
			// Past their window, but unanswered: held, and asked about again every 100 ms.
			expect(await store.acquireGlobal(now + 1_001, 3, 1_000)).toBe(100);
			for (let i = 0; i < 3; i++) await store.settleGlobal(now, 1_000, now + 500);
			expect(await store.acquireGlobal(now + 1_001, 3, 1_000)).toBe(0);
			await store.blockGlobal(now + 5_000);
			expect(await store.acquireGlobal(now + 2_000, 3, 1_000)).toBe(3_000);

			expect(await store.recordInvalidRequest(now, 10_000)).toBe(1);
			expect(await store.recordInvalidRequest(now + 2_000, 10_000)).toBe(2);
			expect(await store.invalidRequestCount(now + 11_000, 10_000)).toBe(1);
			expect(await store.invalidRequestCount(now + 20_000, 10_000)).toBe(0);
		} finally {
			await store.destroy();
			await store.destroy();
		}
	});

	it('lets one process send blind into an unknown window, and takes bucket and global slots together', async () => {
		const a = new RedisRateLimitStore({ url: redis.url(), prefix: 'blind' });
		const b = new RedisRateLimitStore({ url: redis.url(), prefix: 'blind' });
		try {
			const now = Date.now();
			expect(await a.acquireBucket('k', now)).toBe(0); // a goes blind and marks the bucket pending
			expect(await b.acquireBucket('k', now)).toBeGreaterThan(0); // b polls until a's response
			expect(await a.acquireBucket('k', now)).toBe(0); // a's own queue is serial: its blind request is done
			await a.releaseBucket('k'); // a's response had no rate-limit headers
			expect(await b.acquireBucket('k', now)).toBe(0);
			await b.updateBucket('k', { limit: 2, remaining: 1, resetAt: now + 1_000 });
			expect(await a.acquireBucket('k', now)).toBe(0); // learned: pending cleared, one left

			const global = { limit: 2, windowMs: 1_000 };
			await a.updateBucket('c', { limit: 5, remaining: 5, resetAt: now + 5_000 });
			expect(await a.acquire('c', now, global)).toEqual({ waitMs: 0, scope: 'user' });
			expect(await b.acquire('c', now, global)).toEqual({ waitMs: 0, scope: 'user' });
			expect(await a.acquire('c', now, global)).toEqual({ waitMs: 1_000, scope: 'global' });
			expect(await a.acquire('c', now, undefined)).toEqual({ waitMs: 0, scope: 'user' }); // exempt from the global limit
			await a.settleGlobal(now, 1_000, now + 400);
			await b.settleGlobal(now, 1_000, now + 600);
			// The global wait took no bucket slot: 5 − 3 taken = 2 left.
			expect(await a.acquire('c', now + 1_000, global)).toEqual({ waitMs: 0, scope: 'user' });
			expect(await a.acquire('c', now + 1_000, undefined)).toEqual({ waitMs: 0, scope: 'user' });
			expect(await a.acquire('c', now + 1_000, undefined)).toEqual({ waitMs: 4_000, scope: 'user' });
		} finally {
			await a.destroy();
			await b.destroy();
		}
	});

	it("keeps another process's blind request counted: a response of the same window does not end its hold", async () => {
		const store = (): RedisRateLimitStore => new RedisRateLimitStore({ url: redis.url(), prefix: 'race' });
		const [a, b, c] = [store(), store(), store()];
		try {
			const now = Date.now();
			// a sends blind under the route's own key; its response names the bucket, and b, seeing the
			// name before a has written the state, sends blind under the bucket's key.
			expect(await a.acquireBucket('POST /channels/1/messages:1', now)).toBe(0);
			await a.setBucketHash('POST /channels/1/messages', 'h');
			expect(await b.getBucketHash('POST /channels/1/messages')).toBe('h');
			expect(await b.acquireBucket('h:1', now)).toBe(0);
			await a.updateBucket('h:1', { limit: 5, remaining: 4, resetAt: now + 5_000 }); // a's response: b's request not counted in it
			expect(await c.acquireBucket('h:1', now + 10)).toBeGreaterThan(0); // so c waits for b's
			// b's response, read 200 ms later by a busier process: one window all the same.
			await b.updateBucket('h:1', { limit: 5, remaining: 3, resetAt: now + 5_200 });
			const takes = await Promise.all([a, b, c, a, b].map((each) => each.acquireBucket('h:1', now + 20)));
			expect(takes.filter((wait) => wait === 0)).toHaveLength(3); // 5 − a's − b's
		} finally {
			await Promise.all([a, b, c].map((each) => each.destroy()));
		}
	});

	it('keeps the lowest remaining of one window whatever the order and spread of its responses', async () => {
		const [a, b] = [
			new RedisRateLimitStore({ url: redis.url(), prefix: 'order' }),
			new RedisRateLimitStore({ url: redis.url(), prefix: 'order' }),
		];
		try {
			const now = Date.now();
			await a.updateBucket('k', { limit: 5, remaining: 2, resetAt: now + 5_000 });
			await b.updateBucket('k', { limit: 5, remaining: 4, resetAt: now + 4_700 }); // an earlier answer, read later
			const takes = await Promise.all([a, b, a, b].map((store) => store.acquireBucket('k', now)));
			expect(takes.filter((wait) => wait === 0)).toHaveLength(2);
		} finally {
			await Promise.all([a, b].map((store) => store.destroy()));
		}
	});

	it.each([
		{ what: 'the global limit', channelCount: 40 }, // 3 messages per channel: only the global limit binds
		{ what: 'per-channel buckets and the global limit', channelCount: 12 }, // 10 per channel: 5 per 5 s binds too
	])(
		'3 processes sharing Redis respect $what with zero 429s',
		async ({ channelCount }) => {
			const GLOBAL = 20;
			const PER_PROCESS = 40;
			const channels = channelIds(channelCount);
			let harness: Harness | undefined;
			const children: ChildProcess[] = [];
			try {
				harness = await startHarness({ extraChannels: channelCount, mock: { rateLimits: { globalPerSecond: GLOBAL } } });
				const { mock } = harness;
				const worker = fileURLToPath(new URL('./_redisWorker.ts', import.meta.url));
				const env = {
					...process.env,
					API: mock.api,
					TOKEN: mock.token,
					REDIS_URL: redis.url(),
					PREFIX: `shared-${channelCount}`,
					CHANNELS: channels.join(','),
					COUNT: String(PER_PROCESS),
					GLOBAL: String(GLOBAL),
				};
				const outputs = Array.from({ length: 3 }, () => {
					const child = spawn(process.execPath, ['--import', 'tsx', worker], { env, stdio: ['pipe', 'pipe', 'inherit'] });
					children.push(child);
					const lines = createInterface({ input: child.stdout! });
					const collected: string[] = [];
					let onReady: () => void = () => undefined;
					const ready = new Promise<void>((resolve) => (onReady = resolve));
					lines.on('line', (line) => (line === 'ready' ? onReady() : collected.push(line)));
					const done = once(child, 'exit').then(() => collected);
					return { child, ready, done };
				});
				await Promise.all(outputs.map((o) => o.ready));
				for (const { child } of outputs) child.stdin!.write('go\n');
				const results = (await Promise.all(outputs.map((o) => o.done))).map(
					(lines) => JSON.parse(lines.at(-1) ?? '{}') as { ok: number; failed: string[]; fromResponse: number },
				);

				for (const result of results) expect(result).toEqual({ ok: PER_PROCESS, failed: [], fromResponse: 0 });
				const log = (await mock.requests()).filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
				expect(log).toHaveLength(3 * PER_PROCESS);
				expect(log.filter((r) => r.status === 429)).toEqual([]);
				// The total rate at the mock: at most GLOBAL in each second from the first request
				// (the mock's and Discord's windows), and over the whole run.
				const times = log.map((r) => new Date(r.at).getTime()).sort((a, b) => a - b);
				const first = times[0] ?? 0;
				const perSecond = new Map<number, number>();
				for (const t of times) perSecond.set(Math.floor((t - first) / 1_000), (perSecond.get(Math.floor((t - first) / 1_000)) ?? 0) + 1);
				expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(GLOBAL);
				const seconds = ((times.at(-1) ?? 0) - first) / 1_000;
				expect((3 * PER_PROCESS - GLOBAL) / seconds).toBeLessThanOrEqual(GLOBAL);
			} finally {
				for (const child of children) if (child.exitCode === null) child.kill();
				await harness?.close();
			}
		},
		60_000,
	);
});
