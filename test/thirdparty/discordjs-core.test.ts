import { Client, GatewayDispatchEvents, GatewayIntentBits, InteractionResponseType } from '@discordjs/core';
import { REST } from '@discordjs/rest';
import { WebSocketManager } from '@discordjs/ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds as D, type MockDiscord } from '@ovenjs/mock-discord';
import { eventually } from '../support/control.js';

// @discordjs/core as a third-party client: its REST and WebSocket managers pointed at the mock.
describe('an @discordjs/core bot against the mock', () => {
	let mock: MockDiscord;
	let rest: REST;
	let gateway: WebSocketManager;
	let client: Client;
	let ready: Promise<void>;

	beforeAll(async () => {
		mock = await createMockDiscord({ gateway: { heartbeatInterval: 1_000 } });
		rest = new REST({ api: mock.api }).setToken(mock.token);
		gateway = new WebSocketManager({
			token: mock.token,
			intents:
				GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent | GatewayIntentBits.GuildModeration,
			rest,
		});
		client = new Client({ rest, gateway });
		ready = new Promise((resolve) => client.once(GatewayDispatchEvents.Ready, () => resolve()));
		client.on(GatewayDispatchEvents.MessageCreate, async ({ data, api }) => {
			if (data.content === '!ping')
				await api.channels.createMessage(data.channel_id, { content: 'pong', message_reference: { message_id: data.id } });
		});
		client.on(GatewayDispatchEvents.InteractionCreate, async ({ data, api }) => {
			await api.interactions.reply(data.id, data.token, { content: 'core says hi' });
		});
		await gateway.connect();
		await ready;
	});

	afterAll(async () => {
		await gateway?.destroy();
		await mock?.close();
	});

	it('logs in (READY through /gateway/bot and IDENTIFY)', async () => {
		await expect(ready).resolves.toBeUndefined();
		expect((await mock.requests()).some((r) => r.path === '/gateway/bot' && r.status === 200)).toBe(true);
	});

	it('answers a message', async () => {
		const sent = await mock.sendMessage({ author_id: D.alice, channel_id: D.general, content: '!ping' });
		const reply = await eventually(
			async () => (await mock.messages(D.general)).find((m) => m.message_reference?.message_id === sent.id),
			'the pong',
		);
		expect(reply.content).toBe('pong');
	});

	it('replies to an interaction', async () => {
		await client.api.applicationCommands.createGuildCommand(mock.applicationId, D.guild, { name: 'hello', description: 'Says hello' });
		const { id } = await mock.interact({
			type: 'application_command',
			user_id: D.alice,
			channel_id: D.general,
			guild_id: D.guild,
			name: 'hello',
		});
		const record = await eventually(async () => {
			const found = await mock.interaction(id);
			return found.responses.length > 0 ? found : undefined;
		}, 'the reply');
		expect(record.responses[0]).toMatchObject({
			type: InteractionResponseType.ChannelMessageWithSource,
			data: { content: 'core says hi' },
		});
	});

	it('uses the new areas: emojis, invites and the audit log', async () => {
		const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
		const emoji = await client.api.guilds.createEmoji(D.guild, { name: 'core_emoji', image: png }, { reason: 'new emoji' });
		expect(emoji).toMatchObject({ name: 'core_emoji', animated: false });
		const invite = await client.api.channels.createInvite(D.general, { max_age: 600 });
		expect((await client.api.invites.get(invite.code)).code).toBe(invite.code);
		const log = await client.api.guilds.getAuditLogs(D.guild, { action_type: 60 });
		expect(log.audit_log_entries[0]).toMatchObject({ target_id: emoji.id, reason: 'new emoji' });
	});
});
