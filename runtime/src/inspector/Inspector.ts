import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ShardRawPacket } from '../gateway/ShardEvents.js';
import { redactSecrets } from '../knowledge/redactSecrets.js';
import type { ShardingStrategy } from '../gateway/ShardingStrategy.js';
import type { REST } from '../rest/REST.js';
import { authorize } from './_authorize.js';
import { packetMessage, restMessage } from './_toMessages.js';
import { defaultDiscoveryDir, type InspectorDiscovery, removeDiscovery, writeDiscovery } from './discovery.js';
import { InspectorError } from './InspectorError.js';
import type { InspectorMessage } from './InspectorMessage.js';
import { LocalAccess, type LocalAccessOptions } from './LocalAccess.js';

/** Options of an {@link Inspector}. */
export interface InspectorOptions {
	/** Interface to listen on. Default `127.0.0.1`; anything else exposes the bot's traffic to the network. */
	readonly host?: string;
	/** Port; default 0 (any free one, written to the discovery file). */
	readonly port?: number;
	/** Access token. Default 32 random bytes, hex. */
	readonly token?: string;
	/** Shown in editors. Default `ovenjs bot (pid N)`. */
	readonly name?: string;
	/** `bot` or `mock`. Default `bot`. */
	readonly source?: 'bot' | 'mock';
	/** Where to write the discovery file; `false` writes none. Default {@link defaultDiscoveryDir}. */
	readonly discoveryDir?: string | false;
	/** Messages kept and replayed to a new connection, so it sees READY that came before it. Default 1000. */
	readonly replay?: number;
	/**
	 * Strings that must never leave (the bot token): replaced by `[redacted]` in any message, as
	 * a last guard, with everything `redactSecrets` finds (interaction and webhook tokens,
	 * `"token"` members, token-shaped strings).
	 */
	readonly secrets?: readonly string[];
	/** A connection with more than this many bytes unsent skips messages until it catches up. Default 4 MiB. */
	readonly maxBufferedBytes?: number;
	/** Browser origins and host names to let in; by default web pages are refused (see {@link LocalAccess}). */
	readonly access?: LocalAccessOptions;
}

/** Where a started inspector listens. */
export interface InspectorAddress {
	readonly url: string;
	readonly token: string;
	/** The discovery file, when one was written. */
	readonly discoveryFile: string | undefined;
}

const PATH = '/inspector';

/**
 * A loopback WebSocket that streams what a bot sees and sends — gateway packets (bot,
 * interaction and webhook tokens redacted), REST responses with their bucket state, rate-limit waits, shard status and
 * latency, cache sizes — to editors (the VS Code extension's Gateway Inspector). Only
 * connections that present the access token, and come from no web page, are accepted; the
 * token and URL are written to a discovery file readable by this user only.
 */
export class Inspector {
	readonly #options: InspectorOptions;
	readonly #token: string;
	readonly #wss = new WebSocketServer({ noServer: true });
	readonly #server: Server;
	readonly #history: string[] = [];
	readonly #detach: (() => void)[] = [];
	readonly #access: LocalAccess;
	#address: InspectorAddress | undefined;
	#closing: Promise<void> | undefined;

	public constructor(options: InspectorOptions = {}) {
		if (options.token !== undefined && options.token.length < 16) {
			throw new InspectorError('INSPECTOR_INVALID_OPTION', 'token must be at least 16 characters; leave it out to get a random one.');
		}
		this.#options = options;
		this.#token = options.token ?? randomBytes(32).toString('hex');
		this.#access = new LocalAccess(options.host ?? '127.0.0.1', options.access);
		this.#server = createServer((_request, response) => response.writeHead(404).end());
		this.#server.on('upgrade', (request, socket, head) => this.#upgrade(request, socket, head));
	}

	/** The address, once {@link start} resolved. */
	public get address(): InspectorAddress | undefined {
		return this.#address;
	}

	/** Connections currently open. */
	public get connections(): number {
		return this.#wss.clients.size;
	}

	/** Listens and writes the discovery file. */
	public async start(): Promise<InspectorAddress> {
		if (this.#closing !== undefined) throw new InspectorError('INSPECTOR_CLOSED', 'This inspector was closed; create a new one.');
		if (this.#address !== undefined) return this.#address;
		const host = this.#options.host ?? '127.0.0.1';
		await new Promise<void>((resolve, reject) => {
			this.#server.once('error', (error) =>
				reject(
					new InspectorError('INSPECTOR_LISTEN', `Cannot listen on ${host}:${this.#options.port ?? 0}: ${error.message}`, { cause: error }),
				),
			);
			this.#server.listen(this.#options.port ?? 0, host, resolve);
		});
		const port = (this.#server.address() as AddressInfo).port;
		const url = `ws://${host.includes(':') ? `[${host}]` : host}:${port}${PATH}`;
		const dir = this.#options.discoveryDir ?? defaultDiscoveryDir();
		const discovery: InspectorDiscovery = {
			url,
			token: this.#token,
			source: this.#options.source ?? 'bot',
			name: this.#options.name ?? `ovenjs bot (pid ${process.pid})`,
			pid: process.pid,
			startedAt: Date.now(),
		};
		let discoveryFile: string | undefined;
		try {
			discoveryFile = dir === false ? undefined : await writeDiscovery(dir, discovery);
		} catch (error) {
			// Nobody could find it: do not leave it listening.
			await new Promise<void>((resolve) => this.#server.close(() => resolve()));
			throw error;
		}
		this.#address = { url, token: this.#token, discoveryFile };
		return this.#address;
	}

	/** Sends a message, its secrets redacted, to every connection and keeps it for replay. */
	public publish(message: InspectorMessage): void {
		if (this.#closing !== undefined) return;
		const text = redactSecrets(JSON.stringify(message), this.#options.secrets);
		this.#history.push(text);
		if (this.#history.length > (this.#options.replay ?? 1000)) this.#history.shift();
		const max = this.#options.maxBufferedBytes ?? 4 * 1024 * 1024;
		for (const socket of this.#wss.clients) if (socket.bufferedAmount <= max) socket.send(text);
	}

	/** Publishes one gateway packet (for sources other than a sharding strategy, such as the mock's gateway). */
	public publishPacket(shardId: number, packet: ShardRawPacket): void {
		this.publish(packetMessage(shardId, packet));
	}

	/** Streams a sharding strategy's packets, status and latency. Returns a function that stops it. */
	public attachGateway(strategy: ShardingStrategy): () => void {
		const latencies = new Map<number, number>();
		const onRaw = (shardId: number, packet: ShardRawPacket): void => this.publishPacket(shardId, packet);
		const onStatus = (shardId: number, status: string): void =>
			this.publish({ type: 'shard', shardId, status, latencyMs: latencies.get(shardId) ?? null, at: Date.now() });
		const onLatency = (shardId: number, ms: number): void => {
			latencies.set(shardId, ms);
			this.publish({ type: 'shard', shardId, status: strategy.statuses().get(shardId) ?? 'idle', latencyMs: ms, at: Date.now() });
		};
		strategy.on('raw', onRaw);
		strategy.on('status', onStatus);
		strategy.on('latency', onLatency);
		return this.#track(() => {
			strategy.off('raw', onRaw);
			strategy.off('status', onStatus);
			strategy.off('latency', onLatency);
		});
	}

	/** Streams a REST client's responses and rate-limit waits. Returns a function that stops it. */
	public attachREST(rest: REST): () => void {
		const offResponse = rest.on('response', (event) => this.publish(restMessage(event)));
		const offLimited = rest.on('rateLimited', (info) => this.publish({ type: 'rateLimit', info, at: Date.now() }));
		return this.#track(() => {
			offResponse();
			offLimited();
		});
	}

	/** Samples cache sizes every `intervalMs` (default 2000). Returns a function that stops it. */
	public attachCache(sizes: () => Readonly<Record<string, number>>, intervalMs = 2000): () => void {
		const timer = setInterval(() => this.publish({ type: 'cache', sizes: sizes(), at: Date.now() }), intervalMs);
		timer.unref();
		return this.#track(() => clearInterval(timer));
	}

	/** Stops streaming, closes every connection and the server, removes the discovery file. Idempotent. */
	public close(): Promise<void> {
		this.#closing ??= (async () => {
			for (const detach of this.#detach.splice(0)) detach();
			for (const socket of this.#wss.clients) socket.close(1001, 'inspector closing');
			this.#wss.close();
			this.#server.closeAllConnections();
			if (this.#server.listening) await new Promise<void>((resolve) => this.#server.close(() => resolve()));
			if (this.#address?.discoveryFile !== undefined) await removeDiscovery(this.#address.discoveryFile);
		})();
		return this.#closing;
	}

	#track(detach: () => void): () => void {
		this.#detach.push(detach);
		return detach;
	}

	#upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		if (path !== PATH) {
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
			return;
		}
		if (this.#access.refuseUpgrade(request, socket)) return;
		if (!authorize(request, this.#token)) {
			socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
			return;
		}
		this.#wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
			this.#wss.emit('connection', ws, request);
			ws.on('error', () => ws.terminate());
			const hello: InspectorMessage = {
				type: 'hello',
				source: this.#options.source ?? 'bot',
				name: this.#options.name ?? `ovenjs bot (pid ${process.pid})`,
				pid: process.pid,
				replayed: this.#history.length,
			};
			ws.send(JSON.stringify(hello));
			for (const text of this.#history) ws.send(text);
		});
	}
}
