import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalAccess } from 'ovenjs/inspector';
import type { GatewayBackend } from './GatewayBackend.js';
import type { MockGatewayOptions } from './gatewayOptions.js';
import { MockGateway } from './MockGateway.js';

/** A {@link MockGateway} listening on its own loopback HTTP server. */
export interface ServedGateway {
	readonly gateway: MockGateway;
	/** `ws://127.0.0.1:PORT/gateway`. */
	readonly url: string;
	/** Closes the gateway's sessions, then the server. Safe to call more than once. */
	close(): Promise<void>;
}

/**
 * Serves only the gateway, over a world you describe with a {@link GatewayBackend}: for
 * testing a gateway client (a shard, a sharding strategy) without the REST side. Binds
 * 127.0.0.1 on a free port and refuses web pages as the whole mock does; `createMockDiscord`
 * is the whole mock.
 */
export async function serveGateway(backend: GatewayBackend, options: MockGatewayOptions = {}): Promise<ServedGateway> {
	const gateway = new MockGateway(backend, options);
	const server = createServer((_request, response) => response.writeHead(404).end());
	const access = new LocalAccess('127.0.0.1');
	server.on('upgrade', (request, socket, head) => {
		if (access.refuseUpgrade(request, socket)) return;
		if (request.url?.startsWith('/gateway')) gateway.handleUpgrade(request, socket, head);
		else socket.destroy();
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	let closing: Promise<void> | undefined;
	return {
		gateway,
		url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/gateway`,
		close: () =>
			(closing ??= (async () => {
				await gateway.close();
				server.closeAllConnections();
				await new Promise<void>((resolve) => server.close(() => resolve()));
			})()),
	};
}
