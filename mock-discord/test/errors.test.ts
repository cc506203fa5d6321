import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefaultIds as D, type MockDiscord } from '../src/index.js';
import { expectError, expectSpecResponse, rest, startMock } from './_helpers.js';

describe('REST errors as Discord sends them', () => {
	let mock: MockDiscord;
	beforeAll(async () => {
		mock = await startMock({ maxBodyBytes: 64 * 1024 });
	});
	afterAll(() => mock.close());

	it('401 without or with a wrong token', async () => {
		for (const auth of [null, 'Bot nope', `Bearer ${mock.token}`]) {
			const answer = await rest(mock, 'GET', '/users/@me', undefined, { auth });
			expect(answer.body).toEqual({ message: '401: Unauthorized', code: 0 });
			expect(answer.status).toBe(401);
		}
	});

	it.each([
		['GET', '/channels/1', 10003],
		['GET', '/guilds/1', 10004],
		['GET', `/channels/${D.general}/messages/1`, 10008],
		['GET', `/guilds/${D.guild}/roles/1`, 10011],
		['GET', '/users/1', 10013],
		['GET', `/guilds/${D.guild}/members/1`, 10007],
		['GET', `/applications/${D.application}/commands/1`, 10063],
		['POST', '/interactions/1/nope/callback', 10062],
	] as const)('%s %s → 404 %i', async (method, path, code) => {
		const answer = await rest(mock, method, path, method === 'POST' ? { type: 4, data: { content: 'x' } } : undefined);
		expectError(answer, 404, code);
	});

	it('403 50001 Missing Access where the bot cannot see the channel', async () => {
		const answer = await rest(mock, 'GET', `/channels/${D.staff}/messages`);
		expectError(answer, 403, 50001);
		expectSpecResponse('GET', '/channels/{channel_id}/messages', answer);
	});

	it('403 50013 Missing Permissions from an overwrite', async () => {
		expectError(await rest(mock, 'POST', `/channels/${D.announcements}/messages`, { content: 'hi' }), 403, 50013);
	});

	it('403 50013 when a role is above the bot', async () => {
		expectError(await rest(mock, 'DELETE', `/guilds/${D.guild}/roles/${D.botRole}`), 403, 50013);
	});

	it('400 50035 with the nested errors shape', async () => {
		const answer = await rest(mock, 'POST', `/channels/${D.general}/messages`, { embeds: [{ title: 'x'.repeat(257) }] });
		expect(answer.status).toBe(400);
		expect(answer.body).toEqual({
			message: 'Invalid Form Body',
			code: 50035,
			errors: { embeds: { '0': { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] } } } },
		});
		// Not checked against the spec: its `Error` schema types field-error codes as integers,
		// while Discord sends strings such as BASE_TYPE_MAX_LENGTH (see the docs' error examples).
	});

	it('400 50035 for limits the schema cannot state: content over 2,000, embeds over 6,000', async () => {
		const content = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: 'x'.repeat(2001) });
		expect(content.body.errors.content._errors[0].code).toBe('BASE_TYPE_MAX_LENGTH');
		const embeds = Array.from({ length: 2 }, () => ({ description: 'y'.repeat(3500) }));
		const total = await rest(mock, 'POST', `/channels/${D.general}/messages`, { embeds });
		expectError(total, 400, 50035);
		expect(total.body.errors.embeds._errors).toHaveLength(1);
	});

	it('400 50035 for a bad snowflake query or a bitfield that is not a number', async () => {
		expectError(await rest(mock, 'GET', `/channels/${D.general}/messages?before=abc`), 400, 50035);
		expectError(await rest(mock, 'POST', `/guilds/${D.guild}/roles`, { name: 'x', permissions: 'lots' }), 400, 50035);
		expect((await rest(mock, 'POST', `/guilds/${D.guild}/roles`, { name: 'y', permissions: '1024' })).status).toBe(200);
	});

	it('400 50008 in a category; 50035 replying to an unknown message', async () => {
		expectError(await rest(mock, 'POST', `/channels/${D.category}/messages`, { content: 'hi' }), 400, 50008);
		const reply = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: 'hi', message_reference: { message_id: '1' } });
		expect(reply.body.errors.message_reference.message_id._errors[0].code).toBe('MESSAGE_REFERENCE_UNKNOWN_MESSAGE');
	});

	it('400 50006 for an empty message', async () => {
		expectError(await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: '' }), 400, 50006);
	});

	it('400 50034 when bulk-deleting messages older than 14 days', async () => {
		const store = mock.world.channelMessages(D.general);
		const fresh = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: 'fresh' });
		const oldId = mock.world.snowflakes.at(Date.now() - 15 * 24 * 3600 * 1000);
		store.set(oldId, { ...fresh.body, id: oldId });
		expectError(await rest(mock, 'POST', `/channels/${D.general}/messages/bulk-delete`, { messages: [fresh.body.id, oldId] }), 400, 50034);
		expectError(await rest(mock, 'POST', `/channels/${D.general}/messages/bulk-delete`, { messages: [fresh.body.id] }), 400, 50035);
	});

	it('400 50109 for malformed JSON and for a body that is not JSON', async () => {
		const answer = await rest(mock, 'POST', `/channels/${D.general}/messages`, undefined, { raw: '{"content": ' });
		expect(answer.body).toEqual({ message: 'The request body contains invalid JSON.', code: 50109 });
		expectError(
			await rest(mock, 'POST', `/channels/${D.general}/messages`, undefined, { raw: 'content=hi', contentType: 'text/plain' }),
			400,
			50109,
		);
	});

	it('400 50035 for a member search without a query or with a limit out of range', async () => {
		const missing = await rest(mock, 'GET', `/guilds/${D.guild}/members/search`);
		expect(missing.body.errors.query._errors[0].code).toBe('BASE_TYPE_REQUIRED');
		expectError(await rest(mock, 'GET', `/guilds/${D.guild}/members/search?query=a&limit=1001`), 400, 50035);
		expectError(await rest(mock, 'GET', `/guilds/${D.guild}/members/search?query=${'a'.repeat(101)}`), 400, 50035);
		// Nicknames and global names match too, case-insensitively; limit defaults to 1.
		expect(
			(await rest(mock, 'GET', `/guilds/${D.guild}/members/search?query=CAZ`)).body.map((m: { user: { id: string } }) => m.user.id),
		).toEqual([D.carol]);
		expect((await rest(mock, 'GET', `/guilds/${D.guild}/members/search?query=a`)).body).toHaveLength(1);
	});

	it('400 50109 from the control API too for malformed JSON, 415 for another content type', async () => {
		const malformed = await fetch(`${mock.control}/messages`, {
			method: 'POST',
			body: '{"author_id":',
			headers: { 'content-type': 'application/json' },
		});
		expect(malformed.status).toBe(400);
		expect(((await malformed.json()) as { code: number }).code).toBe(50109);
		const text = await fetch(`${mock.control}/messages`, {
			method: 'POST',
			body: 'author_id=1',
			headers: { 'content-type': 'text/plain' },
		});
		expect(text.status).toBe(415);
	});

	it('413 for a body over the size cap', async () => {
		const answer = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: 'x'.repeat(70 * 1024) });
		expect(answer.status).toBe(413);
	});

	it('404 and 405 for unknown routes and methods', async () => {
		expectError(await rest(mock, 'GET', '/nowhere'), 404, 0);
		expectError(await rest(mock, 'PUT', '/users/@me'), 405, 0);
	});

	it('403 50005 when editing another user’s message', async () => {
		const message = await mock.sendMessage({ author_id: D.alice, channel_id: D.general, content: 'mine' });
		expectError(await rest(mock, 'PATCH', `/channels/${D.general}/messages/${message.id}`, { content: 'hijack' }), 403, 50005);
	});
});
