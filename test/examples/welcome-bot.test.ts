import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { start } from '../../examples/welcome-bot.js';
import type { RunningExample } from '../../examples/_runExample.js';
import { ControlClient, eventually, type InteractionRecord } from '../support/control.js';

describe('examples/welcome-bot against the mock', () => {
	let mock: MockDiscord;
	let control: ControlClient;
	let bot: RunningExample;

	beforeAll(async () => {
		mock = await createMockDiscord();
		control = new ControlClient(mock.control);
		bot = await start({ token: mock.token, api: mock.api, applicationId: mock.applicationId });
	});

	afterAll(async () => {
		await bot?.stop();
		await mock?.close();
	});

	it('welcomes a new member in #general and by DM', async () => {
		const dana = await mock.addUser({ username: 'dana', global_name: 'Dana' });
		await mock.addMember({ guild_id: DefaultIds.guild, user_id: dana.id });
		const welcome = await eventually(
			async () => (await control.messages(DefaultIds.general)).find((m) => m.content.startsWith('Welcome to Oven Test Guild')),
			'the welcome message',
		);
		expect(welcome.content).toBe(`Welcome to Oven Test Guild, <@${dana.id}>! Pick your roles with /reaction-roles.`);
		const dm = await eventually(
			async () => (await control.requests()).find((r) => r.method === 'POST' && r.path.endsWith('/users/@me/channels')),
			'the DM channel',
		);
		expect((dm as { body?: unknown }).body).toEqual({ recipient_id: dana.id });
	});

	it('gives and takes back a role by reaction, creating the role the first time', async () => {
		const command = await control.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			guild_id: DefaultIds.guild,
			channel_id: DefaultIds.general,
			name: 'reaction-roles',
		});
		const record = await eventually(async () => {
			const found = (await control.interaction(command.id)) as InteractionRecord & { original?: { id: string } };
			const posted = (await mock.messages(DefaultIds.general)).find((m) => m.id === found.original?.id);
			return posted?.reactions?.length === 3 ? found : undefined;
		}, 'the reaction-roles message with its three reactions');
		const messageId = record.original!.id;
		expect(record.responses[0]).toMatchObject({
			type: 4,
			data: { content: 'React to get a role:\n🔔 Announcements\n🎮 Gamer\n🎨 Artist' },
		});

		await mock.react({ user_id: DefaultIds.carol, channel_id: DefaultIds.general, message_id: messageId, emoji: '🎮' });
		const gamer = await eventually(
			() => [...(mock.world.guilds.get(DefaultIds.guild)?.roles.values() ?? [])].find((role) => role.name === 'Gamer'),
			'the Gamer role',
		);
		await eventually(
			() => (mock.world.member(DefaultIds.guild, DefaultIds.carol).roles.includes(gamer.id) ? true : undefined),
			'carol to be a Gamer',
		);

		mock.dispatch(
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
			() => (mock.world.member(DefaultIds.guild, DefaultIds.carol).roles.includes(gamer.id) ? undefined : true),
			'the role to go',
		);
		// A reaction on another message gives nothing.
		const other = await control.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'not a role message' });
		await mock.react({ user_id: DefaultIds.bob, channel_id: DefaultIds.general, message_id: other.id, emoji: '🎮' });
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(mock.world.member(DefaultIds.guild, DefaultIds.bob).roles).not.toContain(gamer.id);
	});
});
