/**
 * Worker: sends REST requests to the mock as fast as `connections` keep-alive sockets allow,
 * for `durationMs`, and reports how many answered with each status.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'undici';

export interface RestLoadInput {
	readonly origin: string;
	readonly path: string;
	readonly token: string;
	readonly body: string;
	readonly connections: number;
	readonly durationMs: number;
}

const input = workerData as RestLoadInput;
const pool = new Pool(input.origin, { connections: input.connections, pipelining: 1 });
const statuses: Record<number, number> = {};
const deadline = Date.now() + input.durationMs;

async function lane(): Promise<void> {
	while (Date.now() < deadline) {
		const response = await pool.request({
			method: 'POST',
			path: input.path,
			headers: { authorization: `Bot ${input.token}`, 'content-type': 'application/json' },
			body: input.body,
		});
		await response.body.dump();
		statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
	}
}

const started = Date.now();
await Promise.all(Array.from({ length: input.connections * 2 }, lane));
const elapsedMs = Date.now() - started;
await pool.close();
parentPort?.postMessage({ statuses, elapsedMs });
