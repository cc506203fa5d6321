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
