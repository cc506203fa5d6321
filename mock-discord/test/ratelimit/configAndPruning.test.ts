import { describe, expect, expectTypeOf, it } from 'vitest';
import {
	DEFAULT_RATE_LIMITS,
	RateLimiter,
	RateLimitSetupError,
	resolveRateLimitConfig,
	type RateLimitConfig,
	type RateLimitOverrides,
} from '../../src/ratelimit/index.js';
import { FakeClock, MESSAGES, sendMessage } from './_helpers.js';

describe('config', () => {
	it('has the documented global and invalid-request limits and the observed message limit', () => {
		expect(DEFAULT_RATE_LIMITS.globalPerSecond).toBe(50);
		expect(DEFAULT_RATE_LIMITS.invalidRequests).toMatchObject({ max: 10_000, windowMs: 600_000 });
		expect(DEFAULT_RATE_LIMITS.routes[`POST ${MESSAGES}`]).toEqual({ limit: 5, windowMs: 5_000 });
		expectTypeOf<Partial<RateLimitConfig>>().toExtend<RateLimitOverrides>();
	});

	it('merges routes and invalidRequests over the defaults', () => {
		const config = resolveRateLimitConfig({ routes: { 'GET /users/@me': { limit: 1, windowMs: 1 } }, invalidRequests: { max: 7 } });
		expect(config.routes[`POST ${MESSAGES}`]).toEqual({ limit: 5, windowMs: 5_000 });
		expect(config.routes['GET /users/@me']).toEqual({ limit: 1, windowMs: 1 });
		expect(config.invalidRequests).toEqual({ max: 7, windowMs: 600_000, banMs: 3_600_000 });
	});

	it('turns per-route and global limits off with enabled: false, but keeps the ban', () => {
		const limiter = new RateLimiter({ enabled: false, invalidRequests: { max: 0 } }, new FakeClock().read);
		for (let i = 0; i < 1_000; i++) expect(limiter.take(sendMessage()).allowed).toBe(true);
		expect(limiter.stats().buckets).toBe(0);
		limiter.recordResult(sendMessage(), 401, false);
		expect(limiter.take(sendMessage()).allowed).toBe(false);
	});

	it('refuses unusable config with a typed error', () => {
		expect(() => new RateLimiter({ routes: { 'POST channels': { limit: 1, windowMs: 1 } } })).toThrow(RateLimitSetupError);
		expect(() => new RateLimiter({ routes: { [`POST ${MESSAGES}`]: { limit: 0, windowMs: 1 } } })).toThrow(/integer limit >= 1/);
		expect(() => new RateLimiter({ globalPerSecond: 0 })).toThrow(RateLimitSetupError);
		expect(() => new RateLimiter({ defaultLimit: { limit: 1, windowMs: 0 } })).toThrow(RateLimitSetupError);
		const error = new RateLimitSetupError('x');
		expect(error.code).toBe('MOCK_RATE_LIMIT_SETUP');
		expect(error.name).toBe('RateLimitSetupError[MOCK_RATE_LIMIT_SETUP]');
	});
});

describe('pruning and reset', () => {
	it('drops expired buckets, global windows and invalid counters on the next sweep', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({ pruneIntervalMs: 1_000 }, clock.read);
		for (let i = 0; i < 40; i++) limiter.take(sendMessage(String(i), `bot${i % 4}`));
		limiter.recordResult(sendMessage(), 401, false);
		expect(limiter.stats()).toEqual({ buckets: 40, globalWindows: 4, invalidIdentities: 1 });

		clock.advance(2_000); // global windows closed, message buckets still open
		limiter.take(sendMessage('0', 'bot0'));
		expect(limiter.stats()).toEqual({ buckets: 40, globalWindows: 1, invalidIdentities: 1 });

		clock.advance(600_000); // everything closed
		limiter.take(sendMessage('new', 'bot9'));
		expect(limiter.stats()).toEqual({ buckets: 1, globalWindows: 1, invalidIdentities: 0 });
	});

	it('keeps memory flat under a long stream of distinct channels', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({}, clock.read);
		let peak = 0;
		for (let i = 0; i < 100_000; i++) {
			clock.advance(1);
			limiter.take(sendMessage(String(i), 'A', { globalExempt: true }));
			if (i % 1_000 === 0) peak = Math.max(peak, limiter.stats().buckets);
		}
		// Buckets live 5 s, sweeps every 10 s: at most ~15 s of channels at 1/ms.
		expect(peak).toBeLessThanOrEqual(15_001);
	});

	it('reset() forgets buckets, counts and bans', () => {
		const limiter = new RateLimiter({ invalidRequests: { max: 0 } }, new FakeClock().read);
		for (let i = 0; i < 5; i++) limiter.take(sendMessage());
		limiter.recordResult(sendMessage(), 403, false);
		limiter.reset();
		expect(limiter.invalidRequestCount('A')).toBe(0);
		expect(limiter.stats()).toEqual({ buckets: 0, globalWindows: 0, invalidIdentities: 0 });
		expect(limiter.take(sendMessage()).headers['X-RateLimit-Remaining']).toBe('4');
	});
});
