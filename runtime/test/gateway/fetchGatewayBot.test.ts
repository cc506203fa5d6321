import { afterEach, describe, expect, it } from 'vitest';
import type { MockDiscord } from '../../../mock-discord/src/index.js';
import { fetchGatewayBot, GatewayBotError, InProcessShardingStrategy, WorkerShardingStrategy } from 'ovenjs';
import { INTENTS } from './_harness.js';
import { shardedScenario, startFullMock, workerOptions } from './_mockWorld.js';

let mock: MockDiscord | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0)) await cleanup();
	await mock?.close();
	mock = undefined;
});

describe('fetchGatewayBot', () => {
	it('reads url, shards and session_start_limit from /gateway/bot', async () => {
		mock = await startFullMock({ scenario: shardedScenario({ shards: 4, maxConcurrency: 2 }) });
		const info = await fetchGatewayBot(`${mock.api}/v10`, mock.token);
		expect(info.url).toBe(mock.gateway);
		expect(info.shards).toBe(4);
		expect(info.session_start_limit).toMatchObject({ max_concurrency: 2 });
		expect(typeof info.session_start_limit.remaining).toBe('number');
	});

	it('waits out 429s (several processes asking at once), and gives up after three', async () => {
		mock = await startFullMock({ rateLimits: { routes: { 'GET /gateway/bot': { limit: 1, windowMs: 300 } } } });
		const api = `${mock.api}/v10`;
		const answers = await Promise.all([1, 2, 3].map(() => fetchGatewayBot(api, mock?.token as string)));
		expect(answers.map((a) => a.url)).toEqual([mock.gateway, mock.gateway, mock.gateway]);
		expect((await mock.requests()).filter((r) => r.path === '/gateway/bot' && r.status === 429).length).toBeGreaterThan(0);
		await mock.fault({ kind: 'rate_limit', route: 'GET /gateway/bot', count: 10 });
		await expect(fetchGatewayBot(api, mock.token)).rejects.toMatchObject({ code: 'GATEWAY_BOT_REQUEST', status: 429 });
		expect((await mock.requests()).filter((r) => r.path === '/gateway/bot' && r.status === 429).length).toBeGreaterThanOrEqual(4);
	});

	it('fails with a GatewayBotError that does not contain the token', async () => {
		mock = await startFullMock();
		const token = 'definitely-wrong.token.value';
		const error = await fetchGatewayBot(`${mock.api}/v10/`, token).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GatewayBotError);
		expect(error).toMatchObject({ code: 'GATEWAY_BOT_REQUEST', status: 401 });
		expect(String((error as Error).message)).toMatch(/401/);
		expect(String((error as Error).message)).not.toContain(token);
	});

	it('fails with a GatewayBotError when nothing listens, and honours an abort signal', async () => {
		const down = await fetchGatewayBot('http://127.0.0.1:9/api/v10', 'tok').catch((e: unknown) => e);
		expect(down).toMatchObject({ code: 'GATEWAY_BOT_REQUEST', status: undefined });
		const reason = new Error('stop');
		await expect(fetchGatewayBot('http://127.0.0.1:9/api/v10', 'tok', AbortSignal.abort(reason))).rejects.toBe(reason);
	});
});

describe("shardCount: 'auto'", () => {
	it('InProcessShardingStrategy takes the count from the mock', async () => {
		mock = await startFullMock({ scenario: shardedScenario({ shards: 4 }) });
		const s = new InProcessShardingStrategy({
			token: mock.token,
			intents: INTENTS,
			gatewayUrl: mock.gateway,
			compression: 'none',
			shardCount: 'auto',
			api: `${mock.api}/v10`,
			identifyWindow: 0,
		});
		cleanups.push(() => s.destroy());
		expect(s.shardIds).toEqual([]);
		await s.connect();
		expect(s.shardIds).toEqual([0, 1, 2, 3]);
		expect([...s.statuses().values()]).toEqual(['ready', 'ready', 'ready', 'ready']);
	});

	it('WorkerShardingStrategy takes the count from the mock', async () => {
		mock = await startFullMock({ scenario: shardedScenario({ shards: 3 }) });
		const s = new WorkerShardingStrategy(workerOptions(mock, { shardCount: 'auto', api: `${mock.api}/v10`, shardsPerWorker: 2 }));
		cleanups.push(() => s.destroy());
		let readies = 0;
		s.on('ready', () => (readies += 1));
		await s.connect();
		expect(s.shardIds).toEqual([0, 1, 2]);
		expect([...s.statuses().values()]).toEqual(['ready', 'ready', 'ready']);
		expect(readies).toBe(1);
	});

	it('connect() rejects with the request error and leaves nothing running', async () => {
		mock = await startFullMock();
		const s = new WorkerShardingStrategy(workerOptions(mock, { shardCount: 'auto', api: `${mock.api}/v10`, token: 'bad-token-xyz' }));
		await expect(s.connect()).rejects.toMatchObject({ code: 'GATEWAY_BOT_REQUEST', status: 401 });
		expect(s.shardIds).toEqual([]);
		await expect(s.connect()).rejects.toMatchObject({ code: 'GATEWAY_DESTROYED' });
	});
});
