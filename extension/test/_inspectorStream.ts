/** A gateway session as a bot's inspector streams it, for the Gateway Inspector's webview tests. */
import type { InspectorMessage } from 'ovenjs/inspector/protocol';

export const t0 = Date.UTC(2026, 10, 24, 12, 0, 0);
const BAKERY = '111111111111111111';
const CAFE = '222222222222222222';

const packet = (
	shardId: number,
	direction: 'in' | 'out',
	op: number,
	t: string | null,
	d: unknown,
	at: number,
	guildId: string | null = null,
): InspectorMessage => ({ type: 'packet', shardId, direction, op, t, guildId, payload: { op, t, s: null, d } as never, at });

/** hello, IDENTIFY and READY, two guilds on two shards, messages, heartbeats, REST (one 429), a rate-limit wait, shard latencies and cache sizes. */
export const session: readonly InspectorMessage[] = [
	{ type: 'hello', protocol: 1, source: 'bot', library: 'discord.js', name: 'bot.js (discord.js)', pid: 4242, replayed: 0 },
	{ type: 'shard', shardId: 0, status: 'identifying', latencyMs: null, at: t0 },
	packet(0, 'in', 10, null, { heartbeat_interval: 41250 }, t0),
	packet(0, 'out', 2, null, { token: '[redacted]', intents: 513 }, t0 + 3),
	packet(0, 'in', 0, 'READY', { session_id: 'abc123', user: { id: '1', username: 'oven' } }, t0 + 10),
	packet(0, 'in', 0, 'GUILD_CREATE', { id: BAKERY, name: 'Bakery' }, t0 + 20, BAKERY),
	packet(1, 'in', 0, 'GUILD_CREATE', { id: CAFE, name: 'Cafe' }, t0 + 25, CAFE),
	packet(0, 'out', 1, null, 7, t0 + 27),
	packet(0, 'in', 11, null, null, t0 + 28),
	packet(0, 'in', 0, 'MESSAGE_CREATE', { guild_id: BAKERY, content: 'fresh sourdough at noon' }, t0 + 30, BAKERY),
	packet(1, 'in', 0, 'MESSAGE_CREATE', { guild_id: CAFE, content: 'yo' }, t0 + 40, CAFE),
	{
		type: 'rest',
		id: 1,
		method: 'POST',
		route: '/channels/{channel_id}/messages',
		path: '/channels/333333333333333333/messages',
		status: 200,
		durationMs: 415.2850669999607,
		attempt: 1,
		bucket: 'b-msg',
		remaining: 0,
		limit: 5,
		resetAfterMs: 1200,
		requestBody: { content: 'pong' },
		responseBody: { id: '444444444444444444', content: 'pong' },
		at: t0 + 50,
	},
	{
		type: 'rest',
		id: 2,
		method: 'POST',
		route: '/channels/{channel_id}/messages',
		path: '/channels/333333333333333333/messages',
		status: 429,
		durationMs: 12.04,
		attempt: 1,
		bucket: 'b-msg',
		remaining: 0,
		limit: 5,
		resetAfterMs: 250,
		requestBody: { content: 'pong again' },
		responseBody: { message: 'You are being rate limited.', retry_after: 0.25, global: false },
		at: t0 + 60,
	},
	{
		type: 'rateLimit',
		info: {
			method: 'POST',
			route: '/channels/{channel_id}/messages',
			bucket: 'b-msg',
			majorParameter: '333333333333333333',
			limit: 5,
			retryAfterMs: 250,
			scope: 'user',
			fromResponse: true,
		},
		at: t0 + 61,
	},
	{ type: 'shard', shardId: 0, status: 'ready', latencyMs: 40.6, at: t0 + 70 },
	{ type: 'shard', shardId: 0, status: 'ready', latencyMs: 55.2, at: t0 + 80 },
	{ type: 'shard', shardId: 0, status: 'ready', latencyMs: 48.1, at: t0 + 90 },
	{ type: 'shard', shardId: 1, status: 'ready', latencyMs: 70, at: t0 + 95 },
	{ type: 'cache', sizes: { guilds: 2, channels: 14, users: 1280, members: 1302, roles: 9, emojis: 3, messages: 41 }, at: t0 + 100 },
];
