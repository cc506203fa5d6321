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

	it('enforces the global limit over a sliding window and honours a global block', () => {
		const store = new MemoryRateLimitStore();
		for (let i = 0; i < 3; i++) expect(store.acquireGlobal(1_000 + i * 100, 3, 1_000)).toBe(0);
		expect(store.acquireGlobal(1_500, 3, 1_000)).toBe(500);
		expect(store.acquireGlobal(2_000, 3, 1_000)).toBe(0);
		store.blockGlobal(5_000);
		expect(store.acquireGlobal(4_000, 3, 1_000)).toBe(1_000);
	});

	it('holds a settled global slot until a window after its answer; other slots free on time', () => {
		const store = new MemoryRateLimitStore();
		for (let i = 0; i < 3; i += 1) expect(store.acquireGlobal(0, 3, 1_000)).toBe(0);
		expect(store.acquireGlobal(10, 3, 1_000)).toBe(990);
		store.settleGlobal(0, 1_000, 1_500); // one answer came at 500 ms
		expect(store.acquireGlobal(1_000, 3, 1_000)).toBe(0);
		expect(store.acquireGlobal(1_000, 3, 1_000)).toBe(0);
		expect(store.acquireGlobal(1_000, 3, 1_000)).toBe(500);
		expect(store.acquireGlobal(1_500, 3, 1_000)).toBe(0);
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
