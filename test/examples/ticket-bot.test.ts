import { describe, expect, it } from 'vitest';
import { DefaultIds } from '@ovenjs/mock-discord';
import { start } from '../../examples/ticket-bot.js';
import { eventually, type InteractionRecord } from '../support/control.js';
import { exampleOnMock } from '../support/exampleOnMock.js';

type Row = { components: { custom_id?: string; label?: string; options?: { value: string; label: string }[] }[] };

describe('examples/ticket-bot against the mock', () => {
	const example = exampleOnMock(start);
	const where = { guild_id: DefaultIds.guild, channel_id: DefaultIds.general };

	const until = (id: string, done: (record: InteractionRecord) => boolean, what: string): Promise<InteractionRecord> =>
		eventually(async () => {
			const record = await example.control.interaction(id);
			return done(record) ? record : undefined;
		}, what);

	it('opens a thread for the picked category and closes it with its button', async () => {
		const command = await example.control.interact({
			type: 'application_command',
			user_id: DefaultIds.carol,
			...where,
			name: 'ticket',
			options: [],
		});
		const prompt = await until(command.id, (record) => record.responses.length > 0, 'the category prompt');
		expect(prompt.responses[0]).toMatchObject({ type: 4, data: { flags: 64, content: 'What is your ticket about?' } });
		const select = (prompt.responses[0]?.data?.['components'] as Row[])[0]!.components[0]!;
		expect(select.custom_id).toBe('ticket:open');
		expect(select.options?.map((option) => option.value)).toEqual(['billing', 'bug', 'other']);

		const ephemeral = ((await example.control.interaction(command.id)) as InteractionRecord & { original?: { id: string } }).original;
		expect(ephemeral?.id).toBeDefined();
		const pick = await example.control.interact({
			type: 'message_component',
			user_id: DefaultIds.carol,
			...where,
			message_id: ephemeral!.id,
			custom_id: 'ticket:open',
			values: ['bug'],
		});
		await until(
			pick.id,
			(record) => (record as { original?: { content?: string } }).original?.content?.startsWith('Your ticket is open') === true,
			'the ticket to open',
		);

		const thread = [...example.mock.world.channels.values()].find(
			(channel) => channel.type === 11 && 'name' in channel && channel.name === 'Bug report – carol',
		);
		expect(thread).toMatchObject({ parent_id: DefaultIds.general });
		const [opening] = await example.control.messages(thread!.id);
		expect(opening).toMatchObject({
			author: { id: DefaultIds.bot },
			content: `<@${DefaultIds.carol}>, a moderator will be with you soon.`,
		});
		const close = (opening!.components as Row[])[0]!.components[0]!;
		expect(close).toMatchObject({ label: 'Close ticket', custom_id: `ticket:close:${thread!.id}` });

		const click = await example.control.interact({
			type: 'message_component',
			user_id: DefaultIds.carol,
			guild_id: DefaultIds.guild,
			channel_id: thread!.id,
			message_id: opening!.id,
			custom_id: close.custom_id!,
		});
		const closed = await until(click.id, (record) => record.responses.length > 0, 'the close');
		expect(closed.responses[0]).toMatchObject({ type: 7, data: { content: `Ticket closed by <@${DefaultIds.carol}>.`, components: [] } });
		await eventually(
			() =>
				(example.mock.world.channels.get(thread!.id) as { thread_metadata?: { archived?: boolean } }).thread_metadata?.archived
					? true
					: undefined,
			'the thread to be archived',
		);
		expect(example.mock.world.channels.get(thread!.id)).toMatchObject({ thread_metadata: { archived: true, locked: true } });
	});
});
