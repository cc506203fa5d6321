import type { ClusterHealth } from '../cluster/ClusterOptions.js';

/**
 * `oven cluster status --url <health url>`: prints a running cluster's processes and shards as
 * its health endpoint reports them. Exit code 0 when the cluster is ready, 1 when not, 2 when
 * the endpoint cannot be read.
 */
export async function clusterStatus(url: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
	let health: ClusterHealth;
	try {
		const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(5000) });
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		health = (await response.json()) as ClusterHealth;
	} catch (error) {
		err.write(
			`oven: cannot read the cluster's health at ${url} (${(error as Error).message}); start it with --health-port and pass that URL.\n`,
		);
		return 2;
	}
	out.write(`${health.ready ? 'ready' : 'not ready'}: ${health.shards.ready}/${health.shards.total} shards ready, redis ${health.redis}\n`);
	const events = health.events;
	if (events !== undefined) {
		const oldest = events.oldestMs === null ? 'none waiting' : `oldest ${events.oldestMs} ms`;
		const workers = events.streams.reduce((n, s) => Math.max(n, s.consumers), 0);
		out.write(
			`events: ${events.pending} pending, ${events.undelivered} undelivered, ${oldest} (${events.streams.length} stream(s), ${workers} worker(s))\n`,
		);
	}
	for (const p of health.processes) {
		const shards = p.shards.map((s) => `${s.shardId} ${s.status}${s.latencyMs === null ? '' : ` ${s.latencyMs} ms`}`).join(', ');
		out.write(`process ${p.index} (pid ${p.pid ?? '-'}) ${p.state}, ${p.restarts} restart(s): ${shards}\n`);
	}
	return health.ready ? 0 : 1;
}
