import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefaultIds as D, type MockDiscord } from '../src/index.js';
import { TestGatewayClient } from './_gatewayClient.js';
import { control, expectError, rest, startMock } from './_helpers.js';

describe('control API', () => {
	let mock: MockDiscord;
	let gw: TestGatewayClient;
	beforeAll(async () => {
		mock = await startMock();
		gw = await TestGatewayClient.connect(mock.gateway, mock.token);
	});
	afterAll(async () => {
		gw.close();
		await mock.close();
	});

	it('GET /state lists guilds, channels and users', async () => {
		const { body } = await control(mock, 'GET', '/state');
		expect(body.guilds[0]).toMatchObject({ id: D.guild, name: 'Oven Test Guild' });
		expect(body.guilds[0].channels).toContainEqual({ id: D.general, name: 'general', type: 0 });
		expect(body.users).toContainEqual({ id: D.alice, username: 'alice', bot: false });
		expect(body.users).toContainEqual({ id: mock.applicationId, username: 'oven-test-bot', bot: true });
		expect(await mock.state()).toEqual(body);
	});

	it('POST /messages posts as a user and dispatches MESSAGE_CREATE; listing is newest first', async () => {
		const first = await control(mock, 'POST', '/messages', {
			author_id: D.alice,
			channel_id: D.general,
			content: `hi <@${mock.applicationId}>`,
		});
		expect(first.status).toBe(201);
		const dispatched = await gw.next('MESSAGE_CREATE', (d) => d.id === first.body.id);
		expect(dispatched).toMatchObject({
			author: { id: D.alice },
			guild_id: D.guild,
			member: { roles: [] },
			mentions: [{ id: mock.applicationId }],
		});
		const second = await mock.sendMessage({ author_id: D.bob, channel_id: D.general, content: 'second' });
		const list = await control(mock, 'GET', `/channels/${D.general}/messages`);
		expect(list.body.slice(0, 2).map((m: { id: string }) => m.id)).toEqual([second.id, first.body.id]);
	});

	it('rejects bad input with a clear 400', async () => {
		const answer = await control(mock, 'POST', '/messages', { author_id: '1', channel_id: D.general, content: 'x' });
		expect(answer.status).toBe(400);
		expect(answer.body.message).toContain('author_id');
		expect((await control(mock, 'POST', '/faults', { kind: 'earthquake' })).status).toBe(400);
	});

	it('REST writes reach the gateway: bot messages, roles, members, pins, typing', async () => {
		const sent = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: 'from bot' });
		await gw.next('MESSAGE_CREATE', (d) => d.id === sent.body.id);
		const role = await rest(mock, 'POST', `/guilds/${D.guild}/roles`, { name: 'Tmp' });
		await gw.next('GUILD_ROLE_CREATE', (d) => d.role.id === role.body.id);
		await rest(mock, 'PUT', `/guilds/${D.guild}/members/${D.carol}/roles/${role.body.id}`);
		await gw.next('GUILD_MEMBER_UPDATE', (d) => d.user.id === D.carol && d.roles.includes(role.body.id));
		await rest(mock, 'PUT', `/channels/${D.general}/messages/pins/${sent.body.id}`);
		await gw.next('CHANNEL_PINS_UPDATE', (d) => d.channel_id === D.general);
		await rest(mock, 'POST', `/channels/${D.general}/typing`);
		await gw.next('TYPING_START', (d) => d.user_id === mock.applicationId);
		await rest(mock, 'PUT', `/channels/${D.general}/messages/${sent.body.id}/reactions/${encodeURIComponent('🔥')}/@me`);
		await gw.next('MESSAGE_REACTION_ADD', (d) => d.message_id === sent.body.id);
		await rest(mock, 'DELETE', `/channels/${D.general}/messages/${sent.body.id}`);
		await gw.next('MESSAGE_DELETE', (d) => d.id === sent.body.id);
	});

	it('GET /requests logs method, path, status, body and time, never the token', async () => {
		const { body } = await control(mock, 'GET', '/requests');
		const entry = body.find((e: { path: string; method: string }) => e.method === 'POST' && e.path === `/guilds/${D.guild}/roles`);
		expect(entry).toMatchObject({ status: 200, body: { name: 'Tmp' } });
		expect(Number.isNaN(Date.parse(entry.at))).toBe(false);
		expect(JSON.stringify(body)).not.toContain(mock.token);
	});

	it('GET /requests logs the audit-log reason, and the body sent to a route the mock lacks', async () => {
		const headers = { authorization: `Bot ${mock.token}`, 'content-type': 'application/json', 'x-audit-log-reason': 'spam%20%C3%A0' };
		await fetch(`${mock.api}/v10/guilds/${D.guild}/roles`, { method: 'POST', headers, body: JSON.stringify({ name: 'Why' }) });
		await fetch(`${mock.api}/v10/guilds/${D.guild}/no-such-route`, { method: 'POST', headers, body: JSON.stringify({ a: 1 }) });
		const { body } = await control(mock, 'GET', '/requests');
		const logged = (path: string): { status: number; body: unknown; reason?: string } =>
			body.findLast((e: { path: string }) => e.path === `/guilds/${D.guild}${path}`);
		expect(logged('/roles')).toMatchObject({ status: 200, body: { name: 'Why' }, reason: 'spam à' });
		expect(logged('/no-such-route')).toMatchObject({ status: 404, body: { a: 1 }, reason: 'spam à' });
		expect(body.find((e: { body: { name?: string } | null }) => e.body?.name === 'Tmp')).not.toHaveProperty('reason');
	});

	it('server_error and rate_limit faults hit the next requests on a route; latency delays responses', async () => {
		await control(mock, 'POST', '/faults', { kind: 'server_error', route: '/users/@me', status: 502, count: 1 });
		expect((await rest(mock, 'GET', '/users/@me')).status).toBe(502);
		expect((await rest(mock, 'GET', '/users/@me')).status).toBe(200);
		await mock.fault({ kind: 'rate_limit', route: 'GET /users/{user_id}', count: 1 });
		const limited = await rest(mock, 'GET', `/users/${D.alice}`);
		expect(limited.status).toBe(429);
		expect(typeof limited.body.retry_after).toBe('number');
		expect((await rest(mock, 'GET', `/users/${D.alice}`)).status).toBe(200);
		await control(mock, 'POST', '/faults', { kind: 'latency', ms: 120 });
		const started = Date.now();
		await rest(mock, 'GET', '/users/@me');
		expect(Date.now() - started).toBeGreaterThanOrEqual(100);
		await control(mock, 'POST', '/faults', { kind: 'latency', ms: 0 });
	});

	it('accepts multipart message creates and makes attachments', async () => {
		const form = new FormData();
		form.append(
			'payload_json',
			JSON.stringify({ content: 'file!', attachments: [{ id: 0, filename: 'hello.txt', description: 'greeting' }] }),
		);
		form.append('files[0]', new Blob(['hello world'], { type: 'text/plain' }), 'hello.txt');
		const response = await fetch(`${mock.api}/v10/channels/${D.general}/messages`, {
			method: 'POST',
			headers: { authorization: `Bot ${mock.token}` },
			body: form,
		});
		const body = (await response.json()) as { attachments: { filename: string; size: number; description: string }[] };
		expect(response.status).toBe(200);
		expect(body.attachments).toEqual([expect.objectContaining({ filename: 'hello.txt', size: 11, description: 'greeting' })]);
	});

	it('exposes gateway sessions', async () => {
		const { body } = await control(mock, 'GET', '/sessions');
		expect(body).toHaveLength(1);
	});

	it('answers 404 for unknown control routes', async () => {
		expectError(await control(mock, 'GET', '/nothing'), 404, 0);
	});
});

describe('rate limits are on by default', () => {
	it('returns 429 with Discord headers once a message bucket is spent', async () => {
		const mock = await startMock({ rateLimits: { enabled: true } });
		try {
			let limited;
			for (let i = 0; i < 8 && limited === undefined; i += 1) {
				const answer = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: `n${i}` });
				if (answer.status === 429) limited = answer;
				else expect(answer.headers.get('x-ratelimit-limit')).not.toBeNull();
			}
			expect(limited?.body.retry_after).toBeGreaterThan(0);
		} finally {
			await mock.close();
		}
	});
});

describe('control API: people', () => {
	it('creates users, adds members (GUILD_MEMBER_ADD) and reactions (MESSAGE_REACTION_ADD)', async () => {
		const mock = await startMock();
		const gw = await TestGatewayClient.connect(mock.gateway, mock.token);
		try {
			const user = await control(mock, 'POST', '/users', { username: 'newbie' });
			expect(user.status).toBe(201);
			const member = await control(mock, 'POST', '/members', { guild_id: D.guild, user_id: user.body.id, roles: [D.moderatorRole] });
			expect(member.status).toBe(201);
			expect((await gw.next('GUILD_MEMBER_ADD', (d) => d.user.id === user.body.id)).roles).toEqual([D.moderatorRole]);
			expect((await control(mock, 'POST', '/members', { guild_id: D.guild, user_id: user.body.id })).status).toBe(400);
			const sent = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: 'react to me' });
			expect(
				(await control(mock, 'POST', '/reactions', { user_id: user.body.id, channel_id: D.general, message_id: sent.body.id, emoji: '✅' }))
					.status,
			).toBe(204);
			expect((await gw.next('MESSAGE_REACTION_ADD', (d) => d.user_id === user.body.id)).emoji).toEqual({ id: null, name: '✅' });
			const fetched = await rest(mock, 'GET', `/channels/${D.general}/messages/${sent.body.id}`);
			expect(fetched.body.reactions).toEqual([expect.objectContaining({ count: 1, me: false })]);
		} finally {
			gw.close();
			await mock.close();
		}
	});
});
