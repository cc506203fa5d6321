/**
 * The bench's feed: a loopback front in the mock's process, so that the flood is delivered
 * faster than any client can take it (the mock's own dispatch path, one JSON.stringify and
 * one deflate flush + `ws.send` per event, tops out near 100k events/s uncompressed and far
 * lower with zlib-stream). Clients talk to the front; the front relays everything to and
 * from the real mock (REST, HELLO, IDENTIFY validation, READY, GUILD_CREATEs, heartbeats),
 * compressing with its own zlib-stream or zstd-stream context when the client asked for one,
 * exactly as the mock does (one context per connection, a flush after every message).
 *
 * The flood is serialised (and compressed, in the connection's context) once in `prepare`,
 * before it is timed, and then written to the client's socket as ready WebSocket frames in
 * large chunks, honouring back-pressure. Every library gets the same frames: the same
 * payloads with the same sequence numbers (the mock's last `s` + 1 onwards).
 */
import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import WebSocket, { WebSocketServer } from 'ws';
import type { BenchCompression } from './_gatewayFloor.js';

/** A node:zlib compression stream (zlib's or, on Node ≥ 22.15, zstd's). */
type Compressor = Transform & { flush(kind: number, callback: () => void): void; close(): void };

/** The connection's compressor and its per-message flush, as Discord (and the mock) use them. */
function compressor(compression: BenchCompression): { stream: Compressor; flush: number } | undefined {
	if (compression === 'none') return undefined;
	if (compression === 'zlib-stream') return { stream: zlib.createDeflate({ chunkSize: 64 * 1024 }), flush: zlib.constants.Z_SYNC_FLUSH };
	const zstd = (zlib as unknown as { createZstdCompress(options: { chunkSize: number }): Compressor }).createZstdCompress;
	return { stream: zstd({ chunkSize: 64 * 1024 }), flush: 1 /* ZSTD_e_flush */ };
}

/** One flood payload: the dispatch's `d`, given its index within this flood. */
export type FloodPayload = (n: number) => unknown;

/** Bytes of ready frames per socket write. */
const CHUNK_BYTES = 1 << 20;

/** An unmasked server→client WebSocket frame (FIN set) around `payload`. */
function frame(payload: Buffer, binary: boolean): Buffer {
	const length = payload.length;
	const header = length < 126 ? Buffer.alloc(2) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
	header[0] = 0x80 | (binary ? 2 : 1);
	if (length < 126) header[1] = length;
	else if (length < 65_536) {
		header[1] = 126;
		header.writeUInt16BE(length, 2);
	} else {
		header[1] = 127;
		header.writeBigUInt64BE(BigInt(length), 2);
	}
	return Buffer.concat([header, payload]);
}

/** One client connection, relayed to the mock's gateway. */
class Relay {
	readonly #client: WebSocket;
	readonly #socket: Socket;
	readonly #upstream: WebSocket;
	readonly #deflate: { stream: Compressor; flush: number } | undefined;
	#toUpstream: { data: Buffer; binary: boolean }[] | undefined = [];
	/** Mock → client messages held while a flood is prepared and written. */
	#held: Buffer[] | undefined;
	/** Mock → client messages in order; with zlib-stream each waits for its flush. */
	#tail: Promise<void> = Promise.resolve();
	#lastSeq = 0;
	#flood: Buffer[] = [];

	public constructor(client: WebSocket, socket: Socket, upstreamUrl: string, compression: BenchCompression) {
		this.#client = client;
		this.#socket = socket;
		this.#deflate = compressor(compression);
		this.#upstream = new WebSocket(upstreamUrl, { perMessageDeflate: false });
		this.#upstream.on('open', () => {
			for (const { data, binary } of this.#toUpstream ?? []) this.#upstream.send(data, { binary });
			this.#toUpstream = undefined;
		});
		this.#upstream.on('message', (data) => this.#down(data as Buffer));
		this.#upstream.on('close', (code, reason) => this.#client.close(code === 1005 || code === 1006 ? 1000 : code, reason));
		this.#upstream.on('error', () => this.#client.terminate());
		client.on('message', (data, binary) => {
			const bytes = data as Buffer;
			if (this.#toUpstream === undefined) this.#upstream.send(bytes, { binary });
			else this.#toUpstream.push({ data: bytes, binary });
		});
		client.on('close', (code, reason) => {
			this.#deflate?.stream.close();
			if (this.#upstream.readyState === WebSocket.CONNECTING) this.#upstream.terminate();
			else this.#upstream.close(code === 1005 || code === 1006 ? 1000 : code, reason);
		});
		client.on('error', () => this.#upstream.terminate());
	}

	/**
	 * Serialises (and compresses) the flood for this connection; mock messages wait until it is
	 * sent. Resolves to the flood's bytes on the wire (WebSocket frames, headers included).
	 */
	public async prepare(count: number, payload: FloodPayload): Promise<number> {
		this.#held = [];
		await this.#tail;
		const frames: Buffer[] = [];
		let size = 0;
		let wire = 0;
		const flush = (): void => {
			this.#flood.push(Buffer.concat(frames));
			frames.length = 0;
			size = 0;
		};
		for (let n = 0; n < count; n += 1) {
			const text = Buffer.from(JSON.stringify({ op: 0, t: 'MESSAGE_CREATE', s: this.#lastSeq + 1 + n, d: payload(n) }));
			const bytes = this.#deflate === undefined ? frame(text, false) : frame(await this.#compress(text), true);
			frames.push(bytes);
			size += bytes.length;
			wire += bytes.length;
			if (size >= CHUNK_BYTES) flush();
		}
		if (frames.length > 0) flush();
		// The client's sequence continues after the flood; a later flood follows on from it.
		this.#lastSeq += count;
		return wire;
	}

	/** Writes the prepared flood; resolves once the client's socket has taken all of it. */
	public async flood(): Promise<void> {
		for (const chunk of this.#flood.splice(0)) {
			if (!this.#socket.write(chunk)) await once(this.#socket, 'drain');
		}
		const held = this.#held ?? [];
		this.#held = undefined;
		for (const message of held) this.#send(message);
	}

	#down(message: Buffer): void {
		// The mock writes `{"op":0,"t":"…","s":N,…`: the sequence is near the start.
		const seq = /"s":(\d+)/.exec(message.subarray(0, 96).toString('latin1'));
		if (seq?.[1] !== undefined) this.#lastSeq = Number(seq[1]);
		if (this.#held === undefined) this.#send(message);
		else this.#held.push(message);
	}

	#send(message: Buffer): void {
		if (this.#deflate === undefined) {
			this.#client.send(message, { binary: false });
			return;
		}
		this.#tail = this.#tail.then(async () => {
			const compressed = await this.#compress(message);
			if (this.#client.readyState === WebSocket.OPEN) this.#client.send(compressed, { binary: true });
		});
	}

	#compress(message: Buffer): Promise<Buffer> {
		const { stream: deflate, flush } = this.#deflate as { stream: Compressor; flush: number };
		return new Promise((resolve) => {
			const chunks: Buffer[] = [];
			const onData = (chunk: Buffer): number => chunks.push(chunk);
			deflate.on('data', onData);
			deflate.write(message);
			deflate.flush(flush, () => {
				deflate.off('data', onData);
				resolve(Buffer.concat(chunks));
			});
		});
	}
}

/** The front: REST is proxied to the mock (with `/gateway/bot` pointing here), gateway sockets relayed. */
export class GatewayFeed {
	readonly #server: Server;
	readonly #wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 1024 * 1024 });
	readonly #relays = new Set<Relay>();
	readonly #mockOrigin: URL;
	#origin = '';

	/** @param mockApi the mock's REST base, `http://127.0.0.1:PORT/api` */
	public constructor(mockApi: string, mockGateway: string) {
		this.#mockOrigin = new URL(mockApi);
		this.#server = createServer((req, res) => this.#proxy(req, res));
		this.#server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
			const url = new URL(req.url ?? '/', 'ws://front');
			const asked = url.searchParams.get('compress');
			const compression: BenchCompression = asked === 'zlib-stream' || asked === 'zstd-stream' ? asked : 'none';
			url.searchParams.delete('compress');
			this.#wss.handleUpgrade(req, socket, head, (client) => {
				const relay = new Relay(client, socket, `${mockGateway}${url.search}`, compression);
				this.#relays.add(relay);
				client.once('close', () => this.#relays.delete(relay));
			});
		});
	}

	/** Listens on 127.0.0.1; resolves to the REST base clients use (`http://127.0.0.1:PORT/api`). */
	public async listen(): Promise<string> {
		this.#server.listen(0, '127.0.0.1');
		await once(this.#server, 'listening');
		this.#origin = `127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
		return `http://${this.#origin}/api`;
	}

	/** Prepares `count` flood payloads for every connection; resolves to their bytes on the wire. */
	public async prepare(count: number, payload: FloodPayload): Promise<number> {
		const bytes = await Promise.all([...this.#relays].map((relay) => relay.prepare(count, payload)));
		return bytes.reduce((sum, n) => sum + n, 0);
	}

	/** Writes the prepared flood to every connection; resolves once the sockets took it. */
	public async flood(): Promise<void> {
		await Promise.all([...this.#relays].map((relay) => relay.flood()));
	}

	/** Closes the clients' sockets and the server. */
	public async close(): Promise<void> {
		for (const client of this.#wss.clients) client.terminate();
		this.#server.closeAllConnections();
		await new Promise<void>((resolve) => this.#server.close(() => resolve()));
	}

	#proxy(req: IncomingMessage, res: ServerResponse): void {
		const gatewayBot = /^\/api(?:\/v\d+)?\/gateway\/bot(?:\?|$)/.test(req.url ?? '');
		const upstream = httpRequest(
			{ host: this.#mockOrigin.hostname, port: this.#mockOrigin.port, method: req.method, path: req.url, headers: req.headers },
			(response) => {
				if (!gatewayBot || response.statusCode !== 200) {
					res.writeHead(response.statusCode ?? 502, response.headers);
					response.pipe(res);
					return;
				}
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { url: string };
					body.url = `ws://${this.#origin}/gateway`;
					const text = JSON.stringify(body);
					res.writeHead(200, { ...response.headers, 'content-length': Buffer.byteLength(text) }).end(text);
				});
			},
		);
		upstream.on('error', () => res.writeHead(502).end());
		req.pipe(upstream);
	}
}
