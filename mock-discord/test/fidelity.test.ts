import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefaultIds as D, type MockDiscord, UNIMPLEMENTED_HEADER } from '../src/index.js';
import { control, expectError, rest, startMock } from './_helpers.js';
import { startGateway } from './gateway/_harness.js';

describe('REST fidelity', () => {
	let mock: MockDiscord;
	beforeAll(async () => {
		mock = await startMock();
	});
	afterAll(() => mock.close());

	it('answers a malformed id in the path with 400 50035 NUMBER_TYPE_COERCE, not 404', async () => {
		for (const id of ['abc', '1'.repeat(30), '-5']) {
			const answer = await rest(mock, 'GET', `/channels/${id}`);
			expectError(answer, 400, 50035);
			expect(answer.body.errors).toEqual({
				channel_id: { _errors: [{ code: 'NUMBER_TYPE_COERCE', message: `Value "${id}" is not snowflake.` }] },
			});
		}
		const nested = await rest(mock, 'GET', `/channels/${D.general}/messages/not-an-id`);
		expect(nested.body.errors.message_id._errors[0].code).toBe('NUMBER_TYPE_COERCE');
		// A well-formed id that names nothing is still Discord's 404.
		expectError(await rest(mock, 'GET', '/channels/123'), 404, 10003);
	});

	it('validates query strings against the operation: type, range, required', async () => {
		const notInt = await rest(mock, 'GET', `/channels/${D.general}/messages?limit=abc`);
		expectError(notInt, 400, 50035);
		expect(notInt.body.errors.limit._errors[0]).toEqual({ code: 'NUMBER_TYPE_COERCE', message: 'Value "abc" is not int.' });
		const tooMany = await rest(mock, 'GET', `/channels/${D.general}/messages?limit=1000`);
		expectError(tooMany, 400, 50035);
		expect(tooMany.body.errors.limit._errors[0].code).toBe('NUMBER_TYPE_MAX');
		const badBefore = await rest(mock, 'GET', `/channels/${D.general}/messages?before=yesterday`);
		expect(badBefore.body.errors.before._errors[0].code).toBe('NUMBER_TYPE_COERCE');
		const badBool = await rest(mock, 'GET', `/guilds/${D.guild}?with_counts=maybe`);
		expect(badBool.body.errors.with_counts._errors[0].code).toBe('BOOLEAN_TYPE_CONVERT');
		expect((await rest(mock, 'GET', `/channels/${D.general}/messages?limit=100&unknown_param=x`)).status).toBe(200);
		const noQuery = await rest(mock, 'GET', `/guilds/${D.guild}/members/search`);
		expect(noQuery.body.errors.query._errors[0].code).toBe('BASE_TYPE_REQUIRED');
	});

	it('accepts API v9 and v10 (and no version), and answers others with 50041', async () => {
		const get = (version: string) =>
			fetch(`${mock.api}${version}/users/@me`, { headers: { authorization: `Bot ${mock.token}` } }).then(async (r) => ({
				status: r.status,
				body: (await r.json()) as { code?: number },
			}));
		expect((await get('')).status).toBe(200);
		expect((await get('/v10')).status).toBe(200);
		expect((await get('/v9')).status).toBe(200);
		for (const version of ['/v11', '/v8', '/v6'])
			expect(await get(version)).toEqual({ status: 400, body: { message: 'Invalid API version', code: 50041 } });
	});

	it('marks routes it does not serve, keeping Discord 404 shape', async () => {
		const notServed = await fetch(`${mock.api}/v10/lobbies/${D.guild}`, { headers: { authorization: `Bot ${mock.token}` } });
		expect(notServed.status).toBe(404);
		expect(notServed.headers.get(UNIMPLEMENTED_HEADER)).toBe('1');
		const body = (await notServed.json()) as Record<string, unknown>;
		expect(body).toMatchObject({ message: '404: Not Found', code: 0 });
		expect(body['mock_unimplemented']).toContain('get_lobby');

		const nowhere = await rest(mock, 'GET', '/no/such/route');
		expect(nowhere.status).toBe(404);
		expect(nowhere.headers.get(UNIMPLEMENTED_HEADER)).toBe('1');
		expect(nowhere.body.mock_unimplemented).toContain("not in Discord's API description");

		// A Discord 404 for an unknown id carries no marker.
		const realMiss = await rest(mock, 'GET', '/channels/123');
		expect(realMiss.headers.get(UNIMPLEMENTED_HEADER)).toBeNull();
		// A method Discord does not have on a path it has is Discord's 405.
		expect((await rest(mock, 'PUT', `/channels/${D.general}`)).status).toBe(405);
	});

	it('logs the route template and operationId of each request, served or not', async () => {
		await rest(mock, 'GET', `/channels/${D.general}`);
		await rest(mock, 'GET', `/lobbies/${D.guild}`);
		const log = (await control(mock, 'GET', '/requests')).body as { method: string; path: string; route?: string; operationId?: string }[];
		expect(log.find((e) => e.method === 'GET' && e.path === `/channels/${D.general}`)).toMatchObject({
			route: '/channels/{channel_id}',
			operationId: 'get_channel',
		});
		expect(log.find((e) => e.path.startsWith('/lobbies/'))).toMatchObject({ route: '/lobbies/{lobby_id}', operationId: 'get_lobby' });
	});
});

describe('gateway fidelity', () => {
	it('READY carries private_channels: [] (eris reads it unguarded)', async () => {
		const h = await startGateway();
		try {
			const c = await h.connect();
			const ready = await c.ready();
			expect(ready.d.private_channels).toEqual([]);
		} finally {
			await h.close();
		}
	});

	it('closes with 4002, not 1009, for a frame over 1 MiB, at its header', async () => {
		const h = await startGateway();
		try {
			for (const size of [8 * 1024, 2 * 1024 * 1024]) {
				const c = await h.connect();
				await c.ready();
				c.send({ op: 1, d: 'x'.repeat(size) });
				expect((await c.closed).code).toBe(4002);
			}
		} finally {
			await h.close();
		}
	});
});
