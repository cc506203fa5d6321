import { describe, expect, it } from 'vitest';
import { RateLimiter, RateLimitSetupError } from '../../src/ratelimit/index.js';
import { FakeClock, MESSAGES, sendMessage } from './_helpers.js';

describe('injected faults', () => {
	it('answers the next `count` requests with a user 429, then lets requests through again', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({}, clock.read);
		limiter.injectFault({ route: MESSAGES, count: 2 });
		for (let i = 0; i < 2; i++) {
			const d = limiter.take(sendMessage());
			if (d.allowed) throw new Error('expected a 429');
			expect(d.scope).toBe('user');
			expect(d.headers['X-RateLimit-Scope']).toBe('user');
			expect(d.headers['X-RateLimit-Remaining']).toBe('0');
			expect(d.headers['X-RateLimit-Bucket']).toMatch(/^[0-9a-f]{32}$/);
			expect(d.body.global).toBe(false);
			expect(d.body.retry_after).toBe(5);
		}
		const after = limiter.take(sendMessage());
		expect(after.allowed).toBe(true);
		// The injected 429s spent nothing.
		expect(after.headers['X-RateLimit-Remaining']).toBe('4');
	});

	it('injects a global 429 with its headers and body', () => {
		const limiter = new RateLimiter({}, new FakeClock().read);
		limiter.injectFault({ route: MESSAGES, count: 1, scope: 'global' });
		const global = limiter.take(sendMessage());
		if (global.allowed) throw new Error('expected a 429');
		expect(global.scope).toBe('global');
		expect(global.headers['X-RateLimit-Global']).toBe('true');
		expect(global.headers['X-RateLimit-Scope']).toBe('global');
		expect(global.body).toEqual({ message: 'You are being rate limited.', retry_after: 1, global: true });
	});

	it("injects a shared 429 that leaves the client quota showing, as in Discord's example", () => {
		const limiter = new RateLimiter({}, new FakeClock().read);
		limiter.take(sendMessage());
		limiter.injectFault({ route: MESSAGES, count: 1, scope: 'shared' });
		const shared = limiter.take(sendMessage());
		if (shared.allowed) throw new Error('expected a 429');
		expect(shared.scope).toBe('shared');
		expect(shared.headers['X-RateLimit-Scope']).toBe('shared');
		expect(shared.headers['X-RateLimit-Remaining']).toBe('4');
		expect(shared.body.message).toBe('The resource is being rate limited.');
	});

	it('matches a template whatever the major parameter', () => {
		const limiter = new RateLimiter({}, new FakeClock().read);
		limiter.injectFault({ route: MESSAGES, count: 1 });
		expect(limiter.take(sendMessage('other-channel', 'other-bot')).allowed).toBe(false);
		expect(limiter.take(sendMessage()).allowed).toBe(true);
	});

	it('matches a method-qualified route only for that method', () => {
		const limiter = new RateLimiter({}, new FakeClock().read);
		limiter.injectFault({ route: `POST ${MESSAGES}`, count: 1 });
		expect(limiter.take(sendMessage('1', 'A', { method: 'GET' })).allowed).toBe(true);
		expect(limiter.take(sendMessage()).allowed).toBe(false);
		expect(limiter.take(sendMessage()).allowed).toBe(true);
	});

	it('works with limits disabled, and reset() drops pending faults', () => {
		const limiter = new RateLimiter({ enabled: false }, new FakeClock().read);
		limiter.injectFault({ route: MESSAGES, count: 5 });
		expect(limiter.take(sendMessage()).allowed).toBe(false);
		limiter.reset();
		expect(limiter.take(sendMessage()).allowed).toBe(true);
	});

	it('rejects a fault it cannot match', () => {
		const limiter = new RateLimiter();
		expect(() => limiter.injectFault({ route: 'channels/1', count: 1 })).toThrow(RateLimitSetupError);
		expect(() => limiter.injectFault({ route: MESSAGES, count: 0 })).toThrow(/integer >= 1/);
		expect(() => limiter.injectFault({ route: `post ${MESSAGES}`, count: 1 })).toThrow(RateLimitSetupError);
	});
});
