import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalAccess, type LocalAccessOptions } from '../inspector/LocalAccess.js';
import type { Cluster } from './Cluster.js';
import { ClusterError } from './ClusterError.js';

/** A running health endpoint of a {@link Cluster}. */
export interface ClusterHealthServer {
	/** `http://127.0.0.1:PORT` (without a path). */
	readonly url: string;
	/** Stops listening. Idempotent. */
	close(): Promise<void>;
}

/** Options of {@link serveClusterHealth}. */
export interface ClusterHealthServerOptions {
	/** Default 0: any free port (see `url`). */
	readonly port?: number;
	/** Default `127.0.0.1`. */
	readonly host?: string;
	/** Who else may reach it; web pages are refused by default (see `LocalAccess`). */
	readonly access?: LocalAccessOptions;
}

/**
 * Serves a cluster's health for probes and `oven cluster status`: `GET /health` answers 200
 * with {@link Cluster.health} as JSON while the supervisor runs (liveness); `GET /ready` answers
 * the same JSON, 200 when every shard is ready and Redis (if used) answers, else 503
 * (readiness). Binds 127.0.0.1 unless told otherwise.
 */
export async function serveClusterHealth(cluster: Cluster, options: ClusterHealthServerOptions = {}): Promise<ClusterHealthServer> {
	const host = options.host ?? '127.0.0.1';
	const access = new LocalAccess(host, options.access);
	const server = createServer((request, response) => {
		if (access.refuseRequest(request, response)) return;
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		if (request.method !== 'GET' || (path !== '/health' && path !== '/ready')) {
			response.writeHead(404).end();
			return;
		}
		void cluster.health().then((health) => {
			const status = path === '/ready' && !health.ready ? 503 : 200;
			response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(health));
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', (error) =>
			reject(
				new ClusterError('CLUSTER_INVALID_OPTION', `Cannot serve the cluster's health on ${host}:${options.port ?? 0}: ${error.message}`, {
					cause: error,
				}),
			),
		);
		server.listen(options.port ?? 0, host, resolve);
	});
	let closing: Promise<void> | undefined;
	return {
		url: `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`,
		close: () =>
			(closing ??= new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})),
	};
}
