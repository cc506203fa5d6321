import { Routes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAPIError, InvalidRequestBudgetError, REST, type InvalidRequestWarningEvent } from '../../src/index.js';
import { DefaultIds, startHarness, type Harness } from './_mock.js';

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

describe('invalid-request budget', () => {
	it('counts 401s and refuses to send at the safety margin, with a typed error', async () => {
		harness = await startHarness({ mock: { rateLimits: { enabled: false } } });
		const { mock } = harness;
		const rest = new REST({ api: mock.api, token: 'not-the-token', invalidRequests: { max: 20, safetyMargin: 5, warnEvery: 5 } });
		const warnings: InvalidRequestWarningEvent[] = [];
		rest.on('invalidRequestWarning', (w) => warnings.push(w));
		for (let i = 0; i < 15; i++) {
			await expect(rest.get(Routes.channel(DefaultIds.general))).rejects.toMatchObject({ status: 401 });
		}
		const error = await rest.get(Routes.channel(DefaultIds.general)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InvalidRequestBudgetError);
		expect(error).toMatchObject({ code: 'REST_INVALID_REQUEST_BUDGET', count: 15, threshold: 15, route: '/channels/{channel_id}' });
		expect((await mock.requests()).length).toBe(15);
		expect(warnings.map((w) => w.count)).toEqual([5, 10, 15]);
		await rest.destroy();
	});

	it('403s count; successes do not', async () => {
		harness = await startHarness({ mock: { rateLimits: { enabled: false } } });
		const { rest } = harness;
		// The bot cannot see the staff channel.
		const error = await rest.get(Routes.channelMessages(DefaultIds.staff)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DiscordAPIError);
		expect((error as DiscordAPIError).status).toBe(403);
		await rest.get(Routes.channel(DefaultIds.general));
	});
});
