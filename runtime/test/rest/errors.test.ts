import { Routes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAPIError, flattenFormErrors, OvenRESTError, REST } from '../../src/index.js';
import { DefaultIds, startHarness, type Harness } from './_mock.js';

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

describe('flattenFormErrors', () => {
	it("flattens Discord's documented example into one line per field", () => {
		// https://discord.com/developers/docs/reference#error-messages
		const errors = {
			activities: {
				'0': {
					platform: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: "Value must be one of {'desktop', 'android', 'ios'}." }] },
					type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {0, 1, 2, 3, 4, 5}.' }] },
				},
			},
		};
		expect(flattenFormErrors(errors)).toEqual([
			"activities[0].platform: Value must be one of {'desktop', 'android', 'ios'}.",
			'activities[0].type: Value must be one of {0, 1, 2, 3, 4, 5}.',
		]);
	});

	it('handles top-level _errors and nested arrays of embeds', () => {
		const errors = {
			_errors: [{ code: 'X', message: 'Body is bad.' }],
			embeds: { '0': { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] } } },
		};
		expect(flattenFormErrors(errors)).toEqual(['Body is bad.', 'embeds[0].title: Must be 256 or fewer in length.']);
	});
});

describe('DiscordAPIError against the mock', () => {
	it('carries rawCode, status, method and route template; name shows the code', async () => {
		harness = await startHarness();
		const error = await harness.rest.get(Routes.channel('1999999999999999999')).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DiscordAPIError);
		expect(error).toBeInstanceOf(OvenRESTError);
		const api = error as DiscordAPIError;
		expect(api).toMatchObject({
			rawCode: 10003,
			status: 404,
			method: 'GET',
			route: '/channels/{channel_id}',
			code: 'REST_DISCORD_API_ERROR',
		});
		expect(api.name).toBe('DiscordAPIError[10003]');
		expect(api.message).toContain('GET /channels/{channel_id}');
		expect(api.message).not.toContain('1999999999999999999');
	});

	it('flattens the form errors of an over-long embed title into the message', async () => {
		harness = await startHarness();
		const error = await harness.rest
			.post(Routes.channelMessages(DefaultIds.general), { body: { embeds: [{ title: 'x'.repeat(300) }] } })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DiscordAPIError);
		const api = error as DiscordAPIError;
		expect(api.rawCode).toBe(50035);
		expect(api.formErrors.some((line) => line.startsWith('embeds[0].title: '))).toBe(true);
		expect(api.message).toMatch(/\nembeds\[0\]\.title: .+/);
	});
});

describe('the token never leaks', () => {
	it('appears in no error message, stack, event payload or hook view', async () => {
		harness = await startHarness({ mock: { rateLimits: { routes: { 'GET /channels/{channel_id}': { limit: 2, windowMs: 200 } } } } });
		const { mock } = harness;
		const rest = new REST({ api: mock.api, token: mock.token, retries: 1, retryBackoff: { baseMs: 5 }, maxRateLimitRetries: 1 });
		const seen: unknown[] = [];
		rest.on('request', (e) => seen.push(e));
		rest.on('response', (e) => seen.push(e));
		rest.on('rateLimited', (e) => seen.push(e));
		rest.on('invalidRequestWarning', (e) => seen.push(e));
		rest.use({
			beforeRequest: (r) => {
				seen.push({ ...r, headers: { ...r.headers } });
			},
			afterResponse: (r) => {
				seen.push(r);
			},
		});
		const webhookToken = 'webhook-secret-token-value';
		await mock.fault({ kind: 'rate_limit', route: 'GET /channels/{channel_id}', count: 5 });
		await mock.fault({ kind: 'server_error', route: 'GET /guilds/{guild_id}', status: 500, count: 5 });
		const errors = await Promise.all([
			rest.get(Routes.channel(DefaultIds.general)).catch((e: unknown) => e),
			rest.get(Routes.guild(DefaultIds.guild)).catch((e: unknown) => e),
			rest.get(Routes.channel('1999999999999999999')).catch((e: unknown) => e),
			rest.post(Routes.webhook('1999999999999999998', webhookToken), { body: { content: 'x' }, auth: false }).catch((e: unknown) => e),
			rest.get(Routes.channel(DefaultIds.general), { timeout: 1 }).catch((e: unknown) => e),
		]);
		expect(errors.every((e) => e instanceof OvenRESTError)).toBe(true);
		const text =
			JSON.stringify(seen) +
			errors.map((e) => `${(e as Error).name} ${(e as Error).message} ${(e as Error).stack ?? ''} ${JSON.stringify(e)}`).join('\n');
		expect(seen.length).toBeGreaterThan(5);
		expect(text).not.toContain(mock.token);
		expect(text).not.toContain(webhookToken);
		await rest.destroy();
	});
});
