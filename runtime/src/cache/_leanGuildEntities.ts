import type {
	CachedAutoModerationRule,
	CachedEmoji,
	CachedScheduledEvent,
	CachedSoundboardSound,
	CachedStageInstance,
	CachedSticker,
} from './CachedGuildEntities.js';
import type { _ArrayInterner } from './_ArrayInterner.js';
import { _id, _raw, bool, internStrings, num, str, strOrNull, type _Raw } from './_lean.js';

// Payload → lean record for the guild-scoped entities of CachedGuildEntities.ts, read as
// defensively as _lean.ts reads the others: a field missing from an update keeps the previous
// value, else a neutral default, and nested users are replaced by their id.

/** @internal */
export function _leanEmoji(data: _Raw, id: string, guildId: string, prev: CachedEmoji | undefined, arrays: _ArrayInterner): CachedEmoji {
	return {
		id,
		guild_id: guildId,
		name: strOrNull(data, 'name', prev?.name, null),
		roles: 'roles' in data ? internStrings(data.roles, arrays) : (prev?.roles ?? arrays.empty),
		user_id: _id(_raw(data.user)?.id) ?? prev?.user_id ?? null,
		require_colons: bool(data, 'require_colons', prev?.require_colons, true),
		managed: bool(data, 'managed', prev?.managed, false),
		animated: bool(data, 'animated', prev?.animated, false),
		available: bool(data, 'available', prev?.available, true),
	};
}

/** @internal */
export function _leanSticker(data: _Raw, id: string, guildId: string, prev: CachedSticker | undefined): CachedSticker {
	return {
		id,
		guild_id: guildId,
		name: str(data, 'name', prev?.name, ''),
		description: strOrNull(data, 'description', prev?.description, null),
		tags: str(data, 'tags', prev?.tags, ''),
		type: num(data, 'type', prev?.type, 2),
		format_type: num(data, 'format_type', prev?.format_type, 1),
		available: bool(data, 'available', prev?.available, true),
		user_id: _id(_raw(data.user)?.id) ?? prev?.user_id ?? null,
	};
}

/**
 * Records kept as Discord sends them, merged over the previous one field by field (a partial
 * update keeps the rest), less the keys split out; `guild_id` and `id` are the ones given.
 * @internal
 */
function merged<T extends object>(data: _Raw, prev: T | undefined, fixed: Partial<Record<keyof T, unknown>>, drop: readonly string[]): T {
	const out: Record<string, unknown> = { ...(prev as Record<string, unknown> | undefined) };
	for (const [key, value] of Object.entries(data)) if (value !== undefined && !drop.includes(key)) out[key] = value;
	return Object.assign(out, fixed) as T;
}

/** @internal */
export function _leanScheduledEvent(data: _Raw, id: string, guildId: string, prev: CachedScheduledEvent | undefined): CachedScheduledEvent {
	const creatorId = _id(_raw(data.creator)?.id);
	return merged<CachedScheduledEvent>(
		data,
		prev,
		{ id, guild_id: guildId, ...(creatorId === undefined ? {} : { creator_id: creatorId }) },
		['creator'],
	);
}

/** @internal */
export function _leanStageInstance(data: _Raw, id: string, guildId: string, prev: CachedStageInstance | undefined): CachedStageInstance {
	return merged<CachedStageInstance>(data, prev, { id, guild_id: guildId }, []);
}

/** @internal */
export function _leanAutoModerationRule(
	data: _Raw,
	id: string,
	guildId: string,
	prev: CachedAutoModerationRule | undefined,
): CachedAutoModerationRule {
	return merged<CachedAutoModerationRule>(data, prev, { id, guild_id: guildId }, []);
}

/** @internal */
export function _leanSoundboardSound(
	data: _Raw,
	id: string,
	guildId: string,
	prev: CachedSoundboardSound | undefined,
): CachedSoundboardSound {
	return {
		sound_id: id,
		guild_id: guildId,
		name: str(data, 'name', prev?.name, ''),
		volume: num(data, 'volume', prev?.volume, 1),
		emoji_id: strOrNull(data, 'emoji_id', prev?.emoji_id, null),
		emoji_name: strOrNull(data, 'emoji_name', prev?.emoji_name, null),
		available: bool(data, 'available', prev?.available, true),
		user_id: _id(_raw(data.user)?.id) ?? prev?.user_id ?? null,
	};
}

/** `value`'s record when it has a string `key` id, for handlers that take lists. @internal */
export function _withId(value: unknown, key = 'id'): { data: _Raw; id: string } | undefined {
	const data = _raw(value);
	const id = _id(data?.[key]);
	return data === undefined || id === undefined ? undefined : { data, id };
}
