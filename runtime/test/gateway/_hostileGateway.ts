import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, createDeflate, type Deflate } from 'node:zlib';
import { WebSocketServer, type WebSocket } from 'ws';
import { closeCodeAction } from 'ovenjs/knowledge';

/** One dispatch the server committed to a session: what a RESUME replays. */
export interface Committed {
	readonly op: 0;
	readonly s: number;
	readonly t: string;
	readonly d: unknown;
}

/** A session the server keeps: its committed dispatches, in order. */
export interface HostileSession {
	readonly id: string;
	readonly log: Committed[];
	seq: number;
	/** False once the server ended it (op 9 false, a re-identify close, a new IDENTIFY). */
	live: boolean;
}

/**
 * One client connection. Every send goes through one chain, so frames keep their order
 * whether they are compressed (zlib-stream, one deflate context per connection), raw bytes
 * or a close.
 */
export class HostileConnection {
	readonly index: number;
	readonly compressed: boolean;
	/** Client payloads, decoded. */
	readonly received: { op: number; d: unknown }[] = [];
	/** Committed dispatches sent on this connection, in order. */
	readonly sent: Committed[] = [];
	/** The session this connection is authenticated for (after READY or RESUMED). */
	session: HostileSession | undefined;
	/** Stop acknowledging heartbeats. */
	zombie = false;
	closed = false;
	readonly #ws: WebSocket;
	readonly #deflate: Deflate | undefined;
	#chunks: Buffer[] = [];
	#tail: Promise<void> = Promise.resolve();

	constructor(ws: WebSocket, index: number, compressed: boolean) {
		this.#ws = ws;
		this.index = index;
		this.compressed = compressed;
		if (compressed) {
			this.#deflate = createDeflate({ chunkSize: 64 * 1024 });
			this.#deflate.on('data', (chunk: Buffer) => this.#chunks.push(chunk));
		}
		ws.on('close', () => {
			this.closed = true;
			this.#deflate?.close();
		});
	}

	/** Sends a payload as JSON. */
	send(payload: unknown): Promise<void> {
		return this.sendText(JSON.stringify(payload));
	}

	/** Sends text as one message (compressed on a zlib-stream connection). */
	sendText(text: string): Promise<void> {
		return this.#then(async () => {
			const deflate = this.#deflate;
			if (deflate === undefined) return this.#ws.send(text);
			await new Promise<void>((resolve) => {
				deflate.write(text);
				deflate.flush(constants.Z_SYNC_FLUSH, () => resolve());
			});
			const frame = Buffer.concat(this.#chunks);
			this.#chunks = [];
			if (!this.closed) this.#ws.send(frame);
		});
	}

	/** Sends bytes as they are, bypassing compression (corrupt zlib, binary garbage). */
	sendBytes(bytes: Buffer): Promise<void> {
		return this.#then(() => this.#ws.send(bytes));
	}

	/** Closes with `code` once everything queued before is sent. */
	close(code: number, reason = ''): Promise<void> {
		return this.#then(() => this.#ws.close(code, reason));
	}

	/** Drops the TCP connection without a close frame. */
	terminate(): void {
		this.#ws.terminate();
	}

	#then(step: () => void | Promise<void>): Promise<void> {
		this.#tail = this.#tail.then(async () => {
			if (!this.closed && this.#ws.readyState === this.#ws.OPEN) await step();
		});
		return this.#tail;
	}
}

/** Hooks that let a test misbehave; each returns true when it handled the moment itself. */
export interface HostileScript {
	/** A connection opened; return true to skip the honest HELLO. */
	onOpen?(connection: HostileConnection): boolean | void;
	/** IDENTIFY (op 2) or RESUME (op 6) arrived; return true to skip the honest answer. */
	onHandshake?(connection: HostileConnection, op: 2 | 6): boolean | void;
	/** The connection is authenticated: READY or RESUMED was just sent. */
	afterHandshake?(connection: HostileConnection, kind: 'READY' | 'RESUMED'): void;
}

/**
 * A gateway on loopback that is honest by default (HELLO, READY, RESUME with replay of what
 * it committed, heartbeat ACKs) and misbehaves where a test's {@link HostileScript} says.
 * It keeps every committed dispatch per session: the truth the client's deliveries are
 * compared against.
 */
export class HostileGateway {
	readonly url: string;
	readonly heartbeatInterval: number;
	/** `performance.now()` of each connection's arrival. */
	readonly opens: number[] = [];
	readonly connections: HostileConnection[] = [];
	readonly sessions: HostileSession[] = [];
	script: HostileScript;
	readonly #server: Server;
	readonly #wss: WebSocketServer;

	private constructor(server: Server, wss: WebSocketServer, url: string, script: HostileScript, heartbeatInterval: number) {
		this.#server = server;
		this.#wss = wss;
		this.url = url;
		this.script = script;
		this.heartbeatInterval = heartbeatInterval;
		wss.on('connection', (ws, request) => this.#accept(ws, new URL(request.url ?? '/', url).searchParams.get('compress') !== null));
	}

	/** Starts a server on 127.0.0.1, port 0. */
	static async start(script: HostileScript = {}, heartbeatInterval = 30_000): Promise<HostileGateway> {
		const server = createServer();
		const wss = new WebSocketServer({ server });
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		return new HostileGateway(server, wss, `ws://127.0.0.1:${port}`, script, heartbeatInterval);
	}

	/** The live session, if any. */
	get session(): HostileSession | undefined {
		const last = this.sessions.at(-1);
		return last?.live === true ? last : undefined;
	}

	/** The open connection authenticated for the live session, if any. */
	get current(): HostileConnection | undefined {
		const session = this.session;
		return this.connections.find((c) => !c.closed && c.session !== undefined && c.session === session);
	}

	/**
	 * Commits a dispatch to the live session (skipping `skip` sequence numbers first) and, unless
	 * `send` is false, sends it if connected. A committed dispatch is replayed on resume.
	 */
	dispatch(t: string, d: unknown, skip = 0, send = true): Committed | undefined {
		const session = this.session;
		if (session === undefined) return undefined;
		session.seq += 1 + skip;
		const committed: Committed = { op: 0, s: session.seq, t, d };
		session.log.push(committed);
		const current = send ? this.current : undefined;
		if (current !== undefined) {
			current.sent.push(committed);
			void current.send(committed);
		}
		return committed;
	}

	/** Ends the live session: a RESUME of it gets op 9 false. */
	endSession(): void {
		const session = this.session;
		if (session !== undefined) session.live = false;
	}

	/** Closes every connection and the server. */
	async close(): Promise<void> {
		for (const ws of this.#wss.clients) ws.terminate();
		await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
		await new Promise<void>((resolve) => this.#server.close(() => resolve()));
	}

	#accept(ws: WebSocket, compressed: boolean): void {
		const connection = new HostileConnection(ws, this.connections.length, compressed);
		this.connections.push(connection);
		this.opens.push(performance.now());
		ws.on('message', (data: Buffer) => {
			let payload: { op: number; d: unknown };
			try {
				payload = JSON.parse(data.toString('utf8')) as { op: number; d: unknown };
			} catch {
				return void connection.close(4002, 'decode error');
			}
			connection.received.push(payload);
			this.#onPayload(connection, payload);
		});
		ws.on('close', (code) => {
			// A client closing with 1000/1001 ends its session, as Discord documents.
			if ((code === 1000 || code === 1001) && connection.session !== undefined) connection.session.live = false;
		});
		if (this.script.onOpen?.(connection) !== true) void connection.send({ op: 10, d: { heartbeat_interval: this.heartbeatInterval } });
	}

	/** Closes `connection` with `code`; a code that makes the client identify anew ends the session here too. */
	closeWith(connection: HostileConnection, code: number, reason = ''): Promise<void> {
		if (closeCodeAction(code) !== 'resume') this.endSession();
		return connection.close(code, reason);
	}

	#onPayload(connection: HostileConnection, { op, d }: { op: number; d: unknown }): void {
		switch (op) {
			case 1:
				if (!connection.zombie) void connection.send({ op: 11 });
				return;
			case 2: {
				if (this.script.onHandshake?.(connection, 2) === true) return;
				this.endSession();
				const session: HostileSession = { id: `session-${this.sessions.length + 1}`, log: [], seq: 0, live: true };
				this.sessions.push(session);
				connection.session = session;
				this.dispatch('READY', {
					v: 10,
					user: { id: '100000000000000001', username: 'bot', discriminator: '0', global_name: null, avatar: null, bot: true },
					guilds: [],
					session_id: session.id,
					resume_gateway_url: this.url,
					shard: [0, 1],
					application: { id: '100000000000000001', flags: 0 },
				});
				return this.script.afterHandshake?.(connection, 'READY');
			}
			case 6: {
				if (this.script.onHandshake?.(connection, 6) === true) return;
				const { session_id: id, seq } = d as { session_id: string; seq: number };
				const session = this.session;
				if (session === undefined || session.id !== id || seq > session.seq) return void connection.send({ op: 9, d: false });
				for (const old of this.connections) if (old !== connection && old.session === session) old.session = undefined;
				connection.session = session;
				for (const entry of session.log)
					if (entry.s > seq) {
						connection.sent.push(entry);
						void connection.send(entry);
					}
				this.dispatch('RESUMED', null);
				return this.script.afterHandshake?.(connection, 'RESUMED');
			}
		}
	}
}

/** The most connections opened within any `windowMs`. */
export function peakOpens(opens: readonly number[], windowMs = 1000): number {
	let peak = 0;
	for (let i = 0, j = 0; i < opens.length; i++) {
		while ((opens[i] as number) - (opens[j] as number) > windowMs) j++;
		peak = Math.max(peak, i - j + 1);
	}
	return peak;
}
