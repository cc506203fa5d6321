import type { ClusterSessions } from './_ClusterSessions.js';

/** A group of shards held by one host: the key, and the token that proves it is still ours. */
export interface ClusterLease {
	readonly key: string;
	/** `<host>:<fence>`; the fence grows with every grant of the group, on any host. */
	readonly token: string;
	readonly ttlMs: number;
}

// Grants a free group: a fence one higher than any before it, in the token. Only while the
// cluster's layout (KEYS[3]) is still this host's (ARGV[3]): a host left running after the
// cluster moved to another shard count claims nothing more.
const CLAIM = `
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('GET', KEYS[3]) ~= ARGV[3] then return false end
local token = ARGV[1] .. ':' .. redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], token, 'PX', ARGV[2])
return token
`;
// Extends a lease still held with this token; 1 if so, else 0.
const RENEW = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;
/** The lease's time left if it is still held with this token, else -1. Used by the processes. */
export const CHECK_LEASE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
return redis.call('PTTL', KEYS[1])
`;
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
`;

/** A cluster's layout across hosts: leases exist per layout. */
export interface ClusterLayout {
	readonly shardCount: number;
	readonly groups: number;
}

/** A layout as Redis holds it: `<shardCount>:<groups>`. */
export const encodeLayout = (layout: ClusterLayout): string => `${layout.shardCount}:${layout.groups}`;

/**
 * The Redis keys of a cluster spread over hosts: `<prefix>:topology` (the layout every host
 * runs, `<shardCount>:<groups>`), and per group of a layout its lease (the holder's token) and
 * fence (the grant counter).
 */
export function clusterKeys(prefix: string): {
	readonly topology: string;
	lease(layout: ClusterLayout, group: number): string;
	fence(layout: ClusterLayout, group: number): string;
} {
	return {
		topology: `${prefix}:topology`,
		lease: (layout, group) => `${prefix}:lease:${layout.shardCount}:${layout.groups}:${group}`,
		fence: (layout, group) => `${prefix}:fence:${layout.shardCount}:${layout.groups}:${group}`,
	};
}

/** What a {@link ShardLeases} tells its cluster. */
export interface LeaseHooks {
	/** This host now holds `group`: start its process. */
	acquired(group: number, lease: ClusterLease): void;
	/** This host no longer holds `group` (taken over, or not renewed in time): stop its process now. */
	lost(group: number): void;
}

interface Held {
	readonly lease: ClusterLease;
	/** When the last successful renewal was sent (the lease runs ttl from a moment after it). */
	renewedAt: number;
}

/**
 * Shard-group leases in Redis for a cluster spread over hosts. Each host holds at most
 * `capacity` of the `groups` leases, each for `ttlMs`, renewed every third of it. A host that
 * cannot renew gives a group up two thirds into its lease, before Redis frees it for another
 * host; one that finds its token replaced gives it up at once. Keys: {@link clusterKeys}.
 * @internal
 */
export class ShardLeases {
	readonly #redis: ClusterSessions;
	readonly #keys: ReturnType<typeof clusterKeys>;
	readonly #layout: ClusterLayout;
	readonly #host: string;
	readonly #groups: number;
	readonly #capacity: number;
	readonly #ttlMs: number;
	readonly #hooks: LeaseHooks;
	readonly #held = new Map<number, Held>();
	#timer: NodeJS.Timeout | undefined;
	#ticking: Promise<void> | undefined;
	#stopped = false;

	public constructor(
		redis: ClusterSessions,
		options: {
			readonly prefix: string;
			readonly shardCount: number;
			readonly groups: number;
			readonly capacity: number;
			readonly ttlMs: number;
		},
		hooks: LeaseHooks,
	) {
		this.#redis = redis;
		this.#keys = clusterKeys(options.prefix);
		this.#layout = { shardCount: options.shardCount, groups: options.groups };
		this.#host = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
		this.#groups = options.groups;
		this.#capacity = options.capacity;
		this.#ttlMs = options.ttlMs;
		this.#hooks = hooks;
	}

	/** Claims what is free now, then keeps renewing and claiming every third of the TTL. */
	public async start(): Promise<void> {
		await this.#tick();
		this.#timer = setInterval(() => {
			this.#ticking ??= this.#tick().finally(() => (this.#ticking = undefined));
		}, this.#ttlMs / 3);
	}

	/**
	 * Renews `group`'s lease now, before its process is restarted: true if this host still holds
	 * it. If not, or if Redis does not answer, the group is given up (`lost`), since a frozen
	 * host may wake up with leases that have moved on.
	 */
	public async confirm(group: number): Promise<boolean> {
		const held = this.#held.get(group);
		if (held === undefined) return false;
		const sent = Date.now();
		const renewed = await this.#eval(RENEW, [this.#leaseKey(group)], held.lease.token, this.#ttlMs).catch(() => undefined);
		if (renewed === 1 && this.#held.get(group) === held) {
			held.renewedAt = sent;
			return true;
		}
		if (this.#held.get(group) === held) this.#lose(group);
		return false;
	}

	/** Whether this host holds `group`'s lease. */
	public holds(group: number): boolean {
		return this.#held.has(group);
	}

	/** Stops renewing and frees every lease this host holds (its processes have stopped). */
	public async stop(): Promise<void> {
		this.#stopped = true;
		clearInterval(this.#timer);
		await this.#ticking;
		for (const [group, held] of this.#held) await this.#eval(RELEASE, [this.#leaseKey(group)], held.lease.token).catch(() => undefined);
		this.#held.clear();
	}

	async #tick(): Promise<void> {
		for (const [group, held] of [...this.#held]) {
			const sent = Date.now();
			const renewed = await this.#eval(RENEW, [this.#leaseKey(group)], held.lease.token, this.#ttlMs).catch(() => undefined);
			if (this.#stopped) return;
			if (renewed === 1) held.renewedAt = sent;
			else if (renewed === 0 || Date.now() >= held.renewedAt + (this.#ttlMs * 2) / 3) this.#lose(group);
		}
		// Each host starts looking at a different group, so hosts starting together spread out.
		const offset = Math.floor(Math.random() * this.#groups);
		for (let i = 0; i < this.#groups && this.#held.size < this.#capacity && !this.#stopped; i += 1) {
			const group = (offset + i) % this.#groups;
			if (this.#held.has(group)) continue;
			const sent = Date.now();
			const keys = [this.#leaseKey(group), this.#keys.fence(this.#layout, group), this.#keys.topology];
			const token = await this.#eval(CLAIM, keys, this.#host, this.#ttlMs, encodeLayout(this.#layout)).catch(() => null);
			if (typeof token !== 'string' || this.#stopped) continue;
			const lease: ClusterLease = { key: this.#leaseKey(group), token, ttlMs: this.#ttlMs };
			this.#held.set(group, { lease, renewedAt: sent });
			this.#hooks.acquired(group, lease);
		}
	}

	#lose(group: number): void {
		this.#held.delete(group);
		this.#hooks.lost(group);
	}

	#leaseKey(group: number): string {
		return this.#keys.lease(this.#layout, group);
	}

	/**
	 * A script on the lease key (and the fence and layout, for a claim); `undefined` when Redis has not
	 * answered within a third of the TTL (a hung Redis must not hold the renewals up).
	 */
	#eval(script: string, keys: readonly string[], ...args: (string | number)[]): Promise<unknown> {
		const call = this.#redis.call('EVAL', script, keys.length, ...keys, ...args);
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), this.#ttlMs / 3)));
		return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
	}
}
