import { createHash } from 'node:crypto';
import { InvalidRESTOptionError } from './errors/InvalidRESTOptionError.js';
import type { AcquireResult, BucketState, GlobalLimit, RateLimitStore } from './RateLimitStore.js';

/**
 * The one method of a Redis client the store uses: ioredis's `call(command, ...args)`. Any
 * ioredis `Redis` (or `Cluster`) instance fits.
 */
export interface RedisClientLike {
	call(command: string, ...args: (string | number)[]): Promise<unknown>;
}

/** Options of a {@link RedisRateLimitStore}. */
export interface RedisRateLimitStoreOptions {
	/**
	 * A connected ioredis client to use. The store never closes a client it was given. When
	 * absent, the store loads `ioredis` (an optional peer dependency) on first use and opens
	 * its own connection to `url`.
	 */
	readonly client?: RedisClientLike;
	/** `redis://host:port/db` for the store's own connection. Default `redis://127.0.0.1:6379`. */
	readonly url?: string;
	/**
	 * Prefix of every key. Processes that share limits (one bot token) must share the prefix;
	 * different bots on one Redis need different prefixes. Default `ovenjs:rl`. All keys carry
	 * it as a hash tag (`{ovenjs:rl}:…`), so they live in one Redis Cluster slot.
	 */
	readonly prefix?: string;
}

/** A bucket's state is kept this long past its reset, then expires. */
const BUCKET_TTL_MS = 60_000;
/** How long a blind request holds an unknown bucket if it never gets a response. */
const PENDING_MS = 3_000;
/** How often a process waiting on another's blind request asks again. */
const POLL_MS = 20;

/**
 * KEYS: bucket. ARGV: now, owner, pendingMs, pollMs. Like the in-memory store's
 * `acquireBucket`, except for a bucket whose window is unknown (never seen, or rolled): one
 * process may send blind and marks the bucket pending; the others poll until its response
 * teaches the window (or `pendingMs` passes, should that request never get a response). The
 * owner itself may go on: its queue is serial, so its blind request has finished.
 */
const ACQUIRE_BUCKET = `
local state = redis.call('HMGET', KEYS[1], 'remaining', 'resetAt', 'pending')
local now = tonumber(ARGV[1])
if state[3] and state[3] ~= ARGV[2] then return tonumber(ARGV[4]) end
if (not state[2]) or now >= tonumber(state[2]) then
	redis.call('DEL', KEYS[1])
	redis.call('HSET', KEYS[1], 'pending', ARGV[2])
	redis.call('PEXPIRE', KEYS[1], ARGV[3])
	return 0
end
if tonumber(state[1]) > 0 then
	redis.call('HINCRBY', KEYS[1], 'remaining', -1)
	return 0
end
return math.ceil(tonumber(state[2]) - now)
`;

/**
 * KEYS: bucket, global window, global block. ARGV: now, owner, pendingMs, pollMs, limit,
 * windowMs, member, exempt (1|0). The bucket check of ACQUIRE_BUCKET and the global check of
 * ACQUIRE_GLOBAL, taking both or neither. Answers { waitMs, 'user' | 'global' }.
 */
const ACQUIRE = `
local now = tonumber(ARGV[1])
local state = redis.call('HMGET', KEYS[1], 'remaining', 'resetAt', 'pending')
if state[3] and state[3] ~= ARGV[2] then return { tonumber(ARGV[4]), 'user' } end
local blind = (not state[2]) or now >= tonumber(state[2])
if not blind and tonumber(state[1]) <= 0 then return { math.ceil(tonumber(state[2]) - now), 'user' } end
if ARGV[8] == '0' then
	local limit = tonumber(ARGV[5])
	local windowMs = tonumber(ARGV[6])
	local blocked = redis.call('GET', KEYS[3])
	if blocked and now < tonumber(blocked) then return { math.ceil(tonumber(blocked) - now), 'global' } end
	redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - windowMs)
	if redis.call('ZCARD', KEYS[2]) >= limit then
		local oldest = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
		return { math.max(1, math.ceil(tonumber(oldest[2]) + windowMs - now)), 'global' }
	end
	redis.call('ZADD', KEYS[2], now, ARGV[7])
	redis.call('PEXPIRE', KEYS[2], windowMs * 2)
end
if blind then
	redis.call('DEL', KEYS[1])
	redis.call('HSET', KEYS[1], 'pending', ARGV[2])
	redis.call('PEXPIRE', KEYS[1], ARGV[3])
else
	redis.call('HINCRBY', KEYS[1], 'remaining', -1)
end
return { 0, 'user' }
`;

/** KEYS: bucket. ARGV: owner. A blind request got a response without rate-limit headers. */
const RELEASE_BUCKET = `
if redis.call('HGET', KEYS[1], 'pending') == ARGV[1] and not redis.call('HGET', KEYS[1], 'resetAt') then redis.call('DEL', KEYS[1]) end
return 0
`;

/** KEYS: bucket. ARGV: limit, remaining, resetAt, ttlMs. Within one window the lowest remaining wins. */
const UPDATE_BUCKET = `
local limit = tonumber(ARGV[1])
local remaining = tonumber(ARGV[2])
local resetAt = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'remaining', 'resetAt')
if state[2] and math.abs(resetAt - tonumber(state[2])) < 50 then
	remaining = math.min(remaining, tonumber(state[1]))
	resetAt = math.max(resetAt, tonumber(state[2]))
end
redis.call('HSET', KEYS[1], 'limit', limit, 'remaining', remaining, 'resetAt', resetAt)
redis.call('HDEL', KEYS[1], 'pending')
redis.call('PEXPIREAT', KEYS[1], math.floor(resetAt + tonumber(ARGV[4])))
return 0
`;

/**
 * KEYS: global window (sorted set of send times), global block. ARGV: now, limit, windowMs,
 * a unique member. A sliding window: at most `limit` sends in any `windowMs`, across every
 * process using the store.
 */
const ACQUIRE_GLOBAL = `
local now = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local windowMs = tonumber(ARGV[3])
local blocked = redis.call('GET', KEYS[2])
if blocked and now < tonumber(blocked) then return math.ceil(tonumber(blocked) - now) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - windowMs)
if redis.call('ZCARD', KEYS[1]) < limit then
	redis.call('ZADD', KEYS[1], now, ARGV[4])
	redis.call('PEXPIRE', KEYS[1], windowMs * 2)
	return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, math.ceil(tonumber(oldest[2]) + windowMs - now))
`;

/**
 * KEYS: global window. ARGV: member, send time it is held as (heldUntil - windowMs), ttlMs.
 * Only ever moves a member later; a member already expired is left out.
 */
const SETTLE_GLOBAL = `
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if score and tonumber(ARGV[2]) > tonumber(score) then
	redis.call('ZADD', KEYS[1], 'XX', ARGV[2], ARGV[1])
	if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
end
return 0
`;

/** KEYS: global block. ARGV: until, now. Only ever extends the block. */
const BLOCK_GLOBAL = `
local blockUntil = tonumber(ARGV[1])
local current = redis.call('GET', KEYS[1])
if current and tonumber(current) >= blockUntil then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', math.max(1, math.ceil(blockUntil - tonumber(ARGV[2]))))
return 0
`;

/**
 * KEYS: seconds (sorted set), counts (hash second → n), total. ARGV: now, windowMs, add (0|1).
 * Counts per whole second, so memory stays bounded; expired seconds are dropped in O(expired).
 */
const INVALID_REQUESTS = `
local now = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local oldest = math.floor((now - windowMs) / 1000)
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', oldest)
for _, second in ipairs(expired) do
	local n = tonumber(redis.call('HGET', KEYS[2], second) or '0')
	redis.call('HDEL', KEYS[2], second)
	redis.call('DECRBY', KEYS[3], n)
end
if #expired > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', oldest) end
if ARGV[3] == '1' then
	local second = math.floor(now / 1000)
	redis.call('ZADD', KEYS[1], second, second)
	redis.call('HINCRBY', KEYS[2], second, 1)
	redis.call('INCR', KEYS[3])
	local ttl = windowMs + 1000
	redis.call('PEXPIRE', KEYS[1], ttl)
	redis.call('PEXPIRE', KEYS[2], ttl)
	redis.call('PEXPIRE', KEYS[3], ttl)
end
return tonumber(redis.call('GET', KEYS[3]) or '0')
`;

interface Script {
	readonly source: string;
	readonly sha: string;
}

function script(source: string): Script {
	return { source, sha: createHash('sha1').update(source).digest('hex') };
}

const SCRIPTS = {
	acquireBucket: script(ACQUIRE_BUCKET),
	acquire: script(ACQUIRE),
	releaseBucket: script(RELEASE_BUCKET),
	updateBucket: script(UPDATE_BUCKET),
	acquireGlobal: script(ACQUIRE_GLOBAL),
	blockGlobal: script(BLOCK_GLOBAL),
	settleGlobal: script(SETTLE_GLOBAL),
	invalid: script(INVALID_REQUESTS),
} as const;

/** What `import('ioredis')` gives: the `Redis` class, as a default or a named export. */
interface IoredisModule {
	readonly Redis?: new (url: string, options: Record<string, unknown>) => RedisClientLike & { quit(): Promise<unknown> };
	readonly default?: IoredisModule['Redis'];
}

/**
 * A {@link RateLimitStore} in Redis, so that several processes (shards, workers, machines)
 * with the same bot token share bucket state, the global limit and the invalid-request
 * budget. Every check-and-take is one Lua script, atomic in Redis: two processes never both
 * spend the last request of a window.
 *
 * Times are the clients' `Date.now()`: processes on different machines need clocks in sync
 * (NTP) to within the REST client's `offsetMs`.
 *
 * `ioredis` is an optional peer dependency, loaded only when this store opens its own
 * connection.
 *
 * @example
 * ```ts
 * import { REST, RedisRateLimitStore } from 'ovenjs';
 * const store = new RedisRateLimitStore({ url: process.env.REDIS_URL });
 * const rest = new REST({ token, store });
 * // …
 * await rest.destroy();
 * await store.destroy(); // a store you pass in is yours to close
 * ```
 */
export class RedisRateLimitStore implements RateLimitStore {
	readonly #prefix: string;
	readonly #url: string;
	#client: Promise<RedisClientLike> | undefined;
	readonly #ownsClient: boolean;
	/** This store's identity in Redis: pending marks and global-window members carry it. */
	readonly #owner = `${process.pid}:${Math.random().toString(36).slice(2)}`;
	#sequence = 0;
	#destroyed = false;
	/** Global-window members this store added, by the `now` they were taken at, for settleGlobal. */
	readonly #globalMembers = new Map<number, string[]>();

	/** @param options See {@link RedisRateLimitStoreOptions}. */
	constructor(options: RedisRateLimitStoreOptions = {}) {
		const prefix = options.prefix ?? 'ovenjs:rl';
		if (prefix === '' || /[{}]/.test(prefix))
			throw new InvalidRESTOptionError(`prefix must be a non-empty string without braces, got ${JSON.stringify(prefix)}.`);
		this.#prefix = `{${prefix}}:`;
		this.#url = options.url ?? 'redis://127.0.0.1:6379';
		this.#ownsClient = options.client === undefined;
		if (options.client !== undefined) this.#client = Promise.resolve(options.client);
	}

	/** @inheritdoc */
	async getBucketHash(bucketRoute: string): Promise<string | undefined> {
		const hash = await this.#call('HGET', `${this.#prefix}hashes`, bucketRoute);
		return typeof hash === 'string' ? hash : undefined;
	}

	/** @inheritdoc */
	async setBucketHash(bucketRoute: string, hash: string): Promise<void> {
		await this.#call('HSET', `${this.#prefix}hashes`, bucketRoute, hash);
	}

	/** @inheritdoc */
	async acquireBucket(key: string, now: number): Promise<number> {
		return Number(await this.#eval(SCRIPTS.acquireBucket, [this.#bucketKey(key)], [now, this.#owner, PENDING_MS, POLL_MS]));
	}

	/** @inheritdoc */
	async acquire(key: string, now: number, global: GlobalLimit | undefined): Promise<AcquireResult> {
		const member = `${this.#owner}:${this.#sequence++}`;
		const answer = await this.#eval(
			SCRIPTS.acquire,
			[this.#bucketKey(key), `${this.#prefix}global`, `${this.#prefix}global:block`],
			[now, this.#owner, PENDING_MS, POLL_MS, global?.limit ?? 0, global?.windowMs ?? 0, member, global === undefined ? 1 : 0],
		);
		const [waitMs, scope] = answer as [number, string];
		if (Number(waitMs) <= 0 && global !== undefined) this.#remember(now, member);
		return { waitMs: Number(waitMs), scope: scope === 'global' ? 'global' : 'user' };
	}

	/** @inheritdoc */
	async settleGlobal(acquiredAt: number, windowMs: number, heldUntil: number): Promise<void> {
		const members = this.#globalMembers.get(acquiredAt);
		const member = members?.pop();
		if (members?.length === 0) this.#globalMembers.delete(acquiredAt);
		if (member === undefined || this.#destroyed) return;
		await this.#eval(
			SCRIPTS.settleGlobal,
			[`${this.#prefix}global`],
			[member, heldUntil - windowMs, Math.ceil(heldUntil - Date.now() + windowMs)],
		);
	}

	#remember(now: number, member: string): void {
		const members = this.#globalMembers.get(now);
		if (members === undefined) this.#globalMembers.set(now, [member]);
		else members.push(member);
		// A slot never settled (a hook threw before the send) must not leak: keep the last few thousand.
		if (this.#globalMembers.size > 4_096) {
			const oldest = this.#globalMembers.keys().next();
			if (oldest.done !== true) this.#globalMembers.delete(oldest.value);
		}
	}

	/** @inheritdoc */
	async releaseBucket(key: string): Promise<void> {
		await this.#eval(SCRIPTS.releaseBucket, [this.#bucketKey(key)], [this.#owner]);
	}

	/** @inheritdoc */
	async updateBucket(key: string, state: BucketState): Promise<void> {
		await this.#eval(SCRIPTS.updateBucket, [this.#bucketKey(key)], [state.limit, state.remaining, Math.ceil(state.resetAt), BUCKET_TTL_MS]);
	}

	/** @inheritdoc */
	async acquireGlobal(now: number, limit: number, windowMs: number): Promise<number> {
		const member = `${this.#owner}:${this.#sequence++}`;
		const waitMs = Number(
			await this.#eval(SCRIPTS.acquireGlobal, [`${this.#prefix}global`, `${this.#prefix}global:block`], [now, limit, windowMs, member]),
		);
		if (waitMs <= 0) this.#remember(now, member);
		return waitMs;
	}

	/** @inheritdoc */
	async blockGlobal(until: number): Promise<void> {
		await this.#eval(SCRIPTS.blockGlobal, [`${this.#prefix}global:block`], [Math.ceil(until), Date.now()]);
	}

	/** @inheritdoc */
	async recordInvalidRequest(now: number, windowMs: number): Promise<number> {
		return Number(await this.#eval(SCRIPTS.invalid, this.#invalidKeys(), [now, windowMs, 1]));
	}

	/** @inheritdoc */
	async invalidRequestCount(now: number, windowMs: number): Promise<number> {
		return Number(await this.#eval(SCRIPTS.invalid, this.#invalidKeys(), [now, windowMs, 0]));
	}

	/** Closes the connection the store opened itself (never a client it was given). Idempotent. */
	async destroy(): Promise<void> {
		if (this.#destroyed) return;
		this.#destroyed = true;
		this.#globalMembers.clear();
		if (!this.#ownsClient || this.#client === undefined) return;
		const client = (await this.#client.catch(() => undefined)) as (RedisClientLike & { quit(): Promise<unknown> }) | undefined;
		await client?.quit().catch(() => undefined);
	}

	#bucketKey(key: string): string {
		return `${this.#prefix}bucket:${key}`;
	}

	#invalidKeys(): string[] {
		return [`${this.#prefix}invalid:seconds`, `${this.#prefix}invalid:counts`, `${this.#prefix}invalid:total`];
	}

	#connect(): Promise<RedisClientLike> {
		if (this.#client !== undefined) return this.#client;
		this.#client = import('ioredis' as string).then(
			(module: IoredisModule) => {
				const Redis = module.Redis ?? module.default;
				if (Redis === undefined) throw new InvalidRESTOptionError('the ioredis module has no Redis export.');
				return new Redis(this.#url, { maxRetriesPerRequest: 3 });
			},
			(error: unknown) => {
				throw new InvalidRESTOptionError(
					'RedisRateLimitStore needs the optional peer dependency ioredis (npm install ioredis), or a client passed as `client`.',
					{ cause: error },
				);
			},
		);
		return this.#client;
	}

	async #call(command: string, ...args: (string | number)[]): Promise<unknown> {
		if (this.#destroyed) throw new InvalidRESTOptionError('the RedisRateLimitStore was destroyed.');
		const client = await this.#connect();
		return client.call(command, ...args);
	}

	async #eval(script: Script, keys: string[], args: (string | number)[]): Promise<unknown> {
		try {
			return await this.#call('EVALSHA', script.sha, keys.length, ...keys, ...args);
		} catch (error) {
			if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
			return this.#call('EVAL', script.source, keys.length, ...keys, ...args);
		}
	}
}
