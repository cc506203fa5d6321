import { constants, createDeflate } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { type GatewaySendPayload, PresenceUpdateStatus } from 'discord-api-types/v10';
import { Heartbeater, InMemoryIdentifyThrottler, SendQueue, ZlibStreamDecompressor } from 'ovenjs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Heartbeater', () => {
	it('answers a heartbeat request at once, and reports a zombie when a beat goes unacknowledged', async () => {
		const beats: number[] = [];
		let zombie = false;
		const hb = new Heartbeater({
			intervalMs: 80,
			jitter: 0.5,
			beat: () => beats.push(Date.now()),
			onZombie: () => (zombie = true),
			onLatency: () => {},
		});
		hb.start();
		hb.requested();
		expect(beats).toHaveLength(1);
		hb.ack();
		await sleep(300);
		// Unacknowledged since the scheduled beat at 40 ms: the tick at 120 ms finds it so.
		expect(zombie).toBe(true);
		const count = beats.length;
		await sleep(100);
		expect(beats).toHaveLength(count);
	});

	it('measures latency from send to ACK and stops cleanly', async () => {
		let now = 1000;
		const latencies: number[] = [];
		const hb = new Heartbeater({
			intervalMs: 1000,
			jitter: 0,
			beat: () => {},
			onZombie: () => {},
			onLatency: (ms) => latencies.push(ms),
			now: () => now,
		});
		hb.start();
		await sleep(5);
		now += 42;
		hb.ack();
		hb.ack();
		hb.stop();
		hb.stop();
		expect(latencies).toEqual([42]);
	});
});

describe('SendQueue', () => {
	const presence = (n: number): GatewaySendPayload => ({
		op: 3,
		d: { since: n, activities: [], status: PresenceUpdateStatus.Online, afk: false },
	});

	it('holds ordinary sends until open, sends priority first, and keeps the reserve for heartbeats', () => {
		const sent: GatewaySendPayload[] = [];
		const q = new SendQueue({ limit: 5, windowMs: 60_000, reserve: 2 });
		q.enqueue(presence(1));
		q.attach((p) => sent.push(p));
		q.sendPriority({ op: 1, d: null });
		expect(sent.map((p) => p.op)).toEqual([1]);
		for (let n = 2; n <= 6; n += 1) q.enqueue(presence(n));
		q.open();
		// 5 per window, 2 reserved: 1 heartbeat + 2 ordinary fill the ordinary budget of 3.
		expect(sent.map((p) => p.op)).toEqual([1, 3, 3]);
		q.sendPriority({ op: 1, d: 1 });
		q.sendPriority({ op: 1, d: 2 });
		q.sendPriority({ op: 1, d: 3 });
		expect(sent.map((p) => p.op)).toEqual([1, 3, 3, 1, 1]);
		expect(q.pending).toBe(5);
		q.clear();
		expect(q.pending).toBe(0);
	});
	it('keeps one heartbeat waiting, the latest, however often beats are asked for', () => {
		const sent: GatewaySendPayload[] = [];
		const q = new SendQueue({ limit: 2, windowMs: 60_000, reserve: 0 });
		q.attach((p) => sent.push(p));
		for (let n = 1; n <= 1000; n += 1) q.sendPriority({ op: 1, d: n });
		expect(sent.map((p) => p.d)).toEqual([1, 2]);
		expect(q.pending).toBe(1);
		q.sendPriority({ op: 6, d: { token: 't', session_id: 's', seq: 1 } });
		expect(q.pending).toBe(2);
		q.clear();
	});

	it("holds Discord's real window: 400 sends and a heartbeat every 41.25 s over 4 minutes, never more than 120 in any 60 s", () => {
		vi.useFakeTimers({ now: 0 });
		try {
			const stamps: { at: number; op: number }[] = [];
			const q = new SendQueue({ limit: 120, windowMs: 60_000, reserve: 3 });
			q.attach((p) => stamps.push({ at: Date.now(), op: p.op }));
			q.open();
			for (let n = 0; n < 400; n += 1) q.enqueue(presence(n));
			for (let beat = 0; beat <= 5; beat += 1) {
				vi.setSystemTime(beat * 41_250);
				q.sendPriority({ op: 1, d: beat });
				vi.advanceTimersByTime(41_250 - 1);
			}
			expect(stamps.filter((s) => s.op === 3)).toHaveLength(400);
			for (let i = 120; i < stamps.length; i += 1)
				expect((stamps[i] as { at: number }).at - (stamps[i - 120] as { at: number }).at).toBeGreaterThanOrEqual(60_000);
			// Heartbeats go out the moment they are due, even with the ordinary budget spent.
			expect(stamps.filter((s) => s.op === 1).map((s) => s.at)).toEqual([0, 41_250, 82_500, 123_750, 165_000, 206_250]);
		} finally {
			vi.useRealTimers();
		}
	});
});

/** A zlib-stream server side: one deflate context, a sync flush after every message (as Discord and the mock do). */
function zlibStream(): { compress: (text: string) => Promise<Buffer>; close: () => void } {
	const deflate = createDeflate();
	return {
		compress: (text) =>
			new Promise<Buffer>((resolve) => {
				const chunks: Buffer[] = [];
				const onData = (chunk: Buffer) => chunks.push(chunk);
				deflate.on('data', onData);
				deflate.write(text);
				deflate.flush(constants.Z_SYNC_FLUSH, () => {
					deflate.off('data', onData);
					resolve(Buffer.concat(chunks));
				});
			}),
		close: () => deflate.close(),
	};
}

describe.each([
	{ mode: 'synchronous (default)', synchronous: undefined },
	{ mode: 'stream API (the fallback)', synchronous: false },
])('ZlibStreamDecompressor, $mode', ({ synchronous }) => {
	const options = synchronous === undefined ? {} : { synchronous };

	it('inflates messages split across frames and several in a row, in order', async () => {
		const stream = zlibStream();
		const frames: Buffer[] = [];
		for (let n = 0; n < 3; n += 1) frames.push(await stream.compress(JSON.stringify({ op: 0, n, pad: 'x'.repeat(200 * n) })));
		const out: string[] = [];
		const inflater = new ZlibStreamDecompressor(
			(m) => out.push(m.toString('utf8')),
			(e) => out.push(`error ${e.message}`),
			options,
		);
		expect(inflater.synchronous).toBe(synchronous !== false);
		const second = frames[1] as Buffer;
		expect(ZlibStreamDecompressor.endsMessage(second.subarray(0, 5))).toBe(false);
		inflater.push(frames[0] as Buffer);
		inflater.push(second.subarray(0, 5));
		inflater.push(second.subarray(5));
		inflater.push(frames[2] as Buffer);
		await sleep(50);
		expect(out.map((m) => (JSON.parse(m) as { n: number }).n)).toEqual([0, 1, 2]);
		inflater.close();
		inflater.close();
		stream.close();
	});

	it('delivers a message far larger than the 64 KiB output buffer whole', async () => {
		const stream = zlibStream();
		const texts = [
			JSON.stringify({ op: 0, s: 1, d: { pad: [...Array(40_000).keys()].join(',') } }),
			JSON.stringify({ op: 0, s: 2, d: {} }),
		];
		const out: string[] = [];
		const inflater = new ZlibStreamDecompressor(
			(m) => out.push(m.toString('utf8')),
			(e) => out.push(`error ${e.message}`),
			options,
		);
		for (const text of texts) inflater.push(await stream.compress(text));
		await sleep(50);
		expect(out).toEqual(texts);
		inflater.close();
		stream.close();
	});

	it('reports a message that inflates past maxMessageBytes as a broken stream, once', async () => {
		const stream = zlibStream();
		const errors: string[] = [];
		const messages: Buffer[] = [];
		const inflater = new ZlibStreamDecompressor(
			(m) => messages.push(m),
			(e) => errors.push(e.message),
			{ ...options, maxMessageBytes: 100_000 },
		);
		// 300 kB of the same byte: a few hundred bytes on the wire.
		const frame = await stream.compress(JSON.stringify({ op: 0, d: 'x'.repeat(300_000) }));
		expect(frame.length).toBeLessThan(2000);
		inflater.push(frame);
		inflater.push(frame);
		await sleep(50);
		expect(errors).toEqual([expect.stringContaining('maxMessageBytes')]);
		expect(messages).toHaveLength(0);
		inflater.close();
		stream.close();
	});

	it('reports a corrupt stream once and ignores what follows', async () => {
		const errors: string[] = [];
		const messages: Buffer[] = [];
		const inflater = new ZlibStreamDecompressor(
			(m) => messages.push(m),
			(e) => errors.push(e.message),
			options,
		);
		const garbage = Buffer.from([1, 2, 3, 4, 5, 0x00, 0x00, 0xff, 0xff]);
		inflater.push(garbage);
		inflater.push(garbage);
		await sleep(20);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/header/);
		expect(messages).toHaveLength(0);
		inflater.close();
	});
});

describe('ZlibStreamDecompressor, synchronous', () => {
	it("inflates on the calling thread on Node's zlib: each message is delivered inside push(), whole, in order", async () => {
		const stream = zlibStream();
		// Small dispatches, and one far larger than the 64 KiB output buffer (several zlib passes).
		const texts = Array.from({ length: 200 }, (_, n) =>
			JSON.stringify({ op: 0, s: n, d: { content: `message ${n}`, pad: n === 100 ? [...Array(40_000).keys()].join(',') : '' } }),
		);
		const frames = [];
		for (const text of texts) frames.push(await stream.compress(text));
		expect((frames[100] as Buffer).length).toBeLessThan(200_000);
		expect((texts[100] as string).length).toBeGreaterThan(150_000);
		const out: string[] = [];
		const inflater = new ZlibStreamDecompressor(
			(m) => out.push(m.toString('utf8')),
			(e) => out.push(`error ${e.message}`),
		);
		expect(inflater.synchronous).toBe(true);
		frames.forEach((frame, n) => {
			if (n === 100) {
				// Split in three: the message is complete only with the last part.
				inflater.push(frame.subarray(0, 1000));
				inflater.push(frame.subarray(1000, 2000));
				expect(out).toHaveLength(n);
				inflater.push(frame.subarray(2000));
			} else inflater.push(frame);
			expect(out).toHaveLength(n + 1);
		});
		expect(out).toEqual(texts);
		inflater.close();
		stream.close();
	});
});

describe('InMemoryIdentifyThrottler', () => {
	it('gives each max_concurrency bucket one slot per window and rejects on abort', async () => {
		const throttler = new InMemoryIdentifyThrottler({ maxConcurrency: 2, windowMs: 200 });
		const signal = new AbortController().signal;
		const start = Date.now();
		await Promise.all([throttler.waitForIdentify(0, signal), throttler.waitForIdentify(1, signal)]);
		expect(Date.now() - start).toBeLessThan(150);
		const abort = new AbortController();
		const waiting = throttler.waitForIdentify(2, abort.signal);
		abort.abort(new Error('gone'));
		await expect(waiting).rejects.toThrow('gone');
		await throttler.waitForIdentify(3, signal);
		expect(Date.now() - start).toBeGreaterThanOrEqual(190);
	});
});
