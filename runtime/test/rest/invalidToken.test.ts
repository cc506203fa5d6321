import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, fetchGatewayBot, InvalidTokenError, REST } from 'ovenjs';
import { type Harness, startHarness } from './_mock.js';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(() => h.close());

const base = 'MTAwMDAwMDAwMDAwMDAwMDAw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456';
const malformed: [string, string, RegExp][] = [
	['a trailing newline', `${base}\n`, /a line break/],
	['a carriage return', `${base}\r\n`, /a line break/],
	['a space inside', `${base.slice(0, 10)} ${base.slice(10)}`, /a space or tab at position 11/],
	['a zero-width space', `${base}\u200b`, /a character outside ASCII/],
	['a control character', `${base}\u0000`, /a control character/],
	['nothing after Bot', 'Bot ', /is empty/],
];

/** The error `run` throws, or undefined. */
function thrown(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	return undefined;
}

describe('a malformed bot token', () => {
	it.each(malformed)('with %s is an InvalidTokenError from REST before any request, without the token', async (_, token, problem) => {
		const before = (await h.mock.requests()).length;
		const error = thrown(() => new REST({ api: h.mock.api, token }));
		expect(error).toBeInstanceOf(InvalidTokenError);
		expect(error).toMatchObject({
			code: 'REST_INVALID_TOKEN',
			name: 'InvalidTokenError[REST_INVALID_TOKEN]',
			message: expect.stringMatching(problem),
		});
		expect((error as Error).message).not.toContain(base.slice(0, 20));
		expect(thrown(() => new REST({ api: h.mock.api }).setToken(token))).toBeInstanceOf(InvalidTokenError);
		await expect(fetchGatewayBot(`${h.mock.api}/v10`, token)).rejects.toBeInstanceOf(InvalidTokenError);
		expect((await h.mock.requests()).length).toBe(before);
	});

	it('is an InvalidTokenError from createClient too', () => {
		expect(thrown(() => createClient({ token: `${base}\n`, intents: ['Guilds'], api: h.mock.api }))).toBeInstanceOf(InvalidTokenError);
	});

	it('a well-formed token still reaches the server (with or without "Bot ")', async () => {
		const rest = new REST({ api: h.mock.api, token: `Bot ${h.mock.token}` });
		try {
			await expect(rest.get('/users/@me')).resolves.toMatchObject({ bot: true });
		} finally {
			await rest.destroy();
		}
	});
});
