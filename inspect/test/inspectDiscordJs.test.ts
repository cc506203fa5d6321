import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, GatewayIntentBits, type TextChannel } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { findInspectors } from 'ovenjs';
import type { InspectorPacket, InspectorRest, InspectorShard, InspectorCache, InspectorHello } from 'ovenjs/inspector/protocol';
import { inspectDiscordJs } from '@ovenjs/inspect';
import { connectInspector, type InspectorClient } from './_inspector.js';

// discord.js v14, unmodified, against the mock; the inspector attached the way the preload does.
describe('inspectDiscordJs: a discord.js bot in the Gateway Inspector', () => {
	let mock: MockDiscord;
	let client: Client;
	let dir: string;
	let stream: InspectorClient;

	beforeAll(async () => {
		mock = await createMockDiscord({
			gateway: { heartbeatInterval: 500 },
			// A window long enough that the third send still meets it when the first one is slow (a busy machine).
			rateLimits: { routes: { 'POST /channels/{channel_id}/messages': { limit: 2, windowMs: 5_000 } } },
		});
		dir = await mkdtemp(join(tmpdir(), 'oven-inspect-djs-'));
		client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages], rest: { api: mock.api } });
		client.token = mock.token;
		const inspector = await inspectDiscordJs(client, { discoveryDir: dir, cacheIntervalMs: 100 });
		const [found] = await findInspectors(dir);
		expect(found).toMatchObject({ source: 'bot', pid: process.pid, url: inspector.address?.url });
		// Connected before login, so the stream shows the connection from HELLO on.
		stream = await connectInspector(found!.url, found!.token);
		await client.login(mock.token);
	});

	afterAll(async () => {
		stream?.close();
		await client?.destroy();
		await mock?.close();
		await rm(dir, { recursive: true, force: true });
	});

	it('says it is a discord.js bot, in the protocol version of this release', () => {
		expect(stream.messages[0]).toMatchObject({
			type: 'hello',
			library: 'discord.js',
			source: 'bot',
			protocol: 1,
		} satisfies Partial<InspectorHello>);
	});

	it('streams gateway payloads both ways: HELLO, IDENTIFY (token redacted), READY, GUILD_CREATE, heartbeats and ACKs', async () => {
		const isPacket = (m: unknown): m is InspectorPacket => (m as InspectorPacket).type === 'packet';
		await stream.until((m) => isPacket(m) && m.op === 11, 'a heartbeat ACK');
		const packets = stream.messages.filter(isPacket);
		expect(packets.find((p) => p.op === 10)).toMatchObject({ direction: 'in', shardId: 0 });
		expect(packets.find((p) => p.op === 2)).toMatchObject({ direction: 'out', payload: { d: { token: '[redacted]' } } });
		expect(packets.find((p) => p.t === 'READY')).toMatchObject({ direction: 'in', payload: { d: { user: { id: DefaultIds.bot } } } });
		expect(packets.find((p) => p.t === 'GUILD_CREATE')).toMatchObject({ direction: 'in', guildId: DefaultIds.guild });
		expect(packets.some((p) => p.op === 1 && p.direction === 'out')).toBe(true);
	});

	it('reports shard status and heartbeat latency, and cache sizes', async () => {
		const shard = (await stream.until((m) => m.type === 'shard' && m.latencyMs !== null, 'a shard latency')) as InspectorShard;
		expect(shard).toMatchObject({ shardId: 0, status: 'ready', latencyMs: expect.any(Number) });
		const cache = (await stream.until(
			(m) => m.type === 'cache' && (m.sizes['guilds'] ?? 0) > 0 && (m.sizes['channels'] ?? 0) > 0,
			'cache sizes with the guild',
		)) as InspectorCache;
		expect(Object.keys(cache.sizes)).toEqual(['guilds', 'channels', 'users', 'members', 'roles', 'emojis', 'messages']);
	});

	it('streams REST attempts with method, route, path, bodies and the bucket state, a 429 included', async () => {
		const channel = (await client.channels.fetch(DefaultIds.general)) as TextChannel;
		await Promise.all([channel.send('one'), channel.send('two'), channel.send('three')]);
		const sends = () =>
			stream.messages.filter(
				(m): m is InspectorRest => m.type === 'rest' && m.method === 'POST' && m.route === '/channels/{channel_id}/messages',
			);
		await stream.until(() => sends().filter((r) => r.status === 200).length === 3, 'three sent messages');
		const first = sends().find((r) => r.status === 200)!;
		expect(first).toMatchObject({
			path: `/channels/${DefaultIds.general}/messages`,
			requestBody: expect.objectContaining({ content: expect.stringMatching(/^(one|two|three)$/) }),
			responseBody: expect.objectContaining({ channel_id: DefaultIds.general }),
			bucket: expect.any(String),
			limit: 2,
			remaining: expect.any(Number),
		});
		expect(first.durationMs).toBeGreaterThan(0);
		await client.users.fetch(DefaultIds.alice, { force: true });
		const fetched = (await stream.until(
			(m) => m.type === 'rest' && m.method === 'GET' && m.path === `/users/${DefaultIds.alice}`,
			'GET /users/{user_id}',
		)) as InspectorRest;
		expect(fetched).toMatchObject({ route: '/users/{user_id}', status: 200, responseBody: { id: DefaultIds.alice, username: 'alice' } });
		expect(stream.messages.some((m) => m.type === 'rateLimit' || (m.type === 'rest' && m.status === 429))).toBe(true);
	});

	it('never lets the token out, and every frame follows the protocol', () => {
		expect(JSON.stringify(stream.messages)).not.toContain(mock.token);
		expect(stream.refused).toEqual([]);
	});

	it('closes the inspector (and its discovery file) with client.destroy()', async () => {
		await client.destroy();
		expect(await readdir(dir)).toEqual([]);
	});
});
