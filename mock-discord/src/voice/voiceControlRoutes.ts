import { ChannelType } from 'discord-api-types/v10';
import { RestError } from '../errors/RestError.js';
import { bodyObject, ok, param, type Route, type RouteContext } from '../http/Route.js';
import type { MockVoice } from './MockVoice.js';
import type { VoiceSession } from './VoiceSession.js';

/** A voice session as `GET /_mock/voice/connections` reports it. */
export interface VoiceConnectionReport {
	readonly id: string;
	readonly guild_id: string;
	readonly user_id: string;
	readonly channel_id: string;
	readonly status: VoiceSession['status'];
	readonly ssrc: number;
	readonly mode: string | null;
	readonly max_dave_protocol_version: number;
	readonly frames: number;
	readonly decrypt_failures: number;
	readonly speaking: readonly { readonly at: number; readonly speaking: number }[];
	readonly heartbeats: number;
	readonly resumes: number;
	readonly close_code: number | null;
}

/** A recorded frame as `GET /_mock/voice/connections/{id}/frames` returns it: the Opus bytes in base64. */
export interface VoiceFrameReport {
	readonly sequence: number;
	readonly timestamp: number;
	readonly nonce: number;
	readonly received_at: number;
	readonly opus: string;
}

function bad(message: string): RestError {
	return new RestError(400, 0, message);
}

function report(session: VoiceSession): VoiceConnectionReport {
	return {
		id: session.id,
		guild_id: session.guildId,
		user_id: session.userId,
		channel_id: session.channelId,
		status: session.status,
		ssrc: session.ssrc,
		mode: session.mode ?? null,
		max_dave_protocol_version: session.maxDaveVersion,
		frames: session.frames.length,
		decrypt_failures: session.decryptFailures,
		speaking: session.speaking,
		heartbeats: session.heartbeats,
		resumes: session.resumes,
		close_code: session.closeCode ?? null,
	};
}

function voiceChannel(ctx: RouteContext, guildId: string, channelId: unknown): string | null {
	if (channelId === null) return null;
	const channel = typeof channelId === 'string' ? ctx.world.channels.get(channelId) : undefined;
	if (channel?.guild_id !== guildId || (channel.type !== ChannelType.GuildVoice && channel.type !== ChannelType.GuildStageVoice))
		throw bad(`channel_id: "${String(channelId)}" is not a voice channel of guild ${guildId} (null leaves voice)`);
	return channel.id;
}

function member(ctx: RouteContext, body: Record<string, unknown>): { guildId: string; userId: string } {
	const guildId = String(body['guild_id'] ?? '');
	const userId = String(body['user_id'] ?? '');
	const guild = ctx.world.guilds.get(guildId);
	if (guild === undefined) throw bad(`guild_id: no guild with id "${guildId}"`);
	if (!guild.members.has(userId)) throw bad(`user_id: "${userId}" is not a member of guild ${guildId}`);
	return { guildId, userId };
}

/**
 * The voice part of the control API: the voice server's address and certificate, every
 * voice connection and the frames it sent, members joining and leaving channels, and audio
 * played to the bot.
 */
export function voiceControlRoutes(voice: MockVoice): Route[] {
	const none = { auth: 'none' } as const;
	return [
		{ method: 'GET', path: '/voice', handler: async () => ok(await voice.start()), ...none },
		{ method: 'GET', path: '/voice/connections', handler: () => ok(voice.sessions().map(report)), ...none },
		{
			method: 'GET',
			path: '/voice/connections/{connection_id}/frames',
			handler: (ctx) => {
				const session = voice.session(param(ctx, 'connection_id'));
				if (session === undefined) throw new RestError(404, 0, `No voice connection ${param(ctx, 'connection_id')}`);
				const frames: VoiceFrameReport[] = session.frames.map((frame) => ({
					sequence: frame.sequence,
					timestamp: frame.timestamp,
					nonce: frame.nonce,
					received_at: frame.receivedAt,
					opus: frame.opus.toString('base64'),
				}));
				return ok(frames);
			},
			...none,
		},
		{
			method: 'POST',
			path: '/voice/states',
			handler: (ctx) => {
				const body = bodyObject(ctx);
				const { guildId, userId } = member(ctx, body);
				const channelId = voiceChannel(ctx, guildId, body['channel_id'] ?? null);
				return ok(voice.setMemberChannel(guildId, userId, channelId, body));
			},
			...none,
		},
		{
			method: 'POST',
			path: '/voice/play',
			handler: async (ctx) => {
				const body = bodyObject(ctx);
				const { guildId, userId } = member(ctx, body);
				const frames = body['frames'];
				if (!Array.isArray(frames) || frames.length === 0 || frames.some((frame) => typeof frame !== 'string'))
					throw bad('frames must be a non-empty array of base64 Opus frames');
				const states = ctx.world.guild(guildId).voiceStates;
				const botChannel = states.get(ctx.world.botUser.id)?.['channel_id'];
				if (botChannel == null || states.get(userId)?.['channel_id'] !== botChannel)
					throw bad(`user ${userId} must be in the bot's voice channel to be heard (POST /_mock/voice/states)`);
				const interval = body['interval_ms'] ?? 20;
				if (typeof interval !== 'number' || !(interval >= 0 && interval <= 1000)) throw bad('interval_ms must be 0–1000');
				const sent = await voice.play(
					guildId,
					userId,
					frames.map((frame: string) => Buffer.from(frame, 'base64')),
					interval,
				);
				if (sent === 0) throw bad(`the bot has no ready voice connection in guild ${guildId}`);
				return ok({ sent });
			},
			...none,
		},
	];
}
