import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAPIError, InvalidRESTOptionError, type API } from 'ovenjs';
import { DefaultIds, startAPI, type APIHarness } from './_harness.js';

let h: APIHarness;
beforeAll(async () => {
	h = await startAPI();
});
afterAll(async () => {
	await h?.close();
});

/** Runs `send` and answers the requests it put in the mock's log. */
async function logged(send: () => Promise<unknown>): Promise<{ error: unknown; paths: string[] }> {
	const before = (await h.mock.requests()).length;
	const error = await send().then(
		() => undefined,
		(e: unknown) => e,
	);
	return { error, paths: (await h.mock.requests()).slice(before).map((e) => e.path) };
}

describe('the route builder every method goes through', () => {
	it('refuses an id Discord could not parse before sending it, naming the parameter', async () => {
		for (const bad of ['abc', '12 34', '1'.repeat(30), '18446744073709551616', '']) {
			const { error, paths } = await logged(() => h.api.guilds.getMember(DefaultIds.guild, bad));
			expect(error).toBeInstanceOf(InvalidRESTOptionError);
			expect((error as InvalidRESTOptionError).code).toBe('REST_INVALID_OPTION');
			expect((error as Error).message).toContain(bad === '' ? 'user_id is missing' : 'user_id must be a Discord id');
			expect(paths).toEqual([]);
		}
	});

	it('sends any id Discord parses, short or at the 64-bit limit, for Discord to answer', async () => {
		for (const id of ['1', '18446744073709551615']) {
			const { error, paths } = await logged(() => h.api.guilds.getMember(DefaultIds.guild, id));
			expect(error).toBeInstanceOf(DiscordAPIError);
			expect(paths).toEqual([`/guilds/${DefaultIds.guild}/members/${id}`]);
		}
	});

	it('URI-encodes text parameters: emojis as name:id or Unicode, invite codes', async () => {
		const message = await h.api.channels.createMessage(DefaultIds.general, { content: 'react' });
		const custom = await logged(() => h.api.channels.addReaction(DefaultIds.general, message.id, '<a:bread:1300000000000000003>'));
		expect(custom.paths).toEqual([`/channels/${DefaultIds.general}/messages/${message.id}/reactions/bread%3A1300000000000000003/@me`]);
		const unicode = await logged(() => h.api.channels.addReaction(DefaultIds.general, message.id, '🍞'));
		expect(unicode.paths).toEqual([`/channels/${DefaultIds.general}/messages/${message.id}/reactions/${encodeURIComponent('🍞')}/@me`]);
		expect(unicode.error).toBeUndefined();
		const code = await logged(() => h.api.invites.get('a/b?c'));
		expect(code.paths).toEqual(['/invites/a%2Fb%3Fc']);
	});

	it('refuses files on an operation that takes no uploads', async () => {
		// A JavaScript caller can pass options the types would refuse.
		const getGuild = h.api.guilds.get.bind(h.api.guilds) as (
			id: string,
			query: object,
			options: object,
		) => ReturnType<API['guilds']['get']>;
		const { error, paths } = await logged(() => getGuild(DefaultIds.guild, {}, { files: [{ name: 'a.txt', data: 'a' }] }));
		expect(error).toBeInstanceOf(InvalidRESTOptionError);
		expect((error as Error).message).toBe('GET /guilds/{guild_id} takes no file uploads; remove options.files.');
		expect(paths).toEqual([]);
	});
});
