import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/ratelimit/index.js';
import { FakeClock, sendMessage } from './_helpers.js';

describe('bucket invariants (property)', () => {
	it('never reports negative or over-limit Remaining, never allows more than `limit` per window, and never refuses with room left', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 8 }),
				fc.integer({ min: 1, max: 2_000 }),
				fc.array(fc.record({ gap: fc.integer({ min: 0, max: 700 }), channel: fc.constantFrom('a', 'b') }), { maxLength: 200 }),
				(limit, windowMs, steps) => {
					const clock = new FakeClock();
					const limiter = new RateLimiter(
						{ globalPerSecond: 10_000, routes: { 'POST /channels/{channel_id}/messages': { limit, windowMs } } },
						clock.read,
					);
					// Reference model per channel: the window opens at the first request after the last one closed.
					const model = new Map<string, { start: number; used: number }>();
					for (const step of steps) {
						clock.advance(step.gap);
						const now = clock.now;
						let window = model.get(step.channel);
						if (window === undefined || now >= window.start + windowMs) {
							window = { start: now, used: 0 };
							model.set(step.channel, window);
						}
						const d = limiter.take(sendMessage(step.channel));
						const remaining = Number(d.headers['X-RateLimit-Remaining']);
						expect(remaining).toBeGreaterThanOrEqual(0);
						expect(remaining).toBeLessThanOrEqual(limit);
						expect(d.allowed).toBe(window.used < limit);
						if (d.allowed) window.used++;
						expect(window.used).toBeLessThanOrEqual(limit);
						expect(remaining).toBe(limit - window.used);
						expect(Number(d.headers['X-RateLimit-Reset']) * 1000).toBeCloseTo(window.start + windowMs, 0);
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	it('never allows more than globalPerSecond in any one global window', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 400 }), (gaps) => {
				const clock = new FakeClock();
				const limiter = new RateLimiter({ globalPerSecond: 5, defaultLimit: { limit: 1_000, windowMs: 1 } }, clock.read);
				let start = -Infinity;
				let used = 0;
				gaps.forEach((gap, i) => {
					clock.advance(gap);
					if (clock.now >= start + 1_000) {
						start = clock.now;
						used = 0;
					}
					const d = limiter.take({ method: 'GET', route: '/x', majorParameter: String(i), globalExempt: false, identity: 'A' });
					if (d.allowed) used++;
					expect(used).toBeLessThanOrEqual(5);
					expect(d.allowed || used === 5).toBe(true);
				});
			}),
			{ numRuns: 300 },
		);
	});
});
