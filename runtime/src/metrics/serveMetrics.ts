import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalAccess, type LocalAccessOptions } from '../inspector/LocalAccess.js';
import type { Metrics } from './Metrics.js';
import { MetricsError } from './MetricsError.js';

/** A running `/metrics` endpoint. */
export interface MetricsServer {
	/** `http://127.0.0.1:PORT/metrics`. */
	readonly url: string;
	/** Stops listening. Idempotent. */
	close(): Promise<void>;
}

/**
 * Serves `GET /metrics` for Prometheus, on 127.0.0.1 unless told otherwise. Web pages are
 * refused (`access` lets an origin or host name in; see {@link LocalAccess}).
 */
export async function serveMetrics(
	metrics: Metrics,
	options: { readonly port?: number; readonly host?: string; readonly access?: LocalAccessOptions } = {},
): Promise<MetricsServer> {
	const host = options.host ?? '127.0.0.1';
	const access = new LocalAccess(host, options.access);
	const server = createServer((request, response) => {
		if (access.refuseRequest(request, response)) return;
		if (request.method !== 'GET' || new URL(request.url ?? '/', 'http://localhost').pathname !== '/metrics') {
			response.writeHead(404).end();
			return;
		}
		metrics.text().then(
			(text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
			(error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${(error as Error).message}\n`),
		);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', (error) =>
			reject(new MetricsError('METRICS_LISTEN', `Cannot listen on ${host}:${options.port ?? 0}: ${error.message}`, { cause: error })),
		);
		server.listen(options.port ?? 0, host, resolve);
	});
	let closing: Promise<void> | undefined;
	return {
		url: `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}/metrics`,
		close: () =>
			(closing ??= new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})),
	};
}
