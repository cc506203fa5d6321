import { KnowledgeError } from './KnowledgeError.js';

/**
 * Snowflakes as data and pure functions. A Discord id is 64 bits: milliseconds since the
 * Discord epoch in the top 42 bits, then 5 bits of internal worker id, 5 of internal process
 * id and a 12-bit per-process increment.
 * @see https://discord.com/developers/docs/reference#snowflakes
 */

/** The doc that states the snowflake layout. */
export const SNOWFLAKE_DOC = 'https://discord.com/developers/docs/reference#snowflakes';

/**
 * The Discord epoch: the first millisecond of 2015, in Unix milliseconds. A snowflake's
 * timestamp counts from here.
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
export const DISCORD_EPOCH = 1_420_070_400_000;

/**
 * A decimal snowflake as Discord writes ids today: 17 to 20 digits (at most 2^64 − 1).
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
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
/** The largest millisecond offset from the epoch that fits the 42 timestamp bits. */
const MAX_OFFSET = (1n << 42n) - 1n;

/**
 * The parts of `id`, or undefined when it is not a decimal number that fits 64 bits.
 * @example decodeSnowflake('175928847299117063')?.createdAt // '2016-04-30T11:18:25.796Z'
 */
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

/**
 * The smallest snowflake created at Unix milliseconds `ms` (worker, process and increment
 * all 0), as a decimal string. Every id created at or after `ms` is ≥ it and every id
 * created before is < it, which is what pagination (`before`/`after`/`around` take ids,
 * so a time becomes an id) and age checks (bulk delete refuses messages older than two
 * weeks) need. Fractions of a millisecond are dropped.
 * @throws KnowledgeError (`KNOWLEDGE_INVALID_TIMESTAMP`) when `ms` is not a finite time between the Discord epoch and the
 * last millisecond the 42 timestamp bits can hold.
 * @see https://discord.com/developers/docs/reference#snowflake-ids-in-pagination
 * @example snowflakeFromTimestamp(Date.parse('2016-04-30T11:18:25.796Z')) // '175928847298985984'
 */
export function snowflakeFromTimestamp(ms: number): string {
	if (!Number.isFinite(ms))
		throw new KnowledgeError(
			'KNOWLEDGE_INVALID_TIMESTAMP',
			`snowflakeFromTimestamp: ${ms} is not a time; pass Unix milliseconds (e.g. Date.now()).`,
		);
	const offset = BigInt(Math.floor(ms)) - BigInt(DISCORD_EPOCH);
	if (offset < 0n || offset > MAX_OFFSET) {
		throw new KnowledgeError(
			'KNOWLEDGE_INVALID_TIMESTAMP',
			`snowflakeFromTimestamp: ${ms} is outside what a snowflake can hold; pass Unix milliseconds from ${DISCORD_EPOCH} (2015-01-01) on.`,
		);
	}
	return (offset << 22n).toString();
}

/**
 * The shard that carries a guild's events, and that its op 4 voice updates must be sent on:
 * `(guild_id >> 22) % num_shards`.
 * @throws KnowledgeError when `guildId` is not a snowflake (`KNOWLEDGE_INVALID_SNOWFLAKE`) or `shardCount` not a whole number ≥ 1 (`KNOWLEDGE_INVALID_SHARD_COUNT`).
 * @see https://discord.com/developers/docs/events/gateway#sharding-sharding-formula
 * @example shardIdForGuild('175928847299117063', 3) // 2
 */
export function shardIdForGuild(guildId: string, shardCount: number): number {
	if (!Number.isInteger(shardCount) || shardCount < 1)
		throw new KnowledgeError(
			'KNOWLEDGE_INVALID_SHARD_COUNT',
			`shardIdForGuild: shardCount must be a whole number ≥ 1 (got ${shardCount}).`,
		);
	const decoded = decodeSnowflake(guildId);
	if (decoded === undefined) throw new KnowledgeError('KNOWLEDGE_INVALID_SNOWFLAKE', `shardIdForGuild: "${guildId}" is not a snowflake.`);
	return Number((BigInt(decoded.id) >> 22n) % BigInt(shardCount));
}
