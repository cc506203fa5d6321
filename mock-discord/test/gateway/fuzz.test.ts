import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startGateway } from './_harness.js';

let h: Harness;
beforeAll(async () => {
	h = await startGateway({ sendLimit: 10 });
});
afterAll(() => h.close());

/** Frames a hostile or broken client might send: garbage text, odd JSON, wrong opcodes and shapes. */
const frame = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ maxLength: 100, unit: 'binary' }),
	fc.json({ maxDepth: 3, stringUnit: 'grapheme' }),
	fc
		.record({ op: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.string(), fc.constant(null)), d: fc.jsonValue({ maxDepth: 2 }) })
		.map((p) => JSON.stringify(p)),
	fc
		.record({
			op: fc.constantFrom(2, 6, 3, 8),
			d: fc.dictionary(
				fc.constantFrom('token', 'intents', 'shard', 'session_id', 'seq'),
				fc.jsonValue({ maxDepth: 1, stringUnit: 'grapheme' }),
			),
		})
		.map((p) => JSON.stringify(p)),
	fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
);

const allowedCodes = new Set([4001, 4002, 4003, 4004, 4005, 4007, 4008, 4010, 4013, 4014]);

describe('fuzz: hostile frames', () => {
	it('close only the offending connection, with a documented close code, and the gateway keeps serving', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 4 }), async (frames) => {
				const c = await h.connect();
				for (const f of frames) {
					if (c.ws.readyState !== c.ws.OPEN) break;
					c.ws.send(f, { binary: Buffer.isBuffer(f) });
				}
				// Whatever the frames were, a heartbeat is answered or the connection is closed.
				if (c.ws.readyState === c.ws.OPEN) c.send({ op: 1, d: null });
				const outcome = await Promise.race([
					c.closed.then((e) => e.code),
					c
						.waitFor((m) => m.op === 11 || m.op === 9 || m.t === 'READY', 2000)
						.then(
							() => 'open' as const,
							() => 'silent' as const,
						),
				]);
				expect(outcome).not.toBe('silent');
				if (typeof outcome === 'number') expect(allowedCodes.has(outcome), `closed with ${outcome}`).toBe(true);
				c.ws.terminate();
				const good = await h.connect();
				good.send({ op: 1, d: null });
				await good.waitFor((m) => m.op === 11);
				good.ws.terminate();
			}),
			{ numRuns: 100 },
		);
	});
});
