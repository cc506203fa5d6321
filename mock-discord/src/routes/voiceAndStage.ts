import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { formError } from '../http/formErrors.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { diff, recordAudit } from '../world/auditLog.js';
import type { Json } from '../world/GuildState.js';
import { setVoiceState } from '../world/voiceStates.js';

const STAGE = 13;
/** SET_VOICE_CHANNEL_STATUS (1 << 48). */
const SET_VOICE_CHANNEL_STATUS = 1n << 48n;

/** Voice regions the mock offers, shaped as Discord lists them. */
const REGIONS: Json[] = [
	{ id: 'us-west', name: 'US West', custom: false, deprecated: false, optimal: true },
	{ id: 'us-east', name: 'US East', custom: false, deprecated: false, optimal: false },
	{ id: 'rotterdam', name: 'Rotterdam', custom: false, deprecated: false, optimal: false },
	{ id: 'singapore', name: 'Singapore', custom: false, deprecated: false, optimal: false },
];

function voiceState(ctx: RouteContext, userId: string): Json {
	const state = ctx.world.guild(param(ctx, 'guild_id')).voiceStates.get(userId);
	if (state === undefined) throw restError('unknownVoiceState');
	return state;
}

/**
 * Stage speaking: the bot may un-suppress itself or set its request to speak; others need
 * MUTE_MEMBERS. Only in the stage channel the user is in.
 * @see https://discord.com/developers/docs/resources/voice#modify-current-user-voice-state
 */
function updateVoiceState(ctx: RouteContext, userId: string) {
	const guildId = param(ctx, 'guild_id');
	const current = voiceState(ctx, userId);
	const body = bodyObject(ctx);
	const channelId = (body['channel_id'] as string | undefined) ?? (current['channel_id'] as string);
	if (channelId !== current['channel_id'] || ctx.world.channel(channelId).type !== STAGE) throw restError('invalidChannelType');
	const self = userId === ctx.world.botUser.id;
	if (!self || body['suppress'] === false) ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.MuteMembers);
	if (self && body['request_to_speak_timestamp'] !== undefined)
		ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.RequestToSpeak);
	const extra: Json = {};
	if (typeof body['suppress'] === 'boolean') extra['suppress'] = body['suppress'];
	if (body['request_to_speak_timestamp'] !== undefined) extra['request_to_speak_timestamp'] = body['request_to_speak_timestamp'];
	setVoiceState(ctx.world, guildId, userId, channelId, extra);
	return noContent;
}

function stageInstance(ctx: RouteContext): Json {
	const instance = ctx.world.resources.stageInstances.get(param(ctx, 'channel_id'));
	if (instance === undefined) throw restError('unknownStageInstance');
	return instance;
}

function requireStageModerator(ctx: RouteContext, channelId: string): void {
	const channel = ctx.world.channel(channelId);
	if (channel.type !== STAGE) throw restError('invalidChannelType');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ManageChannels | P.MuteMembers | P.MoveMembers);
}

function createStage(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const channelId = String(body['channel_id']);
	requireStageModerator(ctx, channelId);
	if (ctx.world.resources.stageInstances.has(channelId)) throw restError('stageAlreadyOpen');
	const guildId = ctx.world.channel(channelId).guild_id as string;
	const eventId = body['guild_scheduled_event_id'] as string | undefined;
	if (eventId !== undefined && !ctx.world.guild(guildId).scheduledEvents.has(eventId)) throw restError('unknownScheduledEvent');
	const instance: Json = {
		id: ctx.world.snowflakes.next(),
		guild_id: guildId,
		channel_id: channelId,
		topic: String(body['topic']),
		privacy_level: Number(body['privacy_level'] ?? 2),
		discoverable_disabled: true,
		guild_scheduled_event_id: eventId ?? null,
	};
	ctx.world.resources.stageInstances.set(channelId, instance);
	ctx.world.dispatch('STAGE_INSTANCE_CREATE', instance, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.StageInstanceCreate,
		targetId: instance['id'] as string,
		changes: [{ key: 'topic', new_value: instance['topic'] }],
		options: { channel_id: channelId },
	});
	return ok(instance);
}

function updateStage(ctx: RouteContext) {
	const instance = stageInstance(ctx);
	requireStageModerator(ctx, instance['channel_id'] as string);
	const before = { ...instance };
	const body = bodyObject(ctx);
	if (typeof body['topic'] === 'string') instance['topic'] = body['topic'];
	if (typeof body['privacy_level'] === 'number') instance['privacy_level'] = body['privacy_level'];
	const guildId = instance['guild_id'] as string;
	ctx.world.dispatch('STAGE_INSTANCE_UPDATE', instance, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.StageInstanceUpdate,
		targetId: instance['id'] as string,
		changes: diff(before, instance, ['topic', 'privacy_level']),
		options: { channel_id: instance['channel_id'] as string },
	});
	return ok(instance);
}

function deleteStage(ctx: RouteContext) {
	const instance = stageInstance(ctx);
	requireStageModerator(ctx, instance['channel_id'] as string);
	ctx.world.resources.stageInstances.delete(instance['channel_id'] as string);
	const guildId = instance['guild_id'] as string;
	ctx.world.dispatch('STAGE_INSTANCE_DELETE', instance, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.StageInstanceDelete,
		targetId: instance['id'] as string,
		options: { channel_id: instance['channel_id'] as string },
	});
	return noContent;
}

/** `PUT /channels/{id}/voice-status`: the status line of a voice channel the bot is connected to. */
function setVoiceStatus(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const channel = ctx.world.channel(channelId);
	if (channel.type !== 2 || channel.guild_id === undefined) throw restError('invalidChannelType');
	const connected = ctx.world.guild(channel.guild_id).voiceStates.get(ctx.world.botUser.id)?.['channel_id'] === channelId;
	if (!connected) throw restError('missingPermissions');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | SET_VOICE_CHANNEL_STATUS);
	const status = (bodyObject(ctx)['status'] as string | null | undefined) ?? null;
	if (status !== null && status.length > 500) throw formError(['status'], 'BASE_TYPE_MAX_LENGTH', 'Must be 500 or fewer in length.');
	(channel as { status?: string | null }).status = status;
	ctx.world.dispatch('VOICE_CHANNEL_STATUS_UPDATE', { id: channelId, guild_id: channel.guild_id, status }, channel.guild_id);
	return noContent;
}

/**
 * Voice states (read; stage speaking and suppression), voice regions, voice channel status, and
 * stage instances (one per stage channel, STAGE_INSTANCE_* dispatches, audit log). Users join
 * voice through the control API or, for the bot, gateway opcode 4.
 * @see https://discord.com/developers/docs/resources/voice
 * @see https://discord.com/developers/docs/resources/stage-instance
 */
export const voiceAndStageRoutes: readonly Route[] = [
	{ method: 'GET', path: '/voice/regions', handler: () => ok(REGIONS) },
	{ method: 'GET', path: '/guilds/{guild_id}/regions', handler: (ctx) => (ctx.world.guild(param(ctx, 'guild_id')), ok(REGIONS)) },
	{ method: 'GET', path: '/guilds/{guild_id}/voice-states/@me', handler: (ctx) => ok(voiceState(ctx, ctx.world.botUser.id)) },
	{ method: 'GET', path: '/guilds/{guild_id}/voice-states/{user_id}', handler: (ctx) => ok(voiceState(ctx, param(ctx, 'user_id'))) },
	{ method: 'PATCH', path: '/guilds/{guild_id}/voice-states/@me', handler: (ctx) => updateVoiceState(ctx, ctx.world.botUser.id) },
	{ method: 'PATCH', path: '/guilds/{guild_id}/voice-states/{user_id}', handler: (ctx) => updateVoiceState(ctx, param(ctx, 'user_id')) },
	{ method: 'PUT', path: '/channels/{channel_id}/voice-status', handler: setVoiceStatus },
	{ method: 'POST', path: '/stage-instances', handler: createStage },
	{ method: 'GET', path: '/stage-instances/{channel_id}', handler: (ctx) => ok(stageInstance(ctx)) },
	{ method: 'PATCH', path: '/stage-instances/{channel_id}', handler: updateStage },
	{ method: 'DELETE', path: '/stage-instances/{channel_id}', handler: deleteStage },
];
