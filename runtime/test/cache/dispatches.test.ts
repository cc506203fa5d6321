import { GatewayDispatchEvents, type GatewayDispatchPayload } from 'discord-api-types/v10';
import { CACHE_DISPATCHES, CACHE_ENTITIES, cacheApplies, createCache, STATELESS_DISPATCHES } from 'ovenjs';
import { describe, expect, it } from 'vitest';
import { GENERAL, GUILD, dispatch, guildCreate, messageCreate, user } from './_payloads.js';

const BOT = '300000000000000099';
const ALICE = '300000000000000001';
const ready = dispatch(GatewayDispatchEvents.Ready, {
	v: 10,
	user: user(BOT, 'bot'),
	guilds: [],
	session_id: 's',
	resume_gateway_url: 'ws://x',
	application: { id: BOT, flags: 0 },
} as never);

/** A raw dispatch of any shape: these tests build the less common payloads by hand. */
const raw = (t: string, d: object): GatewayDispatchPayload => dispatch(t as GatewayDispatchPayload['t'], d as never);

function withGuild(options: Parameters<typeof createCache>[0] = {}) {
	const cache = createCache(options);
	cache.apply(ready);
	const created = guildCreate() as { d: Record<string, unknown> };
	created.d['emojis'] = [{ id: '400000000000000001', name: 'oven', roles: [], animated: false, available: true }];
	created.d['stickers'] = [{ id: '400000000000000002', name: 'bread', tags: 'food', type: 2, format_type: 1, guild_id: GUILD }];
	created.d['voice_states'] = [
		{
			user_id: ALICE,
			channel_id: '200000000000000014',
			session_id: 'v',
			deaf: false,
			mute: false,
			self_deaf: true,
			self_mute: false,
			self_video: false,
			suppress: false,
			request_to_speak_timestamp: null,
		},
	];
	created.d['guild_scheduled_events'] = [
		{ id: '400000000000000003', guild_id: GUILD, name: 'Bake-off', status: 1, user_count: 2, creator: user(ALICE, 'alice') },
	];
	cache.apply(created as unknown as GatewayDispatchPayload);
	return cache;
}

describe('which dispatches the cache applies', () => {
	it('every dispatch Discord documents is applied or listed as changing nothing kept, never both', () => {
		const all = Object.values(GatewayDispatchEvents);
		for (const event of all) expect(cacheApplies(event) !== Object.hasOwn(STATELESS_DISPATCHES, event), event).toBe(true);
		expect([...CACHE_DISPATCHES, ...Object.keys(STATELESS_DISPATCHES)].sort()).toEqual([...all].sort());
		// Reactions, emojis, stickers, voice states, scheduled events, stage, pins, thread members: issue #18.
		for (const event of [
			'MESSAGE_REACTION_ADD',
			'GUILD_EMOJIS_UPDATE',
			'GUILD_STICKERS_UPDATE',
			'VOICE_STATE_UPDATE',
			'GUILD_SCHEDULED_EVENT_CREATE',
			'STAGE_INSTANCE_CREATE',
			'CHANNEL_PINS_UPDATE',
			'THREAD_MEMBERS_UPDATE',
		] as const)
			expect(cacheApplies(event), event).toBe(true);
	});
});

describe('guild-scoped entities from GUILD_CREATE and their own dispatches', () => {
	it('keeps emojis, stickers, voice states and scheduled events, with the nested users split out', () => {
		const cache = withGuild();
		expect(cache.emojis.get('400000000000000001')).toMatchObject({ guild_id: GUILD, name: 'oven', roles: [] });
		expect([...cache.stickers.forGuild(GUILD)]).toHaveLength(1);
		expect(cache.voiceStates.get(GUILD, ALICE)).toMatchObject({ channel_id: '200000000000000014', self_deaf: true });
		expect(cache.scheduledEvents.get('400000000000000003')).toMatchObject({ name: 'Bake-off', user_count: 2 });
		expect(cache.scheduledEvents.get('400000000000000003')).not.toHaveProperty('creator');
		expect(cache.users.get(ALICE)?.username).toBe('alice');
	});

	it('GUILD_EMOJIS_UPDATE and GUILD_STICKERS_UPDATE replace the lists; events move user counts; voice leaves delete', () => {
		const cache = withGuild();
		cache.apply(raw('GUILD_EMOJIS_UPDATE', { guild_id: GUILD, emojis: [{ id: '400000000000000009', name: 'crumb', roles: [] }] }));
		expect([...cache.emojis.forGuild(GUILD)].map((e) => e.name)).toEqual(['crumb']);
		cache.apply(raw('GUILD_STICKERS_UPDATE', { guild_id: GUILD, stickers: [] }));
		expect(cache.stickers.size).toBe(0);
		cache.apply(raw('GUILD_SCHEDULED_EVENT_USER_ADD', { guild_id: GUILD, guild_scheduled_event_id: '400000000000000003', user_id: BOT }));
		expect(cache.scheduledEvents.get('400000000000000003')?.user_count).toBe(3);
		cache.apply(raw('GUILD_SCHEDULED_EVENT_DELETE', { id: '400000000000000003', guild_id: GUILD, name: 'Bake-off', status: 4 }));
		expect(cache.scheduledEvents.size).toBe(0);
		cache.apply(raw('VOICE_STATE_UPDATE', { guild_id: GUILD, user_id: ALICE, channel_id: null, session_id: 'v' }));
		expect(cache.voiceStates.get(GUILD, ALICE)).toBeUndefined();
	});

	it('keeps stage instances, auto-moderation rules and soundboard sounds from their dispatches', () => {
		const cache = withGuild();
		cache.apply(
			raw('STAGE_INSTANCE_CREATE', {
				id: '400000000000000004',
				guild_id: GUILD,
				channel_id: '200000000000000015',
				topic: 'Q&A',
				privacy_level: 2,
			}),
		);
		cache.apply(raw('AUTO_MODERATION_RULE_CREATE', { id: '400000000000000005', guild_id: GUILD, name: 'no spam', enabled: true }));
		cache.apply(
			raw('GUILD_SOUNDBOARD_SOUND_CREATE', { sound_id: '400000000000000006', guild_id: GUILD, name: 'ding', volume: 1, available: true }),
		);
		expect(cache.stageInstances.get('400000000000000004')?.topic).toBe('Q&A');
		expect(cache.autoModerationRules.get('400000000000000005')?.name).toBe('no spam');
		expect(cache.soundboardSounds.get('400000000000000006')?.name).toBe('ding');
		cache.apply(raw('AUTO_MODERATION_RULE_UPDATE', { id: '400000000000000005', guild_id: GUILD, enabled: false }));
		expect(cache.autoModerationRules.get('400000000000000005')).toMatchObject({ name: 'no spam', enabled: false });
		cache.apply(raw('GUILD_DELETE', { id: GUILD }));
		expect(cache.stageInstances.size + cache.autoModerationRules.size + cache.soundboardSounds.size + cache.emojis.size).toBe(0);
	});

	it('each new entity can be switched off like the others', () => {
		const cache = withGuild({ emojis: false, stickers: false, voiceStates: false, scheduledEvents: false });
		expect(cache.sizes()).toMatchObject({ emojis: 0, stickers: 0, voiceStates: 0, scheduledEvents: 0 });
		expect(CACHE_ENTITIES).toEqual(expect.arrayContaining(['emojis', 'stickers', 'voiceStates', 'scheduledEvents', 'stageInstances']));
	});
});

describe('reactions, poll votes, pins and thread members', () => {
	const reaction = (userId: string, emoji: object = { id: null, name: '👍' }) => ({
		user_id: userId,
		channel_id: GENERAL,
		message_id: '500000000000000001',
		guild_id: GUILD,
		emoji,
		burst: false,
		type: 0,
	});

	it('counts reactions on cached messages, with `me` for the bot', () => {
		const cache = withGuild();
		cache.apply(messageCreate('500000000000000001'));
		cache.apply(raw('MESSAGE_REACTION_ADD', reaction(ALICE)));
		cache.apply(raw('MESSAGE_REACTION_ADD', reaction(BOT)));
		cache.apply(raw('MESSAGE_REACTION_ADD', reaction(ALICE, { id: '400000000000000001', name: 'oven' })));
		const counts = () => cache.messages.get(GENERAL, '500000000000000001')?.reactions;
		expect(counts()).toMatchObject([
			{ emoji: { name: '👍' }, count: 2, me: true, count_details: { normal: 2, burst: 0 } },
			{ emoji: { id: '400000000000000001' }, count: 1, me: false },
		]);
		cache.apply(raw('MESSAGE_REACTION_REMOVE', reaction(BOT)));
		expect(counts()?.[0]).toMatchObject({ count: 1, me: false });
		cache.apply(
			raw('MESSAGE_REACTION_REMOVE_EMOJI', {
				channel_id: GENERAL,
				message_id: '500000000000000001',
				emoji: { id: '400000000000000001', name: 'oven' },
			}),
		);
		expect(counts()).toHaveLength(1);
		cache.apply(raw('MESSAGE_REACTION_REMOVE_ALL', { channel_id: GENERAL, message_id: '500000000000000001' }));
		expect(counts()).toEqual([]);
	});

	it('moves poll counts, the last pin time and a thread member count', () => {
		const cache = withGuild();
		const poll = messageCreate('500000000000000002') as { d: Record<string, unknown> };
		poll.d['poll'] = {
			question: { text: 'Bread?' },
			answers: [{ answer_id: 1, poll_media: { text: 'yes' } }],
			expiry: null,
			allow_multiselect: false,
			layout_type: 1,
		};
		cache.apply(poll as unknown as GatewayDispatchPayload);
		cache.apply(
			raw('MESSAGE_POLL_VOTE_ADD', { user_id: BOT, channel_id: GENERAL, message_id: '500000000000000002', guild_id: GUILD, answer_id: 1 }),
		);
		expect(cache.messages.get(GENERAL, '500000000000000002')?.poll?.results?.answer_counts).toEqual([{ id: 1, count: 1, me_voted: true }]);
		cache.apply(raw('CHANNEL_PINS_UPDATE', { guild_id: GUILD, channel_id: GENERAL, last_pin_timestamp: '2025-01-01T00:00:00.000Z' }));
		expect(cache.channels.get(GENERAL)?.last_pin_timestamp).toBe('2025-01-01T00:00:00.000Z');
		cache.apply(
			raw('THREAD_CREATE', {
				id: '200000000000000077',
				guild_id: GUILD,
				type: 11,
				parent_id: GENERAL,
				name: 't',
				thread_metadata: { archived: false },
			}),
		);
		cache.apply(raw('THREAD_MEMBERS_UPDATE', { id: '200000000000000077', guild_id: GUILD, member_count: 4 }));
		expect(cache.channels.get('200000000000000077')?.member_count).toBe(4);
	});
});
