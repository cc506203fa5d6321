/**
 * The fastest possible gateway client, to measure the bench's feed: a bare TCP socket that
 * does the WebSocket upgrade, sends IDENTIFY after HELLO, and then only walks frame headers
 * (no inflate, no JSON). What it receives per second is the ceiling the feed puts on any
 * real client.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';

/** A masked client→server text frame (mask key of zeros, so the payload is unchanged). */
function clientFrame(text: string): Buffer {
	const payload = Buffer.from(text);
	if (payload.length >= 126) {
		const header = Buffer.from([0x81, 0x80 | 126, 0, 0, 0, 0, 0, 0]);
		header.writeUInt16BE(payload.length, 2);
		return Buffer.concat([header, payload]);
	}
	return Buffer.concat([Buffer.from([0x81, 0x80 | payload.length, 0, 0, 0, 0]), payload]);
}

/**
 * Connects to `gatewayUrl` (with its query) and calls `onFrame` for every server frame after
 * HELLO. Resolves to a function that closes the socket.
 */
export async function connectRawSink(gatewayUrl: string, identify: object, onFrame: () => void): Promise<() => Promise<void>> {
	const url = new URL(gatewayUrl);
	const socket = connect(Number(url.port), url.hostname);
	await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
	socket.setNoDelay(true);
	socket.write(
		`GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
			`Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
	);
	let pending: Buffer = Buffer.alloc(0);
	let upgraded = false;
	let hello = false;
	socket.on('data', (chunk: Buffer) => {
		let buffer: Buffer = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
		if (!upgraded) {
			const end = buffer.indexOf('\r\n\r\n');
			if (end === -1) {
				pending = buffer;
				return;
			}
			if (!buffer.subarray(0, 12).toString('latin1').includes('101'))
				throw new Error(`upgrade refused: ${buffer.subarray(0, end).toString('latin1')}`);
			upgraded = true;
			buffer = buffer.subarray(end + 4);
		}
		let offset = 0;
		for (;;) {
			if (buffer.length - offset < 2) break;
			let length = (buffer[offset + 1] as number) & 0x7f;
			let header = 2;
			if (length === 126) {
				if (buffer.length - offset < 4) break;
				length = buffer.readUInt16BE(offset + 2);
				header = 4;
			} else if (length === 127) {
				if (buffer.length - offset < 10) break;
				length = Number(buffer.readBigUInt64BE(offset + 2));
				header = 10;
			}
			if (buffer.length - offset < header + length) break;
			offset += header + length;
			if (hello) onFrame();
			else {
				hello = true;
				socket.write(clientFrame(JSON.stringify({ op: 2, d: identify })));
			}
		}
		pending = offset === buffer.length ? Buffer.alloc(0) : Buffer.from(buffer.subarray(offset));
	});
	return async () => {
		const closed = new Promise((resolve) => socket.once('close', resolve));
		socket.destroy();
		await closed;
	};
}
