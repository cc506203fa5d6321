/**
 * Snowflake decoding as data. Discord ids are 64-bit: milliseconds since the Discord epoch
 * in the top 42 bits, then 5 bits of worker, 5 of process and a 12-bit increment.
 * Belongs in `ovenjs/knowledge` (issue 7); kept here until that package is free to change.
 * @see https://discord.com/developers/docs/reference#snowflakes
 */

/** The first millisecond of 2015, Unix time: the zero of every snowflake's timestamp. */
export const DISCORD_EPOCH = 1_420_070_400_000;

/** A decimal snowflake as Discord writes it: 17 to 20 digits today (at most 2^64 − 1). */
export const SNOWFLAKE_PATTERN: RegExp = /^\d{17,20}$/;

/** The parts of a snowflake. */
export interface DecodedSnowflake {
	/** The id as a decimal string. */
	readonly id: string;
	/** Unix milliseconds of the id's creation. */
	readonly timestamp: number;
	/** The creation time, ISO 8601 in UTC. */
	readonly createdAt: string;
	/** Internal worker id (bits 17–21). */
	readonly workerId: number;
	/** Internal process id (bits 12–16). */
	readonly processId: number;
	/** Per-process increment (bits 0–11). */
	readonly increment: number;
}

const MAX = (1n << 64n) - 1n;

/** The parts of `id`, or undefined when it is not a decimal number that fits 64 bits. */
export function decodeSnowflake(id: string | bigint): DecodedSnowflake | undefined {
	let value: bigint;
	if (typeof id === 'bigint') value = id;
	else if (/^\d{1,20}$/.test(id)) value = BigInt(id);
	else return undefined;
	if (value < 0n || value > MAX) return undefined;
	const timestamp = Number(value >> 22n) + DISCORD_EPOCH;
	return {
		id: value.toString(),
		timestamp,
		createdAt: new Date(timestamp).toISOString(),
		workerId: Number((value >> 17n) & 0x1fn),
		processId: Number((value >> 12n) & 0x1fn),
		increment: Number(value & 0xfffn),
	};
}
