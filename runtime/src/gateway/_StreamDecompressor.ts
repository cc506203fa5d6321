import type { Transform } from 'node:stream';
import type { GatewayDecompressor } from './GatewayEncoding.js';
import { GatewayError } from './GatewayError.js';

/** Output buffer size; a longer message is collected over several passes. */
const CHUNK = 64 * 1024;

/** The default cap on one decompressed message: the frame cap of the `ws` transport, 100 MiB. */
export const DEFAULT_MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

/**
 * The native handle under a `node:zlib` stream (zlib's and zstd's alike), which works
 * synchronously on the calling thread (what `inflateSync` uses). Not a public API, so it is
 * probed at construction.
 */
interface NativeHandle {
	writeSync(flush: number, input: Buffer, inOffset: number, inLength: number, output: Buffer, outOffset: number, outLength: number): void;
}

/** A `node:zlib` decompression stream: a Transform with `close()`. */
export type _ZlibStream = Transform & { close(callback?: () => void): void };

/** The handle and its `[availOut, availIn]` state, when this Node exposes them. */
function syncParts(stream: _ZlibStream): { handle: NativeHandle; state: Uint32Array } | undefined {
	const internals = stream as unknown as { _handle?: Partial<NativeHandle> | null; _writeState?: unknown };
	const handle = internals._handle;
	const state = internals._writeState;
	if (typeof handle?.writeSync !== 'function' || !(state instanceof Uint32Array) || state.length < 2) return undefined;
	return { handle: handle as NativeHandle, state };
}

/** Options of the stream decompressors ({@link ZlibStreamDecompressor}, {@link ZstdStreamDecompressor}). */
export interface StreamDecompressorOptions {
	/**
	 * `false` uses the public stream API even where the synchronous binding is reachable: the
	 * fallback, for a runtime whose zlib internals misbehave. Default: synchronous when possible.
	 */
	readonly synchronous?: boolean;
	/**
	 * The largest decompressed message, in bytes; past it the stream is reported as broken (a
	 * few compressed kilobytes can expand to gigabytes). Default {@link DEFAULT_MAX_MESSAGE_BYTES}.
	 */
	readonly maxMessageBytes?: number;
}

/** What a concrete decompressor tells the shared loop. @internal */
export interface _StreamFormat {
	/** `zlib-stream` or `zstd-stream`, for error messages. */
	readonly name: string;
	/** The connection's one decompression context. */
	readonly stream: _ZlibStream;
	/** The flush flag of each synchronous write. */
	readonly flush: number;
	/** Whether `frame` is the last of a message. */
	readonly completes: (frame: Buffer) => boolean;
}

/**
 * One decompression context for the whole connection, fed every frame; what it produced
 * since the last message is one payload, handed over in the order the frames arrived.
 * Frames are decompressed synchronously, in the socket's `message` event, through the
 * native handle of the `node:zlib` stream (no threadpool round trip, no callback per frame).
 * Where that handle is not reachable, the public stream API is used: each frame is written
 * and its message arrives in the write callback.
 * @internal
 */
export abstract class _StreamDecompressor implements GatewayDecompressor {
	/** Whether frames are decompressed on the calling thread (true on Node's own zlib). */
	public readonly synchronous: boolean;
	readonly #format: _StreamFormat;
	readonly #sync: { handle: NativeHandle; state: Uint32Array } | undefined;
	readonly #onMessage: (message: Buffer) => void;
	readonly #onError: (error: Error) => void;
	readonly #maxMessageBytes: number;
	/** Bytes of the message being collected, in `#chunks` (the fallback). */
	#asyncBytes = 0;
	#out: Buffer = Buffer.allocUnsafe(CHUNK);
	#outOffset = 0;
	#chunks: Buffer[] = [];
	#closed = false;

	protected constructor(
		format: _StreamFormat,
		onMessage: (message: Buffer) => void,
		onError: (error: Error) => void,
		options: StreamDecompressorOptions,
	) {
		this.#format = format;
		this.#onMessage = onMessage;
		this.#onError = onError;
		this.#maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
		this.#sync = options.synchronous === false ? undefined : syncParts(format.stream);
		this.synchronous = this.#sync !== undefined;
		if (!this.synchronous)
			format.stream.on('data', (chunk: Buffer) => {
				this.#asyncBytes += chunk.length;
				if (this.#asyncBytes > this.#maxMessageBytes) this.#fail(this.#tooLarge());
				else this.#chunks.push(chunk);
			});
		format.stream.on('error', (error) => this.#fail(error));
	}

	/** Writes one frame; a frame that completes a message delivers it. */
	public push(frame: Buffer): void {
		if (this.#closed) return;
		if (this.#sync !== undefined) this.#pushSync(frame, this.#sync.handle, this.#sync.state);
		else this.#pushAsync(frame);
	}

	/** Drops the context and any partial message. Idempotent. */
	public close(): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#chunks = [];
		this.#format.stream.close();
	}

	#pushSync(frame: Buffer, handle: NativeHandle, state: Uint32Array): void {
		const stream = this.#format.stream;
		let inOffset = 0;
		let inLength = frame.length;
		for (;;) {
			const outLength = this.#out.length - this.#outOffset;
			handle.writeSync(this.#format.flush, frame, inOffset, inLength, this.#out, this.#outOffset, outLength);
			// A corrupt stream destroys the node:zlib stream from inside writeSync.
			if (stream.destroyed)
				return this.#fail(stream.errored ?? new GatewayError('GATEWAY_DECODE', `The ${this.#format.name} decompression context failed.`));
			const availOut = state[0] as number;
			const availIn = state[1] as number;
			this.#outOffset += outLength - availOut;
			if (availOut !== 0) break;
			if ((this.#chunks.length + 1) * CHUNK > this.#maxMessageBytes) return this.#fail(this.#tooLarge());
			// The output buffer is full and the context has more: keep it and go on in a new one.
			this.#chunks.push(this.#out);
			this.#out = Buffer.allocUnsafe(CHUNK);
			this.#outOffset = 0;
			inOffset += inLength - availIn;
			inLength = availIn;
		}
		if (!this.#format.completes(frame)) return;
		const tail = this.#out.subarray(0, this.#outOffset);
		this.#outOffset = 0;
		if (this.#chunks.length === 0) {
			if (tail.length > 0) this.#onMessage(tail);
			return;
		}
		const message = Buffer.concat([...this.#chunks, tail]);
		this.#chunks = [];
		this.#onMessage(message);
	}

	#pushAsync(frame: Buffer): void {
		const stream = this.#format.stream;
		if (!this.#format.completes(frame)) {
			stream.write(frame);
			return;
		}
		stream.write(frame, () => {
			if (this.#closed || this.#chunks.length === 0) return;
			const message = this.#chunks.length === 1 ? (this.#chunks[0] as Buffer) : Buffer.concat(this.#chunks);
			this.#chunks = [];
			this.#asyncBytes = 0;
			this.#onMessage(message);
		});
	}

	#tooLarge(): GatewayError {
		return new GatewayError(
			'GATEWAY_DECODE',
			`A ${this.#format.name} message decompressed past ${this.#maxMessageBytes} bytes (maxMessageBytes).`,
		);
	}

	#fail(error: Error): void {
		if (this.#closed) return;
		this.close();
		this.#onError(error);
	}
}
