import type { IncomingMessage, ServerResponse } from 'node:http';
import { RestError, restError } from '../errors/RestError.js';
import type { InteractionStore } from '../interactions/InteractionStore.js';
import { readBody } from '../http/readBody.js';
import type { Router } from '../http/Router.js';
import type { World } from '../world/World.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function hasBody(req: IncomingMessage): boolean {
	return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? '0') > 0;
}

/**
 * Serves one control-API request (`/_mock/...`): loopback callers only, JSON in and out. The
 * mock's server has already refused web pages (Origin, Host); see `LocalAccess`.
 */
export async function handleControl(
	deps: {
		readonly world: World;
		readonly interactions: InteractionStore;
		readonly router: Router;
		readonly gatewayUrl: () => string;
		readonly log: (line: string) => void;
	},
	req: IncomingMessage,
	res: ServerResponse,
	path: string,
	query: URLSearchParams,
): Promise<void> {
	let status = 500;
	let body: unknown;
	try {
		// The control API can impersonate any user, so it never answers another machine.
		if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) throw new RestError(403, 0, 'The control API only answers loopback clients.');
		const method = (req.method ?? 'GET').toUpperCase();
		const match = deps.router.match(method, path);
		if (match === undefined) throw restError('notFound');
		if (match === 'method') throw restError('methodNotAllowed');
		// A web page can send a form or text/plain without asking first (no preflight); JSON it cannot.
		if (hasBody(req) && !/^application\/json\s*(?:;|$)/i.test(req.headers['content-type'] ?? ''))
			throw new RestError(415, 0, 'The control API takes JSON bodies only: send content-type: application/json.');
		const parsed = method === 'GET' ? { json: undefined, files: [] } : await readBody(req, 1024 * 1024);
		const result = await match.route.handler({
			world: deps.world,
			interactions: deps.interactions,
			params: match.params,
			query,
			body: parsed.json,
			files: parsed.files,
			headers: req.headers,
			gatewayUrl: deps.gatewayUrl(),
		});
		status = result.status;
		body = result.body;
	} catch (error) {
		if (!(error instanceof RestError)) deps.log(`control error: ${(error as Error).stack ?? String(error)}`);
		status = error instanceof RestError ? error.status : 500;
		body = error instanceof RestError ? error.body : { message: String((error as Error).message), code: 0 };
		if (!req.readableEnded) req.resume();
	}
	if (status === 204 || body === undefined) {
		res.writeHead(status).end();
		return;
	}
	const text = JSON.stringify(body);
	res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}
