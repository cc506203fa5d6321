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
	/** Ends the server (SIGTERM) and waits for it to exit; idempotent. */
	stop(): Promise<void>;
	/** SIGSTOP / SIGCONT: a server that hangs, its connections open. */
	pause(): void;
	resume(): void;
}

/** Starts redis-server (on `port`, or a free one) and waits until it answers PING. */
async function startRedis(port?: number): Promise<RedisServer> {
	const listen = port ?? (await freePort());
	const child: ChildProcess = spawn('redis-server', ['--port', String(listen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
		stdio: 'ignore',
	});
	const url = `redis://127.0.0.1:${listen}`;
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
			if (child.exitCode !== null || child.signalCode !== null) return;
			const exited = once(child, 'exit');
			child.kill('SIGCONT');
			child.kill('SIGTERM');
			await exited;
		},
		pause: () => void child.kill('SIGSTOP'),
		resume: () => void child.kill('SIGCONT'),
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
	/** An outage: stops the server. `start()` brings a new, empty one back on the same port. */
	stop(): Promise<void>;
	start(): Promise<void>;
	/** A server that hangs (SIGSTOP), its connections open; `resume()` lets it go on. */
	pause(): void;
	resume(): void;
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
	const running = (): RedisServer => {
		if (server === undefined) throw new Error('redis-server is not running (skipped, or used outside a test)');
		return server;
	};
	return {
		available,
		url: () => running().url,
		connect() {
			const client = new Redis(running().url);
			clients.push(client);
			return client;
		},
		stop: () => running().stop(),
		async start() {
			const port = Number(new URL(running().url).port);
			server = await startRedis(port);
		},
		pause: () => running().pause(),
		resume: () => running().resume(),
	};
}
