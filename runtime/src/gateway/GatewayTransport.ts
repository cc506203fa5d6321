/**
 * The wire under a shard: one WebSocket-like connection. The shard only needs to open a
 * URL, send frames, close with a code and hear back; a transport for another runtime
 * (or a recording replayer for benchmarks) implements these few members.
 */

/** What a transport reports to its owner. Each is called from the transport's own events. */
export interface GatewayTransportHandlers {
	/** The connection is open; frames may be sent. */
	onOpen(): void;
	/** One frame arrived: text or binary, as bytes. */
	onMessage(frame: Buffer): void;
	/** The connection is gone. Called exactly once, also when it never opened. */
	onClose(code: number, reason: string): void;
	/** A socket-level error; `onClose` follows. */
	onError(error: Error): void;
}

/** One open (or opening) connection. */
export interface GatewayTransport {
	/** Sends one frame; frames given while the connection is not open are dropped. */
	send(frame: string | Buffer): void;
	/** Closes with `code` (1000, or 3000–4999); resolves once the connection is gone. Idempotent. */
	close(code: number, reason?: string): Promise<void>;
}

/** Opens a transport to `url`; `handlers` receive its events. */
export type GatewayTransportFactory = (url: string, handlers: GatewayTransportHandlers) => GatewayTransport;
