import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { LocalAccess } from '../inspector/LocalAccess.js';
import { _apiBase } from '../rest/_apiBase.js';
import { TypedEmitter } from '../rest/_TypedEmitter.js';
import type { RESTMethod } from '../rest/REST.js';
import { routeInfo } from '../rest/routeInfo.js';
import { ProxyClients } from './_ProxyClients.js';
import { answer, downstreamHeaders, readRequestBody, upstreamFailure, upstreamHeaders } from './_proxyHttp.js';
import { InvalidRESTOptionError } from '../rest/errors/InvalidRESTOptionError.js';
import { RestProxyError } from './RestProxyError.js';
import type { RestProxyOptions } from './RestProxyOptions.js';

/** `/api/v10/channels/1` or `/v10/channels/1` (discordeno's proxy base has no `/api`). */
const API_PATH = /^(?:\/api)?\/v([1-9]\d?)(\/[^?#]*(?:\?[^#]*)?)$/;
const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** The events of a {@link RestProxy}. */
export interface RestProxyEvents {
	/** A request the proxy answered with an error of its own (bad request, upstream failure); never carries a token. */
	error: [error: RestProxyError];
}

/** What `GET /ready` and `GET /health` answer. */
export interface RestProxyHealth {
	/** False once `close()` was called. */
	readonly ready: boolean;
	/** `unused` without Redis; `outage` while a store runs on per-process limits. */
	readonly redis: 'unused' | 'ok' | 'outage';
	/** Tokens with live rate-limit state. */
	readonly tokens: number;
}

/**
 * A running REST proxy (see {@link createRestProxy}): Discord's HTTP API for many clients, with
 * the rate limits of all of them held here.
 */
export class RestProxy extends TypedEmitter<RestProxyEvents> {
	/** `http://127.0.0.1:PORT`, without a path. */
	readonly url: string;
	/** The API base to give clients: `${url}/api` (`@discordjs/rest`'s `api`, OvenJS's `api` or `OVEN_API_URL`). */
	readonly api: string;
	readonly #server: Server;
	readonly #clients: ProxyClients;
	readonly #pool: Pool;
	readonly #maxBodyBytes: number;
	readonly #injects: boolean;
	readonly #secret: Buffer | undefined;
	readonly #redis: boolean;
	#closing: Promise<void> | undefined;

	/** @internal Use {@link createRestProxy}. */
	constructor(server: Server, clients: ProxyClients, pool: Pool, options: RestProxyOptions) {
		super();
		this.#server = server;
		this.#clients = clients;
		this.#pool = pool;
		this.#maxBodyBytes = options.maxBodyBytes ?? 104_857_600;
		this.#injects = options.token !== undefined;
		this.#secret = options.secret === undefined ? undefined : Buffer.from(options.secret);
		this.#redis = options.redis !== undefined;
		const host = (server.address() as AddressInfo).address;
		this.url = `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
		this.api = `${this.url}/api`;
	}

	/** Liveness and readiness, as `/health` and `/ready` answer them. */
	health(): RestProxyHealth {
		return {
			ready: this.#closing === undefined,
			redis: !this.#redis ? 'unused' : this.#clients.redisOutage ? 'outage' : 'ok',
			tokens: this.#clients.size,
		};
	}

	/** Stops listening, rejects what is queued (503), closes the pool and the stores. Idempotent. */
	close(): Promise<void> {
		return (this.#closing ??= (async () => {
			const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
			await this.#clients.destroy();
			this.#server.closeAllConnections();
			await closed;
			await this.#pool.destroy().catch(() => undefined);
		})());
	}

	/** @internal The server's request handler. */
	async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const url = request.url ?? '/';
		if (url === '/health' || url === '/ready') {
			const health = this.health();
			const status = url === '/ready' && !health.ready ? 503 : 200;
			return answer(response, status, {}, JSON.stringify(health));
		}
		const method = request.method ?? 'GET';
		const match = API_PATH.exec(url);
		let route = '/';
		try {
			if (match === null)
				throw new RestProxyError(
					'REST_PROXY_BAD_REQUEST',
					404,
					// The path itself stays out: a malformed webhook path would carry its token into the logs.
					`Not an API path; send /api/v10/… (the proxy's api URL is ${this.api}).`,
				);
			route = match[2] ?? '/';
			if (!METHODS.has(method)) throw new RestProxyError('REST_PROXY_BAD_REQUEST', 405, `${method} is not a method Discord's API takes.`);
			if (this.#closing !== undefined)
				throw new RestProxyError('REST_PROXY_CLOSED', 503, 'The REST proxy is shutting down; retry on another.');
			const authorization = this.#authorize(request.headers.authorization);
			const body = await readRequestBody(request, this.#maxBodyBytes);
			const controller = new AbortController();
			// The client gave up (its own timeout, a crash): its request leaves the queue, and is not sent late.
			response.on('close', () => {
				if (!response.writableFinished) controller.abort();
			});
			const rest = this.#clients.client(request.headers.authorization, Number(match[1]));
			const forwarded = await rest.forward({
				method: method as RESTMethod,
				route,
				headers: upstreamHeaders(request.headers),
				...(body === undefined ? {} : { body }),
				...(authorization === undefined ? {} : { authorization }),
				signal: controller.signal,
			});
			if (response.destroyed) return;
			response.writeHead(forwarded.status, downstreamHeaders(forwarded.headers, forwarded.body.length)).end(forwarded.body);
		} catch (error) {
			if (response.destroyed) return;
			const failure = upstreamFailure(error, method, routeInfo(method, route).template);
			this.emit('error', failure.error);
			answer(response, failure.error.status, failure.headers, failure.body);
		}
	}

	/**
	 * The `Authorization` to send: the client's in pass-through mode; else none here (the REST
	 * client injects the proxy's token), and with a secret only for a client that sent it.
	 */
	#authorize(sent: string | undefined): string | undefined {
		if (!this.#injects) return sent;
		if (this.#secret === undefined) return undefined;
		const given = Buffer.from(sent ?? '');
		if (given.length !== this.#secret.length || !timingSafeEqual(given, this.#secret))
			throw new RestProxyError('REST_PROXY_UNAUTHORIZED', 401, 'This REST proxy needs its secret in the Authorization header.');
		return undefined;
	}
}

/**
 * Starts a REST proxy: Discord's HTTP API (`/api/v10/…`) for any number of clients and any
 * library (`@discordjs/rest`'s `api` option, discordeno's `proxy.baseUrl`, OvenJS's `api` or
 * `OVEN_API_URL`), with the rate limits of all of them held here, in memory or in Redis for
 * several proxies. Bodies (JSON and multipart) and headers (`X-Audit-Log-Reason`, …) pass
 * through both ways, `X-RateLimit-*` back to the clients; 429s are waited out here. Tokens pass
 * through, or `token` is injected. Binds 127.0.0.1 unless told otherwise; `GET /health` and
 * `GET /ready` answer probes.
 *
 * @example
 * ```ts
 * const proxy = await createRestProxy({ port: 8080, token: process.env.DISCORD_TOKEN });
 * // elsewhere: new REST({ api: 'http://127.0.0.1:8080/api' }).setToken('unused')
 * ```
 * @throws {InvalidRESTOptionError} an unusable option or port.
 * @throws {InvalidTokenError} a malformed `token`.
 */
export async function createRestProxy(options: RestProxyOptions = {}): Promise<RestProxy> {
	const host = options.host ?? '127.0.0.1';
	if (options.secret !== undefined && (options.token === undefined || options.secret === ''))
		throw new InvalidRESTOptionError('`secret` needs `token`: a secret only makes sense when the proxy injects its own token.');
	if (options.maxBodyBytes !== undefined && !(Number.isSafeInteger(options.maxBodyBytes) && options.maxBodyBytes > 0))
		throw new InvalidRESTOptionError(`maxBodyBytes must be a whole number of bytes > 0, got ${String(options.maxBodyBytes)}.`);
	let origin: string;
	try {
		origin = new URL(String(_apiBase(options.api).value)).origin;
	} catch (error) {
		throw new InvalidRESTOptionError(
			`api must be an absolute URL such as https://discord.com/api, got ${JSON.stringify(_apiBase(options.api).value)}.`,
			{ cause: error },
		);
	}
	const pool = new Pool(origin, { connections: options.rest?.connections ?? 64 });
	let proxy: RestProxy | undefined;
	const clients = new ProxyClients(options, pool);
	try {
		// Made now, so that a bad token or REST option fails here and not on the first request.
		clients.client(undefined, 10);
	} catch (error) {
		await clients.destroy();
		await pool.destroy();
		throw error;
	}
	const access = new LocalAccess(host, options.access);
	const server = createServer((request, response) => {
		if (access.refuseRequest(request, response)) return;
		void proxy?.handle(request, response);
	});
	try {
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(options.port ?? 0, host, resolve);
		});
	} catch (error) {
		await clients.destroy();
		await pool.destroy();
		throw new InvalidRESTOptionError(`Cannot listen on ${host}:${options.port ?? 0}: ${(error as Error).message}`, {
			cause: error,
		});
	}
	proxy = new RestProxy(server, clients, pool, options);
	return proxy;
}
