import { constants, createDeflate, type Deflate } from 'node:zlib';

/**
 * `compress=zlib-stream` transport compression: one deflate context for the whole
 * connection, every message flushed with Z_SYNC_FLUSH so it ends with `00 00 ff ff`, the
 * suffix clients look for before inflating.
 * @see https://discord.com/developers/docs/events/gateway#transport-compression
 */
export class GatewayCompression {
	#deflate: Deflate = createDeflate({ chunkSize: 64 * 1024 });
	#chunks: Buffer[] = [];
	// Flush callbacks run in write order, so chaining keeps messages in order on the wire.
	#tail: Promise<void> = Promise.resolve();
	#closed = false;

	public constructor() {
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
					this.#deflate.flush(constants.Z_SYNC_FLUSH, () => {
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
