import {
	ActionRowBuilder,
	ButtonBuilder,
	ButtonStyle,
	Client,
	Events,
	GatewayIntentBits,
	MessageFlags,
	ModalBuilder,
	TextInputBuilder,
	TextInputStyle,
	type Message,
	type TextChannel,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDiscord, type MockDiscord } from '@ovenjs/mock-discord';
import { ControlClient, eventually, type MockStateGuild } from '../support/control.js';

// discord.js v14, unmodified but for `rest: { api }`, as a third-party client of the mock.
describe('a discord.js v14 bot against the mock', () => {
	let mock: MockDiscord;
	let control: ControlClient;
	let client: Client;
	let guild: MockStateGuild;
	let channelId: string;
	let humanId: string;
	const received: Message[] = [];

	beforeAll(async () => {
		mock = await createMockDiscord({
			gateway: { heartbeatInterval: 1_000 },
			rateLimits: { routes: { 'POST /channels/{channel_id}/messages': { limit: 3, windowMs: 1_500 } } },
		});
		control = new ControlClient(mock.control);
		const state = await control.state();
		guild = state.guilds[0]!;
		channelId = guild.channels.find((channel) => channel.type === 0)!.id;
		humanId = state.users.find((user) => !user.bot)!.id;

		client = new Client({
			intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
			rest: { api: mock.api },
		});
		client.on(Events.MessageCreate, (message) => {
			if (message.author.bot) return;
			received.push(message);
			if (message.content === '!ping') void message.reply('pong');
		});
		client.on(Events.InteractionCreate, async (interaction) => {
			if (interaction.isChatInputCommand() && interaction.commandName === 'echo') {
				await interaction.reply(interaction.options.getString('text', true));
				await interaction.followUp({ content: 'and a follow-up', flags: MessageFlags.Ephemeral });
			} else if (interaction.isChatInputCommand() && interaction.commandName === 'feedback') {
				const input = new TextInputBuilder().setCustomId('body').setLabel('Your feedback').setStyle(TextInputStyle.Paragraph);
				await interaction.showModal(
					new ModalBuilder()
						.setCustomId('feedback')
						.setTitle('Feedback')
						.addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input)),
				);
			} else if (interaction.isModalSubmit()) {
				await interaction.reply(`thanks: ${interaction.fields.getTextInputValue('body')}`);
			} else if (interaction.isButton()) {
				await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
			}
		});
		const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
		await client.login(mock.token);
		await ready;
	});

	afterAll(async () => {
		await client?.destroy();
		await mock?.close();
	});

	const lastFrom = async (authorId: string) => (await control.messages(channelId)).find((message) => message.author.id === authorId);

	it('logs in and caches the default guild with its channels', () => {
		const cached = client.guilds.cache.get(guild.id);
		expect(cached?.name).toBe(guild.name);
		for (const channel of guild.channels) expect(cached?.channels.cache.has(channel.id), channel.name).toBe(true);
	});

	it('replies to a message a user sends through the control API', async () => {
		const sent = await control.sendMessage({ author_id: humanId, channel_id: channelId, content: '!ping' });
		const reply = await eventually(async () => {
			const found = await lastFrom(client.user!.id);
			return found?.content === 'pong' ? found : undefined;
		}, 'the bot to reply pong');
		expect(reply).toMatchObject({ content: 'pong', message_reference: { message_id: sent.id } });
	});

	it('registers a slash command and answers it with a reply and a follow-up', async () => {
		await client.application!.commands.create(
			{ name: 'echo', description: 'Says it back', options: [{ type: 3, name: 'text', description: 'What to say', required: true }] },
			guild.id,
		);
		const { id } = await control.interact({
			type: 'application_command',
			user_id: humanId,
			guild_id: guild.id,
			channel_id: channelId,
			name: 'echo',
			options: [{ name: 'text', type: 3, value: 'hello mock' }],
		});
		const record = await eventually(async () => {
			const found = await control.interaction(id);
			return found.followups.length > 0 ? found : undefined;
		}, 'the reply and follow-up');
		expect(record.responses).toEqual([expect.objectContaining({ type: 4, data: expect.objectContaining({ content: 'hello mock' }) })]);
		expect(record.followups[0]).toMatchObject({ content: 'and a follow-up', flags: 64 });
	});

	it('updates a message when its button is clicked', async () => {
		const channel = (await client.channels.fetch(channelId)) as TextChannel;
		const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
			new ButtonBuilder().setCustomId('confirm').setLabel('Confirm').setStyle(ButtonStyle.Primary),
		);
		const message = await channel.send({ content: 'Are you sure?', components: [row] });
		const { id } = await control.interact({
			type: 'message_component',
			user_id: humanId,
			guild_id: guild.id,
			channel_id: channelId,
			message_id: message.id,
			custom_id: 'confirm',
		});
		await eventually(async () => ((await control.interaction(id)).responses.length > 0 ? true : undefined), 'the update');
		const updated = (await control.messages(channelId)).find((candidate) => candidate.id === message.id);
		expect(updated).toMatchObject({ content: 'clicked confirm', components: [] });
	});

	it('shows a modal and answers its submission', async () => {
		await client.application!.commands.create({ name: 'feedback', description: 'Tell us' }, guild.id);
		const command = await control.interact({
			type: 'application_command',
			user_id: humanId,
			guild_id: guild.id,
			channel_id: channelId,
			name: 'feedback',
			options: [],
		});
		const shown = await eventually(async () => (await control.interaction(command.id)).responses[0], 'the modal');
		expect(shown).toMatchObject({ type: 9, data: { custom_id: 'feedback', title: 'Feedback' } });
		const submit = await control.interact({
			type: 'modal_submit',
			user_id: humanId,
			guild_id: guild.id,
			channel_id: channelId,
			custom_id: 'feedback',
			components: [{ type: 1, components: [{ type: 4, custom_id: 'body', value: 'great mock' }] }],
		});
		const answered = await eventually(async () => (await control.interaction(submit.id)).responses[0], 'the modal answer');
		expect(answered).toMatchObject({ type: 4, data: { content: 'thanks: great mock' } });
	});

	it('resumes after a disconnect and receives every message of the gap once, in order', async () => {
		const resumed = new Promise((resolve) => client.once(Events.ShardResume, resolve));
		received.length = 0;
		await control.fault({ kind: 'disconnect', shard: 0, code: 4000 });
		const contents = Array.from({ length: 20 }, (_, index) => `gap ${index}`);
		for (const content of contents) await control.sendMessage({ author_id: humanId, channel_id: channelId, content });
		await resumed;
		await eventually(() => (received.length >= contents.length ? true : undefined), 'the gap messages');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(received.map((message) => message.content)).toEqual(contents);
	});

	it.each([
		['reconnect', { kind: 'reconnect', shard: 0 }],
		['zombie', { kind: 'zombie', shard: 0 }],
	])('resumes after a %s fault and keeps receiving events', async (_name, fault) => {
		const resumed = new Promise((resolve) => client.once(Events.ShardResume, resolve));
		await control.fault(fault);
		// A zombie is only noticed when a heartbeat goes unacknowledged: within two intervals.
		await resumed;
		const content = `after ${fault.kind}`;
		await control.sendMessage({ author_id: humanId, channel_id: channelId, content });
		await eventually(() => (received.some((message) => message.content === content) ? true : undefined), `the message after ${fault.kind}`);
		expect(received.filter((message) => message.content === content)).toHaveLength(1);
	});

	it('is slowed, not failed, by the per-channel message limit', async () => {
		const channel = (await client.channels.fetch(channelId)) as TextChannel;
		const started = Date.now();
		const sent = await Promise.all(Array.from({ length: 7 }, (_, index) => channel.send(`burst ${index}`)));
		expect(sent).toHaveLength(7);
		// 3 per 1.5 s: 7 messages span three windows, so at least one whole window passes.
		expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
		const rejected = (await control.requests()).filter((entry) => entry.status === 429);
		expect(rejected).toEqual([]);
		const stored = await control.messages(channelId);
		for (let index = 0; index < 7; index++) expect(stored.some((message) => message.content === `burst ${index}`)).toBe(true);
	});

	it('moderates with calls from the new areas: a webhook, a ban with a reason, the audit log', async () => {
		const channel = (await client.channels.fetch(channelId)) as TextChannel;
		const webhook = await channel.createWebhook({ name: 'Relay', reason: 'relay announcements' });
		await webhook.send({ content: 'through a webhook', username: 'Relay Bot' });
		const relayed = await eventually(
			async () => (await control.messages(channelId)).find((m) => m.content === 'through a webhook'),
			'the webhook message',
		);
		expect(relayed.author.id).toBe(webhook.id);
		const discordGuild = client.guilds.cache.get(guild.id)!;
		const target = (await control.state()).users.filter((u) => !u.bot).at(-1)!;
		await discordGuild.bans.create(target.id, { reason: 'spam links' });
		const logs = await discordGuild.fetchAuditLogs({ limit: 10 });
		const ban = logs.entries.find((e) => e.action === 22);
		expect(ban).toMatchObject({ reason: 'spam links', targetId: target.id, executorId: client.user!.id });
		expect(logs.entries.some((e) => e.action === 50 && e.reason === 'relay announcements')).toBe(true);
	});
});
