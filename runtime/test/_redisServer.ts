import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';

/**
 * Whether Debian's redis-server is on PATH. Without it the Redis tests skip with a loud line,
 * except under CI, where they fail: CI installs it.
 */
function redisAvailable(what: string): boolean {
	if (spawnSync('redis-server', ['--version']).status === 0) return true;
	const message = `redis-server is not on PATH: the ${what} tests are SKIPPED (apt-get install redis-server to run them)`;
	if (process.env.CI !== undefined) throw new Error(`${message}; CI is set, so this fails instead.`);
	console.warn(`\n!!!!!!!! ${message} !!!!!!!!\n`);
	return false;
}

async function freePort(): Promise<number> {
	const server = createServer();
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	await new Promise((resolve) => server.close(resolve));
	if (address === null || typeof address === 'string') throw new Error('no port');
	return address.port;
}

/** A real redis-server on a free loopback port, without persistence. */
interface RedisServer {
	readonly url: string;
	stop(): Promise<void>;
}

/** Starts redis-server and waits until it answers PING. */
async function startRedis(): Promise<RedisServer> {
	const port = await freePort();
	const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
		stdio: 'ignore',
	});
	const url = `redis://127.0.0.1:${port}`;
	const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
	client.on('error', () => undefined);
	const deadline = Date.now() + 10_000;
	for (;;) {
		try {
			if (client.status !== 'ready') await client.connect();
			if ((await client.ping()) === 'PONG') break;
		} catch (error) {
			if (Date.now() > deadline) throw error;
			client.disconnect();
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
	client.disconnect();
	return {
		url,
		async stop() {
			if (child.exitCode !== null) return;
			const exited = once(child, 'exit');
			child.kill('SIGTERM');
			await exited;
		},
	};
}

/** The redis-server of one test file. */
export interface TestRedis {
	/** Whether redis-server is installed: `describe.skipIf(!redis.available)`. */
	readonly available: boolean;
	/** Its URL, once the file's tests run. */
	url(): string;
	/** A client of its own, as each process would have; disconnected after the file. */
	connect(): Redis;
}

/**
 * Starts a redis-server before the file's tests and stops it after, with every client
 * `connect()` made. Where redis-server is missing the tests skip loudly (fail under CI).
 * @param what - the tests, for the skip message
 */
export function useRedis(what: string): TestRedis {
	const available = redisAvailable(what);
	let server: RedisServer | undefined;
	const clients: Redis[] = [];
	beforeAll(async () => {
		if (available) server = await startRedis();
	}, 15_000);
	afterAll(async () => {
		for (const client of clients.splice(0)) client.disconnect();
		await server?.stop();
	});
	const url = (): string => {
		if (server === undefined) throw new Error('redis-server is not running (skipped, or used outside a test)');
		return server.url;
	};
	return {
		available,
		url,
		connect() {
			const client = new Redis(url());
			clients.push(client);
			return client;
		},
	};
}
