/**
 * A worker of the streams benchmark: a createClient bot fed by Redis Streams. env REDIS and
 * PREFIX; on `'report'` it sends `{ report: { count, latencies } }` (each handled event's ms
 * since the gateway process received it, from the stamp in its content) and starts over.
 */
import { createClient, StreamShardingStrategy } from '../src/index.js';

const { REDIS, PREFIX } = process.env as Record<string, string>;
let count = 0;
let latencies: number[] = [];
const client = createClient({
	token: 'bench.streams.token',
	intents: ['Guilds', 'GuildMessages', 'MessageContent'],
	cache: false,
	strategy: new StreamShardingStrategy({ redis: REDIS as string, prefix: PREFIX as string, maxInFlight: 1024 }),
});
client.on('messageCreate', (message) => {
	count += 1;
	latencies.push(performance.timeOrigin + performance.now() - Number(message.content));
});
await client.login();
process.on('message', (message) => {
	if (message === 'report') {
		process.send?.({ report: { count, latencies } });
		count = 0;
		latencies = [];
	} else if (message === 'close') void client.destroy().then(() => process.exit(0));
});
process.send?.({ connected: true });
