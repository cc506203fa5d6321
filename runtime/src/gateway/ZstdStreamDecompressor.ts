import * as zlib from 'node:zlib';
import { assertNodeFeature } from '../node/nodeFeatures.js';
import { _StreamDecompressor, type _ZlibStream, type StreamDecompressorOptions } from './_StreamDecompressor.js';

/** node:zlib's zstd (Node.js ≥ 22.15), typed here: the supported `@types/node` 20 does not declare it. */
interface ZstdZlib {
	createZstdDecompress(options?: { chunkSize?: number }): _ZlibStream;
}

/** `ZSTD_e_continue`: decompression takes no flush directive; the handle wants a value. */
const ZSTD_E_CONTINUE = 0;
const CHUNK = 64 * 1024;

/**
 * `compress=zstd-stream`: one zstd decompression context for the whole connection. Discord
 * flushes its compressor at the end of every message, so each WebSocket frame decompresses
 * to exactly one payload. Smaller on the wire than zlib-stream for the same events.
 *
 * Frames are decompressed synchronously, in the socket's `message` event, through the native
 * handle of a `node:zlib` ZstdDecompress, as {@link ZlibStreamDecompressor} does for zlib.
 * Needs Node.js 22.15 or newer (zstd in node:zlib): on an older one the constructor throws
 * `NodeVersionError` (`NODE_VERSION_UNSUPPORTED`); use `zlib-stream` there.
 * @see https://discord.com/developers/docs/events/gateway#transport-compression
 */
export class ZstdStreamDecompressor extends _StreamDecompressor {
	/**
	 * @param onMessage - receives each decompressed message; in synchronous mode the buffer
	 *   may be reused once `onMessage` returns, so decode it there (or copy it)
	 * @param onError - receives a corrupt-stream error; the connection must then be dropped
	 * @param options - see {@link StreamDecompressorOptions}
	 * @throws NodeVersionError on Node.js older than 22.15
	 */
	public constructor(onMessage: (message: Buffer) => void, onError: (error: Error) => void, options: StreamDecompressorOptions = {}) {
		assertNodeFeature('zstdStream');
		const stream = (zlib as unknown as ZstdZlib).createZstdDecompress({ chunkSize: CHUNK });
		super({ name: 'zstd-stream', stream, flush: ZSTD_E_CONTINUE, completes: () => true }, onMessage, onError, options);
	}
}
