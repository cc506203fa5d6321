import { DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { type ClientEventMap, createClient, type Message } from 'ovenjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastShards, nextCall, startMock } from './_setup.js';

// Every gateway event that carries an entity arrives as its structure (issue #18). The control
// API makes the common ones happen; `mock.dispatch` sends the others as Discord would.

const intents = [
	'Guilds',
	'GuildMembers',
	'GuildMessages',
	'MessageContent',
	'GuildMessageReactions',
	'GuildVoiceStates',
	'GuildScheduledEvents',
	'GuildInvites',
	'GuildExpressions',
	'AutoModerationExecution',
	'GuildMessagePolls',
] as const;
let mock: MockDiscord;
let client: ReturnType<typeof createClient<typeof intents>>;

beforeAll(async () => {
	mock = await startMock();
	client = createClient({ token: mock.token, intents, api: mock.api, shard: fastShards });
	const ready = nextCall<[]>();
	client.once('ready', ready.listener);
	await client.login();
	await ready.called;
});
afterAll(async () => {
	await client?.destroy();
	await mock?.close();
});

/** The data of the next `event`. */
async function next<E extends keyof ClientEventMap<(typeof intents)[number]>>(
	event: E,
	cause: () => unknown,
): Promise<ClientEventMap<(typeof intents)[number]>[E][0]> {
	const call = nextCall<ClientEventMap<(typeof intents)[number]>[E]>();
	client.once(event as never, call.listener as never);
	await cause();
	return (await call.called)[0];
}

async function said(content: string): Promise<Message<string>> {
	return next('messageCreate', () => mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content }));
}

describe('events as structures', () => {
	it('messageReactionAdd: the reaction with its message, emoji, user and member', async () => {
		const message = await said('react to me');
		const reaction = await next('messageReactionAdd', () =>
			mock.react({ user_id: DefaultIds.bob, channel_id: DefaultIds.general, message_id: message.id, emoji: '🔥' }),
		);
		expect(reaction.emoji.name).toBe('🔥');
		expect(reaction.message.id).toBe(message.id);
		expect(reaction.message.partial).toBe(false);
		expect((reaction.message as Message).content).toBe('react to me');
		expect(reaction.count).toBe(1);
		expect(reaction.user.id).toBe(DefaultIds.bob);
		expect(reaction.member?.roles.ids).toContain(DefaultIds.moderatorRole);
	});

	it('messageDelete: the message as the cache held it', async () => {
		const message = await said('delete me');
		const deleted = await next('messageDelete', () => client.api.channels.deleteMessage(message.channelId, message.id));
		expect(deleted.partial).toBe(false);
		expect((deleted as Message).content).toBe('delete me');
		expect(client.cache?.messages.get(message.channelId, message.id)).toBeUndefined();
	});

	it('voiceStateUpdate: the state, its channel and member, and the one before', async () => {
		const state = (channelId: string | null) => ({
			guild_id: DefaultIds.guild,
			user_id: DefaultIds.carol,
			channel_id: channelId,
			session_id: 'abc',
			deaf: false,
			mute: false,
			self_deaf: false,
			self_mute: true,
			self_video: false,
			suppress: false,
			request_to_speak_timestamp: null,
		});
		const joined = await next('voiceStateUpdate', () => mock.dispatch('VOICE_STATE_UPDATE', state(DefaultIds.voice), DefaultIds.guild));
		expect(joined.channelId).toBe(DefaultIds.voice);
		expect(joined.channel?.name).toBe('Voice');
		expect(joined.selfMute).toBe(true);
		expect(joined.previous).toBeUndefined();
		expect(client.guilds.get(joined.guildId)?.voiceStates.get(joined.id)?.channelId).toBe(DefaultIds.voice);
		const left = await next('voiceStateUpdate', () => mock.dispatch('VOICE_STATE_UPDATE', state(null), DefaultIds.guild));
		expect(left.channelId).toBeNull();
		expect(left.previous?.channelId).toBe(DefaultIds.voice);
		expect(left.member.id).toBe(DefaultIds.carol);
	});

	it('guildScheduledEventCreate, inviteCreate, guildEmojisUpdate: their structures', async () => {
		const event = await next('guildScheduledEventCreate', () =>
			mock.dispatch(
				'GUILD_SCHEDULED_EVENT_CREATE',
				{
					id: '1300000000000000001',
					guild_id: DefaultIds.guild,
					channel_id: DefaultIds.voice,
					name: 'Bake-off',
					scheduled_start_time: '2030-01-01T12:00:00.000Z',
					scheduled_end_time: null,
					privacy_level: 2,
					status: 1,
					entity_type: 2,
					entity_id: null,
					entity_metadata: null,
					creator: { id: DefaultIds.alice, username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null },
				},
				DefaultIds.guild,
			),
		);
		expect(event.name).toBe('Bake-off');
		expect(event.creator?.username).toBe('alice');
		expect(event.scheduledStartAt.toISOString()).toBe('2030-01-01T12:00:00.000Z');
		expect(event.guild.scheduledEvents.get(event.id)?.name).toBe('Bake-off');

		const invite = await next('inviteCreate', () =>
			mock.dispatch(
				'INVITE_CREATE',
				{
					channel_id: DefaultIds.general,
					guild_id: DefaultIds.guild,
					code: 'bake',
					created_at: '2030-01-01T00:00:00.000Z',
					max_age: 3600,
					max_uses: 5,
					temporary: false,
					uses: 0,
				},
				DefaultIds.guild,
			),
		);
		expect(invite.url).toBe('https://discord.gg/bake');
		expect(invite.channel?.id).toBe(DefaultIds.general);
		expect(invite.expiresAt?.toISOString()).toBe('2030-01-01T01:00:00.000Z');

		const emojis = await next('guildEmojisUpdate', () =>
			mock.dispatch(
				'GUILD_EMOJIS_UPDATE',
				{ guild_id: DefaultIds.guild, emojis: [{ id: '1300000000000000002', name: 'oven', roles: [], animated: true }] },
				DefaultIds.guild,
			),
		);
		expect(emojis.emojis.map((e) => e.toString())).toEqual(['<a:oven:1300000000000000002>']);
		expect(emojis.guild.emojis.list().map((e) => e.name)).toEqual(['oven']);
	});

	it('autoModerationActionExecution and messagePollVoteAdd: who, where, what', async () => {
		const execution = await next('autoModerationActionExecution', () =>
			mock.dispatch(
				'AUTO_MODERATION_ACTION_EXECUTION',
				{
					guild_id: DefaultIds.guild,
					action: { type: 1 },
					rule_id: '1300000000000000003',
					rule_trigger_type: 1,
					user_id: DefaultIds.carol,
					channel_id: DefaultIds.general,
					content: 'bad word',
					matched_keyword: 'bad',
					matched_content: 'bad',
				},
				DefaultIds.guild,
			),
		);
		expect(execution.user.username).toBe('carol');
		expect(execution.channel?.id).toBe(DefaultIds.general);
		expect(execution.matchedKeyword).toBe('bad');

		const message = await said('poll');
		const vote = await next('messagePollVoteAdd', () =>
			mock.dispatch(
				'MESSAGE_POLL_VOTE_ADD',
				{ user_id: DefaultIds.bob, channel_id: DefaultIds.general, message_id: message.id, guild_id: DefaultIds.guild, answer_id: 1 },
				DefaultIds.guild,
			),
		);
		expect(vote.user.username).toBe('bob');
		expect(vote.message.id).toBe(message.id);
		expect(vote.answerId).toBe(1);
	});

	it('guildMemberAdd: a member whose user is there', async () => {
		const user = await mock.addUser({ username: 'erin' });
		const member = await next('guildMemberAdd', () => mock.addMember({ guild_id: DefaultIds.guild, user_id: user.id }));
		expect(member.user.username).toBe('erin');
		expect(client.guilds.get(member.guildId)?.members.get(member.id)?.user?.username).toBe('erin');
	});
});
