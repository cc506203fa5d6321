import { describe, expect, it } from 'vitest';
import { DefaultIds } from '@ovenjs/mock-discord';
import { start } from '../../examples/ping-bot.js';
import { eventually } from '../support/control.js';
import { exampleOnMock } from '../support/exampleOnMock.js';

describe('examples/ping-bot against the mock', () => {
	const example = exampleOnMock(start);

	it('answers !ping with a pong that replies to the message', async () => {
		const sent = await example.control.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: '!ping' });
		const reply = await eventually(
			async () => (await example.control.messages(DefaultIds.general)).find((message) => message.author.id === DefaultIds.bot),
			'the bot to answer !ping',
		);
		expect(reply).toMatchObject({ content: 'pong', message_reference: { message_id: sent.id } });
	});

	it('ignores other messages', async () => {
		const other = await example.control.sendMessage({ author_id: DefaultIds.bob, channel_id: DefaultIds.general, content: 'ping?' });
		const ping = await example.control.sendMessage({ author_id: DefaultIds.bob, channel_id: DefaultIds.general, content: '!ping' });
		const replyTo = async (id: string) =>
			(await example.control.messages(DefaultIds.general)).find(
				(message) => (message as { message_reference?: { message_id?: string } }).message_reference?.message_id === id,
			);
		// The bot handles messages in order: once the later !ping is answered, 'ping?' has been seen.
		await eventually(() => replyTo(ping.id), 'the pong to the second !ping');
		expect(await replyTo(other.id)).toBeUndefined();
	});

	it('registers /ping and answers it', async () => {
		const { id } = await example.control.interact({
			type: 'application_command',
			user_id: DefaultIds.carol,
			guild_id: DefaultIds.guild,
			channel_id: DefaultIds.general,
			name: 'ping',
			options: [],
		});
		const response = await eventually(async () => (await example.control.interaction(id)).responses[0], 'the /ping answer');
		expect(response.type).toBe(4);
		expect(response.data?.['content']).toMatch(/^pong \(\d+ ms\)$/);
	});
});
