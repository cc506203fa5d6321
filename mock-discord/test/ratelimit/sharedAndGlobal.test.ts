import { describe, expect, it } from 'vitest';
import { RateLimiter, type RateLimitRequest } from '../../src/ratelimit/index.js';
import { FakeClock, sendMessage } from './_helpers.js';

function emoji(method: string, route: string, guild: string, identity: string): RateLimitRequest {
	return { method, route, majorParameter: guild, globalExempt: false, identity };
}

describe('shared buckets', () => {
	const config = {
		sharedBuckets: {
			emojis: {
				routes: ['POST /guilds/{guild_id}/emojis', 'DELETE /guilds/{guild_id}/emojis/{emoji_id}'],
				limit: 2,
				windowMs: 10_000,
			},
		},
	};

	it('shares one hash and one per-resource counter across routes and identities, and answers scope shared', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter(config, clock.read);
		const create = limiter.take(emoji('POST', '/guilds/{guild_id}/emojis', 'g1', 'A'));
		const remove = limiter.take(emoji('DELETE', '/guilds/{guild_id}/emojis/{emoji_id}', 'g1', 'B'));
		expect(create.allowed && remove.allowed).toBe(true);
		expect(create.headers['X-RateLimit-Bucket']).toBe(remove.headers['X-RateLimit-Bucket']);

		const third = limiter.take(emoji('POST', '/guilds/{guild_id}/emojis', 'g1', 'C'));
		if (third.allowed) throw new Error('expected a 429');
		expect(third.scope).toBe('shared');
		expect(third.headers['X-RateLimit-Scope']).toBe('shared');
		expect(third.body).toEqual({ message: 'The resource is being rate limited.', retry_after: 10, global: false });

		// Another guild is another resource.
		expect(limiter.take(emoji('POST', '/guilds/{guild_id}/emojis', 'g2', 'C')).allowed).toBe(true);
	});

	it('has the emoji routes shared by default', () => {
		const limiter = new RateLimiter({}, new FakeClock().read);
		const a = limiter.take(emoji('POST', '/guilds/{guild_id}/emojis', 'g', 'A'));
		const b = limiter.take(emoji('PATCH', '/guilds/{guild_id}/emojis/{emoji_id}', 'g', 'A'));
		expect(a.headers['X-RateLimit-Bucket']).toBe(b.headers['X-RateLimit-Bucket']);
	});
});

describe('global limit', () => {
	it('allows 50 requests per second per identity across routes and channels, then answers a global 429', () => {
		const clock = new FakeClock();
		const limiter = new RateLimiter({}, clock.read);
		for (let i = 0; i < 50; i++) expect(limiter.take(sendMessage(String(i))).allowed).toBe(true);
		clock.advance(400);
		const limited = limiter.take(sendMessage('999'));
		if (limited.allowed) throw new Error('expected a 429');
		expect(limited.scope).toBe('global');
		expect(limited.body).toEqual({ message: 'You are being rate limited.', retry_after: 0.6, global: true });
		expect(limited.headers).toEqual({
			'Retry-After': '1',
			'X-RateLimit-Global': 'true',
			'X-RateLimit-Scope': 'global',
			Via: '1.1 google',
		});
		// A refused request spends nothing from the route's bucket.
		clock.advance(600);
		expect(limiter.take(sendMessage('999')).headers['X-RateLimit-Remaining']).toBe('4');
	});

	it('is per identity', () => {
		const limiter = new RateLimiter({}, new FakeClock().read);
		for (let i = 0; i < 50; i++) limiter.take(sendMessage(String(i), 'A'));
		expect(limiter.take(sendMessage('x', 'A')).allowed).toBe(false);
		expect(limiter.take(sendMessage('x', 'B')).allowed).toBe(true);
	});

	it('does not count or refuse interaction callbacks and follow-ups', () => {
		const limiter = new RateLimiter({}, new FakeClock().read);
		const callback = (i: number): RateLimitRequest => ({
			method: 'POST',
			route: '/interactions/{interaction_id}/{interaction_token}/callback',
			majorParameter: String(i),
			globalExempt: true,
			identity: 'A',
		});
		for (let i = 0; i < 100; i++) expect(limiter.take(callback(i)).allowed).toBe(true);
		for (let i = 0; i < 50; i++) expect(limiter.take(sendMessage(String(i))).allowed).toBe(true);
		expect(limiter.take(sendMessage('x')).allowed).toBe(false);
		expect(limiter.take(callback(1000)).allowed).toBe(true);
	});

	it('honours globalPerSecond overrides', () => {
		const limiter = new RateLimiter({ globalPerSecond: 3 }, new FakeClock().read);
		for (let i = 0; i < 3; i++) limiter.take(sendMessage(String(i)));
		expect(limiter.take(sendMessage('9')).allowed).toBe(false);
	});
});
