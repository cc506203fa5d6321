import { constants, createInflate } from 'node:zlib';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { GUILD_A, type Harness, makeBackend, startGateway } from './_harness.js';

let h: Harness;
afterEach(() => h.close());

describe('zlib-stream', () => {
	it('sends binary frames from one deflate context, each ending 00 00 ff ff, that inflate to the payloads', async () => {
		h = await startGateway();
		const c = await h.connect('?v=10&encoding=json&compress=zlib-stream');
		await c.ready({ intents: 1 | (1 << 9) | (1 << 15) });
		h.gateway.dispatch(
			'MESSAGE_CREATE',
			{ id: '1', channel_id: '2', guild_id: GUILD_A, author: { id: '5' }, content: 'x'.repeat(3000), mentions: [] },
			GUILD_A,
		);
		const msg = await c.waitFor((m) => m.t === 'MESSAGE_CREATE');
		expect(msg.d.content).toHaveLength(3000);
		expect(c.messages.map((m) => m.t ?? m.op).slice(0, 3)).toEqual([10, 'READY', 'GUILD_CREATE']);
	});

	it('frames end with the Z_SYNC_FLUSH suffix and need the shared context', async () => {
		h = await startGateway();
		const ws = new WebSocket(`${h.url}?v=10&encoding=json&compress=zlib-stream`);
		const frames: Buffer[] = [];
		ws.on('message', (data: Buffer, isBinary) => {
			expect(isBinary).toBe(true);
			frames.push(data);
		});
		await new Promise((resolve) => ws.once('open', resolve));
		await new Promise<void>((resolve) => {
			const check = setInterval(() => frames.length >= 1 && (clearInterval(check), resolve()), 10);
		});
		ws.send(JSON.stringify({ op: 1, d: null }));
		ws.send(JSON.stringify({ op: 1, d: null }));
		await new Promise<void>((resolve) => {
			const check = setInterval(() => frames.length >= 3 && (clearInterval(check), resolve()), 10);
		});
		for (const frame of frames) expect(frame.subarray(-4)).toEqual(Buffer.from([0, 0, 0xff, 0xff]));
		// Only the first frame carries the zlib header: later ones depend on the shared context.
		expect(frames[0]![0]).toBe(0x78);
		const inflate = createInflate();
		const texts: string[] = [];
		for (const frame of frames) {
			const text = await new Promise<string>((resolve) => {
				let out = '';
				const onData = (chunk: Buffer) => (out += chunk.toString());
				inflate.on('data', onData);
				inflate.write(frame);
				inflate.flush(constants.Z_SYNC_FLUSH, () => {
					inflate.off('data', onData);
					resolve(out);
				});
			});
			texts.push(text);
		}
		expect(texts.map((t) => (JSON.parse(t) as { op: number }).op)).toEqual([10, 11, 11]);
		ws.terminate();
	});
});

describe('identify pacing (max_concurrency)', () => {
	it('answers a second IDENTIFY in the same bucket within the window with op 9 d:false', async () => {
		h = await startGateway({ identifyWindow: 400 }, makeBackend({ maxConcurrency: 1 }));
		const a = await h.connect();
		await a.ready({ shard: [0, 2] });
		const b = await h.connect();
		b.identify({ shard: [1, 2] });
		expect((await b.waitFor((m) => m.op === 9)).d).toBe(false);
		await new Promise((resolve) => setTimeout(resolve, 450));
		await b.ready({ shard: [1, 2] });
	});

	it('lets shards of different buckets identify together', async () => {
		h = await startGateway({ identifyWindow: 5000 }, makeBackend({ maxConcurrency: 2 }));
		const a = await h.connect();
		await a.ready({ shard: [0, 2] });
		const b = await h.connect();
		await b.ready({ shard: [1, 2] });
		expect(b.messages.some((m) => m.op === 9)).toBe(false);
	});
});
