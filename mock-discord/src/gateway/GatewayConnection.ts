import { GatewayCloseCodes as CloseCode, GatewayOpcodes } from 'discord-api-types/v10';
import type { RawData, WebSocket } from 'ws';
import { GatewayCloseError, closeReason } from './GatewayCloseError.js';
import { GatewayCompression, type TransportCompression } from './GatewayCompression.js';
import { HeartbeatMonitor } from './HeartbeatMonitor.js';
import type { GatewaySession, SessionSink } from './GatewaySession.js';
import { SendLimiter } from './SendLimiter.js';
import type { ResolvedGatewayOptions } from './gatewayOptions.js';

/** A decoded client payload. */
export interface ClientPayload {
	readonly op: number;
	readonly d: unknown;
}

/** What the gateway does with a connection's payloads and its end. */
export interface ConnectionHandler {
	/** Handles one payload; throwing {@link GatewayCloseError} closes this connection. */
	onPayload(connection: GatewayConnection, payload: ClientPayload): void;
	/** Called once when the socket is gone. `byServer` is the code this side closed with. */
	onClose(connection: GatewayConnection, code: number, byServer: boolean): void;
}

/**
 * One WebSocket to one client: framing, decoding, the payload size and send limits, the
 * heartbeat deadline and transport compression. Protocol decisions stay in the handler.
 */
export class GatewayConnection implements SessionSink {
	/** The URL the client connected to, minus its query: READY's `resume_gateway_url`. */
	public readonly gatewayUrl: string;
	/** The session this connection is identified or resumed as. */
	public session: GatewaySession | undefined;
	/** Set by the zombie fault: heartbeats are no longer acknowledged. */
	public zombie = false;
	readonly #ws: WebSocket;
	readonly #options: ResolvedGatewayOptions;
	readonly #handler: ConnectionHandler;
	readonly #limiter: SendLimiter;
	readonly #compression: GatewayCompression | undefined;
	readonly #heartbeat: HeartbeatMonitor;
	#closeCode: number | undefined;
	#closed = false;

	public constructor(
		ws: WebSocket,
		init: { gatewayUrl: string; compress: TransportCompression | undefined; options: ResolvedGatewayOptions; handler: ConnectionHandler },
	) {
		this.#ws = ws;
		this.gatewayUrl = init.gatewayUrl;
		this.#options = init.options;
		this.#handler = init.handler;
		this.#limiter = new SendLimiter(init.options.sendLimit, init.options.sendLimitWindow);
		this.#compression = init.compress === undefined ? undefined : new GatewayCompression(init.compress);
		this.#heartbeat = new HeartbeatMonitor({
			intervalMs: init.options.heartbeatInterval,
			graceMs: init.options.heartbeatGrace,
			onRequest: () => this.sendPayload({ op: GatewayOpcodes.Heartbeat, d: null }),
			onTimeout: () => {
				init.options.log(`gateway ${this.label} closed 4009 SessionTimedOut: no heartbeat in time`);
				this.close(CloseCode.SessionTimedOut, 'Session timed out');
			},
		});
		ws.on('message', (data, isBinary) => this.#onMessage(data, isBinary));
		ws.on('close', (code) => this.#onClose(code));
		ws.on('error', () => {
			// ws emits 'close' after 'error'; the close path cleans up.
		});
	}

	/** A short label for logs: the shard once known. */
	public get label(): string {
		const shard = this.session?.shard;
		return shard === undefined ? 'connection' : `shard ${shard[0]}/${shard[1]}`;
	}

	/** Whether the socket is closing or closed. */
	public get closed(): boolean {
		return this.#closed || this.#closeCode !== undefined;
	}

	/** Sends HELLO and starts the heartbeat timers. */
	public hello(): void {
		this.sendPayload({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.#options.heartbeatInterval } });
		this.#heartbeat.beat();
	}

	/** Sends a non-dispatch payload. */
	public sendPayload(payload: { op: number; d: unknown }): void {
		this.send(JSON.stringify({ ...payload, s: null, t: null }));
	}

	/** Sends one serialized payload, compressed when the client asked for zlib-stream or zstd-stream. */
	public send(text: string): void {
		if (this.closed) return;
		this.#options.tap?.(this.session?.shard[0] ?? null, 'out', text);
		if (this.#compression === undefined) {
			this.#ws.send(text);
			return;
		}
		void this.#compression.compress(text, (frame) => {
			if (!this.#closed) this.#ws.send(frame, { binary: true });
		});
	}

	/** Restarts the heartbeat timers: a client heartbeat arrived. */
	public heartbeatReceived(): void {
		this.#heartbeat.beat();
	}

	/** Closes with `code` once queued frames are out. Idempotent. */
	public close(code: number, reason = ''): void {
		if (this.closed) return;
		this.#closeCode = code;
		this.#heartbeat.stop();
		const finish = (): void => {
			try {
				this.#ws.close(code, closeReason(reason));
			} catch {
				// Closing must never throw out of a socket event and take other clients down.
				this.#ws.terminate();
			}
			// A client that never answers the close frame must not hold the socket open.
			setTimeout(() => this.#ws.terminate(), 1000).unref();
		};
		if (this.#compression === undefined) finish();
		// Queued compressed frames go out first; a stuck deflate must not keep the socket open.
		else void Promise.race([this.#compression.drained(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]).then(finish);
	}

	/**
	 * Closes at once with 4002 for a message over the payload limit, seen at its frame header:
	 * queued compressed frames are dropped so the WebSocket library's own 1009 cannot come first.
	 */
	public refuseOversized(bytes: number): void {
		if (this.closed) return;
		this.#options.log(`gateway ${this.label} closed 4002 DecodeError: payload of ${bytes} bytes exceeds ${this.#options.maxPayloadBytes}`);
		this.#closeCode = CloseCode.DecodeError;
		this.#heartbeat.stop();
		this.#ws.close(CloseCode.DecodeError, closeReason(`payload exceeds ${this.#options.maxPayloadBytes} bytes`));
		setTimeout(() => this.#ws.terminate(), 1000).unref();
	}

	#onMessage(data: RawData, isBinary: boolean): void {
		if (this.closed) return;
		try {
			const payload = this.#decode(data, isBinary);
			this.#handler.onPayload(this, payload);
		} catch (error) {
			if (error instanceof GatewayCloseError) {
				this.#options.log(`gateway ${this.label} closed ${error.message}`);
				this.close(error.closeCode, error.reason);
				return;
			}
			this.#options.log(`gateway ${this.label} closed 4000 after an internal error: ${String(error)}`);
			this.close(CloseCode.UnknownError, 'Unknown error');
		}
	}

	#decode(data: RawData, isBinary: boolean): ClientPayload {
		const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data));
		if (bytes.length > this.#options.maxPayloadBytes) {
			throw new GatewayCloseError(CloseCode.DecodeError, `payload of ${bytes.length} bytes exceeds ${this.#options.maxPayloadBytes}`);
		}
		if (!this.#limiter.take()) {
			throw new GatewayCloseError(
				CloseCode.RateLimited,
				`more than ${this.#options.sendLimit} payloads in ${this.#options.sendLimitWindow} ms`,
			);
		}
		// ETF (binary frames starting with 131) is not offered; JSON in a binary frame is accepted.
		if (isBinary && bytes[0] === 131) throw new GatewayCloseError(CloseCode.DecodeError, 'ETF is not supported');
		let parsed: unknown;
		const text = bytes.toString('utf8');
		this.#options.tap?.(this.session?.shard[0] ?? null, 'in', text);
		try {
			parsed = JSON.parse(text);
		} catch {
			throw new GatewayCloseError(CloseCode.DecodeError, 'payload is not valid JSON');
		}
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			throw new GatewayCloseError(CloseCode.DecodeError, 'payload is not an object');
		}
		const { op, d } = parsed as { op?: unknown; d?: unknown };
		if (typeof op !== 'number' || !Number.isInteger(op))
			throw new GatewayCloseError(CloseCode.UnknownOpcode, `invalid opcode ${String(op)}`);
		return { op, d };
	}

	#onClose(code: number): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#heartbeat.stop();
		this.#compression?.close();
		const byServer = this.#closeCode !== undefined;
		this.#handler.onClose(this, this.#closeCode ?? code, byServer);
	}
}
