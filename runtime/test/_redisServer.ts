import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/**
 * Whether Debian's redis-server is on PATH. Without it the Redis tests skip with a loud line,
 * except under CI, where they fail: CI installs it.
 */
export function redisAvailable(what: string): boolean {
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
export interface RedisServer {
	readonly url: string;
	stop(): Promise<void>;
}

/** Starts redis-server and waits until it answers PING. */
export async function startRedis(): Promise<RedisServer> {
	const port = await freePort();
	const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
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
