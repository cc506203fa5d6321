import type { ShardSession } from '../gateway/SessionState.js';
import { ClusterError } from './ClusterError.js';

/** The commands of an ioredis client the session store uses. */
interface SessionRedis {
	call(command: string, ...args: (string | number)[]): Promise<unknown>;
	connect(): Promise<unknown>;
	on(event: 'error', listener: (error: unknown) => void): unknown;
	disconnect(): void;
}

/** What `import('ioredis')` gives: the `Redis` class, as a default or a named export. */
interface IoredisModule {
	readonly Redis?: new (url: string, options: object) => SessionRedis;
	readonly default?: new (url: string, options: object) => SessionRedis;
}

// Writes a session; with a lease key (KEYS[2]), only while the lease holds the given token.
const SAVE = `
if KEYS[2] ~= nil and redis.call('GET', KEYS[2]) ~= ARGV[4] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

/** A stored session outlives its last report by this much, then Redis drops it. */
export const SESSION_TTL_MS = 10 * 60_000;

/**
 * The sessions of a cluster's shards in Redis, so that a supervisor started after another died
 * hands its processes sessions to RESUME instead of identifying every shard again. One hash per
 * shard count (`<prefix>:sessions:<shardCount>`, field: shard id, value: the session as JSON),
 * expiring {@link SESSION_TTL_MS} after its last write: a session is valid only for the shard
 * count it was identified with, and a stale one only costs an IDENTIFY (the gateway answers
 * op 9). Writes that fail are dropped: the next report writes again.
 * @internal
 */
export class ClusterSessions {
	readonly #url: string;
	readonly #prefix: string;
	#client: Promise<SessionRedis> | undefined;

	public constructor(url: string, prefix = 'ovenjs:cluster') {
		this.#url = url;
		this.#prefix = prefix;
	}

	/** The sessions stored for `shardCount`; none when Redis does not answer. */
	public async load(shardCount: number): Promise<Map<number, ShardSession>> {
		const sessions = new Map<number, ShardSession>();
		const reply = await this.call('HGETALL', this.#key(shardCount)).catch((error: unknown) => {
			if (error instanceof ClusterError) throw error; // no ioredis: a configuration error
			return []; // Redis down: the shards identify
		});
		const entries = Array.isArray(reply) ? reply : [];
		for (let i = 0; i + 1 < entries.length; i += 2) {
			const session = parseSession(entries[i + 1]);
			const shardId = Number(entries[i]);
			if (session !== undefined && Number.isInteger(shardId) && shardId >= 0 && shardId < shardCount) sessions.set(shardId, session);
		}
		return sessions;
	}

	/**
	 * Stores a shard's session (best effort). With `lease`, only while that lease is still the
	 * holder's: a host that lost its shards cannot overwrite its successor's sessions (fencing).
	 */
	public save(shardCount: number, shardId: number, session: ShardSession, lease?: { readonly key: string; readonly token: string }): void {
		const args = lease === undefined ? [1, this.#key(shardCount)] : [2, this.#key(shardCount), lease.key];
		void this.call('EVAL', SAVE, ...args, shardId, JSON.stringify(session), SESSION_TTL_MS, lease?.token ?? '').catch(() => undefined);
	}

	/** Whether Redis answers a PING within `timeoutMs`. */
	public async reachable(timeoutMs = 1000): Promise<boolean> {
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
		const ping = this.call('PING').then(
			(reply) => reply === 'PONG',
			() => false,
		);
		try {
			return await Promise.race([ping, timeout]);
		} finally {
			clearTimeout(timer);
		}
	}

	/** Forgets the sessions of `shardIds` (their shards closed them), or of every shard. */
	public async clear(shardCount: number, shardIds?: readonly number[]): Promise<void> {
		const key = this.#key(shardCount);
		const done = shardIds === undefined ? this.call('DEL', key) : shardIds.length === 0 ? undefined : this.call('HDEL', key, ...shardIds);
		await done?.catch(() => undefined);
	}

	/** Closes the connection. Idempotent. */
	public async close(): Promise<void> {
		const client = this.#client;
		this.#client = undefined;
		(await client?.catch(() => undefined))?.disconnect();
	}

	#key(shardCount: number): string {
		return `${this.#prefix}:sessions:${shardCount}`;
	}

	/** One command on the shared connection (also used for the shard leases). */
	public async call(command: string, ...args: (string | number)[]): Promise<unknown> {
		this.#client ??= import('ioredis' as string).then(
			async (module: IoredisModule) => {
				const Redis = module.Redis ?? module.default;
				if (Redis === undefined) throw new ClusterError('CLUSTER_INVALID_OPTION', 'the ioredis module has no Redis export.');
				// No offline queue: while Redis is down a write fails at once rather than piling up.
				const client = new Redis(this.#url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
				client.on('error', () => undefined); // a failed write is retried by the next report
				await client.connect().catch(() => undefined);
				return client;
			},
			(error: unknown) => {
				throw new ClusterError(
					'CLUSTER_INVALID_OPTION',
					'A cluster with redis needs the optional peer dependency ioredis (npm install ioredis).',
					{
						cause: error,
					},
				);
			},
		);
		return (await this.#client).call(command, ...args);
	}
}

/** A session as stored, checked: a bad entry is ignored (its shard identifies). */
function parseSession(text: unknown): ShardSession | undefined {
	if (typeof text !== 'string') return undefined;
	try {
		const value = JSON.parse(text) as Partial<ShardSession>;
		if (typeof value.sessionId === 'string' && typeof value.resumeUrl === 'string' && Number.isInteger(value.seq))
			return { sessionId: value.sessionId, resumeUrl: value.resumeUrl, seq: value.seq as number };
	} catch {
		// not JSON: ignored below
	}
	return undefined;
}
