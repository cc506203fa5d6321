import { GatewayCloseCodes as ApiCloseCodes } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { GatewayCloseCodes, closeCodeAction } from 'ovenjs/knowledge';

describe('GatewayCloseCodes', () => {
	it('has every 4xxx code of discord-api-types under the same name', () => {
		for (const [name, code] of Object.entries(ApiCloseCodes)) {
			if (typeof code !== 'number') continue;
			const info = (GatewayCloseCodes as Record<number, { name: string } | undefined>)[code];
			expect(info?.name, `${code}`).toBe(name);
		}
	});

	it('marks the codes Discord says are not reconnectable as fatal', () => {
		const fatal = Object.entries(GatewayCloseCodes)
			.filter(([, info]) => info.action === 'fatal')
			.map(([code]) => Number(code));
		expect(fatal.sort()).toEqual([
			ApiCloseCodes.AuthenticationFailed,
			ApiCloseCodes.InvalidShard,
			ApiCloseCodes.ShardingRequired,
			ApiCloseCodes.InvalidAPIVersion,
			ApiCloseCodes.InvalidIntents,
			ApiCloseCodes.DisallowedIntents,
		]);
	});

	it('tells a client to start a new session after 4007 and 4009, and to resume after 4000', () => {
		expect(closeCodeAction(ApiCloseCodes.InvalidSeq)).toBe('reidentify');
		expect(closeCodeAction(ApiCloseCodes.SessionTimedOut)).toBe('reidentify');
		expect(closeCodeAction(ApiCloseCodes.UnknownError)).toBe('resume');
		expect(closeCodeAction(1000)).toBe('reidentify');
	});

	it('treats unknown codes (a dropped network, 1006) as resumable', () => {
		expect(closeCodeAction(1006)).toBe('resume');
		expect(closeCodeAction(4999)).toBe('resume');
	});

	it('links a doc on every entry', () => {
		for (const info of Object.values(GatewayCloseCodes)) expect(info.doc).toMatch(/^https:\/\/discord\.com\//);
	});
});
