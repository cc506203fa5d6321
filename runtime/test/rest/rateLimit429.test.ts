import { Routes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRateLimitStore, RateLimitError, type RateLimitInfo } from '../../src/index.js';
import { DefaultIds, startHarness, type Harness } from './_mock.js';

const SHORT = {
	routes: {
		'POST /channels/{channel_id}/messages': { limit: 5, windowMs: 200 },
		'GET /channels/{channel_id}': { limit: 5, windowMs: 200 },
	},
};
const TEN_MINUTES = 600_000;

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

async function start(store: MemoryRateLimitStore, rest: Record<string, unknown> = {}): Promise<Harness> {
	harness = await startHarness({ mock: { rateLimits: SHORT }, rest: { store, ...rest } });
	return harness;
}

describe('forced 429s', () => {
	it('user scope: waits retry_after, retries, succeeds, counts as invalid', async () => {
		const store = new MemoryRateLimitStore();
		const { rest, mock } = await start(store);
		const limited: RateLimitInfo[] = [];
		rest.on('rateLimited', (info) => limited.push(info));
		await mock.fault({ kind: 'rate_limit', route: 'POST /channels/{channel_id}/messages', count: 2 });
		const message = await rest.post(Routes.channelMessages(DefaultIds.general), { body: { content: 'after two 429s' } });
		expect(message.content).toBe('after two 429s');
		const posts = (await mock.requests()).filter((r) => r.method === 'POST');
		expect(posts.map((r) => r.status)).toEqual([429, 429, 200]);
		expect(limited.filter((i) => i.fromResponse).map((i) => i.scope)).toEqual(['user', 'user']);
		expect(store.invalidRequestCount(Date.now(), TEN_MINUTES)).toBe(2);
	});

	it('shared scope: retried and not counted as invalid', async () => {
		const store = new MemoryRateLimitStore();
		const { rest, mock } = await start(store);
		await mock.fault({ kind: 'rate_limit', route: '/channels/{channel_id}', count: 1, scope: 'shared' });
		const channel = await rest.get(Routes.channel(DefaultIds.general));
		expect(channel.id).toBe(DefaultIds.general);
		expect((await mock.requests()).map((r) => r.status)).toEqual([429, 200]);
		expect(store.invalidRequestCount(Date.now(), TEN_MINUTES)).toBe(0);
	});

	it('global scope: blocks all non-exempt traffic until retry_after, then retries', async () => {
		const store = new MemoryRateLimitStore();
		const { rest, mock } = await start(store);
		const limited: RateLimitInfo[] = [];
		rest.on('rateLimited', (info) => limited.push(info));
		await mock.fault({ kind: 'rate_limit', route: 'GET /channels/{channel_id}', count: 1, scope: 'global' });
		const first = rest.get(Routes.channel(DefaultIds.general));
		// Give the 429 time to arrive, then send on another route: it must wait for the global block.
		await new Promise((r) => setTimeout(r, 100));
		const other = rest.get(Routes.guild(DefaultIds.guild));
		await Promise.all([first, other]);
		expect(limited.some((i) => i.scope === 'global' && i.fromResponse)).toBe(true);
		expect(limited.some((i) => i.scope === 'global' && !i.fromResponse && i.route === '/guilds/{guild_id}')).toBe(true);
		const log = await mock.requests();
		expect(log.map((r) => r.status)).toEqual([429, 200, 200]);
		expect(store.invalidRequestCount(Date.now(), TEN_MINUTES)).toBe(1);
	});

	it('gives up after maxRateLimitRetries with a RateLimitError', async () => {
		const store = new MemoryRateLimitStore();
		const { rest, mock } = await start(store, { maxRateLimitRetries: 2 });
		await mock.fault({ kind: 'rate_limit', route: 'GET /channels/{channel_id}', count: 10 });
		const error = await rest.get(Routes.channel(DefaultIds.general)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RateLimitError);
		expect((error as RateLimitError).reason).toBe('retries-exhausted');
		expect((error as RateLimitError).code).toBe('REST_RATE_LIMITED');
		expect((await mock.requests()).length).toBe(3);
	});

	it('rejectOnRateLimit rejects instead of waiting, before a 429 is ever met', async () => {
		const store = new MemoryRateLimitStore();
		const { rest, mock } = await start(store, { rejectOnRateLimit: ['/channels'] });
		for (let i = 0; i < 5; i++) await rest.get(Routes.channel(DefaultIds.general));
		const error = await rest.get(Routes.channel(DefaultIds.general)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RateLimitError);
		expect((error as RateLimitError).reason).toBe('rejected');
		expect((error as RateLimitError).info.fromResponse).toBe(false);
		expect((error as RateLimitError).info.route).toBe('/channels/{channel_id}');
		expect((await mock.requests()).every((r) => r.status === 200)).toBe(true);
		// A route the option does not name still waits.
		for (let i = 0; i < 6; i++) await rest.get(Routes.guild(DefaultIds.guild));
	});

	it('interaction callbacks skip the global queue', async () => {
		const store = new MemoryRateLimitStore();
		const { rest, mock } = await start(store, { globalRequestsPerSecond: 3 });
		await rest.put(Routes.applicationCommands(mock.applicationId), { body: [{ name: 'ping', description: 'Replies pong' }] });
		const interaction = await mock.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			name: 'ping',
		});
		// Saturate the client's global limit (3/s, one spent on the PUT): the last two wait a second.
		const slow = Array.from({ length: 4 }, () => rest.get(Routes.guild(DefaultIds.guild)));
		const started = Date.now();
		await rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
			body: { type: 4, data: { content: 'pong' } },
			auth: false,
		});
		const callbackMs = Date.now() - started;
		await Promise.all(slow);
		const slowMs = Date.now() - started;
		expect(callbackMs).toBeLessThan(slowMs);
		expect((await mock.interaction(interaction.id)).responses).toHaveLength(1);
	});
});
