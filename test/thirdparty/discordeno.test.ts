import { createBot, GatewayIntents, InteractionResponseTypes } from 'discordeno';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds as D, type MockDiscord } from '@ovenjs/mock-discord';
import { eventually } from '../support/control.js';

// discordeno 21 as a third-party client: its REST "proxy" base URL is the mock; it reads the
// gateway URL from /gateway/bot.
describe('a discordeno bot against the mock', () => {
	let mock: MockDiscord;
	let bot: ReturnType<typeof makeBot>;
	let ready: Promise<void>;

	function makeBot(m: MockDiscord, onReady: () => void) {
		return createBot({
			token: m.token,
			intents: GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.MessageContent,
			rest: { proxy: { baseUrl: m.api } },
			desiredProperties: {
				message: { id: true, content: true, channelId: true, author: true },
				user: { id: true, username: true },
				interaction: { id: true, token: true, type: true, data: true },
				scheduledEvent: { id: true, name: true },
				webhook: { id: true, token: true },
			},
			events: {
				ready: () => onReady(),
				messageCreate: async (message) => {
					if (message.content === '!ping')
						await bot.helpers.sendMessage(message.channelId, {
							content: 'pong',
							messageReference: { messageId: message.id, failIfNotExists: false },
						});
				},
				interactionCreate: async (interaction) => {
					await bot.helpers.sendInteractionResponse(interaction.id, interaction.token, {
						type: InteractionResponseTypes.ChannelMessageWithSource,
						data: { content: 'discordeno says hi' },
					});
				},
			},
		});
	}

	beforeAll(async () => {
		// discordeno sizes its send bucket as 120 less two per heartbeat a minute: a 1 s heartbeat leaves it none.
		mock = await createMockDiscord({ gateway: { heartbeatInterval: 10_000 } });
		let markReady = (): void => {};
		ready = new Promise((resolve) => (markReady = resolve));
		bot = makeBot(mock, markReady);
		await bot.start();
		await ready;
	});

	afterAll(async () => {
		await bot?.shutdown();
		await mock?.close();
	});

	it('logs in', async () => {
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
		await bot.helpers.createGuildApplicationCommand({ name: 'hello', description: 'Says hello' }, D.guild);
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
		expect(record.responses[0]).toMatchObject({ type: 4, data: { content: 'discordeno says hi' } });
	});

	it('uses the new areas: a scheduled event and a webhook', async () => {
		const event = await bot.helpers.createScheduledEvent(D.guild, {
			name: 'Bake-off',
			description: 'Who bakes best?',
			privacyLevel: 2,
			scheduledStartTime: new Date(Date.now() + 3_600_000).toISOString(),
			entityType: 2,
			channelId: D.voice,
		});
		expect(String(event.id)).toMatch(/^\d+$/);
		expect(String(event.id)).toMatch(/^\d+$/);
		const webhook = await bot.helpers.createWebhook(D.general, { name: 'Relay' });
		await bot.helpers.executeWebhook(webhook.id, webhook.token!, { content: 'from discordeno' });
		const relayed = await eventually(
			async () => (await mock.messages(D.general)).find((m) => m.content === 'from discordeno'),
			'the webhook message',
		);
		expect(relayed.webhook_id).toBe(String(webhook.id));
	});
});
