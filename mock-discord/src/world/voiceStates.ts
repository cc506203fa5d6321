import type { IncomingHttpHeaders } from 'node:http';
import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { recordAudit } from './auditLog.js';
import type { Json } from './GuildState.js';
import type { World } from './World.js';

const VOICE_TYPES = new Set([2, 13]);

/**
 * Puts a user in a voice channel (or out of voice with `channelId` null) and dispatches
 * VOICE_STATE_UPDATE (GUILD_VOICE_STATES) with the member, as Discord does on a join, move or leave.
 * @see https://discord.com/developers/docs/resources/voice#voice-state-object
 */
export function setVoiceState(world: World, guildId: string, userId: string, channelId: string | null, extra: Json = {}): Json {
	const state = world.guild(guildId);
	const member = world.member(guildId, userId);
	if (channelId !== null) {
		const channel = world.channel(channelId);
		if (channel.guild_id !== guildId || !VOICE_TYPES.has(channel.type)) throw restError('invalidChannelType');
	}
	const previous = state.voiceStates.get(userId);
	const voice: Json = {
		guild_id: guildId,
		channel_id: channelId,
		user_id: userId,
		member,
		session_id: (previous?.['session_id'] as string | undefined) ?? world.snowflakes.next(),
		deaf: member.deaf,
		mute: member.mute,
		self_deaf: false,
		self_mute: false,
		self_stream: false,
		self_video: false,
		// Stage audience members join suppressed.
		suppress: channelId !== null && world.channel(channelId).type === 13 && userId !== world.botUser.id,
		request_to_speak_timestamp: null,
		...(previous === undefined ? {} : { self_deaf: previous['self_deaf'], self_mute: previous['self_mute'] }),
		...extra,
	};
	if (channelId === null) state.voiceStates.delete(userId);
	else state.voiceStates.set(userId, voice);
	world.dispatch('VOICE_STATE_UPDATE', voice, guildId);
	return voice;
}

/** Moves a connected member to another voice channel, or disconnects them (null): MOVE_MEMBERS, audited. */
export function moveMember(
	ctx: { readonly world: World; readonly headers: IncomingHttpHeaders },
	guildId: string,
	userId: string,
	channelId: string | null,
): void {
	const { world } = ctx;
	const current = world.guild(guildId).voiceStates.get(userId);
	if (current === undefined) throw restError('targetNotInVoice');
	world.requireBotGuildPermissions(guildId, P.MoveMembers);
	if (channelId !== null) world.requireBotChannelPermissions(channelId, P.Connect);
	setVoiceState(world, guildId, userId, channelId);
	recordAudit(ctx, guildId, {
		action: channelId === null ? AuditLogEvent.MemberDisconnect : AuditLogEvent.MemberMove,
		targetId: null,
		options: channelId === null ? { count: '1' } : { channel_id: channelId, count: '1' },
	});
}
