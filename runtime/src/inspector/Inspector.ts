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
import { redactFields } from './_redactFields.js';
import { packetMessage, restMessage } from './_toMessages.js';
import { defaultDiscoveryDir, type InspectorDiscovery, removeDiscovery, writeDiscovery } from './discovery.js';
import { InspectorError } from './InspectorError.js';
import { LocalAccess, type LocalAccessOptions } from './LocalAccess.js';
import {
	INSPECTOR_PROTOCOL_VERSION,
	type InspectorHello,
	type InspectorLibrary,
	type InspectorMessage,
} from './protocol/InspectorMessage.js';
import { SessionRecorder } from './SessionRecorder.js';

/** Options of an {@link Inspector}. */
export interface InspectorOptions {
	/** Interface to listen on. Default `127.0.0.1`; anything else exposes the bot's traffic to the network. */
	readonly host?: string;
	/** Port; default 0 (any free one, written to the discovery file). */
	readonly port?: number;
	/** Access token. Default 32 random bytes, hex. */
	readonly token?: string;
	/** Shown in editors (which add the pid). Default `ovenjs bot` (`discord.js bot` with library `discord.js`). */
	readonly name?: string;
	/** `bot` or `mock`. Default `bot`. */
	readonly source?: 'bot' | 'mock';
	/** The library the bot runs on, told to editors in `hello`. Default `ovenjs` (`mock` for source `mock`). */
	readonly library?: InspectorLibrary;
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
	/**
	 * Members whose values never leave, wherever they sit in a payload or body (`content`,
	 * `email`…): `[redacted]` in the stream and in recordings, on top of the tokens.
	 */
	readonly redactFields?: readonly string[];
	/**
	 * Records the session to this file from `start()` on (JSONL, mode 0600, the messages
	 * editors receive; see {@link Inspector.record}). `oven-mock --replay <file>` plays it back.
	 */
	readonly record?: string;
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
	readonly #fields: ReadonlySet<string>;
	readonly #recorders = new Set<SessionRecorder>();
	#address: InspectorAddress | undefined;
	#closing: Promise<void> | undefined;

	public constructor(options: InspectorOptions = {}) {
		if (options.token !== undefined && options.token.length < 16) {
			throw new InspectorError('INSPECTOR_INVALID_OPTION', 'token must be at least 16 characters; leave it out to get a random one.');
		}
		this.#options = options;
		this.#token = options.token ?? randomBytes(32).toString('hex');
		this.#access = new LocalAccess(options.host ?? '127.0.0.1', options.access);
		this.#fields = new Set(options.redactFields ?? []);
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
			name: this.#name,
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
		if (this.#options.record !== undefined) this.record(this.#options.record);
		return this.#address;
	}

	/** Sends a message, its secrets (and `redactFields`) redacted, to every connection and recording, and keeps it for replay. */
	public publish(message: InspectorMessage): void {
		if (this.#closing !== undefined) return;
		const text = redactSecrets(JSON.stringify(redactFields(message, this.#fields)), this.#options.secrets);
		this.#history.push(text);
		if (this.#history.length > (this.#options.replay ?? 1000)) this.#history.shift();
		const max = this.#options.maxBufferedBytes ?? 4 * 1024 * 1024;
		for (const socket of this.#wss.clients) if (socket.bufferedAmount <= max) socket.send(text);
		for (const recorder of this.#recorders) recorder.write(text);
	}

	/**
	 * Records the stream to `file` (JSONL, created for this user only): `hello`, the messages
	 * kept for replay (READY and what followed, when the bot is already running), then every
	 * message until the returned function, or {@link close}, stops it. Throws
	 * `INSPECTOR_RECORD_FAILED` when the file cannot be created.
	 */
	public record(file: string): () => Promise<void> {
		if (this.#closing !== undefined) throw new InspectorError('INSPECTOR_CLOSED', 'This inspector was closed; create a new one.');
		const recorder = new SessionRecorder(file);
		recorder.write(JSON.stringify({ ...this.#hello(), replayed: 0 }));
		for (const text of this.#history) recorder.write(text);
		this.#recorders.add(recorder);
		return () => {
			this.#recorders.delete(recorder);
			return recorder.close();
		};
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

	/**
	 * Streams a REST client's responses (with the bodies sent and received) and rate-limit
	 * waits. Returns a function that stops it.
	 */
	public attachREST(rest: REST): () => void {
		const sent = new Map<string, unknown>();
		const removeHook = rest.use({
			beforeRequest: (request) => {
				sent.set(`${request.id}:${request.attempt}`, request.body);
				// Attempts that never got a response (network errors) leave their entry: forget the oldest.
				if (sent.size > 1000) sent.delete(sent.keys().next().value as string);
			},
			afterResponse: (response) => {
				const key = `${response.id}:${response.attempt}`;
				this.publish(restMessage(response, sent.get(key)));
				sent.delete(key);
			},
		});
		const offLimited = rest.on('rateLimited', (info) => this.publish({ type: 'rateLimit', info, at: Date.now() }));
		return this.#track(() => {
			removeHook();
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
			const recorders = [...this.#recorders];
			this.#recorders.clear();
			for (const socket of this.#wss.clients) socket.close(1001, 'inspector closing');
			this.#wss.close();
			this.#server.closeAllConnections();
			if (this.#server.listening) await new Promise<void>((resolve) => this.#server.close(() => resolve()));
			if (this.#address?.discoveryFile !== undefined) await removeDiscovery(this.#address.discoveryFile);
			await Promise.all(recorders.map((recorder) => recorder.close()));
		})();
		return this.#closing;
	}

	#hello(): InspectorHello {
		const source = this.#options.source ?? 'bot';
		return {
			type: 'hello',
			protocol: INSPECTOR_PROTOCOL_VERSION,
			source,
			library: this.#options.library ?? (source === 'mock' ? 'mock' : 'ovenjs'),
			name: this.#name,
			pid: process.pid,
			replayed: 0,
		};
	}

	get #name(): string {
		return this.#options.name ?? `${this.#options.library ?? 'ovenjs'} bot`;
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
			const hello: InspectorHello = { ...this.#hello(), replayed: this.#history.length };
			ws.send(JSON.stringify(hello));
			for (const text of this.#history) ws.send(text);
		});
	}
}
