import { lookupTable } from './_lookupTable.js';

/**
 * discord.js's named colors (v14's `Colors`, v13's `Constants.Colors` and color strings), which
 * OvenJS takes as the numbers they stand for. Read from discord.js's `src/util/Colors.js` (the
 * same values in v13's `Constants.Colors`, spelled `DARK_BUT_NOT_BLACK`).
 */
export const DISCORD_COLORS: Readonly<Record<string, number>> = lookupTable({
	Default: 0x000000,
	White: 0xffffff,
	Aqua: 0x1abc9c,
	Green: 0x57f287,
	Blue: 0x3498db,
	Yellow: 0xfee75c,
	Purple: 0x9b59b6,
	LuminousVividPink: 0xe91e63,
	Fuchsia: 0xeb459e,
	Gold: 0xf1c40f,
	Orange: 0xe67e22,
	Red: 0xed4245,
	Grey: 0x95a5a6,
	Navy: 0x34495e,
	DarkAqua: 0x11806a,
	DarkGreen: 0x1f8b4c,
	DarkBlue: 0x206694,
	DarkPurple: 0x71368a,
	DarkVividPink: 0xad1457,
	DarkGold: 0xc27c0e,
	DarkOrange: 0xa84300,
	DarkRed: 0x992d22,
	DarkGrey: 0x979c9f,
	DarkerGrey: 0x7f8c8d,
	LightGrey: 0xbcc0c0,
	DarkNavy: 0x2c3e50,
	Blurple: 0x5865f2,
	Greyple: 0x99aab5,
	DarkButNotBlack: 0x2c2f33,
	NotQuiteBlack: 0x23272a,
});

/** `0xed4245 /* Red *\/` for a discord.js color name in either spelling (`Red`, `RED`, `DARK_BUT_NOT_BLACK`); undefined for others. */
export function colorText(name: string): string | undefined {
	const pascal = /^[A-Z0-9_]+$/.test(name)
		? name.toLowerCase().replace(/(^|_)([a-z])/g, (_, __: string, c: string) => c.toUpperCase())
		: name;
	const value = DISCORD_COLORS[pascal];
	return value === undefined ? undefined : `0x${value.toString(16).padStart(6, '0')} /* ${pascal} */`;
}
