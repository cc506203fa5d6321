import { basename } from 'node:path';
import { Inspector, type InspectorOptions } from 'ovenjs';
import type { CacheLike, DiscordJsClient, RateLimitDataLike } from './_discordJs.js';
import { patchShards, watchGateway } from './_gatewayTap.js';
import { tapRest } from './_restTap.js';
import { findDiscordJs, type LoadedDiscordJs } from './findDiscordJs.js';

/** Options of {@link inspectDiscordJs}: the inspector's, and where discord.js is. */
export interface InspectDiscordJsOptions extends InspectorOptions {
	/** The discord.js the client comes from; default {@link findDiscordJs}() (the bot's own). */
	readonly discordJs?: LoadedDiscordJs;
	/** How often cache sizes are sampled, in ms. Default 2000. */
	readonly cacheIntervalMs?: number;
}

const inspected = new WeakMap<DiscordJsClient, Inspector>();

function sum<T>(items: Iterable<T>, size: (item: T) => number): number {
	let total = 0;
	for (const item of items) total += size(item);
	return total;
}

/** The sizes of discord.js's caches, as the inspector's CACHE panel shows them. */
function cacheSizes(client: DiscordJsClient): Record<string, number> {
	const guilds = [...client.guilds.cache.values()];
	return {
		guilds: client.guilds.cache.size,
		channels: client.channels.cache.size,
		users: client.users.cache.size,
		members: sum(guilds, (g) => g.members.cache.size),
		roles: sum(guilds, (g) => g.roles.cache.size),
		emojis: sum(guilds, (g) => g.emojis.cache.size),
		messages: sum(client.channels.cache.values(), (c) => (c as { messages?: { cache?: CacheLike } }).messages?.cache?.size ?? 0),
	};
}

/**
 * Streams a discord.js v14 client to the Gateway Inspector as OvenJS bots stream: every
 * gateway payload in and out (IDENTIFY's token redacted), REST attempts with their bucket
 * state and bodies, shard status and heartbeat latency, cache sizes. Call it before
 * `client.login()` to see the connection from its start (`node --import @ovenjs/inspect`
 * does it for you). The inspector closes with `client.destroy()`. Calling it again for the
 * same client returns the same inspector.
 */
export async function inspectDiscordJs(client: DiscordJsClient, options: InspectDiscordJsOptions = {}): Promise<Inspector> {
	const existing = inspected.get(client);
	if (existing !== undefined) return existing;
	const { discordJs = findDiscordJs(), cacheIntervalMs, ...inspectorOptions } = options;
	const script = process.argv[1];
	const token = client.token?.replace(/^(Bot|Bearer)\s*/i, '');
	const inspector = new Inspector({
		library: 'discord.js',
		name: script === undefined ? 'discord.js bot' : `${basename(script)} (discord.js)`,
		...inspectorOptions,
		secrets: [...(token === undefined || token === '' ? [] : [token]), ...(inspectorOptions.secrets ?? [])],
	});
	inspected.set(client, inspector);
	try {
		await inspector.start();
	} catch (error) {
		inspected.delete(client);
		throw error;
	}
	if (discordJs?.WebSocketShard !== undefined) patchShards(discordJs.WebSocketShard);
	const stops = [watchGateway(client, inspector), tapRest(client.rest, inspector)];
	const onLimited = (info: RateLimitDataLike): void =>
		inspector.publish({
			type: 'rateLimit',
			info: {
				method: info.method.toUpperCase(),
				route: info.route,
				bucket: info.hash,
				majorParameter: info.majorParameter,
				limit: info.limit,
				retryAfterMs: info.timeToReset,
				scope: info.global ? 'global' : info.scope === 'shared' ? 'shared' : 'user',
				fromResponse: false,
			},
			at: Date.now(),
		});
	client.rest.on('rateLimited', onLimited);
	inspector.attachCache(() => cacheSizes(client), cacheIntervalMs);
	const destroy = client.destroy;
	const closeWith = async (): Promise<void> => {
		for (const stop of stops) stop();
		client.rest.off('rateLimited', onLimited);
		inspected.delete(client);
		await inspector.close();
	};
	// The instance's own destroy: closing the client closes its inspector (and its recording).
	Object.defineProperty(client, 'destroy', {
		configurable: true,
		writable: true,
		value: async function (this: DiscordJsClient): Promise<void> {
			try {
				await destroy.call(this);
			} finally {
				await closeWith();
			}
		},
	});
	return inspector;
}
