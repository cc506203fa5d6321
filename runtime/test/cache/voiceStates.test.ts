import { describe, expect, it } from 'vitest';
import { GatewayDispatchEvents, type GatewayGuildCreateDispatchData } from 'discord-api-types/v10';
import { createCache } from 'ovenjs';
import { GUILD, dispatch, guildCreate, member } from './_payloads.js';

const ALICE = '300000000000000001';
const BOB = '300000000000000002';
const VOICE = `${GUILD.slice(0, -2)}21`;
const STAGE = `${GUILD.slice(0, -2)}22`;

function voiceState(userId: string, channelId: string | null, extra: Record<string, unknown> = {}) {
	return dispatch(GatewayDispatchEvents.VoiceStateUpdate, {
		guild_id: GUILD,
		channel_id: channelId,
		user_id: userId,
		session_id: `session-${userId}`,
		deaf: false,
		mute: false,
		self_deaf: false,
		self_mute: false,
		self_video: false,
		suppress: false,
		request_to_speak_timestamp: null,
		...extra,
	} as never);
}

describe('voice states in the cache', () => {
	it('keeps who is in which voice channel from GUILD_CREATE and VOICE_STATE_UPDATE, and forgets who left', () => {
		const cache = createCache();
		const created = guildCreate(GUILD, [member(ALICE), member(BOB)]);
		(created.d as GatewayGuildCreateDispatchData & { voice_states: unknown[] }).voice_states = [
			{
				user_id: ALICE,
				channel_id: VOICE,
				session_id: 'a',
				deaf: false,
				mute: false,
				self_deaf: true,
				self_mute: false,
				self_video: false,
				suppress: false,
				request_to_speak_timestamp: null,
			},
		];
		cache.apply(created);
		expect(cache.voiceStates.get(GUILD, ALICE)).toMatchObject({ guild_id: GUILD, user_id: ALICE, channel_id: VOICE, self_deaf: true });

		cache.apply(voiceState(BOB, VOICE, { self_mute: true }));
		expect([...cache.voiceStates.forGuild(GUILD)].map((state) => [state.user_id, state.channel_id])).toEqual([
			[ALICE, VOICE],
			[BOB, VOICE],
		]);
		expect(cache.voiceStates.get(GUILD, BOB)?.self_mute).toBe(true);

		// A move keeps the record and changes its channel; leaving (channel_id null) removes it.
		cache.apply(voiceState(BOB, STAGE));
		expect(cache.voiceStates.get(GUILD, BOB)).toMatchObject({ channel_id: STAGE, self_mute: false });
		cache.apply(voiceState(ALICE, null));
		expect(cache.voiceStates.has(GUILD, ALICE)).toBe(false);
		expect(cache.sizes().voiceStates).toBe(1);

		// A later GUILD_CREATE (after an outage) is the whole truth: nobody is in voice any more.
		cache.apply(guildCreate(GUILD, [member(ALICE), member(BOB)]));
		expect(cache.sizes().voiceStates).toBe(0);
	});

	it("drops a member's voice state when they leave the guild, and the guild's when it goes", () => {
		const cache = createCache();
		cache.apply(guildCreate(GUILD, [member(ALICE), member(BOB)]));
		cache.apply(voiceState(ALICE, VOICE));
		cache.apply(voiceState(BOB, VOICE));
		cache.apply(dispatch(GatewayDispatchEvents.GuildMemberRemove, { guild_id: GUILD, user: { id: ALICE, username: 'a' } } as never));
		expect(cache.voiceStates.has(GUILD, ALICE)).toBe(false);
		cache.apply(dispatch(GatewayDispatchEvents.GuildDelete, { id: GUILD } as never));
		expect(cache.sizes().voiceStates).toBe(0);
	});

	it('can be turned off, and ignores payloads without ids', () => {
		const off = createCache({ voiceStates: false });
		off.apply(voiceState(ALICE, VOICE));
		expect(off.voiceStates.get(GUILD, ALICE)).toBeUndefined();
		const on = createCache();
		on.apply(dispatch(GatewayDispatchEvents.VoiceStateUpdate, { guild_id: GUILD, channel_id: VOICE } as never));
		on.apply(dispatch(GatewayDispatchEvents.VoiceStateUpdate, { user_id: ALICE, channel_id: VOICE } as never));
		expect(on.sizes().voiceStates).toBe(0);
	});
});
