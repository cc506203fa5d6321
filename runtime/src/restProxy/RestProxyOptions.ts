import type { LocalAccessOptions } from '../inspector/LocalAccess.js';
import type { RedisRateLimitStoreOptions } from '../rest/RedisRateLimitStoreOptions.js';
import type { RESTOptions } from '../rest/RESTOptions.js';

/** The options of the REST clients the proxy sends with: rate limits, retries, timeouts. */
export type RestProxyClientOptions = Omit<RESTOptions, 'token' | 'api' | 'version' | 'store' | 'dispatcher'>;

/** Options of {@link createRestProxy}. Everything is optional. */
export interface RestProxyOptions {
	/** Default 0: any free port (see `RestProxy.url`). */
	readonly port?: number;
	/** Default `127.0.0.1`. Another interface exposes the proxy (and an injected token) to the network: put it behind your own access control. */
	readonly host?: string;
	/** Who else may reach it; web pages are refused by default (see `LocalAccess`). */
	readonly access?: LocalAccessOptions;
	/** Discord's API base the proxy sends to. Default `OVEN_API_URL` when set, else `https://discord.com/api`. */
	readonly api?: string;
	/**
	 * A bot token (without `Bot `) sent with every request, whatever clients send. Without it the
	 * proxy passes each client's `Authorization` through, and keeps each token's rate limits apart.
	 */
	readonly token?: string;
	/**
	 * With `token`: the `Authorization` value clients must send (discordeno's `proxy.authorization`);
	 * others get 401. Without it, any client that reaches the proxy acts as the bot.
	 */
	readonly secret?: string;
	/**
	 * Keep rate limits in Redis, so that several proxies (and bots using a `RedisRateLimitStore`
	 * with the same prefix) share them. With `token`, the keys use `prefix` (default `ovenjs:rl`)
	 * as is; passed-through tokens get `prefix:<hash of the token>` each, one connection per token.
	 */
	readonly redis?: Pick<RedisRateLimitStoreOptions, 'url' | 'prefix' | 'fallback'>;
	/** Rate limits, retries and timeouts of the proxy's own REST clients. */
	readonly rest?: RestProxyClientOptions;
	/** The largest request body accepted, in bytes; larger ones get 413. Default 104,857,600 (100 MiB). */
	readonly maxBodyBytes?: number;
	/** A passed-through token unused for this long has its rate-limit state dropped, in ms. Default 900,000. */
	readonly idleTokenMs?: number;
}
