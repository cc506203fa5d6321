import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDiscord, type MockDiscord } from '../../src/index.js';

// Hostile REST input: any method, path, content type and body. The mock must answer every
// request with a deliberate status (never a 5xx, never a hang) and keep serving others.
describe('REST fuzz', () => {
	let mock: MockDiscord;
	let channelId: string;
	let guildId: string;

	beforeAll(async () => {
		mock = await createMockDiscord({ rateLimits: { enabled: false } });
		const state = await mock.state();
		guildId = state.guilds[0]!.id;
		channelId = state.guilds[0]!.channels.find((channel) => channel.type === 0)!.id;
	});

	afterAll(() => mock.close());

	const id = () =>
		fc.oneof(
			fc.constant(channelId),
			fc.constant(guildId),
			fc.constant('@me'),
			fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String),
			fc.string({ maxLength: 30 }),
		);
	const path = () =>
		fc.oneof(
			fc.tuple(id()).map(([a]) => `/channels/${a}/messages`),
			fc.tuple(id(), id()).map(([a, b]) => `/channels/${a}/messages/${b}`),
			fc.tuple(id(), id()).map(([a, b]) => `/channels/${a}/messages/${b}/reactions/${encodeURIComponent('👍')}/@me`),
			fc.tuple(id()).map(([a]) => `/guilds/${a}/roles`),
			fc.tuple(id(), id()).map(([a, b]) => `/guilds/${a}/members/${b}`),
			fc.tuple(id()).map(([a]) => `/applications/${a}/commands`),
			fc.tuple(id(), fc.string({ maxLength: 40 })).map(([a, token]) => `/interactions/${a}/${encodeURIComponent(token)}/callback`),
			fc.webPath(),
		);
	const jsonBody = () =>
		fc.oneof(
			fc.jsonValue().map((value) => JSON.stringify(value)),
			fc
				.record({
					content: fc.string({ maxLength: 2_100 }),
					embeds: fc.array(fc.record({ title: fc.string({ maxLength: 300 }), color: fc.integer() }), { maxLength: 12 }),
				})
				.map((value) => JSON.stringify(value)),
			fc.string({ maxLength: 200 }),
		);
	const request = fc.record({
		method: fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
		path: path(),
		contentType: fc.constantFrom(
			'application/json',
			'text/plain',
			'multipart/form-data; boundary=x',
			'application/x-www-form-urlencoded',
			undefined,
		),
		body: fc.option(jsonBody(), { nil: undefined }),
		auth: fc.constantFrom('good', 'none', 'bad'),
	});

	it('answers every request deliberately and keeps serving', async () => {
		await fc.assert(
			fc.asyncProperty(request, async (input) => {
				const headers: Record<string, string> = {};
				if (input.contentType) headers['content-type'] = input.contentType;
				if (input.auth === 'good') headers.authorization = `Bot ${mock.token}`;
				if (input.auth === 'bad') headers.authorization = 'Bot not-a-token';
				const hasBody = input.body !== undefined && input.method !== 'GET';
				const response = await fetch(`${mock.api}/v10${input.path.startsWith('/') ? input.path : `/${input.path}`}`, {
					method: input.method,
					headers,
					body: hasBody ? input.body! : null,
					signal: AbortSignal.timeout(5_000),
				});
				const text = await response.text();
				expect(response.status, `${input.method} ${input.path} → ${text.slice(0, 200)}`).toBeLessThan(500);
				if (response.status >= 400 && response.status !== 405) expect(() => JSON.parse(text)).not.toThrow();
			}),
			{ numRuns: 300 },
		);
		const alive = await fetch(`${mock.api}/v10/channels/${channelId}`, { headers: { authorization: `Bot ${mock.token}` } });
		expect(alive.status).toBe(200);
	});

	it('survives oversized and truncated bodies', async () => {
		const huge = await fetch(`${mock.api}/v10/channels/${channelId}/messages`, {
			method: 'POST',
			headers: { authorization: `Bot ${mock.token}`, 'content-type': 'application/json' },
			body: `{"content":"${'x'.repeat(30 * 1024 * 1024)}"}`,
		});
		expect(huge.status).toBe(413);
		const truncated = await fetch(`${mock.api}/v10/channels/${channelId}/messages`, {
			method: 'POST',
			headers: { authorization: `Bot ${mock.token}`, 'content-type': 'application/json' },
			body: '{"content": "half',
		});
		expect(truncated.status).toBe(400);
		expect(await truncated.json()).toMatchObject({ code: 50109 });
	});
});
