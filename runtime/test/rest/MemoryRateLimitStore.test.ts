import { describe, expect, it } from 'vitest';
import { MemoryRateLimitStore } from '../../src/index.js';

describe('MemoryRateLimitStore', () => {
	it('lets unknown buckets through and waits on a spent one until its reset', () => {
		const store = new MemoryRateLimitStore();
		expect(store.acquireBucket('b', 1_000)).toBe(0);
		store.updateBucket('b', { limit: 2, remaining: 1, resetAt: 2_000 });
		expect(store.acquireBucket('b', 1_100)).toBe(0);
		expect(store.acquireBucket('b', 1_200)).toBe(800);
		expect(store.acquireBucket('b', 2_000)).toBe(0);
	});

	it('keeps the lowest remaining when responses of one window arrive out of order', () => {
		const store = new MemoryRateLimitStore();
		store.updateBucket('b', { limit: 5, remaining: 1, resetAt: 5_000 });
		store.updateBucket('b', { limit: 5, remaining: 3, resetAt: 5_010 });
		expect(store.acquireBucket('b', 1_000)).toBe(0);
		expect(store.acquireBucket('b', 1_000)).toBeGreaterThan(0);
	});

	it('holds a global slot for its window and until its request settles it, and honours a global block', () => {
		const store = new MemoryRateLimitStore();
		for (let i = 0; i < 3; i++) expect(store.acquireGlobal(1_000 + i * 100, 3, 1_000)).toBe(0);
		expect(store.acquireGlobal(1_500, 3, 1_000)).toBe(500); // the oldest slot's window ends at 2,000
		store.settleGlobal(1_000, 1_000, 1_800); // answered at 800 ms: held a window from its take all the same
		expect(store.acquireGlobal(2_000, 3, 1_000)).toBe(0);
		// The slot taken at 1,100 is past its window, but its answer has not come: Discord may count it yet.
		expect(store.acquireGlobal(2_000, 3, 1_000)).toBe(100);
		expect(store.acquireGlobal(2_500, 3, 1_000)).toBe(100);
		store.settleGlobal(1_100, 1_000, 3_600); // answered at 2,600
		expect(store.acquireGlobal(2_600, 3, 1_000)).toBe(100); // the one taken at 1,200 is still out
		store.settleGlobal(1_200, 1_000, 2_200);
		expect(store.acquireGlobal(2_600, 3, 1_000)).toBe(0);
		expect(store.acquireGlobal(2_600, 3, 1_000)).toBe(400); // the slot taken at 2,000 ends its window at 3,000
		store.blockGlobal(5_000);
		expect(store.acquireGlobal(4_000, 3, 1_000)).toBe(1_000);
	});

	it('releases slots taken in the same millisecond together, held until the latest answer', () => {
		const store = new MemoryRateLimitStore();
		for (let i = 0; i < 3; i += 1) expect(store.acquireGlobal(0, 3, 1_000)).toBe(0);
		expect(store.acquireGlobal(10, 3, 1_000)).toBe(990);
		store.settleGlobal(0, 1_000, 1_500); // one answer came at 500 ms; which of the three is unknown
		store.settleGlobal(0, 1_000, 1_100);
		expect(store.acquireGlobal(1_000, 3, 1_000)).toBe(100); // the third is still out
		store.settleGlobal(0, 1_000, 1_200);
		expect(store.acquireGlobal(1_000, 3, 1_000)).toBe(500);
		for (let i = 0; i < 3; i += 1) expect(store.acquireGlobal(1_500, 3, 1_000)).toBe(0);
	});

	it('frees an unsettled slot after 15 s, should its request never settle it', () => {
		const store = new MemoryRateLimitStore();
		expect(store.acquireGlobal(0, 1, 1_000)).toBe(0);
		expect(store.acquireGlobal(14_999, 1, 1_000)).toBe(1);
		expect(store.acquireGlobal(15_000, 1, 1_000)).toBe(0);
	});

	it('takes a bucket slot and a global slot together or not at all', () => {
		const store = new MemoryRateLimitStore();
		const global = { limit: 1, windowMs: 1_000 };
		store.updateBucket('b', { limit: 5, remaining: 2, resetAt: 10_000 }, 0);
		expect(store.acquire('b', 0, global)).toEqual({ waitMs: 0, scope: 'user' });
		expect(store.acquire('b', 10, global)).toEqual({ waitMs: 990, scope: 'global' });
		expect(store.acquire('b', 10, undefined)).toEqual({ waitMs: 0, scope: 'user' }); // the global wait took no bucket slot
		expect(store.acquire('b', 20, undefined)).toEqual({ waitMs: 9_980, scope: 'user' });
	});

	it('tells windows apart by their reset, not by a fixed 50 ms: a late response of one window lowers it, an older window is ignored', () => {
		const store = new MemoryRateLimitStore();
		// Two processes' responses in one 5 s window, timed 300 ms apart by their receipt.
		store.updateBucket('b', { limit: 5, remaining: 3, resetAt: 5_000 }, 0);
		store.updateBucket('b', { limit: 5, remaining: 4, resetAt: 5_300 }, 300);
		expect([0, 0, 0, 0].map(() => store.acquireBucket('b', 400))).toEqual([0, 0, 0, 4_900]);
		// The next window; then a straggler of the first arrives.
		store.updateBucket('b', { limit: 5, remaining: 4, resetAt: 10_400 }, 5_400);
		store.updateBucket('b', { limit: 5, remaining: 1, resetAt: 5_300 }, 5_410);
		expect([0, 0, 0, 0, 0].map(() => store.acquireBucket('b', 5_500))).toEqual([0, 0, 0, 0, 4_900]);
		// A 429 for a sublimit is never ignored.
		store.updateBucket('c', { limit: 5, remaining: 4, resetAt: 5_000 }, 0);
		store.updateBucket('c', { limit: 5, remaining: 0, resetAt: 1_000 }, 0);
		expect(store.acquireBucket('c', 100)).toBe(4_900);
	});

	it('stays cheap and correct with a very high limit (limits off) and many requests', () => {
		const store = new MemoryRateLimitStore();
		let granted = 0;
		for (let t = 0; t < 2_000; t += 1) {
			for (let i = 0; i < 20; i += 1) {
				if (store.acquireGlobal(t, 1_000_000, 1_000) === 0) granted += 1;
				store.settleGlobal(t, 1_000, t + 1_005);
			}
		}
		expect(granted).toBe(40_000);
		// And the real limit still binds after all that: 50 per second.
		const limited = new MemoryRateLimitStore();
		const waits = Array.from({ length: 60 }, () => limited.acquireGlobal(0, 50, 1_000));
		expect(waits.filter((w) => w === 0)).toHaveLength(50);
	});

	it('counts invalid requests in a rolling window', () => {
		const store = new MemoryRateLimitStore();
		const window = 10_000;
		expect(store.recordInvalidRequest(0, window)).toBe(1);
		expect(store.recordInvalidRequest(5_000, window)).toBe(2);
		expect(store.invalidRequestCount(10_500, window)).toBe(1);
		expect(store.invalidRequestCount(16_000, window)).toBe(0);
		store.destroy();
		store.destroy();
	});
});
