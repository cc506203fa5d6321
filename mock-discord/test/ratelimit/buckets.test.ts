import { describe, expect, it } from 'vitest';
import { RateLimiter, type RateLimitDecision } from '../../src/ratelimit/index.js';
import { FakeClock, MESSAGES, sendMessage } from './_helpers.js';

function header(decision: RateLimitDecision, name: string): string | undefined {
	return decision.headers[name];
}

describe('per-route buckets', () => {
	it('allows 5 messages per channel per 5 s, refuses the 6th, and opens a new window 5 s after the first', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({}, clock.read);
		for (let i = 0; i < 5; i++) {
			clock.advance(100);
			expect(limiter.take(sendMessage()).allowed).toBe(true);
		}
		const sixth = limiter.take(sendMessage());
		expect(sixth.allowed).toBe(false);
		if (sixth.allowed) return;
		expect(sixth.status).toBe(429);
		expect(sixth.scope).toBe('user');
		expect(sixth.body).toEqual({ message: 'You are being rate limited.', retry_after: 4.6, global: false });
		expect(sixth.headers['X-RateLimit-Scope']).toBe('user');
		expect(sixth.headers['X-RateLimit-Remaining']).toBe('0');
		expect(sixth.headers['Retry-After']).toBe('5');
		expect(sixth.headers['X-RateLimit-Global']).toBeUndefined();

		clock.advance(4_599);
		expect(limiter.take(sendMessage()).allowed).toBe(false);
		clock.advance(1); // exactly 5 s after the window's first request
		const next = limiter.take(sendMessage());
		expect(next.allowed).toBe(true);
		expect(header(next, 'X-RateLimit-Remaining')).toBe('4');
	});

	it('keeps channels, and identities, apart', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({}, clock.read);
		for (let i = 0; i < 5; i++) limiter.take(sendMessage('1'));
		expect(limiter.take(sendMessage('1')).allowed).toBe(false);
		expect(limiter.take(sendMessage('2')).allowed).toBe(true);
		expect(limiter.take(sendMessage('1', 'B')).allowed).toBe(true);
	});

	it('sends the documented headers in the documented formats', () => {
		const clock = new FakeClock(1_470_173_018_123);
		const limiter = new RateLimiter({}, clock.read);
		const first = limiter.take(sendMessage());
		expect(first.headers).toEqual({
			'X-RateLimit-Limit': '5',
			'X-RateLimit-Remaining': '4',
			'X-RateLimit-Reset': '1470173023.123',
			'X-RateLimit-Reset-After': '5.000',
			'X-RateLimit-Bucket': expect.stringMatching(/^[0-9a-f]{32}$/),
			Via: '1.1 google',
		});
		clock.advance(1_250);
		const second = limiter.take(sendMessage());
		expect(header(second, 'X-RateLimit-Reset')).toBe('1470173023.123');
		expect(header(second, 'X-RateLimit-Reset-After')).toBe('3.750');
		expect(header(second, 'X-RateLimit-Remaining')).toBe('3');
	});

	it('rounds Retry-After up to whole seconds and keeps milliseconds in retry_after', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({ routes: { [`POST ${MESSAGES}`]: { limit: 1, windowMs: 64_570 } } }, clock.read);
		limiter.take(sendMessage());
		const limited = limiter.take(sendMessage());
		if (limited.allowed) throw new Error('expected a 429');
		expect(limited.headers['Retry-After']).toBe('65');
		expect(limited.headers['X-RateLimit-Reset-After']).toBe('64.570');
		expect(limited.body.retry_after).toBe(64.57);
	});

	it('gives every major parameter of a template the same bucket hash, and other templates or methods another', () => {
		const limiter = new RateLimiter({}, new FakeClock().read);
		const a = header(limiter.take(sendMessage('1')), 'X-RateLimit-Bucket');
		const b = header(limiter.take(sendMessage('2', 'B')), 'X-RateLimit-Bucket');
		const get = header(limiter.take(sendMessage('1', 'A', { method: 'GET' })), 'X-RateLimit-Bucket');
		const typing = header(limiter.take(sendMessage('1', 'A', { route: '/channels/{channel_id}/typing' })), 'X-RateLimit-Bucket');
		expect(a).toBe(b);
		expect(get).not.toBe(a);
		expect(typing).not.toBe(a);
		// Stable across instances, like Discord's.
		expect(header(new RateLimiter().take(sendMessage('9', 'Z')), 'X-RateLimit-Bucket')).toBe(a);
	});

	it('puts unlisted routes on the default limit, each in its own bucket', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({ defaultLimit: { limit: 2, windowMs: 1_000 } }, clock.read);
		const get = (route: string) => limiter.take({ method: 'GET', route, majorParameter: '1', globalExempt: false, identity: 'A' });
		expect(get('/guilds/{guild_id}/roles').headers['X-RateLimit-Limit']).toBe('2');
		expect(get('/guilds/{guild_id}/roles').allowed).toBe(true);
		expect(get('/guilds/{guild_id}/roles').allowed).toBe(false);
		expect(get('/guilds/{guild_id}/channels').allowed).toBe(true);
	});

	it('limits reactions to 1 per 0.25 s', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({}, clock.read);
		const react = sendMessage('1', 'A', { method: 'PUT', route: '/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me' });
		expect(limiter.take(react).allowed).toBe(true);
		expect(limiter.take(react).allowed).toBe(false);
		clock.advance(250);
		expect(limiter.take(react).allowed).toBe(true);
	});
});
