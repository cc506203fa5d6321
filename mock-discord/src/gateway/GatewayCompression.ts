import type { Transform } from 'node:stream';
import * as zlib from 'node:zlib';

/** The transport compressions the mock speaks. */
export type TransportCompression = 'zlib-stream' | 'zstd-stream';

/** A node:zlib compression stream (zlib's or zstd's). */
type Compressor = Transform & { flush(kind: number, callback: () => void): void; close(): void };

/** node:zlib's zstd (Node.js ≥ 22.15), typed here: the supported `@types/node` 20 does not declare it. */
interface ZstdZlib {
	createZstdCompress?(options?: { chunkSize?: number }): Compressor;
}

/** `ZSTD_e_flush`: ends the current block so everything written so far can be decompressed. */
const ZSTD_E_FLUSH = 1;

/** Whether this Node.js can compress with zstd-stream (node:zlib has zstd from 22.15). */
export const zstdAvailable = typeof (zlib as ZstdZlib).createZstdCompress === 'function';

/**
 * Transport compression: one compression context for the whole connection, every message
 * flushed so the client can decompress it alone. `zlib-stream` flushes with Z_SYNC_FLUSH, so
 * each message ends with `00 00 ff ff`, the suffix clients look for before inflating;
 * `zstd-stream` flushes with ZSTD_e_flush, one message per frame (needs {@link zstdAvailable}).
 * @see https://discord.com/developers/docs/events/gateway#transport-compression
 */
export class GatewayCompression {
	readonly #deflate: Compressor;
	readonly #flush: number;
	#chunks: Buffer[] = [];
	// Flush callbacks run in write order, so chaining keeps messages in order on the wire.
	#tail: Promise<void> = Promise.resolve();
	#closed = false;

	public constructor(kind: TransportCompression = 'zlib-stream') {
		const zstd = (zlib as ZstdZlib).createZstdCompress;
		if (kind === 'zstd-stream' && zstd === undefined) throw new RangeError('zstd-stream needs Node.js 22.15 or newer (zstd in node:zlib).');
		this.#deflate =
			kind === 'zstd-stream' && zstd !== undefined ? zstd({ chunkSize: 64 * 1024 }) : zlib.createDeflate({ chunkSize: 64 * 1024 });
		this.#flush = kind === 'zstd-stream' ? ZSTD_E_FLUSH : zlib.constants.Z_SYNC_FLUSH;
		this.#deflate.on('data', (chunk: Buffer) => this.#chunks.push(chunk));
		// A deflate error is unrecoverable for this connection only; the caller closes it.
		this.#deflate.on('error', () => {
			this.#closed = true;
		});
	}

	/** Compresses `text` and hands the flushed bytes to `send`, in call order. */
	public compress(text: string, send: (frame: Buffer) => void): Promise<void> {
		this.#tail = this.#tail.then(
			() =>
				new Promise<void>((resolve) => {
					if (this.#closed) return resolve();
					this.#deflate.write(text);
					this.#deflate.flush(this.#flush, () => {
						const frame = Buffer.concat(this.#chunks);
						this.#chunks = [];
						if (!this.#closed) send(frame);
						resolve();
					});
				}),
		);
		return this.#tail;
	}

	/** Resolves once every queued message has been sent. */
	public drained(): Promise<void> {
		return this.#tail;
	}

	/** Releases the deflate context. Idempotent. */
	public close(): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#deflate.close();
	}
}
