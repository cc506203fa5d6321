import type { GatewayReceivePayload, GatewaySendPayload } from 'discord-api-types/v10';
import { checkReceivePayload } from './_checkReceivePayload.js';
import type { GatewayCompressionName, GatewayDecompressor, GatewayEncoding } from './GatewayEncoding.js';
import { GatewayError } from './GatewayError.js';
import type { GatewayTransport, GatewayTransportFactory } from './GatewayTransport.js';
import { ZlibStreamDecompressor } from './ZlibStreamDecompressor.js';
import { ZstdStreamDecompressor } from './ZstdStreamDecompressor.js';

/** What a {@link ShardConnection} reports to its shard. None is called after the shard closes it. */
export interface ShardConnectionHandlers {
	/** The socket is open. */
	onOpen(): void;
	/** One decoded payload whose fields passed {@link checkReceivePayload}, in arrival order. */
	onPayload(payload: GatewayReceivePayload): void;
	/** A message could not be decoded (bad bytes, or a broken compression context). */
	onDecodeError(error: Error): void;
	/** A decoded message broke the protocol; nothing of it was read. */
	onProtocolError(op: number | undefined, problem: string): void;
	/** The other side (or the network) ended the connection. */
	onClose(code: number, reason: string): void;
}

/** How to open a {@link ShardConnection}. */
export interface ShardConnectionInit {
	/** The gateway URL without query; `v`, `encoding` and `compress` are added. */
	readonly url: string;
	readonly transport: GatewayTransportFactory;
	readonly encoding: GatewayEncoding;
	readonly compression: GatewayCompressionName;
	readonly handlers: ShardConnectionHandlers;
}

/** The gateway URL with the query Discord expects: API v10, the encoding, the compression. */
export function gatewayQueryUrl(base: string, encoding: string, compression: GatewayCompressionName): string {
	const url = new URL(base);
	url.searchParams.set('v', '10');
	url.searchParams.set('encoding', encoding);
	if (compression !== 'none') url.searchParams.set('compress', compression);
	else url.searchParams.delete('compress');
	return url.toString();
}

/**
 * Runs `deliver` inside a socket callback. An exception must not unwind into `ws`: its
 * receiver would be left mid-write, the socket would never emit `close`, and the shard's
 * `destroy()` would never settle. So it is thrown again on the next tick, where it is an
 * ordinary uncaught exception (payloads are checked first, so only a bug gets here).
 */
function guarded(deliver: () => void): void {
	try {
		deliver();
	} catch (error) {
		rethrowLater(error);
	}
}

/** Throws `error` again on the next tick (see {@link guarded}). */
function rethrowLater(error: unknown): void {
	process.nextTick(() => {
		throw error;
	});
}

/**
 * One socket of a shard: frames in → (inflate) → decode → check → payloads out, and payloads
 * in → encode → frames out. Protocol decisions (heartbeats, resume, close codes) are the shard's.
 * Once the shard closes it, it is silent: late frames of a dying socket never reach the shard.
 */
export class ShardConnection {
	readonly #transport: GatewayTransport;
	readonly #encoding: GatewayEncoding;
	readonly #handlers: ShardConnectionHandlers;
	readonly #decompressor: GatewayDecompressor | undefined;
	#silenced = false;

	public constructor(init: ShardConnectionInit) {
		this.#encoding = init.encoding;
		this.#handlers = init.handlers;
		if (init.compression !== 'none') {
			const onError = (error: Error): void => {
				if (!this.#silenced) this.#handlers.onDecodeError(error);
			};
			const Decompressor = init.compression === 'zstd-stream' ? ZstdStreamDecompressor : ZlibStreamDecompressor;
			this.#decompressor = new Decompressor((message) => this.#decode(message), onError);
		}
		this.#transport = init.transport(gatewayQueryUrl(init.url, init.encoding.name, init.compression), {
			onOpen: () => {
				if (!this.#silenced) guarded(() => this.#handlers.onOpen());
			},
			onMessage: (frame) => {
				if (this.#silenced) return;
				// As `guarded`, without a closure per frame: this runs for every message.
				try {
					if (this.#decompressor === undefined) this.#decode(frame);
					else this.#decompressor.push(frame);
				} catch (error) {
					rethrowLater(error);
				}
			},
			onClose: (code, reason) => {
				this.#decompressor?.close();
				if (this.#silenced) return;
				this.#silenced = true;
				guarded(() => this.#handlers.onClose(code, reason));
			},
			onError: () => {
				// The transport reports the close that follows; its code says what happened.
			},
		});
	}

	/** Encodes and sends one payload. */
	public send(payload: GatewaySendPayload): void {
		if (!this.#silenced) this.#transport.send(this.#encoding.encode(payload));
	}

	/** Closes the socket; nothing more reaches the handlers. Resolves once the socket is gone. */
	public close(code: number, reason: string): Promise<void> {
		this.#silenced = true;
		this.#decompressor?.close();
		return this.#transport.close(code, reason);
	}

	#decode(message: Buffer): void {
		if (this.#silenced) return;
		let decoded: unknown;
		try {
			decoded = this.#encoding.decode(message);
		} catch (error) {
			this.#handlers.onDecodeError(
				error instanceof Error ? error : new GatewayError('GATEWAY_DECODE', 'A gateway message could not be decoded.', { cause: error }),
			);
			return;
		}
		const wrong = checkReceivePayload(decoded);
		if (wrong === undefined) this.#handlers.onPayload(decoded as GatewayReceivePayload);
		else this.#handlers.onProtocolError(wrong.op, wrong.problem);
	}
}
