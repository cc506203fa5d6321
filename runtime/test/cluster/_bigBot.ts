/**
 * A bot process of the "big bot" test: a full OvenJS client for the shards its cluster
 * assigns, sharing REST limits, identify pacing and its cache through Redis. Answers
 * `ping N` with `pong N` and tells the test what it saw; answers `{ fetchGuild }` from the
 * shared cache.
 */
import { Redis } from 'ioredis';
import {
	clusterAssignment,
	createCache,
	createClient,
	InProcessShardingStrategy,
	joinCluster,
	RedisCacheStore,
	RedisIdentifyThrottler,
	RedisRateLimitStore,
	REST,
} from '../../src/index.js';

const assignment = clusterAssignment();
if (assignment === undefined) throw new Error('not started by a Cluster');
const { TOKEN, API, REDIS_URL } = process.env as Record<string, string>;
const redis = new Redis(REDIS_URL as string);
const rest = new REST({
	api: API as string,
	token: TOKEN as string,
	store: new RedisRateLimitStore({ url: REDIS_URL as string, prefix: 'big' }),
});
const cache = createCache({
	store: new RedisCacheStore({ redis, prefix: 'big' }),
	onStoreError: (error) => process.send?.({ test: 'storeError', message: error.message }),
});
const client = createClient({
	token: TOKEN as string,
	intents: ['Guilds', 'GuildMessages', 'MessageContent'],
	api: API as string,
	rest,
	cache,
	shards: { count: assignment.shardCount, ids: assignment.shardIds, maxConcurrency: 2 },
	shard: {
		compression: 'none',
		sessions: assignment.sessions,
		// The mock's window is 1 s; the margin covers a process stalled between its grant and its IDENTIFY.
		identifyThrottler: new RedisIdentifyThrottler({ redis, maxConcurrency: 2, windowMs: 1000, marginMs: 250, prefix: 'big' }),
		invalidSessionDelay: () => 100,
	},
});
// What a handler threw (a reply that failed) reaches the test, which expects none.
client.on('error', (error) => process.send?.({ test: 'error', message: error.message }));
client.on('messageCreate', async (message, shardId) => {
	const match = /^ping (\d+)$/.exec(message.content ?? '');
	if (match === null) return;
	process.send?.({ test: 'message', id: match[1], shardId });
	await message.reply(`pong ${match[1]}`);
});
process.on('message', (m: { fetchGuild?: string }) => {
	if (m.fetchGuild === undefined) return;
	const local = cache.guilds.has(m.fetchGuild); // before fetch(), which keeps a store hit in memory
	void cache.guilds.fetch(m.fetchGuild).then((guild) => process.send?.({ test: 'guild', guild: guild ?? null, local }));
});
await client.login();
if (!(client.strategy instanceof InProcessShardingStrategy)) throw new Error('expected the in-process strategy');
joinCluster(client.strategy, {
	sessionIntervalMs: 20,
	onStop: async () => {
		await client.destroy();
		redis.disconnect();
	},
});
process.send?.({ test: 'connected', index: assignment.index });
