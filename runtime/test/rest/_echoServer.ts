import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the echo server saw. */
export interface Seen {
	readonly method: string;
	readonly url: string;
	readonly headers: IncomingHttpHeaders;
	readonly body: string;
}

/** A loopback server that records requests and answers through `respond` (default: echo as JSON). */
export async function startEchoServer(
	respond?: (seen: Seen, res: ServerResponse, index: number) => void,
): Promise<{ api: string; seen: Seen[]; close(): Promise<void> }> {
	const seen: Seen[] = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const entry: Seen = {
				method: req.method ?? '',
				url: req.url ?? '',
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			seen.push(entry);
			if (respond !== undefined) respond(entry, res, seen.length - 1);
			else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: entry.url }));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		api: `http://127.0.0.1:${port}/api`,
		seen,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
