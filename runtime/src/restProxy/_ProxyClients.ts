import { createHash } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { MemoryRateLimitStore } from '../rest/MemoryRateLimitStore.js';
import type { RateLimitStore } from '../rest/RateLimitStore.js';
import { RedisRateLimitStore } from '../rest/RedisRateLimitStore.js';
import { REST } from '../rest/REST.js';
import type { RestProxyOptions } from './RestProxyOptions.js';

/** The rate-limit state of one token, and a client per API version over it. */
interface TokenClients {
	readonly store: RateLimitStore;
	readonly byVersion: Map<number, REST>;
	lastUsed: number;
}

/** How often idle tokens are looked for. */
const SWEEP_MS = 60_000;

/**
 * The proxy's REST clients: one rate-limit store per token (one for all, when the proxy injects
 * its own), and a {@link REST} per API version over it, all sending through one connection pool.
 * Tokens are keyed by a hash, never kept as map keys or logged.
 * @internal
 */
export class ProxyClients {
	readonly #tokens = new Map<string, TokenClients>();
	readonly #options: RestProxyOptions;
	readonly #dispatcher: Dispatcher;
	readonly #outages = new Set<RateLimitStore>();
	readonly #sweeper: NodeJS.Timeout;

	/** @param dispatcher The pool every client sends through. */
	constructor(options: RestProxyOptions, dispatcher: Dispatcher) {
		this.#options = options;
		this.#dispatcher = dispatcher;
		this.#sweeper = setInterval(() => void this.#sweep(), SWEEP_MS).unref();
	}

	/** Whether a Redis store runs on per-process limits (an outage), for `/ready`. */
	get redisOutage(): boolean {
		return this.#outages.size > 0;
	}

	/** Tokens with live rate-limit state. */
	get size(): number {
		return this.#tokens.size;
	}

	/** The client for `authorization` (undefined: none sent) at API `version`. */
	client(authorization: string | undefined, version: number): REST {
		const key = this.#options.token !== undefined ? 'bot' : authorization === undefined ? 'none' : hashOf(authorization);
		let token = this.#tokens.get(key);
		if (token === undefined) {
			token = { store: this.#store(key), byVersion: new Map(), lastUsed: 0 };
			this.#tokens.set(key, token);
		}
		token.lastUsed = Date.now();
		let rest = token.byVersion.get(version);
		if (rest === undefined) {
			rest = new REST({
				...this.#options.rest,
				...(this.#options.api === undefined ? {} : { api: this.#options.api }),
				...(this.#options.token === undefined ? {} : { token: this.#options.token }),
				version,
				store: token.store,
				dispatcher: this.#dispatcher,
			});
			token.byVersion.set(version, rest);
		}
		return rest;
	}

	/** Destroys every client and store. */
	async destroy(): Promise<void> {
		clearInterval(this.#sweeper);
		const tokens = [...this.#tokens.values()];
		this.#tokens.clear();
		await Promise.all(tokens.map((token) => closeToken(token)));
	}

	#store(key: string): RateLimitStore {
		const redis = this.#options.redis;
		if (redis === undefined) return new MemoryRateLimitStore();
		const prefix = redis.prefix ?? 'ovenjs:rl';
		const store = new RedisRateLimitStore({ ...redis, prefix: key === 'bot' ? prefix : `${prefix}:${key}` });
		store.on('outage', () => this.#outages.add(store));
		store.on('recovered', () => this.#outages.delete(store));
		return store;
	}

	/** Drops the state of passed-through tokens idle for `idleTokenMs` with nothing in flight. */
	async #sweep(): Promise<void> {
		const idleMs = this.#options.idleTokenMs ?? 900_000;
		const now = Date.now();
		for (const [key, token] of this.#tokens) {
			if (key === 'bot' || now - token.lastUsed < idleMs) continue;
			if ([...token.byVersion.values()].some((rest) => rest.pending > 0)) continue;
			this.#tokens.delete(key);
			this.#outages.delete(token.store);
			await closeToken(token);
		}
	}
}

/** A token's key: enough of a SHA-256 to tell tokens apart, nothing to recover one from. */
function hashOf(authorization: string): string {
	return createHash('sha256').update(authorization).digest('hex').slice(0, 24);
}

async function closeToken(token: TokenClients): Promise<void> {
	await Promise.all([...token.byVersion.values()].map((rest) => rest.destroy()));
	await token.store.destroy?.();
}
