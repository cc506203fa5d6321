import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { DiscordJsClient, ShardLike } from './_discordJs.js';

/** The discord.js a bot loads, and the @discordjs/ws shard class it runs its gateway on. */
export interface LoadedDiscordJs {
	/** Where discord.js's entry is. */
	readonly path: string;
	/** Its `Client` class. */
	readonly Client: { readonly prototype: DiscordJsClient };
	/** @discordjs/ws's `WebSocketShard`, as discord.js resolves it; undefined when it cannot be found. */
	readonly WebSocketShard: { readonly prototype: ShardLike } | undefined;
}

/**
 * The discord.js the bot in `from` (a file or folder; default: the script Node was started with,
 * then the working directory) would load, resolved as Node resolves its `import`, so the class
 * patched here is the one the bot gets. Undefined when there is none (an OvenJS bot, or a
 * bundle that carries its own copy).
 */
export function findDiscordJs(from?: string): LoadedDiscordJs | undefined {
	const script = process.argv[1];
	const starts = from !== undefined ? [resolve(from)] : [...(script === undefined ? [] : [dirname(resolve(script))]), process.cwd()];
	for (const start of starts) {
		const require = createRequire(join(start, 'noop.js'));
		let path: string;
		try {
			path = require.resolve('discord.js');
		} catch {
			continue;
		}
		const discord = require(path) as { Client?: { readonly prototype: DiscordJsClient } };
		if (discord.Client === undefined) continue;
		let WebSocketShard: LoadedDiscordJs['WebSocketShard'];
		try {
			const ws = createRequire(path)('@discordjs/ws') as { WebSocketShard?: { readonly prototype: ShardLike } };
			WebSocketShard = ws.WebSocketShard;
		} catch {
			WebSocketShard = undefined;
		}
		return { path, Client: discord.Client, WebSocketShard };
	}
	return undefined;
}
