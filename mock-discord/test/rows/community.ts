import { expect } from 'vitest';
import { DefaultIds as D } from '../../src/index.js';
import { type Row, live, row, s } from './_row.js';

const G = D.guild;
const C = D.general;
const OGG = 'data:audio/ogg;base64,T2dnUwACAAAAAAAAAAA=';
const soon = () => new Date(Date.now() + 3_600_000).toISOString();
const later = () => new Date(Date.now() + 7_200_000).toISOString();

/** Auto-moderation, scheduled events, stage instances, voice, soundboard and polls. */
export const communityRows: Row[] = [
	// Auto moderation
	row('POST', '/guilds/{guild_id}/auto-moderation/rules', () => `/guilds/${G}/auto-moderation/rules`, 200, {
		body: () => ({
			name: 'no spam words',
			event_type: 1,
			trigger_type: 1,
			trigger_metadata: { keyword_filter: ['buy*'] },
			actions: [{ type: 1 }],
			enabled: true,
		}),
		after: (a) => (s['rule'] = a.body.id),
	}),
	row('GET', '/guilds/{guild_id}/auto-moderation/rules', () => `/guilds/${G}/auto-moderation/rules`, 200),
	row('GET', '/guilds/{guild_id}/auto-moderation/rules/{rule_id}', () => `/guilds/${G}/auto-moderation/rules/${s['rule']}`, 200),
	row('PATCH', '/guilds/{guild_id}/auto-moderation/rules/{rule_id}', () => `/guilds/${G}/auto-moderation/rules/${s['rule']}`, 200, {
		body: () => ({ name: 'no selling' }),
	}),
	row('DELETE', '/guilds/{guild_id}/auto-moderation/rules/{rule_id}', () => `/guilds/${G}/auto-moderation/rules/${s['rule']}`, 204),
	// Scheduled events
	row('POST', '/guilds/{guild_id}/scheduled-events', () => `/guilds/${G}/scheduled-events`, 200, {
		body: () => ({
			name: 'Game night',
			privacy_level: 2,
			scheduled_start_time: soon(),
			scheduled_end_time: later(),
			entity_type: 3,
			entity_metadata: { location: 'The park' },
		}),
		after: (a) => (s['event'] = a.body.id),
	}),
	row('GET', '/guilds/{guild_id}/scheduled-events', () => `/guilds/${G}/scheduled-events?with_user_count=true`, 200),
	row('GET', '/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}', () => `/guilds/${G}/scheduled-events/${s['event']}`, 200, {
		before: async () => live.mock!.setEventInterest({ guild_id: G, event_id: s['event']!, user_id: D.alice, interested: true }),
	}),
	row('PATCH', '/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}', () => `/guilds/${G}/scheduled-events/${s['event']}`, 200, {
		body: () => ({ description: 'Bring snacks' }),
	}),
	row(
		'GET',
		'/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/users',
		() => `/guilds/${G}/scheduled-events/${s['event']}/users?with_member=true`,
		200,
		{
			after: (a) => expect(a.body.map((u: { user_id: string }) => u.user_id)).toEqual([D.alice]),
		},
	),
	row(
		'GET',
		'/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/users/counts',
		() => `/guilds/${G}/scheduled-events/${s['event']}/users/counts`,
		200,
	),
	row(
		'POST',
		'/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions',
		() => `/guilds/${G}/scheduled-events/${s['event']}/exceptions`,
		200,
		{
			body: () => ({ original_scheduled_start_time: soon(), is_canceled: true }),
			after: (a) => (s['exception'] = a.body.event_exception_id),
		},
	),
	row(
		'PATCH',
		'/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions/{exception_id}',
		() => `/guilds/${G}/scheduled-events/${s['event']}/exceptions/${s['exception']}`,
		200,
		{
			body: () => ({ is_canceled: false }),
		},
	),
	row(
		'GET',
		'/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/{guild_scheduled_event_exception_id}/users',
		() => `/guilds/${G}/scheduled-events/${s['event']}/${s['exception']}/users`,
		200,
	),
	row(
		'DELETE',
		'/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions/{exception_id}',
		() => `/guilds/${G}/scheduled-events/${s['event']}/exceptions/${s['exception']}`,
		204,
	),
	row('DELETE', '/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}', () => `/guilds/${G}/scheduled-events/${s['event']}`, 204),
	// Stage instances and voice
	row('POST', '/stage-instances', () => '/stage-instances', 200, { body: () => ({ channel_id: D.stage, topic: 'Ask me anything' }) }),
	row('GET', '/stage-instances/{channel_id}', () => `/stage-instances/${D.stage}`, 200),
	row('PATCH', '/stage-instances/{channel_id}', () => `/stage-instances/${D.stage}`, 200, { body: () => ({ topic: 'AMA, round two' }) }),
	row('GET', '/voice/regions', () => '/voice/regions', 200),
	row('GET', '/guilds/{guild_id}/regions', () => `/guilds/${G}/regions`, 200),
	row('GET', '/guilds/{guild_id}/voice-states/{user_id}', () => `/guilds/${G}/voice-states/${D.alice}`, 200, {
		before: async () => {
			await live.mock!.setVoiceChannel({ guild_id: G, user_id: D.alice, channel_id: D.stage });
			await live.mock!.setVoiceChannel({ guild_id: G, user_id: D.bot, channel_id: D.stage });
		},
	}),
	row('GET', '/guilds/{guild_id}/voice-states/@me', () => `/guilds/${G}/voice-states/@me`, 200),
	row('PATCH', '/guilds/{guild_id}/voice-states/@me', () => `/guilds/${G}/voice-states/@me`, 204, { body: () => ({ suppress: false }) }),
	row('PATCH', '/guilds/{guild_id}/voice-states/{user_id}', () => `/guilds/${G}/voice-states/${D.alice}`, 204, {
		body: () => ({ channel_id: D.stage, suppress: false }),
	}),
	row('DELETE', '/stage-instances/{channel_id}', () => `/stage-instances/${D.stage}`, 204),
	row('PUT', '/channels/{channel_id}/voice-status', () => `/channels/${D.voice}/voice-status`, 204, {
		before: async () => void (await live.mock!.setVoiceChannel({ guild_id: G, user_id: D.bot, channel_id: D.voice })),
		body: () => ({ status: 'Playing music' }),
	}),
	// Soundboard
	row('GET', '/soundboard-default-sounds', () => '/soundboard-default-sounds', 200),
	row('POST', '/guilds/{guild_id}/soundboard-sounds', () => `/guilds/${G}/soundboard-sounds`, 201, {
		body: () => ({ name: 'ding', sound: OGG, volume: 0.5, emoji_name: '🔔' }),
		after: (a) => (s['sound'] = a.body.sound_id),
	}),
	row('GET', '/guilds/{guild_id}/soundboard-sounds', () => `/guilds/${G}/soundboard-sounds`, 200),
	row('GET', '/guilds/{guild_id}/soundboard-sounds/{sound_id}', () => `/guilds/${G}/soundboard-sounds/${s['sound']}`, 200),
	row('PATCH', '/guilds/{guild_id}/soundboard-sounds/{sound_id}', () => `/guilds/${G}/soundboard-sounds/${s['sound']}`, 200, {
		body: () => ({ name: 'dong' }),
	}),
	row('POST', '/channels/{channel_id}/send-soundboard-sound', () => `/channels/${D.voice}/send-soundboard-sound`, 204, {
		body: () => ({ sound_id: s['sound'] }),
	}),
	row('DELETE', '/guilds/{guild_id}/soundboard-sounds/{sound_id}', () => `/guilds/${G}/soundboard-sounds/${s['sound']}`, 204),
	// Polls
	row('POST', '/channels/{channel_id}/messages', () => `/channels/${C}/messages`, 200, {
		body: () => ({
			poll: {
				question: { text: 'Pizza or pasta?' },
				answers: [{ poll_media: { text: 'Pizza' } }, { poll_media: { text: 'Pasta' } }],
				duration: 1,
			},
		}),
		after: async (a) => {
			s['poll'] = a.body.id;
			await live.mock!.vote({ user_id: D.alice, channel_id: C, message_id: a.body.id, answer_ids: [2] });
		},
	}),
	row('GET', '/channels/{channel_id}/polls/{message_id}/answers/{answer_id}', () => `/channels/${C}/polls/${s['poll']}/answers/2`, 200, {
		after: (a) => expect(a.body.users.map((u: { id: string }) => u.id)).toEqual([D.alice]),
	}),
	row('POST', '/channels/{channel_id}/polls/{message_id}/expire', () => `/channels/${C}/polls/${s['poll']}/expire`, 200, {
		after: (a) => expect(a.body.poll.results).toMatchObject({ is_finalized: true, answer_counts: [{ id: 2, count: 1, me_voted: false }] }),
	}),
];
