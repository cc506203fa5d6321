import { Routes, type RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	actionRow,
	button,
	container,
	DiscordAPIError,
	embed,
	EmbedBuilder,
	message,
	MessageBuilder,
	poll,
	PollBuilder,
	section,
	separator,
	stringSelect,
	template,
	textDisplay,
	thumbnail,
	userSelect,
} from 'ovenjs';
import { channelIds, startHarness, type Harness } from '../rest/_mock.js';

let harness: Harness;
beforeAll(async () => {
	harness = await startHarness({ extraChannels: 8 });
});
afterAll(async () => {
	await harness.close();
});

// One channel per request: the mock enforces Discord's per-channel message rate limit.
const channels = channelIds(8);
let next = 0;
const post = (body: RESTPostAPIChannelMessageJSONBody): Promise<unknown> =>
	harness.rest.post(Routes.channelMessages(channels[next++ % channels.length] ?? ''), { body });

describe('built payloads against the mock (which validates against the OpenAPI schema)', () => {
	it('accepts an embed, buttons, selects and a templated content', async () => {
		const body = message({
			content: template('Hello {user}, you have {count} tickets').render({ user: '<@1>', count: 3 }),
			embeds: [
				new EmbedBuilder()
					.setTitle('Ticket #4')
					.setColor(0x5865f2)
					.addFields({ name: 'Status', value: 'open', inline: true })
					.setTimestamp(0)
					.toJSON(),
				embed({ description: 'second' }),
			],
			components: [
				actionRow(
					button({ custom_id: 'ticket:close:4', label: 'Close', style: 'danger' }),
					button({ style: 'link', url: 'https://discord.com', label: 'Docs' }),
				),
				actionRow(stringSelect({ custom_id: 'prio', options: [{ label: 'High', value: 'high' }], placeholder: 'Priority' })),
				actionRow(userSelect({ custom_id: 'assign', max_values: 2 })),
			],
		});
		const sent = (await post(body)) as { content: string; embeds: unknown[]; components: unknown[] };
		expect(sent.content).toBe('Hello <@1>, you have 3 tickets');
		expect(sent.embeds).toHaveLength(2);
		expect(sent.components).toHaveLength(3);
	});

	it('accepts layout components with IS_COMPONENTS_V2, and a poll', async () => {
		const v2 = message({
			components: [
				container({
					components: [
						section({ components: [textDisplay('**Ticket #4**')], accessory: thumbnail('https://cdn.example/a.png') }),
						separator(),
						textDisplay('open'),
					],
				}),
			],
		});
		const sent = (await post(v2)) as { flags?: number; components: unknown[] };
		expect(sent.components).toHaveLength(1);
		// The mock does not store polls; it checks the body against the schema (a poll alone is a message).
		const withPoll = (await post(
			message({ poll: poll({ question: 'Lunch?', answers: ['Pizza', { text: 'Sushi', emoji: { name: '🍣' } }], duration: 2 }) }),
		)) as { id?: string };
		expect(withPoll.id).toMatch(/^\d+$/);
		const tooMany = {
			poll: { question: { text: 'q' }, answers: Array.from({ length: 11 }, (_, i) => ({ poll_media: { text: `${i}` } })) },
		};
		expect(() => poll({ question: 'q', answers: tooMany.poll.answers.map((a) => a.poll_media.text) })).toThrow(
			/poll\.answers has 11 items/,
		);
		expect(await post(tooMany).catch((e: unknown) => (e as DiscordAPIError).rawCode)).toBe(50035);
	});

	it('accepts the fluent message form, with a fluent poll', async () => {
		const body = new MessageBuilder()
			.setContent('Vote')
			.addEmbeds(new EmbedBuilder().setTitle('Ticket #4'))
			.addActionRow(button({ custom_id: 'a', label: 'A' }), button({ custom_id: 'b', label: 'B', style: 'success' }))
			.setPoll(new PollBuilder('Close it?').addAnswers('Yes', 'No').setDuration(1))
			.toJSON();
		const sent = (await post(body)) as { content: string; components: unknown[] };
		expect([sent.content, sent.components.length]).toEqual(['Vote', 1]);
	});

	it('rejects an out-of-limit payload built without validation, which the builder refuses first', async () => {
		const raw = { embeds: [{ title: 't'.repeat(257) }] };
		expect(() => message(raw)).toThrow(/message\.embeds\[0\]\.title has 257 characters/);
		const error = await post(raw).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DiscordAPIError);
		expect((error as DiscordAPIError).rawCode).toBe(50035);
		expect((error as DiscordAPIError).formErrors.join('\n')).toMatch(/embeds\[0\]\.title: Must be 256 or fewer/);
	});
});
