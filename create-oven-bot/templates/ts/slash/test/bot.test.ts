/**
 * The bot against a local mock Discord: a real HTTP and WebSocket server on 127.0.0.1 that
 * speaks Discord's API. `mock.interact` makes a user run a command (the mock checks it against
 * what the bot registered); `mock.interaction` reads how the bot answered.
 */
import { createMockDiscord, DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startBot } from '../src/bot.js';

let mock: MockDiscord;
let bot: Awaited<ReturnType<typeof startBot>>;

beforeAll(async () => {
	mock = await createMockDiscord();
	bot = await startBot({ token: mock.token, api: mock.api, guildId: DefaultIds.guild });
});

afterAll(async () => {
	await bot?.stop();
	await mock?.close();
});

/** Runs `/name` as alice in #general and resolves to the bot's first answer. */
async function run(name: string, options: { name: string; type: number; value: string | boolean }[] = []) {
	const { id } = await mock.interact({
		type: 'application_command',
		user_id: DefaultIds.alice,
		guild_id: DefaultIds.guild,
		channel_id: DefaultIds.general,
		name,
		options,
	});
	return vi.waitFor(async () => {
		const [answer] = (await mock.interaction(id)).responses;
		if (answer === undefined) throw new Error(`no answer to /${name} yet`);
		return answer;
	});
}

it('answers /ping', async () => {
	const answer = await run('ping');
	expect(answer).toMatchObject({ type: 4, data: { content: expect.stringMatching(/^pong \(\d+ ms\)$/) } }); // 4: a message
});

it('says the text of /echo back, privately when asked', async () => {
	const STRING = 3;
	const BOOLEAN = 5;
	expect((await run('echo', [{ name: 'text', type: STRING, value: 'hello' }])).data).toMatchObject({ content: 'hello' });
	const secret = await run('echo', [
		{ name: 'text', type: STRING, value: 'psst' },
		{ name: 'private', type: BOOLEAN, value: true },
	]);
	expect(secret.data).toMatchObject({ content: 'psst', flags: 64 }); // 64: ephemeral
});
