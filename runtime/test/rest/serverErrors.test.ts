import { Routes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAPIError, HTTPError, REST } from '../../src/index.js';
import { DefaultIds, startHarness, type Harness } from './_mock.js';

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

describe('5xx and network errors', () => {
	it('retries a GET through 5xx and succeeds', async () => {
		harness = await startHarness({ rest: { retries: 3 } });
		const { rest, mock } = harness;
		await mock.fault({ kind: 'server_error', route: 'GET /channels/{channel_id}', status: 502, count: 2 });
		const channel = await rest.get(Routes.channel(DefaultIds.general));
		expect(channel.id).toBe(DefaultIds.general);
		expect((await mock.requests()).map((r) => r.status)).toEqual([502, 502, 200]);
	});

	it('surfaces the error after the retry bound', async () => {
		harness = await startHarness({ rest: { retries: 2 } });
		const { rest, mock } = harness;
		await mock.fault({ kind: 'server_error', route: 'GET /channels/{channel_id}', status: 503, count: 10 });
		const error = await rest.get(Routes.channel(DefaultIds.general)).catch((e: unknown) => e);
		// The mock answers Discord-style JSON; a proxy's HTML page would be an HTTPError.
		expect(error instanceof DiscordAPIError || error instanceof HTTPError).toBe(true);
		expect((error as DiscordAPIError).status).toBe(503);
		expect((error as DiscordAPIError).route).toBe('/channels/{channel_id}');
		expect((await mock.requests()).length).toBe(3);
		// The queue is not stuck behind the failure.
		await mock.fault({ kind: 'server_error', route: 'GET /channels/{channel_id}', status: 503, count: 0 });
	});

	it('does not retry a POST (it may have been acted on)', async () => {
		harness = await startHarness({ rest: { retries: 3 } });
		const { rest, mock } = harness;
		await mock.fault({ kind: 'server_error', route: 'POST /channels/{channel_id}/messages', status: 500, count: 1 });
		await expect(rest.post(Routes.channelMessages(DefaultIds.general), { body: { content: 'once' } })).rejects.toMatchObject({
			status: 500,
		});
		expect((await mock.requests()).length).toBe(1);
		const next = await rest.post(Routes.channelMessages(DefaultIds.general), { body: { content: 'twice' } });
		expect(next.content).toBe('twice');
	});

	it('retries network errors with backoff, then throws an HTTPError with status 0', async () => {
		// Nothing listens on port 9 of loopback: connection refused, which is safe to retry.
		const rest = new REST({ api: 'http://127.0.0.1:9/api', token: 'x', retries: 2, retryBackoff: { baseMs: 5, maxMs: 10 } });
		const attempts: number[] = [];
		rest.on('request', (e) => attempts.push(e.attempt));
		const error = await rest.post('/channels/1/messages', { body: {} }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(HTTPError);
		expect((error as HTTPError).status).toBe(0);
		expect((error as HTTPError).code).toBe('REST_HTTP_ERROR');
		expect(attempts).toEqual([1, 2, 3]);
		await rest.destroy();
		await rest.destroy();
	});
});
