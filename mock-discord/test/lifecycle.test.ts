import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds as D } from '../src/index.js';
import { control, rest, startMock } from './_helpers.js';

describe('createMockDiscord', () => {
	it('loads a scenario file, exposes its ids, and closes idempotently', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'oven-mock-'));
		const file = join(dir, 'world.json');
		writeFileSync(
			file,
			JSON.stringify({
				application: { id: '900000000000000001' },
				bot: { id: '900000000000000001', username: 'scenario-bot', token: 'scenario-token' },
				users: [{ id: '900000000000000010', username: 'dana' }],
				guilds: [
					{
						id: '900000000000000100',
						name: 'Scenario Guild',
						channels: [{ id: '900000000000000200', name: 'chat', type: 0 }],
						members: [{ user_id: '900000000000000010' }],
					},
				],
			}),
		);
		const mock = await createMockDiscord({ scenario: file });
		expect(mock.token).toBe('scenario-token');
		expect(mock.applicationId).toBe('900000000000000001');
		expect(mock.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
		const me = await rest(mock, 'GET', '/users/@me');
		expect(me.body.username).toBe('scenario-bot');
		await Promise.all([mock.close(), mock.close()]);
		await mock.close();
	});

	it('adds explicit mentions from the control API', async () => {
		const mock = await startMock();
		try {
			const { body } = await control(mock, 'POST', '/messages', {
				author_id: D.alice,
				channel_id: D.general,
				content: 'hey',
				mentions: [D.bob],
			});
			expect(body.mentions.map((u: { id: string }) => u.id)).toEqual([D.bob]);
		} finally {
			await mock.close();
		}
	});
});

describe('robustness', () => {
	it('never answers 500 to arbitrary JSON bodies', async () => {
		const mock = await startMock();
		try {
			const targets = [
				['POST', `/channels/${D.general}/messages`],
				['PATCH', `/channels/${D.general}`],
				['POST', `/guilds/${D.guild}/roles`],
				['PATCH', `/guilds/${D.guild}/members/${D.carol}`],
				['PUT', `/applications/${D.application}/commands`],
			] as const;
			await fc.assert(
				fc.asyncProperty(fc.constantFrom(...targets), fc.jsonValue({ maxDepth: 3 }), async ([method, path], body) => {
					const answer = await rest(mock, method, path, body);
					expect(answer.status).toBeLessThan(500);
				}),
				{ numRuns: 60 },
			);
		} finally {
			await mock.close();
		}
	});
});
