import type { GatewayDispatchEvents } from 'discord-api-types/v10';
import type { _CacheState } from './_CacheState.js';
import { _id, type _Raw } from './_lean.js';
import {
	_leanAutoModerationRule,
	_leanEmoji,
	_leanScheduledEvent,
	_leanSoundboardSound,
	_leanStageInstance,
	_leanSticker,
} from './_leanGuildEntities.js';

type Handler = (state: _CacheState, data: _Raw) => void;

const emoji = (state: _CacheState) => (data: _Raw, id: string, guildId: string, prev: Parameters<typeof _leanEmoji>[3]) =>
	_leanEmoji(data, id, guildId, prev, state.arrays);

/** What GUILD_CREATE carries for the entities below: each list replaces the guild's. @internal */
export function _guildCreateEntities(state: _CacheState, data: _Raw, guildId: string): void {
	state.replaceScoped('emojis', data.emojis, guildId, emoji(state));
	state.replaceScoped('stickers', data.stickers, guildId, _leanSticker);
	state.replaceScoped('scheduledEvents', data.guild_scheduled_events, guildId, _leanScheduledEvent);
	state.replaceScoped('stageInstances', data.stage_instances, guildId, _leanStageInstance);
	state.replaceScoped('soundboardSounds', data.soundboard_sounds, guildId, _leanSoundboardSound, 'sound_id');
	if (Array.isArray(data.voice_states)) {
		// GUILD_CREATE lists who is in voice now: anyone not listed has left.
		state.c.voiceStates?.deleteGroup(guildId);
		for (const voiceState of data.voice_states) state.voiceState(voiceState, guildId);
	}
}

function removeScoped(
	state: _CacheState,
	entity: 'scheduledEvents' | 'stageInstances' | 'autoModerationRules' | 'soundboardSounds',
	data: _Raw,
	key = 'id',
): void {
	const guildId = _id(data.guild_id);
	const id = _id(data[key]);
	if (guildId !== undefined && id !== undefined) state.c[entity]?.delete(guildId, id);
}

/** Moves a scheduled event's `user_count` by `delta`, when the cached record has one. */
function eventUsers(state: _CacheState, data: _Raw, delta: number): void {
	const guildId = _id(data.guild_id);
	const id = _id(data.guild_scheduled_event_id);
	const events = state.c.scheduledEvents;
	const event = guildId === undefined || id === undefined ? undefined : events?.get(guildId, id);
	if (event?.user_count === undefined || guildId === undefined || id === undefined) return;
	events?.set(guildId, id, { ...event, user_count: Math.max(0, event.user_count + delta) });
}

/**
 * What the guild-scoped entities' dispatches do to the cache: emojis, stickers, voice states,
 * scheduled events, stage instances, auto-moderation rules and soundboard sounds.
 * @internal
 */
export const _GUILD_ENTITY_HANDLERS: { readonly [E in GatewayDispatchEvents]?: Handler } = {
	GUILD_EMOJIS_UPDATE: (state, data) => state.replaceScoped('emojis', data.emojis, _id(data.guild_id), emoji(state)),
	GUILD_STICKERS_UPDATE: (state, data) => state.replaceScoped('stickers', data.stickers, _id(data.guild_id), _leanSticker),
	VOICE_STATE_UPDATE: (state, data) => state.voiceState(data, undefined),
	GUILD_SCHEDULED_EVENT_CREATE: (state, data) => state.scoped('scheduledEvents', data, undefined, _leanScheduledEvent),
	GUILD_SCHEDULED_EVENT_UPDATE: (state, data) => state.scoped('scheduledEvents', data, undefined, _leanScheduledEvent),
	GUILD_SCHEDULED_EVENT_DELETE: (state, data) => removeScoped(state, 'scheduledEvents', data),
	GUILD_SCHEDULED_EVENT_USER_ADD: (state, data) => eventUsers(state, data, 1),
	GUILD_SCHEDULED_EVENT_USER_REMOVE: (state, data) => eventUsers(state, data, -1),
	STAGE_INSTANCE_CREATE: (state, data) => state.scoped('stageInstances', data, undefined, _leanStageInstance),
	STAGE_INSTANCE_UPDATE: (state, data) => state.scoped('stageInstances', data, undefined, _leanStageInstance),
	STAGE_INSTANCE_DELETE: (state, data) => removeScoped(state, 'stageInstances', data),
	AUTO_MODERATION_RULE_CREATE: (state, data) => state.scoped('autoModerationRules', data, undefined, _leanAutoModerationRule),
	AUTO_MODERATION_RULE_UPDATE: (state, data) => state.scoped('autoModerationRules', data, undefined, _leanAutoModerationRule),
	AUTO_MODERATION_RULE_DELETE: (state, data) => removeScoped(state, 'autoModerationRules', data),
	GUILD_SOUNDBOARD_SOUND_CREATE: (state, data) => state.scoped('soundboardSounds', data, undefined, _leanSoundboardSound, 'sound_id'),
	GUILD_SOUNDBOARD_SOUND_UPDATE: (state, data) => state.scoped('soundboardSounds', data, undefined, _leanSoundboardSound, 'sound_id'),
	GUILD_SOUNDBOARD_SOUND_DELETE: (state, data) => removeScoped(state, 'soundboardSounds', data, 'sound_id'),
	GUILD_SOUNDBOARD_SOUNDS_UPDATE: (state, data) => {
		const guildId = _id(data.guild_id);
		if (Array.isArray(data.soundboard_sounds))
			for (const sound of data.soundboard_sounds) state.scoped('soundboardSounds', sound, guildId, _leanSoundboardSound, 'sound_id');
	},
	// The answer to a Request Soundboard Sounds (op 31): the guild's whole list.
	SOUNDBOARD_SOUNDS: (state, data) =>
		state.replaceScoped('soundboardSounds', data.soundboard_sounds, _id(data.guild_id), _leanSoundboardSound, 'sound_id'),
};
