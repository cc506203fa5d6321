/** A worker: the createClient handlers of a bot, fed by Redis Streams instead of a gateway connection. */
import { Redis } from 'ioredis';
import { createClient, StreamShardingStrategy, streamEvent } from '../../src/index.js';

const { TOKEN, API, REDIS, NAME, DELAY_MS, MAX_IN_FLIGHT } = process.env as Record<string, string>;
const results = new Redis(REDIS as string);
const client = createClient({
	token: TOKEN as string,
	intents: ['Guilds', 'GuildMessages', 'MessageContent'],
	api: API as string,
	cache: false,
	strategy: new StreamShardingStrategy({
		redis: REDIS as string,
		consumer: NAME as string,
		claimAfterMs: 1000,
		maxInFlight: Number(MAX_IN_FLIGHT),
	}),
});
client.on('messageCreate', async (message, shardId) => {
	const match = /^ping (\d+)$/.exec(message.content ?? '');
	if (match === null) return;
	// A handler that takes a while: a SIGKILL lands while some are running, unacknowledged.
	await new Promise((resolve) => setTimeout(resolve, Number(DELAY_MS)));
	const event = streamEvent();
	await results.rpush(
		'test:handled',
		JSON.stringify({ n: Number(match[1]), worker: NAME, shardId, key: event?.key, redelivered: event?.redelivered }),
	);
});
await client.login();
process.send?.({ test: 'connected', user: client.user?.id ?? null });
process.on('message', (message) => {
	if ((message as { test?: string }).test === 'stop')
		void client
			.destroy()
			.then(() => results.quit())
			.then(() => process.exit(0));
});
