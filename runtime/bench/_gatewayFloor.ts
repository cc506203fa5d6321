/**
 * The gateway decode floor: what no client can skip. A `ws` socket, the transport
 * decompression (zlib-stream or zstd-stream) through node:zlib's synchronous binding (one context per connection, as the
 * protocol requires), `JSON.parse`, and the three fields every consumer reads. No payload
 * checks, no resume state, no events, no cache: a heartbeat on the interval and IDENTIFY, so
 * the mock keeps the session, and nothing else. A client row divided by this row is the cost
 * of everything a library adds.
 */
import * as zlib from 'node:zlib';
import WebSocket from 'ws';

/** Transport compression of a bench connection (zstd-stream on Node ≥ 22.15). */
export type BenchCompression = 'none' | 'zlib-stream' | 'zstd-stream';

/** The binding under a node:zlib stream (Node's `inflateSync` path); `_writeState` is `[availOut, availIn]`. */
interface SyncHandle {
	writeSync(flush: number, input: Buffer, inOffset: number, inLength: number, output: Buffer, outOffset: number, outLength: number): void;
}

const OUT = 64 * 1024;

/** A synchronous decompressor over one node:zlib stream: each call returns the bytes one frame decompresses to. */
function syncDecompressor(compression: Exclude<BenchCompression, 'none'>): (frame: Buffer) => Buffer {
	const zstd = (zlib as unknown as { createZstdDecompress(): zlib.Inflate }).createZstdDecompress;
	const stream = compression === 'zlib-stream' ? zlib.createInflate() : zstd();
	const flush = compression === 'zlib-stream' ? zlib.constants.Z_SYNC_FLUSH : 0; /* ZSTD_e_continue */
	const internals = stream as unknown as { _handle: SyncHandle; _writeState: Uint32Array };
	const handle = internals._handle;
	const state = internals._writeState;
	let out = Buffer.allocUnsafe(OUT);
	return (frame) => {
		const parts: Buffer[] = [];
		let inOffset = 0;
		let inLength = frame.length;
		for (;;) {
			handle.writeSync(flush, frame, inOffset, inLength, out, 0, OUT);
			const availOut = state[0] as number;
			const availIn = state[1] as number;
			if (availOut !== 0 && parts.length === 0) return out.subarray(0, OUT - availOut);
			parts.push(out.subarray(0, OUT - availOut));
			if (availOut !== 0) return Buffer.concat(parts);
			out = Buffer.allocUnsafe(OUT);
			inOffset += inLength - availIn;
			inLength = availIn;
		}
	};
}

interface FloorPayload {
	readonly op: number;
	readonly t?: string | null;
	readonly d?: { heartbeat_interval?: number; id?: string; content?: string; author?: { id: string } } | null;
}

/**
 * Opens the floor's connection to `url` (with its query) and sends IDENTIFY after HELLO.
 * `onGuild` runs per GUILD_CREATE, `onMessage` per MESSAGE_CREATE with the fields a consumer reads.
 */
export async function connectFloor(
	url: string,
	identify: object,
	compression: BenchCompression,
	onGuild: () => void,
	onMessage: (id: string, content: string | undefined, authorId: string) => void,
): Promise<() => Promise<void>> {
	const socket = new WebSocket(url, { perMessageDeflate: false });
	const decompress = compression === 'none' ? undefined : syncDecompressor(compression);
	let heartbeat: NodeJS.Timeout | undefined;
	let seq: number | null = null;
	socket.on('message', (data: Buffer) => {
		const text = (decompress === undefined ? data : decompress(data)).toString();
		const payload = JSON.parse(text) as FloorPayload & { s?: number | null };
		if (payload.s != null) seq = payload.s;
		if (payload.t === 'MESSAGE_CREATE') {
			const d = payload.d as { id: string; content?: string; author: { id: string } };
			onMessage(d.id, d.content, d.author.id);
		} else if (payload.t === 'GUILD_CREATE') onGuild();
		else if (payload.op === 10) {
			const interval = payload.d?.heartbeat_interval ?? 41_250;
			heartbeat = setInterval(() => socket.send(JSON.stringify({ op: 1, d: seq })), interval);
			socket.send(JSON.stringify({ op: 2, d: identify }));
		}
	});
	await new Promise<void>((resolve, reject) => socket.once('open', resolve).once('error', reject));
	return async () => {
		clearInterval(heartbeat);
		const closed = new Promise((resolve) => socket.once('close', resolve));
		socket.close(1000);
		await closed;
	};
}
