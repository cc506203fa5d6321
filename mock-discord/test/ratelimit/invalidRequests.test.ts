import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/ratelimit/index.js';
import { FakeClock, sendMessage } from './_helpers.js';

describe('invalid-request limit', () => {
	it('counts 401, 403 and 429, but not shared-scope 429s or other statuses', () => {
		const limiter = new RateLimiter({}, new FakeClock().read);
		const req = sendMessage();
		limiter.recordResult(req, 401, false);
		limiter.recordResult(req, 403, false);
		limiter.recordResult(req, 429, false);
		limiter.recordResult(req, 429, true);
		limiter.recordResult(req, 404, false);
		limiter.recordResult(req, 200, false);
		limiter.recordResult(req, 500, false);
		expect(limiter.invalidRequestCount('A')).toBe(3);
		expect(limiter.invalidRequestCount('B')).toBe(0);
	});

	it('rolls results off after the window', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({}, clock.read);
		limiter.recordResult(sendMessage(), 401, false);
		clock.advance(300_000);
		limiter.recordResult(sendMessage(), 403, false);
		clock.advance(299_999);
		expect(limiter.invalidRequestCount('A')).toBe(2);
		clock.advance(1);
		expect(limiter.invalidRequestCount('A')).toBe(1);
		clock.advance(300_000);
		expect(limiter.invalidRequestCount('A')).toBe(0);
	});

	it('bans an identity past max with a Cloudflare-style 429, and lifts the ban after banMs', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({ invalidRequests: { max: 3, windowMs: 10_000, banMs: 60_000 } }, clock.read);
		for (let i = 0; i < 3; i++) limiter.recordResult(sendMessage(), 403, false);
		expect(limiter.take(sendMessage()).allowed).toBe(true); // at max, not past it
		limiter.recordResult(sendMessage(), 403, false);

		const banned = limiter.take(sendMessage('other-channel'));
		if (banned.allowed) throw new Error('expected a ban');
		expect(banned.status).toBe(429);
		expect(banned.cloudflareBan).toBe(true);
		expect(banned.scope).toBeUndefined();
		expect(banned.body.code).toBe(0);
		expect(banned.body.message).toMatch(/^You are being blocked from accessing our API temporarily/);
		expect(banned.body.retry_after).toBe(60);
		// Only Retry-After: no Via, no X-RateLimit-*, which is how clients recognise a ban.
		expect(banned.headers).toEqual({ 'Retry-After': '60' });
		// Interaction callbacks are not exempt from a ban, and other identities are unaffected.
		expect(limiter.take(sendMessage('1', 'A', { globalExempt: true })).allowed).toBe(false);
		expect(limiter.take(sendMessage('1', 'B')).allowed).toBe(true);

		// The ban's own 429s are not counted (they are Cloudflare's) and do not extend it.
		limiter.recordResult(sendMessage(), 429, false);
		clock.advance(59_999);
		expect(limiter.take(sendMessage()).headers['Retry-After']).toBe('1');
		clock.advance(1);
		expect(limiter.take(sendMessage()).allowed).toBe(true);
		expect(limiter.invalidRequestCount('A')).toBe(0);
	});

	it('bans from 429s the limiter itself gave, once the caller reports them', () => {
		const limiter = new RateLimiter({ invalidRequests: { max: 2 } }, new FakeClock().read);
		for (let i = 0; i < 8; i++) {
			const req = sendMessage();
			const d = limiter.take(req);
			limiter.recordResult(req, d.allowed ? 200 : d.status, !d.allowed && d.scope === 'shared');
		}
		const last = limiter.take(sendMessage());
		expect(!last.allowed && last.cloudflareBan).toBe(true);
	});

	it('keeps an exact count across ring growth', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({ invalidRequests: { max: 1_000 } }, clock.read);
		for (let i = 0; i < 700; i++) {
			limiter.recordResult(sendMessage(), 401, false);
			clock.advance(1_000);
		}
		// Now is 700 s; a result counts for 600 s, so those at 101..699 s are in the window.
		expect(limiter.invalidRequestCount('A')).toBe(599);
	});
});
