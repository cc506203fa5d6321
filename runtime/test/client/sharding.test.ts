import { DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { createClient, InProcessShardingStrategy, WorkerShardingStrategy } from 'ovenjs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fastShards, startMock, until } from './_setup.js';

let mock: MockDiscord;
const cleanup: (() => Promise<void>)[] = [];

beforeEach(async () => {
	mock = await startMock();
});
afterEach(async () => {
	await Promise.all(cleanup.splice(0).map((f) => f()));
	await mock.close();
});

it('runs a fixed shard count at a given gateway URL; ready waits for all of them', async () => {
	const client = createClient({
		token: mock.token,
		intents: ['Guilds'],
		api: mock.api,
		gateway: mock.gateway,
		shards: 2,
		shard: fastShards,
	});
	cleanup.push(() => client.destroy());
	const shardReady: number[] = [];
	let readyAfter = -1;
	client.on('shardReady', (id) => void shardReady.push(id));
	client.on('ready', () => {
		readyAfter = shardReady.length;
	});
	await client.login();
	await until(() => (readyAfter >= 0 ? true : undefined));
	expect(readyAfter).toBe(2);
	expect(client.shards.map((s) => [s.id, s.status])).toEqual([
		[0, 'ready'],
		[1, 'ready'],
	]);
	const sessions = (await (await fetch(`${mock.control}/sessions`)).json()) as unknown[];
	expect(sessions).toHaveLength(2);
});

it('runs only the shard ids it is given', async () => {
	const client = createClient({ token: mock.token, intents: ['Guilds'], api: mock.api, shards: { count: 2, ids: [1] }, shard: fastShards });
	cleanup.push(() => client.destroy());
	expect(client.strategy).toBeUndefined();
	await client.login();
	expect(client.strategy?.shardIds).toEqual([1]);
	expect(client.shards.map((s) => s.id)).toEqual([1]);
});

it('takes a strategy factory: shards in worker threads, events as usual', async () => {
	const client = createClient({
		token: mock.token,
		intents: ['Guilds', 'GuildMessages', 'MessageContent'],
		api: mock.api,
		shard: fastShards,
		strategy: (options) =>
			new WorkerShardingStrategy({ ...options, workerFile: new URL('../gateway/_tsShardWorker.mjs', import.meta.url) }),
	});
	cleanup.push(() => client.destroy());
	const contents: (string | undefined)[] = [];
	client.on('messageCreate', (message) => void contents.push(message.content));
	await client.login();
	expect(client.user?.id).toBe(DefaultIds.bot);
	await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'from a worker' });
	await until(() => (contents.includes('from a worker') ? true : undefined));
});

it('takes a ready-made strategy as is', async () => {
	const strategy = new InProcessShardingStrategy({
		token: mock.token,
		intents: 1,
		gatewayUrl: mock.gateway,
		shardCount: 1,
		identifyWindow: 0,
	});
	const client = createClient({ token: mock.token, intents: ['Guilds'], api: mock.api, strategy });
	cleanup.push(() => client.destroy());
	expect(client.strategy).toBe(strategy);
	await client.login();
	expect(client.shards).toHaveLength(1);
	await client.destroy();
	expect(strategy.statuses().get(0)).toBe('closed');
});
