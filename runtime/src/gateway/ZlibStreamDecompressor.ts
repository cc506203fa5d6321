import { constants, createInflate } from 'node:zlib';
import { _StreamDecompressor, type StreamDecompressorOptions } from './_StreamDecompressor.js';

export { DEFAULT_MAX_MESSAGE_BYTES, type StreamDecompressorOptions } from './_StreamDecompressor.js';

/** Options of {@link ZlibStreamDecompressor}. */
export type ZlibStreamDecompressorOptions = StreamDecompressorOptions;

/** Output buffer size of the fallback stream. */
const CHUNK = 64 * 1024;

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
export class ZlibStreamDecompressor extends _StreamDecompressor {
	/**
	 * @param onMessage - receives each complete, inflated message; in synchronous mode the
	 *   buffer may be reused once `onMessage` returns, so decode it there (or copy it)
	 * @param onError - receives a corrupt-stream error; the connection must then be dropped
	 * @param options - see {@link ZlibStreamDecompressorOptions}
	 */
	public constructor(onMessage: (message: Buffer) => void, onError: (error: Error) => void, options: ZlibStreamDecompressorOptions = {}) {
		const stream = createInflate({ chunkSize: CHUNK, flush: constants.Z_SYNC_FLUSH });
		super(
			{ name: 'zlib-stream', stream, flush: constants.Z_SYNC_FLUSH, completes: ZlibStreamDecompressor.endsMessage },
			onMessage,
			onError,
			options,
		);
	}

	/** Whether `frame` ends with the zlib sync-flush suffix. */
	public static endsMessage(frame: Buffer): boolean {
		const n = frame.length;
		return n >= 4 && frame[n - 4] === 0x00 && frame[n - 3] === 0x00 && frame[n - 2] === 0xff && frame[n - 1] === 0xff;
	}
}
