import { describe, expect, it } from 'vitest';
import { DefaultIds } from '@ovenjs/mock-discord';
import { start } from '../../examples/welcome-bot.js';
import { eventually, type InteractionRecord } from '../support/control.js';
import { exampleOnMock } from '../support/exampleOnMock.js';

describe('examples/welcome-bot against the mock', () => {
	const example = exampleOnMock(start);

	it('welcomes a new member in #general and by DM', async () => {
		const dana = await example.mock.addUser({ username: 'dana', global_name: 'Dana' });
		await example.mock.addMember({ guild_id: DefaultIds.guild, user_id: dana.id });
		const welcome = await eventually(
			async () => (await example.control.messages(DefaultIds.general)).find((m) => m.content.startsWith('Welcome to Oven Test Guild')),
			'the welcome message',
		);
		expect(welcome.content).toBe(`Welcome to Oven Test Guild, <@${dana.id}>! Pick your roles with /reaction-roles.`);
		const dm = await eventually(
			async () => (await example.control.requests()).find((r) => r.method === 'POST' && r.path.endsWith('/users/@me/channels')),
			'the DM channel',
		);
		expect((dm as { body?: unknown }).body).toEqual({ recipient_id: dana.id });
	});

	it('gives and takes back a role by reaction, creating the role the first time', async () => {
		const command = await example.control.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			guild_id: DefaultIds.guild,
			channel_id: DefaultIds.general,
			name: 'reaction-roles',
		});
		const record = await eventually(async () => {
			const found = (await example.control.interaction(command.id)) as InteractionRecord & { original?: { id: string } };
			const posted = (await example.mock.messages(DefaultIds.general)).find((m) => m.id === found.original?.id);
			return posted?.reactions?.length === 3 ? found : undefined;
		}, 'the reaction-roles message with its three reactions');
		const messageId = record.original!.id;
		expect(record.responses[0]).toMatchObject({
			type: 4,
			data: { content: 'React to get a role:\n🔔 Announcements\n🎮 Gamer\n🎨 Artist' },
		});

		await example.mock.react({ user_id: DefaultIds.carol, channel_id: DefaultIds.general, message_id: messageId, emoji: '🎮' });
		const gamer = await eventually(
			() => [...(example.mock.world.guilds.get(DefaultIds.guild)?.roles.values() ?? [])].find((role) => role.name === 'Gamer'),
			'the Gamer role',
		);
		await eventually(
			() => (example.mock.world.member(DefaultIds.guild, DefaultIds.carol).roles.includes(gamer.id) ? true : undefined),
			'carol to be a Gamer',
		);

		example.mock.dispatch(
			'MESSAGE_REACTION_REMOVE',
			{
				user_id: DefaultIds.carol,
				channel_id: DefaultIds.general,
				message_id: messageId,
				guild_id: DefaultIds.guild,
				emoji: { id: null, name: '🎮' },
			},
			DefaultIds.guild,
		);
		await eventually(
			() => (example.mock.world.member(DefaultIds.guild, DefaultIds.carol).roles.includes(gamer.id) ? undefined : true),
			'the role to go',
		);
		// A reaction on another message gives nothing.
		const other = await example.control.sendMessage({
			author_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			content: 'not a role message',
		});
		await example.mock.react({ user_id: DefaultIds.bob, channel_id: DefaultIds.general, message_id: other.id, emoji: '🎮' });
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(example.mock.world.member(DefaultIds.guild, DefaultIds.bob).roles).not.toContain(gamer.id);
	});
});
