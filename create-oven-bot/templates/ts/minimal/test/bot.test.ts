/**
 * The bot against a local mock Discord: a real HTTP and WebSocket server on 127.0.0.1 that
 * speaks Discord's API. `mock.sendMessage` makes a user talk; `mock.messages` reads a channel.
 */
import { createMockDiscord, DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startBot } from '../src/bot.js';

let mock: MockDiscord;
let bot: Awaited<ReturnType<typeof startBot>>;

beforeAll(async () => {
	mock = await createMockDiscord();
	bot = await startBot({ token: mock.token, api: mock.api });
});

afterAll(async () => {
	await bot?.stop();
	await mock?.close();
});

it('answers !ping with pong', async () => {
	const ping = await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: '!ping' });
	await vi.waitFor(async () => {
		const reply = (await mock.messages(DefaultIds.general)).find((message) => message.message_reference?.message_id === ping.id);
		expect(reply?.content).toBe('pong');
	});
});

it('ignores other messages', async () => {
	const hello = await mock.sendMessage({ author_id: DefaultIds.bob, channel_id: DefaultIds.general, content: 'hello' });
	const ping = await mock.sendMessage({ author_id: DefaultIds.bob, channel_id: DefaultIds.general, content: '!ping' });
	// Messages are handled in order: once the later !ping is answered, 'hello' has been seen.
	await vi.waitFor(async () => {
		expect((await mock.messages(DefaultIds.general)).some((message) => message.message_reference?.message_id === ping.id)).toBe(true);
	});
	expect((await mock.messages(DefaultIds.general)).some((message) => message.message_reference?.message_id === hello.id)).toBe(false);
});
