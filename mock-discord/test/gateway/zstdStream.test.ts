import * as zlib from 'node:zlib';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE_FEATURES, nodeSupports } from 'ovenjs';
import { type Harness, startGateway } from './_harness.js';

const supported = nodeSupports('zstdStream');
if (!supported)
	console.warn(
		`\n!!! mock zstd-stream: SKIPPED the compression test on Node.js ${process.versions.node} (needs ${NODE_FEATURES.zstdStream.minimum}); only the refusal is tested. CI runs it on Node 24.\n`,
	);

let h: Harness | undefined;
afterEach(() => h?.close());

/** Opens a zstd-stream connection; resolves with its frames once `count` arrived, or with its close. */
async function frames(url: string, count: number, onOpen: (ws: WebSocket) => void = () => {}) {
	const ws = new WebSocket(`${url}?v=10&encoding=json&compress=zstd-stream`);
	const received: Buffer[] = [];
	return new Promise<{ frames: Buffer[]; close?: { code: number; reason: string } }>((resolve) => {
		ws.on('open', () => onOpen(ws));
		ws.on('message', (data: Buffer, isBinary) => {
			expect(isBinary).toBe(true);
			received.push(data);
			if (received.length === count) {
				ws.terminate();
				resolve({ frames: received });
			}
		});
		ws.on('close', (code, reason) => resolve({ frames: received, close: { code, reason: reason.toString() } }));
	});
}

describe.runIf(supported)('zstd-stream', () => {
	it('sends binary frames from one zstd context, each decompressing alone to its payload', async () => {
		h = await startGateway();
		const got = await frames(h.url, 3, (ws) => {
			ws.send(JSON.stringify({ op: 1, d: null }));
			ws.send(JSON.stringify({ op: 1, d: null }));
		});
		// Only the first frame carries the zstd magic number: later ones depend on the shared context.
		expect(got.frames[0]!.subarray(0, 4)).toEqual(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
		expect(got.frames[1]!.subarray(0, 4)).not.toEqual(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
		const decompress = (zlib as unknown as { createZstdDecompress(): zlib.Inflate }).createZstdDecompress();
		const texts: string[] = [];
		for (const frame of got.frames)
			texts.push(
				await new Promise<string>((resolve) => {
					let out = '';
					const onData = (chunk: Buffer) => (out += chunk.toString());
					decompress.on('data', onData);
					decompress.write(frame, () => {
						decompress.off('data', onData);
						resolve(out);
					});
				}),
			);
		expect(texts.map((t) => (JSON.parse(t) as { op: number }).op)).toEqual([10, 11, 11]);
		decompress.close();
	});
});

describe.runIf(!supported)('zstd-stream on a Node.js without zstd', () => {
	it('closes the connection with 4000 and a reason naming the Node.js it needs', async () => {
		const log: string[] = [];
		h = await startGateway({ log: (line) => log.push(line) });
		const got = await frames(h.url, 1);
		expect(got.frames).toHaveLength(0);
		expect(got.close?.code).toBe(4000);
		expect(got.close?.reason).toMatch(/zstd-stream needs Node\.js 22\.15\+.*use zlib-stream/);
		expect(log.some((line) => line.startsWith('gateway connection closed 4000 UnknownError: zstd-stream needs'))).toBe(true);
	});
});
