import type { APIUser } from 'discord-api-types/v10';
import type { Json } from './GuildState.js';

/** A custom emoji as Discord returns it. */
export function emojiObject(id: string, name: string, animated: boolean, user: APIUser | undefined, roles: readonly string[] = []): Json {
	return {
		id,
		name,
		roles: [...roles],
		require_colons: true,
		managed: false,
		animated,
		available: true,
		...(user === undefined ? {} : { user }),
	};
}

/** A guild sticker as Discord returns it (PNG, type 2 = guild). */
export function stickerObject(
	id: string,
	guildId: string,
	name: string,
	description: string,
	tags: string,
	user: APIUser | undefined,
	formatType = 1,
): Json {
	return {
		id,
		name,
		tags,
		type: 2,
		format_type: formatType,
		description,
		available: true,
		guild_id: guildId,
		...(user === undefined ? {} : { user }),
	};
}

/**
 * Slots per boost level: custom emojis (static and animated each), stickers, soundboard sounds.
 * @see https://discord.com/developers/docs/resources/emoji#create-guild-emoji
 */
export const PremiumSlots = {
	0: { emojis: 50, stickers: 5, sounds: 8 },
	1: { emojis: 100, stickers: 15, sounds: 24 },
	2: { emojis: 150, stickers: 30, sounds: 36 },
	3: { emojis: 250, stickers: 60, sounds: 48 },
} as const satisfies Record<number, { emojis: number; stickers: number; sounds: number }>;

/** The slots of a guild at `tier`. */
export function slotsFor(tier: number): { emojis: number; stickers: number; sounds: number } {
	return PremiumSlots[(tier >= 0 && tier <= 3 ? tier : 0) as 0 | 1 | 2 | 3];
}
