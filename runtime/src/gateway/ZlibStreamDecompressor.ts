import { constants, createInflate, type Inflate } from 'node:zlib';
import type { GatewayDecompressor } from './GatewayEncoding.js';

/** Every zlib-stream message ends with a sync flush: these four bytes. */
const SUFFIX = Buffer.from([0x00, 0x00, 0xff, 0xff]);

/**
 * `compress=zlib-stream`: one inflate context for the whole connection, fed every frame.
 * Every write is sync-flushed (one pass through zlib per frame, not a write and a flush);
 * a message is complete when a frame ends with `00 00 ff ff`, and what the context produced
 * since the last message is one payload. Write callbacks run in write order, so messages
 * come out in the order they arrived.
 * @see https://discord.com/developers/docs/events/gateway#transport-compression
 */
export class ZlibStreamDecompressor implements GatewayDecompressor {
	readonly #inflate: Inflate = createInflate({ chunkSize: 64 * 1024, flush: constants.Z_SYNC_FLUSH });
	readonly #onMessage: (message: Buffer) => void;
	#chunks: Buffer[] = [];
	#closed = false;

	/**
	 * @param onMessage - receives each complete, inflated message
	 * @param onError - receives a corrupt-stream error; the connection must then be dropped
	 */
	public constructor(onMessage: (message: Buffer) => void, onError: (error: Error) => void) {
		this.#onMessage = onMessage;
		this.#inflate.on('data', (chunk: Buffer) => this.#chunks.push(chunk));
		this.#inflate.on('error', (error) => {
			if (this.#closed) return;
			this.close();
			onError(error);
		});
	}

	/** Writes one frame; flushes when it completes a message. */
	public push(frame: Buffer): void {
		if (this.#closed) return;
		if (!ZlibStreamDecompressor.endsMessage(frame)) {
			this.#inflate.write(frame);
			return;
		}
		this.#inflate.write(frame, () => {
			if (this.#closed || this.#chunks.length === 0) return;
			const message = this.#chunks.length === 1 ? (this.#chunks[0] as Buffer) : Buffer.concat(this.#chunks);
			this.#chunks = [];
			this.#onMessage(message);
		});
	}

	/** Drops the context and any partial message. */
	public close(): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#chunks = [];
		this.#inflate.close();
	}

	/** Whether `frame` ends with the zlib sync-flush suffix. */
	public static endsMessage(frame: Buffer): boolean {
		return frame.length >= 4 && frame.subarray(frame.length - 4).equals(SUFFIX);
	}
}
