import { UNSETTLED_HOLD_MS, UNSETTLED_POLL_MS } from './_GlobalSlots.js';
import { RATE_LIMIT_SCRIPTS, type RedisScript } from './_redisRateLimitScripts.js';
import { type OutageSlots, resolveFallback, StoreOutage, unavailable } from './_StoreOutage.js';
import { TypedEmitter } from './_TypedEmitter.js';
import { InvalidRESTOptionError } from './errors/InvalidRESTOptionError.js';
import { MemoryRateLimitStore } from './MemoryRateLimitStore.js';
import type { AcquireResult, BucketState, GlobalLimit, RateLimitStore } from './RateLimitStore.js';
import type { RedisClientLike, RedisRateLimitStoreEvents, RedisRateLimitStoreOptions } from './RedisRateLimitStoreOptions.js';

/** A bucket's state is kept this long past its reset, then expires. */
const BUCKET_TTL_MS = 60_000;
/**
 * How long a request sent into an unknown window holds it against other processes, should it
 * never be answered: as long as a request may take (the client's default timeout).
 */
const PENDING_MS = 15_000;
/** How often a process waiting on another's blind request asks again. */
const POLL_MS = 20;
/** How often a store marks itself alive, and how long until it counts as gone. */
const PRESENCE_EVERY_MS = 2_000;
const PRESENCE_STALE_MS = 60_000;

/** Global slots taken at one instant, settled together (see GlobalSlots.settle). */
interface SlotGroup {
	readonly members: string[];
	settled: number;
	heldUntil: number;
}

/** What `import('ioredis')` gives: the `Redis` class, as a default or a named export. */
type RedisConnection = RedisClientLike & {
	connect(): Promise<unknown>;
	quit(): Promise<unknown>;
	on(event: 'error', listener: () => void): unknown;
};
interface IoredisModule {
	readonly Redis?: new (url: string, options: Record<string, unknown>) => RedisConnection;
	readonly default?: IoredisModule['Redis'];
}

/**
 * A {@link RateLimitStore} in Redis, so that several processes (shards, workers, machines)
 * with the same bot token share bucket state, the global limit and the invalid-request
 * budget. Every check-and-take is one Lua script, atomic in Redis: two processes never both
 * spend the last request of a window, and only one sends into a window not known yet.
 *
 * While Redis fails or does not answer, each process carries on with its own limits and a
 * share of the global limit (an `outage` event), tries Redis again every `fallback.retryMs`,
 * and on its return writes what it learned meanwhile back (a `recovered` event).
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
 * store.on('outage', ({ error }) => logger.warn(error.message));
 * const rest = new REST({ token, store });
 * // …
 * await rest.destroy();
 * await store.destroy(); // a store you pass in is yours to close
 * ```
 */
export class RedisRateLimitStore extends TypedEmitter<RedisRateLimitStoreEvents> implements RateLimitStore {
	readonly #prefix: string;
	readonly #url: string;
	#client: Promise<RedisClientLike> | undefined;
	#connection: RedisConnection | undefined;
	readonly #ownsClient: boolean;
	/** This store's identity in Redis: pending marks, global slots and presence carry it. */
	readonly #owner = `${process.pid}:${Math.random().toString(36).slice(2)}`;
	#sequence = 0;
	#destroyed = false;
	/** Global slots this store took in Redis, by the `now` they were taken at, for settleGlobal. */
	readonly #globalGroups = new Map<number, SlotGroup>();
	/** The limits of this process alone, used while Redis is unreachable. */
	readonly #local = new MemoryRateLimitStore();
	readonly #outage: StoreOutage | undefined;
	#peers = 1;
	#nextPresence = 0;

	/** @param options See {@link RedisRateLimitStoreOptions}. */
	constructor(options: RedisRateLimitStoreOptions = {}) {
		super();
		const prefix = options.prefix ?? 'ovenjs:rl';
		if (prefix === '' || /[{}]/.test(prefix))
			throw new InvalidRESTOptionError(`prefix must be a non-empty string without braces, got ${JSON.stringify(prefix)}.`);
		this.#prefix = `{${prefix}}:`;
		this.#url = options.url ?? 'redis://127.0.0.1:6379';
		this.#ownsClient = options.client === undefined;
		if (options.client !== undefined) this.#client = Promise.resolve(options.client);
		this.#outage = options.fallback === false ? undefined : new StoreOutage(resolveFallback(options.fallback ?? {}));
	}

	/** Whether the store runs on per-process limits because Redis is unreachable. */
	get degraded(): boolean {
		return this.#outage?.down === true;
	}

	/** @inheritdoc */
	async getBucketHash(bucketRoute: string): Promise<string | undefined> {
		return this.#shared(
			async () => {
				const hash = await this.#call('HGET', `${this.#prefix}hashes`, bucketRoute);
				return typeof hash === 'string' ? hash : undefined;
			},
			() => this.#local.getBucketHash(bucketRoute),
		);
	}

	/** @inheritdoc */
	async setBucketHash(bucketRoute: string, hash: string): Promise<void> {
		this.#local.setBucketHash(bucketRoute, hash);
		await this.#shared(
			async () => void (await this.#call('HSET', `${this.#prefix}hashes`, bucketRoute, hash)),
			() => undefined,
		);
	}

	/** @inheritdoc */
	async acquireBucket(key: string, now: number): Promise<number> {
		return (await this.acquire(key, now, undefined)).waitMs;
	}

	/** @inheritdoc */
	async acquire(key: string, now: number, global: GlobalLimit | undefined): Promise<AcquireResult> {
		const member = `${this.#owner}:${this.#sequence++}`;
		return this.#shared(
			async () => {
				const answer = await this.#eval(
					RATE_LIMIT_SCRIPTS.acquire,
					[this.#bucketKey(key), ...this.#globalKeys()],
					[
						now,
						this.#owner,
						PENDING_MS,
						POLL_MS,
						global?.limit ?? 0,
						global?.windowMs ?? 0,
						this.#holdMs(global?.windowMs),
						member,
						global === undefined ? 1 : 0,
						UNSETTLED_POLL_MS,
					],
				);
				const [waitMs, scope] = answer as [number, string];
				if (Number(waitMs) <= 0 && global !== undefined) this.#remember(now, member, global.windowMs);
				return { waitMs: Number(waitMs), scope: scope === 'global' ? 'global' : 'user' } satisfies AcquireResult;
			},
			() => {
				const result = this.#local.acquire(key, now, this.#localGlobal(global));
				if (result.waitMs <= 0 && global !== undefined) this.#outage?.tookSlot(now);
				return result;
			},
			// Answered after the store gave up on it: hand back what it took.
			(late) => {
				if (late.waitMs > 0) return;
				if (global !== undefined) this.#dropSlot(member);
				void this.#eval(RATE_LIMIT_SCRIPTS.releaseBucket, [this.#bucketKey(key)], [this.#owner]).catch(() => undefined);
			},
		);
	}

	/** @inheritdoc */
	async settleGlobal(acquiredAt: number, windowMs: number, heldUntil: number): Promise<void> {
		this.#local.settleGlobal(acquiredAt, windowMs, heldUntil);
		const group = this.#globalGroups.get(acquiredAt);
		if (group === undefined) {
			this.#outage?.settledSlot(acquiredAt, Math.max(heldUntil, acquiredAt + windowMs));
			return;
		}
		group.settled++;
		group.heldUntil = Math.max(group.heldUntil, heldUntil, acquiredAt + windowMs);
		if (group.settled < group.members.length) return;
		this.#globalGroups.delete(acquiredAt);
		if (this.#destroyed) return;
		await this.#shared(
			() => this.#settleInRedis(group, Date.now() - windowMs),
			() => undefined,
		);
	}

	/** Holds a group's slots until its `heldUntil`, keeping the window's key alive past it. */
	async #settleInRedis(group: SlotGroup, now: number): Promise<void> {
		const ttl = Math.max(1, Math.ceil(group.heldUntil - now));
		await this.#eval(
			RATE_LIMIT_SCRIPTS.settleGlobal,
			[`${this.#prefix}global`, `${this.#prefix}global:unsettled`],
			[group.heldUntil, ttl, ...group.members],
		);
	}

	/** @inheritdoc */
	async releaseBucket(key: string): Promise<void> {
		await this.#shared(
			async () => void (await this.#eval(RATE_LIMIT_SCRIPTS.releaseBucket, [this.#bucketKey(key)], [this.#owner])),
			() => undefined,
		);
	}

	/** @inheritdoc */
	async updateBucket(key: string, state: BucketState): Promise<void> {
		const now = Date.now();
		this.#local.updateBucket(key, state, now);
		await this.#shared(
			() => this.#update(key, state, now),
			() => this.#outage?.learned(key, state),
		);
	}

	/** @inheritdoc */
	async acquireGlobal(now: number, limit: number, windowMs: number): Promise<number> {
		const member = `${this.#owner}:${this.#sequence++}`;
		return this.#shared(
			async () => {
				const waitMs = Number(
					await this.#eval(RATE_LIMIT_SCRIPTS.acquireGlobal, this.#globalKeys(), [
						now,
						limit,
						windowMs,
						this.#holdMs(windowMs),
						UNSETTLED_POLL_MS,
						member,
					]),
				);
				if (waitMs <= 0) this.#remember(now, member, windowMs);
				return waitMs;
			},
			() => {
				const global = this.#localGlobal({ limit, windowMs }) as GlobalLimit;
				const waitMs = this.#local.acquireGlobal(now, global.limit, windowMs);
				if (waitMs <= 0) this.#outage?.tookSlot(now);
				return waitMs;
			},
			(late) => {
				if (late <= 0) this.#dropSlot(member);
			},
		);
	}

	/** @inheritdoc */
	async blockGlobal(until: number): Promise<void> {
		this.#local.blockGlobal(until);
		await this.#shared(
			() => this.#block(until),
			() => this.#outage?.blocked(until),
		);
	}

	/** @inheritdoc */
	async recordInvalidRequest(now: number, windowMs: number): Promise<number> {
		const local = this.#local.recordInvalidRequest(now, windowMs);
		return this.#shared(
			async () => Number(await this.#eval(RATE_LIMIT_SCRIPTS.invalid, this.#invalidKeys(), [now, windowMs, 1])),
			() => {
				this.#outage?.countedInvalid(windowMs);
				return local;
			},
		);
	}

	/** @inheritdoc */
	async invalidRequestCount(now: number, windowMs: number): Promise<number> {
		return this.#shared(
			async () => Number(await this.#eval(RATE_LIMIT_SCRIPTS.invalid, this.#invalidKeys(), [now, windowMs, 0])),
			() => this.#local.invalidRequestCount(now, windowMs),
		);
	}

	/** Closes the connection the store opened itself (never a client it was given). Idempotent. */
	async destroy(): Promise<void> {
		if (this.#destroyed) return;
		if (this.#client !== undefined && this.#outage?.down !== true) {
			// Leave the peer count, so the others' share during an outage is not held down by this process.
			await this.#shared(
				async () => void (await this.#call('ZREM', `${this.#prefix}peers`, this.#owner)),
				() => undefined,
			).catch(() => undefined);
		}
		this.#destroyed = true;
		this.#outage?.stop();
		this.#globalGroups.clear();
		this.#local.destroy();
		this.removeAllListeners();
		if (!this.#ownsClient || this.#client === undefined) return;
		await this.#client.catch(() => undefined);
		await this.#connection?.quit().catch(() => undefined);
	}

	/**
	 * Runs `remote` on Redis; when Redis fails, times out, or is known to be down, answers
	 * `local` instead. `undo` hands back what a command that answered too late took.
	 */
	async #shared<T>(remote: () => Promise<T>, local: () => T, undo?: (late: T) => void): Promise<T> {
		if (this.#destroyed) throw new InvalidRESTOptionError('the RedisRateLimitStore was destroyed.');
		const outage = this.#outage;
		if (outage === undefined) {
			try {
				return await remote();
			} catch (error) {
				throw unavailable(error, 'requests fail until it answers (fallback is off)');
			}
		}
		if (outage.down) {
			outage.probe(() => this.#recover());
			return local();
		}
		try {
			const value = await outage.withTimeout(remote(), undo);
			this.#presence();
			return value;
		} catch (error) {
			if (this.#destroyed) throw error;
			const reason = unavailable(error, "the rate limits fall back to this process's own until it answers again");
			if (outage.fail()) this.emit('outage', { error: reason, globalShare: this.#globalShare() });
			return local();
		}
	}

	/** Redis answers again: writes back what this process learned and took meanwhile, then uses Redis. */
	async #recover(): Promise<void> {
		const outage = this.#outage as StoreOutage;
		await outage.withTimeout(this.#call('PING'));
		const now = Date.now();
		const { buckets, slots, blockedUntil, invalid, invalidWindowMs } = outage.backlog(now);
		for (const [key, state] of buckets) await this.#update(key, state, now);
		for (const group of slots) await this.#restoreSlots(group);
		if (blockedUntil > now) await this.#block(blockedUntil);
		for (let i = 0; i < invalid; i++) await this.#eval(RATE_LIMIT_SCRIPTS.invalid, this.#invalidKeys(), [now, invalidWindowMs, 1]);
		const downMs = outage.recovered();
		this.emit('recovered', { downMs });
	}

	/**
	 * Writes global slots this process took alone back into Redis. Those still unsettled are
	 * remembered like slots taken in Redis, so that their requests' answers settle them there.
	 */
	async #restoreSlots(group: OutageSlots): Promise<void> {
		const members = Array.from({ length: group.taken }, () => `${this.#owner}:${this.#sequence++}`);
		const settled = group.settled >= group.taken;
		const until = settled ? group.heldUntil : group.takenAt + UNSETTLED_HOLD_MS;
		const triples = members.flatMap((member) => [until, settled ? -1 : group.takenAt, member]);
		await this.#eval(
			RATE_LIMIT_SCRIPTS.restoreGlobal,
			[`${this.#prefix}global`, `${this.#prefix}global:unsettled`],
			[UNSETTLED_HOLD_MS, ...triples],
		);
		if (settled) return;
		// Requests may have been answered while the slots were written.
		const current = (this.#outage as StoreOutage).slotsAt(group.takenAt) ?? group;
		const pending: SlotGroup = { members, settled: current.settled, heldUntil: current.heldUntil };
		if (current.settled < current.taken) this.#globalGroups.set(group.takenAt, pending);
		else await this.#settleInRedis(pending, Date.now());
	}

	/** Marks this store alive, every few seconds, and learns how many share the prefix. */
	#presence(): void {
		const now = Date.now();
		if (now < this.#nextPresence) return;
		this.#nextPresence = now + PRESENCE_EVERY_MS;
		void this.#eval(RATE_LIMIT_SCRIPTS.presence, [`${this.#prefix}peers`], [now, this.#owner, PRESENCE_STALE_MS]).then(
			(count) => (this.#peers = Math.max(1, Number(count))),
			() => undefined,
		);
	}

	#globalShare(): number {
		return this.#outage?.globalShare ?? 1 / this.#peers;
	}

	/** The global limit this process applies alone during an outage. */
	#localGlobal(global: GlobalLimit | undefined): GlobalLimit | undefined {
		if (global === undefined) return undefined;
		return { limit: Math.max(1, Math.floor(global.limit * this.#globalShare())), windowMs: global.windowMs };
	}

	/** Frees a global slot taken by a command that answered after the store gave up on it. */
	#dropSlot(member: string): void {
		void this.#call('ZREM', `${this.#prefix}global`, member).catch(() => undefined);
		void this.#call('ZREM', `${this.#prefix}global:unsettled`, member).catch(() => undefined);
	}

	#globalKeys(): string[] {
		return [`${this.#prefix}global`, `${this.#prefix}global:unsettled`, `${this.#prefix}global:block`];
	}

	#holdMs(windowMs: number | undefined): number {
		return Math.max(windowMs ?? 0, UNSETTLED_HOLD_MS);
	}

	/**
	 * A global slot taken in Redis: kept to settle it there, and mirrored in this process's own
	 * limits, which then know the slots this process holds should Redis go away.
	 */
	#remember(now: number, member: string, windowMs: number): void {
		this.#local.acquireGlobal(now, Number.MAX_SAFE_INTEGER, windowMs);
		const group = this.#globalGroups.get(now);
		if (group === undefined) this.#globalGroups.set(now, { members: [member], settled: 0, heldUntil: 0 });
		else group.members.push(member);
		// A slot never settled (a hook threw before the send) must not leak: keep the last few thousand.
		if (this.#globalGroups.size > 4_096) {
			const oldest = this.#globalGroups.keys().next();
			if (oldest.done !== true) this.#globalGroups.delete(oldest.value);
		}
	}

	async #update(key: string, state: BucketState, now: number): Promise<void> {
		await this.#eval(
			RATE_LIMIT_SCRIPTS.updateBucket,
			[this.#bucketKey(key)],
			[state.limit, state.remaining, Math.ceil(state.resetAt), BUCKET_TTL_MS, now, this.#owner],
		);
	}

	async #block(until: number): Promise<void> {
		await this.#eval(RATE_LIMIT_SCRIPTS.blockGlobal, [`${this.#prefix}global:block`], [Math.ceil(until), Date.now()]);
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
			async (module: IoredisModule) => {
				const Redis = module.Redis ?? module.default;
				if (Redis === undefined) throw new InvalidRESTOptionError('the ioredis module has no Redis export.');
				// With the fallback, no offline queue: while the connection is down a command fails at
				// once (the fallback takes over) instead of waiting, and nothing stale runs when it comes
				// back. Without it, commands wait for the connection (and fail after 3 tries).
				const options = this.#outage === undefined ? { maxRetriesPerRequest: 3 } : { enableOfflineQueue: false, maxRetriesPerRequest: 1 };
				const connection = new Redis(this.#url, { lazyConnect: true, ...options });
				connection.on('error', () => undefined); // reported through the `outage` event
				this.#connection = connection;
				// A failed first connection is retried by ioredis in the background; commands meanwhile fail.
				await connection.connect().catch(() => undefined);
				return connection;
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
		const client = await this.#connect();
		return client.call(command, ...args);
	}

	async #eval(script: RedisScript, keys: string[], args: (string | number)[]): Promise<unknown> {
		try {
			return await this.#call('EVALSHA', script.sha, keys.length, ...keys, ...args);
		} catch (error) {
			if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
			return this.#call('EVAL', script.source, keys.length, ...keys, ...args);
		}
	}
}
