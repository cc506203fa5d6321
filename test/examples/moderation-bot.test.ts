import { describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds, defaultScenario, type Scenario } from '@ovenjs/mock-discord';
import { start } from '../../examples/moderation-bot.js';
import { ControlClient, eventually, type InteractionRecord } from '../support/control.js';
import { exampleOnMock } from '../support/exampleOnMock.js';

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
type Row = { components: { custom_id?: string; label?: string }[] };

describe('examples/moderation-bot against the mock', () => {
	const example = exampleOnMock(start);
	const where = { guild_id: DefaultIds.guild, channel_id: DefaultIds.general };

	const answered = (id: string): Promise<InteractionRecord> =>
		eventually(async () => {
			const record = await example.control.interaction(id);
			return record.responses.length > 0 ? record : undefined;
		}, `an answer to interaction ${id}`);

	const warn = async (userId: string, reason: string) => {
		const command = await example.control.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			...where,
			name: 'warn',
			options: [
				{ name: 'user', type: 6, value: userId },
				{ name: 'reason', type: 3, value: reason },
			],
		});
		const record = await answered(command.id);
		const message = (await example.control.messages(DefaultIds.general)).find(
			(candidate) => candidate.author.id === DefaultIds.bot && (candidate.components?.length ?? 0) > 0,
		);
		return { record, message: message! };
	};

	it('registers /warn, /timeout, /ban and /purge with their default permissions', async () => {
		const commands = [...example.mock.world.commands.values()].map((command) => [command.name, command.default_member_permissions]);
		expect(commands.sort()).toEqual([
			['ban', String(1n << 2n)],
			['purge', String(1n << 13n)],
			['timeout', String(1n << 40n)],
			['warn', String(1n << 40n)],
		]);
	});

	it('bans a user, telling them first, with the reason in the audit log', async () => {
		const dana = await example.mock.addUser({ username: 'dana' });
		await example.mock.addMember({ guild_id: DefaultIds.guild, user_id: dana.id });
		const command = await example.control.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			...where,
			name: 'ban',
			options: [
				{ name: 'user', type: 6, value: dana.id },
				{ name: 'reason', type: 3, value: 'raiding' },
				{ name: 'days', type: 4, value: 1 },
			],
		});
		const record = await answered(command.id);
		expect((record.responses[0]?.data?.['embeds'] as Embed[])[0]?.title).toBe('dana is banned');
		const requests = (await example.control.requests()) as unknown as { method: string; path: string; body: unknown; reason?: string }[];
		const banned = requests.find((request) => request.method === 'PUT' && request.path.endsWith(`/bans/${dana.id}`));
		expect(banned).toMatchObject({ body: { delete_message_seconds: 86_400 }, reason: 'raiding' });
		expect(requests.findIndex((request) => request.path.endsWith('/users/@me/channels'))).toBeLessThan(requests.indexOf(banned!));
	});

	it('purges the latest messages with one bulk delete', async () => {
		for (const content of ['one', 'two', 'three'])
			await example.control.sendMessage({ author_id: DefaultIds.carol, channel_id: DefaultIds.general, content });
		const before = (await example.control.messages(DefaultIds.general)).slice(0, 3).map((m) => m.id);
		const command = await example.control.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			...where,
			name: 'purge',
			options: [{ name: 'count', type: 4, value: 3 }],
		});
		const record = await eventually(async () => {
			const found = (await example.control.interaction(command.id)) as InteractionRecord & { original?: { content?: string } };
			return found.original?.content?.startsWith('Deleted') === true ? found : undefined;
		}, 'the purge to finish');
		expect(record.responses).toEqual([{ type: 5, data: { flags: 64 } }]);
		const left = (await example.control.messages(DefaultIds.general)).map((m) => m.id);
		for (const id of before) expect(left).not.toContain(id);
	});

	it('refuses a member without Moderate Members, privately, before acting', async () => {
		const command = await example.control.interact({
			type: 'application_command',
			user_id: DefaultIds.carol,
			...where,
			name: 'timeout',
			options: [
				{ name: 'user', type: 6, value: DefaultIds.bob },
				{ name: 'minutes', type: 4, value: 5 },
			],
		});
		const record = await answered(command.id);
		expect(record.responses[0]).toMatchObject({
			type: 4,
			data: { content: 'You need the Moderate Members permission to time members out.', flags: 64 },
		});
		const edits = (await example.control.requests()).filter((request) => request.method === 'PATCH' && request.path.includes('/members/'));
		expect(edits).toEqual([]);
	});

	it('times a member out when a moderator asks', async () => {
		const command = await example.control.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			...where,
			name: 'timeout',
			options: [
				{ name: 'user', type: 6, value: DefaultIds.carol },
				{ name: 'minutes', type: 4, value: 10 },
				{ name: 'reason', type: 3, value: 'flooding' },
			],
		});
		const record = await answered(command.id);
		expect(record.responses[0]?.type).toBe(4);
		const embed = (record.responses[0]?.data?.['embeds'] as Embed[])[0];
		expect(embed?.title).toBe('carol is timed out');
		expect(embed?.fields).toEqual([{ name: 'Reason', value: 'flooding' }]);
		const until = example.mock.world.guilds.get(DefaultIds.guild)?.members.get(DefaultIds.carol)?.communication_disabled_until;
		expect(Date.parse(String(until)) - Date.now()).toBeGreaterThan(9 * 60_000);
	});

	it('warns after Confirm and a note in the modal', async () => {
		const { record, message } = await warn(DefaultIds.bob, 'spam in #general');
		const embeds = record.responses[0]?.data?.['embeds'] as Embed[];
		expect(embeds[0]).toMatchObject({ title: 'Warn bob?', fields: [{ name: 'Reason', value: 'spam in #general' }] });
		const buttons = (message.components as Row[])[0]!.components;
		expect(buttons.map((b) => b.label)).toEqual(['Confirm', 'Cancel']);
		const confirmId = buttons[0]!.custom_id!;
		expect(confirmId).toMatch(/^warn:confirm:\d+$/);

		const click = await example.control.interact({
			type: 'message_component',
			user_id: DefaultIds.alice,
			...where,
			message_id: message.id,
			custom_id: confirmId,
		});
		const shown = (await answered(click.id)).responses[0];
		expect(shown).toMatchObject({ type: 9, data: { title: 'Warning note', custom_id: confirmId.replace('confirm', 'note') } });

		const submit = await example.control.interact({
			type: 'modal_submit',
			user_id: DefaultIds.alice,
			...where,
			message_id: message.id,
			custom_id: confirmId.replace('confirm', 'note'),
			components: [{ type: 18, component: { type: 4, custom_id: 'note', value: 'second time this week' } }],
		});
		expect((await answered(submit.id)).responses[0]?.type).toBe(7);
		const updated = (await example.control.messages(DefaultIds.general)).find((candidate) => candidate.id === message.id) as unknown as {
			embeds: Embed[];
			components: unknown[];
		};
		expect(updated.components).toEqual([]);
		expect(updated.embeds[0]).toMatchObject({
			title: 'Member warned',
			description: `<@${DefaultIds.bob}> was warned by <@${DefaultIds.alice}>.`,
			fields: [
				{ name: 'Reason', value: 'spam in #general' },
				{ name: 'Note', value: 'second time this week' },
			],
		});
	});

	it('lets only the moderator confirm, and Cancel clears the prompt', async () => {
		const { message } = await warn(DefaultIds.carol, 'off-topic');
		const [confirm, cancel] = (message.components as Row[])[0]!.components;
		const stranger = await example.control.interact({
			type: 'message_component',
			user_id: DefaultIds.bob,
			...where,
			message_id: message.id,
			custom_id: confirm!.custom_id!,
		});
		expect((await answered(stranger.id)).responses[0]).toMatchObject({
			type: 4,
			data: { flags: 64, content: 'Only the moderator who ran /warn can confirm it.' },
		});

		const meddler = await example.control.interact({
			type: 'message_component',
			user_id: DefaultIds.bob,
			...where,
			message_id: message.id,
			custom_id: cancel!.custom_id!,
		});
		expect((await answered(meddler.id)).responses[0]).toMatchObject({
			type: 4,
			data: { flags: 64, content: 'Only the moderator who ran /warn can cancel it.' },
		});

		const click = await example.control.interact({
			type: 'message_component',
			user_id: DefaultIds.alice,
			...where,
			message_id: message.id,
			custom_id: cancel!.custom_id!,
		});
		expect((await answered(click.id)).responses[0]).toMatchObject({ type: 7, data: { content: 'Warning cancelled.', components: [] } });
	});
});

describe('examples/moderation-bot when the bot lacks Moderate Members', () => {
	it('says which permission the bot needs and never sends the timeout', async () => {
		const moderateMembers = 1n << 40n;
		// The default world, but the bot's role without Moderate Members.
		const scenario: Scenario = {
			...defaultScenario,
			guilds: (defaultScenario.guilds ?? []).map((guild) => ({
				...guild,
				roles: (guild.roles ?? []).map((role) =>
					role.id === DefaultIds.botRole ? { ...role, permissions: String(BigInt(role.permissions ?? '0') & ~moderateMembers) } : role,
				),
			})),
		};
		const mock = await createMockDiscord({ scenario });
		const bot = await start({ token: mock.token, api: mock.api, applicationId: mock.applicationId });
		try {
			const control = new ControlClient(mock.control);
			const command = await control.interact({
				type: 'application_command',
				user_id: DefaultIds.alice,
				guild_id: DefaultIds.guild,
				channel_id: DefaultIds.general,
				name: 'timeout',
				options: [
					{ name: 'user', type: 6, value: DefaultIds.carol },
					{ name: 'minutes', type: 4, value: 10 },
				],
			});
			const record = await eventually(async () => {
				const found = await control.interaction(command.id);
				return found.responses.length > 0 ? found : undefined;
			}, 'the refusal');
			expect(record.responses[0]).toMatchObject({ type: 4, data: { flags: 64 } });
			expect(record.responses[0]?.data?.['content']).toMatch(/^Cannot time members out: missing ModerateMembers\./);
			expect((await control.requests()).filter((request) => request.method === 'PATCH')).toEqual([]);
		} finally {
			await bot.stop();
			await mock.close();
		}
	});
});
