import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Cluster } from '../cluster/Cluster.js';
import { ClusterError } from '../cluster/ClusterError.js';
import { serveClusterHealth } from '../cluster/serveClusterHealth.js';
import { clusterStatus } from './_clusterStatus.js';

const USAGE = `Usage: oven cluster <script> --processes <n> [--shards auto|<n>] [--redis <url>] [--api <url>] [--restart-delay <ms>] [--health-port <n>]
                    [--hosts-via <redis url> --groups <n> [--lease-ttl <ms>]]
       oven cluster status --url <health url>

Runs the bot's shards in <n> processes on this machine and restarts one that dies, with its
sessions, so its shards resume. A createClient bot takes its shards from the cluster by
itself; with --redis the processes share rate limits and identify pacing through Redis.
With --shards auto (the default) the count comes from GET /gateway/bot, using
DISCORD_TOKEN from the environment. --api (default: OVEN_API_URL, else Discord's) is the
REST API base, e.g. a mock's or a REST proxy's; the processes get it as OVEN_API_URL.
Ctrl-C stops every process; a process whose supervisor dies stops its shards and exits.
--health-port serves GET /health and /ready on 127.0.0.1 (0: any free port; the URL is
printed); oven cluster status reads it (exit code 0 ready, 1 not ready, 2 unreachable).
--hosts-via spreads the shards over every host started with the same script, --groups and
Redis: the shards are split into <groups> ranges, each run by the host holding its lease in
Redis (--processes of them per host); a host that dies loses its groups to the others, which
resume their sessions. --lease-ttl (default 15000) is how long that takes. The first host
stores the layout (--shards, or the count auto got) in Redis; the others adopt it with
--shards auto or must match it; a new layout takes over once no group of the old is held.
SIGHUP restarts the processes one at a time (a new version of the bot): each hands its
shards to its successor by RESUME, nothing is lost.`;

/** `oven` on the command line. Resolves the exit code once the cluster has stopped (or at once for bad usage). */
export async function main(
	argv: readonly string[],
	out: NodeJS.WritableStream = process.stdout,
	err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: {
				processes: { type: 'string' },
				shards: { type: 'string' },
				redis: { type: 'string' },
				api: { type: 'string' },
				'restart-delay': { type: 'string' },
				'health-port': { type: 'string' },
				'hosts-via': { type: 'string' },
				groups: { type: 'string' },
				'lease-ttl': { type: 'string' },
				url: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		err.write(`${(error as Error).message}\n\n${USAGE}\n`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help === true) {
		out.write(`${USAGE}\n`);
		return 0;
	}
	const [command, script] = positionals;
	if (command === 'cluster' && script === 'status' && positionals.length === 2) {
		if (values.url === undefined) {
			err.write(`oven cluster status needs --url (the URL oven cluster --health-port printed).\n\n${USAGE}\n`);
			return 2;
		}
		return clusterStatus(values.url, out, err);
	}
	const healthPort = values['health-port'] === undefined ? undefined : Number(values['health-port']);
	if (healthPort !== undefined && !(Number.isInteger(healthPort) && healthPort >= 0 && healthPort < 65536)) {
		err.write(`oven: --health-port must be a port number (0 for any free port), got ${JSON.stringify(values['health-port'])}.\n`);
		return 2;
	}
	if (command !== 'cluster' || script === undefined || values.processes === undefined) {
		err.write(`${USAGE}\n`);
		return 2;
	}
	const shards = values.shards ?? 'auto';
	let cluster: Cluster;
	try {
		cluster = new Cluster({
			script: resolve(script),
			processes: Number(values.processes),
			shardCount: shards === 'auto' ? 'auto' : Number(shards),
			...(process.env.DISCORD_TOKEN === undefined ? {} : { token: process.env.DISCORD_TOKEN }),
			...(values.redis === undefined ? {} : { redis: values.redis }),
			...(values['hosts-via'] === undefined
				? {}
				: {
						redis: values['hosts-via'],
						hosts: {
							groups: Number(values.groups ?? values.processes),
							...(values['lease-ttl'] === undefined ? {} : { leaseTtlMs: Number(values['lease-ttl']) }),
						},
					}),
			...(values.api === undefined ? {} : { api: values.api }),
			...(values['restart-delay'] === undefined ? {} : { restartDelayMs: Number(values['restart-delay']) }),
		});
	} catch (error) {
		if (!(error instanceof ClusterError)) throw error;
		err.write(`oven: ${error.message}\n`);
		return 2;
	}
	const readyCount = (): number => cluster.status().reduce((n, p) => n + p.shards.filter((s) => s.status === 'ready').length, 0);
	const total = (): number => cluster.status().reduce((n, p) => n + p.shards.length, 0);
	cluster.on('processStart', (index, pid) => out.write(`process ${index} started (pid ${pid})\n`));
	cluster.on('processExit', (index, code, signal, restarting) =>
		out.write(`process ${index} exited (${signal ?? code})${restarting ? ', restarting' : ''}\n`),
	);
	cluster.on('shardStatus', (shardId, status) => out.write(`shard ${shardId} ${status} (${readyCount()}/${total()} ready)\n`));
	cluster.on('error', (error) => err.write(`oven: ${error.message}\n`));
	const stopped = new Promise<void>((done) => {
		const stop = (): void => void cluster.stop().then(done);
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	});
	let rolling: Promise<void> | undefined;
	const onHangup = (): void => {
		if (rolling !== undefined) return;
		out.write('rolling restart\n');
		rolling = cluster
			.rollingRestart()
			.then(
				() => void out.write('rolling restart done\n'),
				(error: unknown) => void err.write(`oven: ${(error as Error).message}\n`),
			)
			.finally(() => (rolling = undefined));
	};
	process.on('SIGHUP', onHangup);
	const health =
		healthPort === undefined
			? undefined
			: await serveClusterHealth(cluster, { port: healthPort }).catch((error: unknown) => error as Error);
	if (health instanceof Error) {
		err.write(`oven: ${health.message}\n`);
		return 1;
	}
	if (health !== undefined) out.write(`health: ${health.url}/health, ${health.url}/ready\n`);
	try {
		await cluster.start();
	} catch (error) {
		err.write(`oven: ${(error as Error).message}\n`);
		await cluster.stop();
		await health?.close();
		return 1;
	}
	await stopped;
	process.off('SIGHUP', onHangup);
	await health?.close();
	out.write('cluster stopped\n');
	return 0;
}
