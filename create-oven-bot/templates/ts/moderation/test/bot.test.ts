/**
 * The bot against a local mock Discord: a real HTTP and WebSocket server on 127.0.0.1 that
 * speaks Discord's API, with a default server where alice is the owner, bob a moderator and
 * carol a member with no special permission. `mock.interact` makes a user run a command or
 * click a button; `mock.interaction` reads how the bot answered; `mock.requests` lists every
 * request the bot made.
 */
import { createMockDiscord, DefaultIds, type InteractionInput, type MockDiscord } from '@ovenjs/mock-discord';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startBot } from '../src/bot.js';

const USER = 6;
const INTEGER = 4;
const STRING = 3;

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

/** Starts an interaction and resolves to its id and the bot's first answer. */
async function interact(input: InteractionInput) {
	const { id } = await mock.interact(input);
	const answer = await vi.waitFor(async () => {
		const [first] = (await mock.interaction(id)).responses;
		if (first === undefined) throw new Error('no answer yet');
		return first;
	});
	return { id, answer };
}

function command(userId: string, name: string, options: { name: string; type: number; value: string | number }[]): InteractionInput {
	return { type: 'application_command', user_id: userId, guild_id: DefaultIds.guild, channel_id: DefaultIds.general, name, options };
}

/** Resolves to the bot's message answering interaction `id` once it has been sent (or edited in, after a defer). */
function answerMessage(id: string) {
	return vi.waitFor(async () => {
		const { original } = await mock.interaction(id);
		if (original === null || original.embeds.length === 0) throw new Error('no message yet');
		return original;
	});
}

it('times a member out', async () => {
	const { id, answer } = await interact(
		command(DefaultIds.alice, 'timeout', [
			{ name: 'user', type: USER, value: DefaultIds.carol },
			{ name: 'minutes', type: INTEGER, value: 5 },
		]),
	);
	expect(answer.type).toBe(5); // "thinking…" first
	expect((await answerMessage(id)).embeds[0]).toMatchObject({ title: 'carol is timed out' });
	const edit = (await mock.requests()).find(
		(request) => request.method === 'PATCH' && request.path.endsWith(`/members/${DefaultIds.carol}`),
	);
	expect(edit?.body).toMatchObject({ communication_disabled_until: expect.any(String) });
});

it('refuses members without Moderate Members, privately', async () => {
	const { answer } = await interact(
		command(DefaultIds.carol, 'timeout', [
			{ name: 'user', type: USER, value: DefaultIds.bob },
			{ name: 'minutes', type: INTEGER, value: 5 },
		]),
	);
	expect(answer.data).toMatchObject({ content: 'You need the Moderate Members permission to time members out.', flags: 64 });
});

it('warns a member once the moderator confirms', async () => {
	const { id } = await interact(
		command(DefaultIds.alice, 'warn', [
			{ name: 'user', type: USER, value: DefaultIds.carol },
			{ name: 'reason', type: STRING, value: 'spam' },
		]),
	);
	const question = await answerMessage(id);
	const { answer } = await interact({
		type: 'message_component',
		user_id: DefaultIds.alice,
		channel_id: DefaultIds.general,
		message_id: question.id,
		custom_id: `warn:confirm:${id}`,
	});
	expect(answer.type).toBe(7); // the question is updated in place
	expect(answer.data).toMatchObject({
		embeds: [{ title: 'Member warned', description: `<@${DefaultIds.carol}> was warned by <@${DefaultIds.alice}>.` }],
	});
});
