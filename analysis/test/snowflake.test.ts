import { describe, expect, it } from 'vitest';
import { decodeSnowflake, DISCORD_EPOCH } from '@ovenjs/analysis';

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
		expect(decodeSnowflake(175928847299117063n)?.increment).toBe(7);
	});

	it('refuses what is not a 64-bit decimal', () => {
		expect(decodeSnowflake('12a')).toBeUndefined();
		expect(decodeSnowflake('18446744073709551616')).toBeUndefined();
		expect(decodeSnowflake(-1n)).toBeUndefined();
	});
});
