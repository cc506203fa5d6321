/**
 * Reads WebSocket frame headers as bytes arrive and reports a message whose payload passes
 * `limit` as soon as its header says so, before the payload is buffered. The gateway then
 * closes with Discord's 4002 instead of letting the WebSocket library close with 1009.
 * @see https://datatracker.ietf.org/doc/html/rfc6455#section-5.2
 */
export class FrameSizeGuard {
	readonly #limit: number;
	readonly #onOversize: (bytes: number) => void;
	#header = Buffer.alloc(0);
	/** Payload bytes of the current frame still to pass by. */
	#skip = 0;
	/** Payload bytes of the current (possibly fragmented) data message so far. */
	#messageBytes = 0;
	#tripped = false;

	public constructor(limit: number, onOversize: (bytes: number) => void) {
		this.#limit = limit;
		this.#onOversize = onOversize;
	}

	/** Feeds raw bytes from the socket. */
	public feed(chunk: Buffer): void {
		let offset = 0;
		while (offset < chunk.length && !this.#tripped) {
			if (this.#skip > 0) {
				const n = Math.min(this.#skip, chunk.length - offset);
				this.#skip -= n;
				offset += n;
				continue;
			}
			const had = this.#header.length;
			const header = Buffer.concat([this.#header, chunk.subarray(offset, offset + 14 - had)]);
			const size = headerSize(header);
			if (size === undefined || header.length < size) {
				this.#header = header;
				return;
			}
			offset += size - had;
			this.#header = Buffer.alloc(0);
			const length = payloadLength(header);
			const opcode = (header[0] as number) & 0x0f;
			const fin = ((header[0] as number) & 0x80) !== 0;
			// Control frames (close, ping, pong) are not part of a message.
			if (opcode < 0x08) {
				this.#messageBytes += length;
				if (this.#messageBytes > this.#limit) {
					this.#tripped = true;
					this.#onOversize(this.#messageBytes);
					return;
				}
				if (fin) this.#messageBytes = 0;
			}
			this.#skip = length;
		}
	}
}

function headerSize(header: Buffer): number | undefined {
	if (header.length < 2) return undefined;
	const short = (header[1] as number) & 0x7f;
	const masked = ((header[1] as number) & 0x80) !== 0;
	return 2 + (short === 126 ? 2 : short === 127 ? 8 : 0) + (masked ? 4 : 0);
}

function payloadLength(header: Buffer): number {
	const short = (header[1] as number) & 0x7f;
	if (short === 126) return header.readUInt16BE(2);
	if (short === 127) return Number(header.readBigUInt64BE(2));
	return short;
}
