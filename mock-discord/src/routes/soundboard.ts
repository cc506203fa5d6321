import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { readAudioData } from '../http/imageData.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { diff, recordAudit } from '../world/auditLog.js';
import { slotsFor } from '../world/expressions.js';
import type { Json } from '../world/GuildState.js';

/** Discord's default sounds, as `GET /soundboard-default-sounds` lists them. */
const DEFAULT_SOUNDS: Json[] = [
	{ name: 'quack', sound_id: '1', volume: 1, emoji_id: null, emoji_name: '🦆', available: true },
	{ name: 'airhorn', sound_id: '2', volume: 1, emoji_id: null, emoji_name: '🔊', available: true },
	{ name: 'cricket', sound_id: '3', volume: 1, emoji_id: null, emoji_name: '🦗', available: true },
	{ name: 'golf clap', sound_id: '4', volume: 1, emoji_id: null, emoji_name: '👏', available: true },
];

function sounds(ctx: RouteContext): Map<string, Json> {
	const guildId = param(ctx, 'guild_id');
	if (!ctx.world.guild(guildId).members.has(ctx.world.botUser.id)) throw restError('missingAccess');
	return ctx.world.guild(guildId).sounds;
}

function find(ctx: RouteContext): Json {
	const sound = sounds(ctx).get(param(ctx, 'sound_id'));
	if (sound === undefined) throw restError('unknownSound');
	return sound;
}

function requireManage(ctx: RouteContext, sound: Json): void {
	const guildId = param(ctx, 'guild_id');
	const permissions = ctx.world.guildPermissions(guildId, ctx.world.botUser.id);
	const mine = (sound['user'] as { id?: string } | undefined)?.id === ctx.world.botUser.id;
	if ((permissions & P.ManageGuildExpressions) !== 0n || (mine && (permissions & P.CreateGuildExpressions) !== 0n)) return;
	throw restError('missingPermissions');
}

function create(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const store = sounds(ctx);
	if ((ctx.world.guildPermissions(guildId, ctx.world.botUser.id) & (P.CreateGuildExpressions | P.ManageGuildExpressions)) === 0n)
		throw restError('missingPermissions');
	if (store.size >= slotsFor(ctx.world.guild(guildId).guild.premium_tier).sounds) throw restError('maxSounds');
	const body = bodyObject(ctx);
	readAudioData(body['sound'], 'sound');
	const sound: Json = {
		name: String(body['name']),
		sound_id: ctx.world.snowflakes.next(),
		volume: Number(body['volume'] ?? 1),
		emoji_id: (body['emoji_id'] as string | undefined) ?? null,
		emoji_name: (body['emoji_name'] as string | undefined) ?? null,
		guild_id: guildId,
		available: true,
		user: ctx.world.botUser,
	};
	store.set(sound['sound_id'] as string, sound);
	ctx.world.dispatch('GUILD_SOUNDBOARD_SOUND_CREATE', sound, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.SoundboardSoundCreate,
		targetId: sound['sound_id'] as string,
		changes: [{ key: 'name', new_value: sound['name'] }],
	});
	return { status: 201, body: sound };
}

function update(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const sound = find(ctx);
	requireManage(ctx, sound);
	const before = { ...sound };
	const body = bodyObject(ctx);
	for (const key of ['name', 'volume', 'emoji_id', 'emoji_name']) if (body[key] !== undefined) sound[key] = body[key];
	ctx.world.dispatch('GUILD_SOUNDBOARD_SOUND_UPDATE', sound, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.SoundboardSoundUpdate,
		targetId: sound['sound_id'] as string,
		changes: diff(before, sound, ['name', 'volume', 'emoji_id', 'emoji_name']),
	});
	return ok(sound);
}

function remove(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const sound = find(ctx);
	requireManage(ctx, sound);
	sounds(ctx).delete(sound['sound_id'] as string);
	ctx.world.dispatch('GUILD_SOUNDBOARD_SOUND_DELETE', { sound_id: sound['sound_id'], guild_id: guildId }, guildId);
	recordAudit(ctx, guildId, { action: AuditLogEvent.SoundboardSoundDelete, targetId: sound['sound_id'] as string });
	return noContent;
}

/**
 * Plays a sound in the voice channel the bot is connected to: SPEAK and USE_SOUNDBOARD (and
 * USE_EXTERNAL_SOUNDS for another guild's), not muted or deafened; VOICE_CHANNEL_EFFECT_SEND.
 * @see https://discord.com/developers/docs/resources/soundboard#send-soundboard-sound
 */
function send(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const channel = ctx.world.channel(channelId);
	if (channel.guild_id === undefined || (channel.type !== 2 && channel.type !== 13)) throw restError('invalidChannelType');
	const voice = ctx.world.guild(channel.guild_id).voiceStates.get(ctx.world.botUser.id);
	if (
		voice?.['channel_id'] !== channelId ||
		voice['mute'] === true ||
		voice['deaf'] === true ||
		voice['self_deaf'] === true ||
		voice['suppress'] === true
	)
		throw restError('missingPermissions');
	const body = bodyObject(ctx);
	const source = (body['source_guild_id'] as string | undefined) ?? channel.guild_id;
	ctx.world.requireBotChannelPermissions(
		channelId,
		P.ViewChannel | P.Speak | P.UseSoundboard | (source === channel.guild_id ? 0n : P.UseExternalSounds),
	);
	const soundId = String(body['sound_id']);
	const sound = DEFAULT_SOUNDS.find((s) => s['sound_id'] === soundId) ?? ctx.world.guild(source).sounds.get(soundId);
	if (sound === undefined) throw restError('unknownSound');
	ctx.world.dispatch(
		'VOICE_CHANNEL_EFFECT_SEND',
		{
			channel_id: channelId,
			guild_id: channel.guild_id,
			user_id: ctx.world.botUser.id,
			sound_id: soundId,
			sound_volume: sound['volume'],
			...(sound['emoji_name'] === null ? {} : { emoji: { id: sound['emoji_id'], name: sound['emoji_name'] } }),
			...(source === channel.guild_id ? {} : { source_guild_id: source }),
		},
		channel.guild_id,
	);
	return noContent;
}

const base = '/guilds/{guild_id}/soundboard-sounds';

/** Soundboard: default sounds, guild sounds (boost-tier slots, GUILD_SOUNDBOARD_SOUND_*, audit log), playing one. */
export const soundboardRoutes: readonly Route[] = [
	{ method: 'GET', path: '/soundboard-default-sounds', handler: () => ok(DEFAULT_SOUNDS) },
	{ method: 'GET', path: base, handler: (ctx) => ok({ items: [...sounds(ctx).values()] }) },
	{ method: 'POST', path: base, handler: create },
	{ method: 'GET', path: `${base}/{sound_id}`, handler: (ctx) => ok(find(ctx)) },
	{ method: 'PATCH', path: `${base}/{sound_id}`, handler: update },
	{ method: 'DELETE', path: `${base}/{sound_id}`, handler: remove },
	{ method: 'POST', path: '/channels/{channel_id}/send-soundboard-sound', handler: send },
];
