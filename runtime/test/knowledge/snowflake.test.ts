import { describe, expect, it } from 'vitest';
import { OvenError } from 'ovenjs/errors';
import {
	decodeSnowflake,
	DISCORD_EPOCH,
	KnowledgeError,
	shardIdForGuild,
	SNOWFLAKE_DOC,
	SNOWFLAKE_PATTERN,
	snowflakeFromTimestamp,
} from 'ovenjs/knowledge';

describe('decodeSnowflake', () => {
	it("decodes the docs' example id", () => {
		// https://discord.com/developers/docs/reference#snowflakes: 175928847299117063
		expect(decodeSnowflake('175928847299117063')).toEqual({
			id: '175928847299117063',
			timestamp: 1462015105796,
			createdAt: '2016-04-30T11:18:25.796Z',
			workerId: 1,
			processId: 0,
			increment: 7,
		});
	});

	it('takes bigints, and the zero id is the epoch', () => {
		expect(decodeSnowflake(0n)?.timestamp).toBe(DISCORD_EPOCH);
		expect(decodeSnowflake(0n)?.createdAt).toBe('2015-01-01T00:00:00.000Z');
		expect(decodeSnowflake(175928847299117063n)?.increment).toBe(7);
	});

	it('refuses what is not a 64-bit decimal', () => {
		expect(decodeSnowflake('12a')).toBeUndefined();
		expect(decodeSnowflake('')).toBeUndefined();
		expect(decodeSnowflake('18446744073709551616')).toBeUndefined();
		expect(decodeSnowflake(-1n)).toBeUndefined();
		expect(decodeSnowflake('18446744073709551615')?.increment).toBe(0xfff);
	});
});

describe('snowflakeFromTimestamp', () => {
	it('gives the smallest id of a millisecond', () => {
		const ms = Date.parse('2016-04-30T11:18:25.796Z');
		const id = snowflakeFromTimestamp(ms);
		expect(id).toBe('175928847298985984');
		expect(decodeSnowflake(id)).toMatchObject({ timestamp: ms, workerId: 0, processId: 0, increment: 0 });
		// The docs' example id was made in that millisecond, so it is not before the bound.
		expect(BigInt('175928847299117063') >= BigInt(id)).toBe(true);
		expect(BigInt('175928847299117063') < BigInt(snowflakeFromTimestamp(ms + 1))).toBe(true);
	});

	it('round-trips through decodeSnowflake and drops fractions', () => {
		for (const ms of [DISCORD_EPOCH, DISCORD_EPOCH + 1, Date.parse('2026-11-24T00:00:00Z'), DISCORD_EPOCH + 2 ** 42 - 1]) {
			expect(decodeSnowflake(snowflakeFromTimestamp(ms))?.timestamp, String(ms)).toBe(ms);
		}
		expect(snowflakeFromTimestamp(DISCORD_EPOCH + 1.9)).toBe(snowflakeFromTimestamp(DISCORD_EPOCH + 1));
		expect(snowflakeFromTimestamp(DISCORD_EPOCH)).toBe('0');
	});

	it('serves a bulk-delete age check: ids older than two weeks are below the bound', () => {
		const now = Date.parse('2026-11-24T12:00:00Z');
		const bound = BigInt(snowflakeFromTimestamp(now - 14 * 24 * 60 * 60 * 1000));
		expect(BigInt(snowflakeFromTimestamp(now - 15 * 24 * 60 * 60 * 1000)) < bound).toBe(true);
		expect(BigInt(snowflakeFromTimestamp(now - 13 * 24 * 60 * 60 * 1000)) < bound).toBe(false);
	});

	it('refuses times a snowflake cannot hold', () => {
		const invalidTime = { code: 'KNOWLEDGE_INVALID_TIMESTAMP', name: 'KnowledgeError[KNOWLEDGE_INVALID_TIMESTAMP]' };
		expect(() => snowflakeFromTimestamp(DISCORD_EPOCH - 1)).toThrow(expect.objectContaining(invalidTime));
		expect(() => snowflakeFromTimestamp(DISCORD_EPOCH + 2 ** 42)).toThrow(KnowledgeError);
		expect(() => snowflakeFromTimestamp(Number.NaN)).toThrow(/Unix milliseconds/);
		expect(() => snowflakeFromTimestamp(Number.NaN)).toThrow(OvenError);
	});
});

describe('shardIdForGuild', () => {
	it("follows Discord's sharding formula", () => {
		// (guild_id >> 22) % num_shards: 175928847299117063 >> 22 = 41944705796
		expect(shardIdForGuild('175928847299117063', 3)).toBe(41944705796 % 3);
		expect(shardIdForGuild('175928847299117063', 1)).toBe(0);
	});

	it('refuses what is not a snowflake or a shard count', () => {
		expect(() => shardIdForGuild('abc', 2)).toThrow(expect.objectContaining({ code: 'KNOWLEDGE_INVALID_SNOWFLAKE' }));
		expect(() => shardIdForGuild('175928847299117063', 0)).toThrow(expect.objectContaining({ code: 'KNOWLEDGE_INVALID_SHARD_COUNT' }));
		expect(() => shardIdForGuild('175928847299117063', 1.5)).toThrow(KnowledgeError);
	});
});

describe('SNOWFLAKE_PATTERN', () => {
	it('matches ids as Discord writes them', () => {
		expect(SNOWFLAKE_PATTERN.test('175928847299117063')).toBe(true);
		expect(SNOWFLAKE_PATTERN.test('18446744073709551615')).toBe(true);
		expect(SNOWFLAKE_PATTERN.test('1234')).toBe(false);
		expect(SNOWFLAKE_PATTERN.test('17592884729911706a')).toBe(false);
		expect(SNOWFLAKE_DOC).toMatch(/^https:\/\/discord\.com\/developers\/docs\//);
	});
});
