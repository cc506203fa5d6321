import type { REST } from '@discordjs/rest';
import { CompressionMethod, WebSocketManager, WebSocketShardEvents } from '@discordjs/ws';
import type { GatewayDispatchPayload } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { GUILD_A, GUILD_B, type Harness, TOKEN, makeBackend, startGateway, until } from './_harness.js';

let h: Harness;
let manager: WebSocketManager | undefined;
afterEach(async () => {
	await manager?.destroy();
	manager = undefined;
	await h.close();
});

/** discord.js's own gateway client (@discordjs/ws, as discord.js v14 uses it), zlib-stream on. */
function startManager(url: string): { manager: WebSocketManager; seen: [number, GatewayDispatchPayload][] } {
	const seen: [number, GatewayDispatchPayload][] = [];
	const rest = {
		get: async () => ({ url, shards: 2, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 2 } }),
	} as unknown as REST;
	const m = new WebSocketManager({
		token: TOKEN,
		intents: 1 | (1 << 9) | (1 << 15),
		rest,
		shardCount: 2,
		compression: CompressionMethod.ZlibNative,
	});
	m.on(WebSocketShardEvents.Dispatch, (payload: GatewayDispatchPayload, shardId: number) => seen.push([shardId, payload]));
	return { manager: m, seen };
}

const message = (n: number, guildId: string) => ({
	id: String(n),
	channel_id: '1',
	guild_id: guildId,
	author: { id: '5' },
	content: `m${n}`,
	mentions: [],
});

describe('@discordjs/ws against the mock', () => {
	it('connects two shards over zlib-stream, resumes after disconnect, reconnect and zombie faults without losing or repeating a dispatch', async () => {
		h = await startGateway({ heartbeatInterval: 250, reconnectGrace: 200 }, makeBackend({ maxConcurrency: 2 }));
		const started = startManager(h.url);
		manager = started.manager;
		const { seen } = started;
		await manager.connect();
		await until(() => seen.filter(([, p]) => p.t === 'GUILD_CREATE').length === 3, 6000);
		expect(seen.filter(([shard, p]) => p.t === 'READY' && shard === 1)).toHaveLength(1);
		const contents = () =>
			seen.filter(([, p]) => p.t === 'MESSAGE_CREATE').map(([shard, p]) => `${shard}:${(p.d as { content: string }).content}`);

		h.gateway.dispatch('MESSAGE_CREATE', message(1, GUILD_A), GUILD_A);
		h.gateway.dispatch('MESSAGE_CREATE', message(2, GUILD_B), GUILD_B);
		await until(() => contents().length === 2, 6000);

		h.gateway.fault({ kind: 'disconnect', shard: 0 });
		h.gateway.dispatch('MESSAGE_CREATE', message(3, GUILD_A), GUILD_A);
		h.gateway.dispatch('MESSAGE_CREATE', message(4, GUILD_A), GUILD_A);
		await until(() => seen.filter(([, p]) => p.t === 'RESUMED').length === 1, 6000);

		h.gateway.fault({ kind: 'reconnect', shard: 1 });
		h.gateway.dispatch('MESSAGE_CREATE', message(5, GUILD_B), GUILD_B);
		await until(() => seen.filter(([, p]) => p.t === 'RESUMED').length === 2, 6000);

		h.gateway.fault({ kind: 'zombie', shard: 0 });
		h.gateway.dispatch('MESSAGE_CREATE', message(6, GUILD_A), GUILD_A);
		await until(() => seen.filter(([, p]) => p.t === 'RESUMED').length === 3, 6000);
		h.gateway.dispatch('MESSAGE_CREATE', message(7, GUILD_A), GUILD_A);
		await until(() => contents().length === 7, 6000);

		expect(contents().sort()).toEqual(['0:m1', '1:m2', '0:m3', '0:m4', '1:m5', '0:m6', '0:m7'].sort());
		expect(contents().filter((c) => c.startsWith('0:'))).toEqual(['0:m1', '0:m3', '0:m4', '0:m6', '0:m7']);
		expect(seen.filter(([, p]) => p.t === 'READY')).toHaveLength(2);
	});
});
