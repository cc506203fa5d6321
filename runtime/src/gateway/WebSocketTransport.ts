import WebSocket from 'ws';
import { DEFAULT_MAX_MESSAGE_BYTES } from './_StreamDecompressor.js';
import type { GatewayTransport, GatewayTransportFactory, GatewayTransportHandlers } from './GatewayTransport.js';

/** How long a peer gets to answer our close frame before the socket is torn down. */
const CLOSE_GRACE_MS = 1000;
/** How long after that `close()` resolves even if the socket never reports `close`. */
const CLOSE_DEADLINE_MS = 2 * CLOSE_GRACE_MS;

/**
 * {@link GatewayTransport} over the `ws` package. Per-message deflate is off: Discord
 * compresses with zlib-stream at the payload level instead. Text frames are not checked for
 * valid UTF-8 (a pass over every byte of every message): the decoder reads them as UTF-8
 * anyway, and a malformed sequence becomes U+FFFD instead of closing the connection.
 */
export class WebSocketTransport implements GatewayTransport {
	readonly #ws: WebSocket;
	readonly #closed: Promise<void>;
	#closing: Promise<void> | undefined;

	public constructor(url: string, handlers: GatewayTransportHandlers) {
		// A larger frame closes the socket with 1009, and the shard resumes.
		this.#ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true, maxPayload: DEFAULT_MAX_MESSAGE_BYTES });
		this.#ws.binaryType = 'nodebuffer';
		this.#closed = new Promise((resolve) => {
			this.#ws.once('close', (code, reason) => {
				resolve();
				handlers.onClose(code, reason.toString('utf8'));
			});
		});
		this.#ws.on('open', () => handlers.onOpen());
		// With 'nodebuffer', every message (fragmented or not) arrives as one Buffer.
		this.#ws.on('message', (data) => handlers.onMessage(data as Buffer));
		this.#ws.on('error', (error) => handlers.onError(error));
	}

	/** Sends one frame if the socket is open. */
	public send(frame: string | Buffer): void {
		if (this.#ws.readyState === WebSocket.OPEN) this.#ws.send(frame);
	}

	/**
	 * Sends a close frame, or aborts a handshake still in progress. Resolves when the socket is
	 * gone, and at the latest {@link CLOSE_DEADLINE_MS} later: a socket whose close never comes
	 * must not keep a `destroy()` waiting.
	 */
	public close(code: number, reason = ''): Promise<void> {
		if (this.#closing || this.#ws.readyState === WebSocket.CLOSED) return this.#closing ?? this.#closed;
		if (this.#ws.readyState === WebSocket.CONNECTING) this.#ws.terminate();
		else this.#ws.close(code, reason);
		// A peer that never answers the close frame must not keep the socket (or the process) alive.
		const grace = setTimeout(() => this.#ws.terminate(), CLOSE_GRACE_MS);
		let deadline: NodeJS.Timeout | undefined;
		this.#closing = Promise.race([
			this.#closed,
			new Promise<void>((resolve) => (deadline = setTimeout(resolve, CLOSE_DEADLINE_MS))),
		]).finally(() => {
			clearTimeout(grace);
			clearTimeout(deadline);
		});
		return this.#closing;
	}
}

/** The default {@link GatewayTransportFactory}: a `ws` WebSocket. */
export const webSocketTransport: GatewayTransportFactory = (url, handlers) => new WebSocketTransport(url, handlers);
