/**
 * The parts of discord.js v14 (and of the @discordjs/rest and @discordjs/ws it runs on) that
 * `@ovenjs/inspect` touches, typed structurally: nothing here imports discord.js, so the
 * package loads (and does nothing) in a bot that uses another library.
 */

/** What @discordjs/rest's `makeRequest` returns (its `ResponseLike`). */
export interface ResponseLike {
	readonly status: number;
	readonly statusText?: string;
	readonly ok?: boolean;
	readonly headers: { get(name: string): string | null };
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** What @discordjs/rest passes to `makeRequest`. */
export interface RequestInitLike {
	readonly method?: string;
	readonly body?: unknown;
	readonly headers?: unknown;
}

/** `RateLimitData` of @discordjs/rest's `rateLimited` event. */
export interface RateLimitDataLike {
	readonly method: string;
	readonly route: string;
	readonly hash: string;
	readonly majorParameter: string;
	readonly limit: number;
	readonly timeToReset: number;
	readonly global: boolean;
	readonly scope?: string;
}

/** A @discordjs/rest `REST` (discord.js's `client.rest`). */
export interface RestLike {
	readonly options: {
		readonly api: string;
		readonly version: string;
		/** A method signature on purpose: discord.js's own takes undici's narrower `RequestInit`. */
		makeRequest(url: string, init: RequestInitLike): Promise<ResponseLike>;
	};
	on(event: 'rateLimited', listener: (info: RateLimitDataLike) => void): unknown;
	off(event: 'rateLimited', listener: (info: RateLimitDataLike) => void): unknown;
}

/** A cache: discord.js's `Collection` is a `Map`. */
export interface CacheLike<V = unknown> {
	readonly size: number;
	values(): Iterable<V>;
}

/** The events of @discordjs/ws's `WebSocketManager` the inspector follows, each with the shard's id. */
export interface GatewayManagerLike {
	on(event: 'hello' | 'ready' | 'resumed' | 'closed', listener: (event: { readonly shardId: number }) => void): unknown;
	on(event: 'heartbeat', listener: (event: { readonly shardId: number; readonly latency: number }) => void): unknown;
}

/** A discord.js v14 `Client`. */
export interface DiscordJsClient {
	token: string | null;
	readonly rest: RestLike;
	/** discord.js's WebSocketManager; its private `_ws` is the @discordjs/ws manager, made at login. */
	readonly ws: object;
	readonly guilds: { readonly cache: CacheLike<GuildLike> };
	readonly channels: { readonly cache: CacheLike<ChannelLike> };
	readonly users: { readonly cache: CacheLike };
	login(token?: string): Promise<string>;
	destroy(): Promise<void>;
}

/** What the cache sampler reads of a guild. */
export interface GuildLike {
	readonly members: { readonly cache: CacheLike };
	readonly roles: { readonly cache: CacheLike };
	readonly emojis: { readonly cache: CacheLike };
}

/** A channel: the cache sampler counts the messages of those that have a `messages` manager. */
export type ChannelLike = object;

/** A @discordjs/ws `WebSocketShard`, as its prototype is wrapped. */
export interface ShardLike {
	readonly id: number;
	readonly strategy?: { readonly manager?: unknown };
	unpackMessage(data: unknown, isBinary: boolean): Promise<unknown>;
	send(payload: unknown): Promise<void>;
}
