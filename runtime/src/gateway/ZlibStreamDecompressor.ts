import { constants, createInflate, type Inflate } from 'node:zlib';
import type { GatewayDecompressor } from './GatewayEncoding.js';
import { GatewayError } from './GatewayError.js';

/** Output buffer size; a longer message is collected over several passes. */
const CHUNK = 64 * 1024;

/** The default cap on one inflated message: the frame cap of the `ws` transport, 100 MiB. */
export const DEFAULT_MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

/**
 * The zlib binding under a `node:zlib` stream, which inflates synchronously on the calling
 * thread (what `inflateSync` uses). Not a public API, so it is probed at construction.
 */
interface ZlibHandle {
	writeSync(flush: number, input: Buffer, inOffset: number, inLength: number, output: Buffer, outOffset: number, outLength: number): void;
}

/** The handle and its `[availOut, availIn]` state, when this Node exposes them. */
function syncParts(inflate: Inflate): { handle: ZlibHandle; state: Uint32Array } | undefined {
	const internals = inflate as unknown as { _handle?: Partial<ZlibHandle> | null; _writeState?: unknown };
	const handle = internals._handle;
	const state = internals._writeState;
	if (typeof handle?.writeSync !== 'function' || !(state instanceof Uint32Array) || state.length < 2) return undefined;
	return { handle: handle as ZlibHandle, state };
}

/** Options of {@link ZlibStreamDecompressor}. */
export interface ZlibStreamDecompressorOptions {
	/**
	 * `false` uses the public stream API even where the synchronous binding is reachable: the
	 * fallback, for a runtime whose zlib internals misbehave. Default: synchronous when possible.
	 */
	readonly synchronous?: boolean;
	/**
	 * The largest inflated message, in bytes; past it the stream is reported as broken (a few
	 * compressed kilobytes can inflate to gigabytes). Default {@link DEFAULT_MAX_MESSAGE_BYTES}.
	 */
	readonly maxMessageBytes?: number;
}

/**
 * `compress=zlib-stream`: one inflate context for the whole connection, fed every frame. A
 * message is complete when a frame ends with `00 00 ff ff`; what the context produced since
 * the last message is one payload, handed over in the order the frames arrived.
 *
 * Frames are inflated synchronously, in the socket's `message` event, through the zlib
 * binding of a `node:zlib` Inflate (no threadpool round trip, no callback per frame: about
 * 0.5 µs for a typical dispatch instead of 15 µs). Where that binding is not reachable
 * ({@link ZlibStreamDecompressor.synchronous} is false), the public stream API is used:
 * each frame is written with a sync flush and its message arrives in the write callback.
 * @see https://discord.com/developers/docs/events/gateway#transport-compression
 */
export class ZlibStreamDecompressor implements GatewayDecompressor {
	/** Whether frames are inflated on the calling thread (true on Node's own zlib). */
	public readonly synchronous: boolean;
	readonly #inflate: Inflate = createInflate({ chunkSize: CHUNK, flush: constants.Z_SYNC_FLUSH });
	readonly #sync: { handle: ZlibHandle; state: Uint32Array } | undefined;
	readonly #onMessage: (message: Buffer) => void;
	readonly #onError: (error: Error) => void;
	readonly #maxMessageBytes: number;
	/** Bytes of the message being collected, in `#chunks` (the fallback) or `#chunks` + `#out`. */
	#asyncBytes = 0;
	#out: Buffer = Buffer.allocUnsafe(CHUNK);
	#outOffset = 0;
	#chunks: Buffer[] = [];
	#closed = false;

	/**
	 * @param onMessage - receives each complete, inflated message; in synchronous mode the
	 *   buffer may be reused once `onMessage` returns, so decode it there (or copy it)
	 * @param onError - receives a corrupt-stream error; the connection must then be dropped
	 * @param options - see {@link ZlibStreamDecompressorOptions}
	 */
	public constructor(onMessage: (message: Buffer) => void, onError: (error: Error) => void, options: ZlibStreamDecompressorOptions = {}) {
		this.#onMessage = onMessage;
		this.#onError = onError;
		this.#maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
		this.#sync = options.synchronous === false ? undefined : syncParts(this.#inflate);
		this.synchronous = this.#sync !== undefined;
		if (!this.synchronous)
			this.#inflate.on('data', (chunk: Buffer) => {
				this.#asyncBytes += chunk.length;
				if (this.#asyncBytes > this.#maxMessageBytes) this.#fail(this.#tooLarge());
				else this.#chunks.push(chunk);
			});
		this.#inflate.on('error', (error) => this.#fail(error));
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
		this.#inflate.close();
	}

	/** Whether `frame` ends with the zlib sync-flush suffix. */
	public static endsMessage(frame: Buffer): boolean {
		const n = frame.length;
		return n >= 4 && frame[n - 4] === 0x00 && frame[n - 3] === 0x00 && frame[n - 2] === 0xff && frame[n - 1] === 0xff;
	}

	#pushSync(frame: Buffer, handle: ZlibHandle, state: Uint32Array): void {
		let inOffset = 0;
		let inLength = frame.length;
		for (;;) {
			const outLength = this.#out.length - this.#outOffset;
			handle.writeSync(constants.Z_SYNC_FLUSH, frame, inOffset, inLength, this.#out, this.#outOffset, outLength);
			// A corrupt stream destroys the Inflate from inside writeSync.
			if (this.#inflate.destroyed) return this.#fail(this.#inflate.errored ?? new Error('zlib-stream: the inflate context failed'));
			const availOut = state[0] as number;
			const availIn = state[1] as number;
			this.#outOffset += outLength - availOut;
			if (availOut !== 0) break;
			if ((this.#chunks.length + 1) * CHUNK > this.#maxMessageBytes) return this.#fail(this.#tooLarge());
			// The output buffer is full and zlib has more: keep it and go on in a new one.
			this.#chunks.push(this.#out);
			this.#out = Buffer.allocUnsafe(CHUNK);
			this.#outOffset = 0;
			inOffset += inLength - availIn;
			inLength = availIn;
		}
		if (!ZlibStreamDecompressor.endsMessage(frame)) return;
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
		if (!ZlibStreamDecompressor.endsMessage(frame)) {
			this.#inflate.write(frame);
			return;
		}
		this.#inflate.write(frame, () => {
			if (this.#closed || this.#chunks.length === 0) return;
			const message = this.#chunks.length === 1 ? (this.#chunks[0] as Buffer) : Buffer.concat(this.#chunks);
			this.#chunks = [];
			this.#asyncBytes = 0;
			this.#onMessage(message);
		});
	}

	#tooLarge(): GatewayError {
		return new GatewayError('GATEWAY_DECODE', `A zlib-stream message inflated past ${this.#maxMessageBytes} bytes (maxMessageBytes).`);
	}

	#fail(error: Error): void {
		if (this.#closed) return;
		this.close();
		this.#onError(error);
	}
}
