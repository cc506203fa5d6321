/**
 * One of the processes of redisStore.test.ts: a REST client on a RedisRateLimitStore. Env:
 * API, TOKEN, REDIS_URL, PREFIX, CHANNELS (comma-separated), COUNT, GLOBAL. Prints `ready`, waits for
 * a line on stdin, sends COUNT messages round-robin over CHANNELS at once, then prints one
 * JSON line `{ ok, failed, fromResponse }` and exits.
 */
import { createInterface } from 'node:readline';
import { Routes } from 'discord-api-types/v10';
import { REST, RedisRateLimitStore } from '../../src/index.js';

const env = (name: string): string => {
	const value = process.env[name];
	if (value === undefined) throw new Error(`${name} is not set`);
	return value;
};
const channels = env('CHANNELS').split(',');
const count = Number(env('COUNT'));
const store = new RedisRateLimitStore({ url: env('REDIS_URL'), prefix: env('PREFIX') });
const rest = new REST({ api: env('API'), token: env('TOKEN'), store, globalRequestsPerSecond: Number(env('GLOBAL')) });
let fromResponse = 0;
rest.on('rateLimited', (info) => {
	if (info.fromResponse) {
		fromResponse++;
		if (process.env.DEBUG_429 !== undefined) process.stderr.write(`429 ${Date.now() % 100000} ${JSON.stringify(info)}\n`);
	}
});
// Connect before the start line, so that all processes begin together.
await store.invalidRequestCount(Date.now(), 600_000);
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();
const results = await Promise.allSettled(
	Array.from({ length: count }, (_, i) =>
		rest.post(Routes.channelMessages(channels[i % channels.length] ?? ''), { body: { content: `p${process.pid} ${i}` } }),
	),
);
const failed = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
await rest.destroy();
await store.destroy();
process.stdout.write(`${JSON.stringify({ ok: count - failed.length, failed, fromResponse })}\n`);
process.exit(0);
