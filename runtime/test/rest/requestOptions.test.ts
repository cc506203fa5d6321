import { describe, expect, it } from 'vitest';
import { InvalidRESTOptionError, REST, type RESTRequestEvent, type RESTResponseEvent } from '../../src/index.js';
import { startEchoServer } from './_echoServer.js';

describe('request options, hooks and events', () => {
	it('sends auth, reason, locale, query and hook headers; events and hooks see no token', async () => {
		const server = await startEchoServer();
		const rest = new REST({ api: server.api, token: 'secret-token' });
		const events: (RESTRequestEvent | RESTResponseEvent)[] = [];
		rest.on('request', (e) => events.push(e));
		rest.on('response', (e) => events.push(e));
		const statuses: number[] = [];
		const remove = rest.use({
			beforeRequest: (r) => {
				r.headers['X-Trace'] = `trace-${r.id}`;
			},
			afterResponse: (r) => {
				statuses.push(r.status);
			},
		});
		try {
			const body = await rest.patch('/guilds/123/members/456', {
				body: { nick: 'x' },
				reason: 'spam, again ✓',
				locale: 'fr',
				query: { a: 1, b: undefined, c: true },
				headers: { Authorization: 'Bot stolen', 'X-Extra': 'yes' },
			});
			expect(body).toEqual({ url: '/api/v10/guilds/123/members/456?a=1&c=true' });
			const [seen] = server.seen;
			expect(seen?.headers.authorization).toBe('Bot secret-token');
			expect(seen?.headers['x-audit-log-reason']).toBe(encodeURIComponent('spam, again ✓'));
			expect(seen?.headers['x-discord-locale']).toBe('fr');
			expect(seen?.headers['x-trace']).toBe('trace-1');
			expect(seen?.headers['x-extra']).toBe('yes');
			expect(seen?.headers['content-type']).toBe('application/json');
			expect(seen?.headers['user-agent']).toMatch(/^DiscordBot \(/);
			expect(JSON.parse(seen?.body ?? '')).toEqual({ nick: 'x' });
			expect(statuses).toEqual([200]);
			expect(events.map((e) => ('status' in e ? 'response' : 'request'))).toEqual(['request', 'response']);
			expect(events[0]).toMatchObject({
				method: 'PATCH',
				route: '/guilds/{guild_id}/members/{member_id}',
				majorParameter: '123',
				attempt: 1,
			});
			expect(JSON.stringify(events)).not.toContain('secret-token');

			remove();
			await rest.get('/users/@me', { auth: false });
			expect(server.seen[1]?.headers.authorization).toBeUndefined();
			expect(server.seen[1]?.headers['x-trace']).toBeUndefined();
		} finally {
			await rest.destroy();
			await server.close();
		}
	});

	it('calls webhook-with-token routes without a bot token when none is set', async () => {
		const server = await startEchoServer();
		const rest = new REST({ api: server.api });
		try {
			await rest.post('/webhooks/123/some-token', { body: { content: 'hi' }, query: { wait: true } });
			expect(server.seen[0]?.headers.authorization).toBeUndefined();
			expect(server.seen[0]?.url).toBe('/api/v10/webhooks/123/some-token?wait=true');
		} finally {
			await rest.destroy();
			await server.close();
		}
	});

	it('takes its base URL from OVEN_API_URL when api is not given', async () => {
		const server = await startEchoServer();
		const saved = process.env.OVEN_API_URL;
		process.env.OVEN_API_URL = server.api;
		const rest = new REST({ token: 't' });
		try {
			await rest.get('/users/@me');
			expect(server.seen[0]?.url).toBe('/api/v10/users/@me');
			process.env.OVEN_API_URL = 'not a url';
			expect(() => new REST()).toThrow(/^OVEN_API_URL must be an absolute URL/);
		} finally {
			if (saved === undefined) delete process.env.OVEN_API_URL;
			else process.env.OVEN_API_URL = saved;
			await rest.destroy();
			await server.close();
		}
	});

	it('refuses bad options with a typed error', async () => {
		expect(() => new REST({ api: 'not a url' })).toThrow(InvalidRESTOptionError);
		expect(() => new REST({ timeout: -1 })).toThrow(InvalidRESTOptionError);
		const rest = new REST();
		await expect(rest.get('/users/@me')).rejects.toBeInstanceOf(InvalidRESTOptionError);
		await expect(rest.get('users/@me', { auth: false })).rejects.toMatchObject({ code: 'REST_INVALID_OPTION' });
		await rest.destroy();
	});

	it('runs high-priority requests of a bucket before normal ones', async () => {
		let released = false;
		const server = await startEchoServer((seen, res, index) => {
			// The first answer spends the bucket for 200 ms, so the rest queue up behind it.
			const remaining = index === 0 ? '0' : '5';
			res
				.writeHead(200, {
					'content-type': 'application/json',
					'x-ratelimit-bucket': 'abc',
					'x-ratelimit-limit': '5',
					'x-ratelimit-remaining': remaining,
					'x-ratelimit-reset-after': index === 0 ? '0.200' : '1.000',
				})
				.end(JSON.stringify({ body: seen.body }));
			released = true;
		});
		const rest = new REST({ api: server.api, token: 't' });
		try {
			await rest.request('POST', '/channels/1/messages', { body: 'first' });
			expect(released).toBe(true);
			const normal = [
				rest.request('POST', '/channels/1/messages', { body: 'n1' }),
				rest.request('POST', '/channels/1/messages', { body: 'n2' }),
			];
			await new Promise((r) => setTimeout(r, 20));
			const high = rest.request('POST', '/channels/1/messages', { body: 'h', priority: 'high' });
			await Promise.all([...normal, high]);
			// n1 was already waiting at the head of the queue for the reset; the high one overtook n2.
			expect(server.seen.map((s) => JSON.parse(s.body) as string)).toEqual(['first', 'n1', 'h', 'n2']);
		} finally {
			await rest.destroy();
			await server.close();
		}
	});
});
