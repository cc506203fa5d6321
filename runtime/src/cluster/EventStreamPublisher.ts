import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { GatewayOpcodes, type GatewayDispatchPayload, type GatewaySendPayload } from 'discord-api-types/v10';
import type { ShardSession } from '../gateway/SessionState.js';
import type { ShardingStrategy } from '../gateway/ShardingStrategy.js';
import { ClusterError } from './ClusterError.js';
import { clusterAssignment } from './joinCluster.js';
import { CLUSTER_REDIS_ENV } from './_clusterProtocol.js';
import { connectStreamRedis, eventStreamKeys, type EventStreamKeys, PUBLISH, type StreamRedis } from './_eventStreams.js';

/** Options of an {@link EventStreamPublisher}. */
export interface EventStreamPublisherOptions {
	/** The Redis URL the workers read from. Default: the cluster's (`oven cluster --redis`, `OVEN_REDIS_URL`). */
	readonly redis?: string;
	/** This process's shard group: its stream is `{ovenjs:events}:stream:<group>`. Default: its cluster index, else 0. */
	readonly group?: number;
	/** The key prefix (hash tag). Default `ovenjs:events`. */
	readonly prefix?: string;
	/** Entries each stream keeps (older ones are trimmed, delivered or not). Default 100,000. */
	readonly maxLength?: number;
	/** Events held in memory while Redis does not answer; past it the oldest are dropped (`dropped`). Default 10,000. */
	readonly bufferLimit?: number;
}

/** What a publisher has done, for metrics and health. */
export interface EventStreamPublisherStats {
	/** Events appended to the stream. */
	readonly published: number;
	/** Events not appended because their shard had already published that seq (a replay after RESUME). */
	readonly replaysSkipped: number;
	/** Events waiting for Redis now. */
	readonly buffered: number;
	/** Events dropped because the buffer was full during an outage. */
	readonly dropped: number;
	/** Commands from workers sent to a shard, and refused (unknown shard or opcode). */
	readonly commandsSent: number;
	readonly commandsRefused: number;
	/** Whether Redis is failing now. */
	readonly outage: boolean;
}

/** The events of an {@link EventStreamPublisher}. */
export interface EventStreamPublisherEventMap {
	/** Redis stopped answering; events are buffered (up to `bufferLimit`). */
	outage: [error: unknown];
	/** Redis answers again and the buffer is flushed. */
	recovered: [outageMs: number];
	/** The buffer was full: the oldest event was dropped. */
	dropped: [total: number];
}

/** Opcodes a worker may have a gateway process send. */
const COMMANDS: ReadonlySet<number> = new Set([
	GatewayOpcodes.PresenceUpdate,
	GatewayOpcodes.VoiceStateUpdate,
	GatewayOpcodes.RequestGuildMembers,
	GatewayOpcodes.RequestSoundboardSounds,
]);
const BATCH = 200;
/** How often the shards' registry entries are written again (workers treat 3× this as gone). */
export const SHARD_REFRESH_MS = 5000;
const PUBLISH_SHA = createHash('sha1').update(PUBLISH).digest('hex');

type Queued = [shard: number, session: string, seq: number, key: string, payload: string];
type SessionsOf = { sessions?(): ReadonlyMap<number, ShardSession | undefined> };

/**
 * The gateway side of events through Redis Streams: appends every dispatch its shards receive
 * to its group's stream (bounded, one atomic script per batch that skips what a shard already
 * published, so a RESUME replay is not handed out twice), keeps a registry of its shards
 * (status, READY data) for the workers, and sends the workers' commands (presence, voice
 * state) to its shards. While Redis fails it buffers up to `bufferLimit` events, reports
 * `outage` / `recovered` / `dropped`, and publishes the buffer in order when Redis is back.
 * Create it before `connect()` so no event is missed; see {@link publishEvents}.
 */
export class EventStreamPublisher extends EventEmitter<EventStreamPublisherEventMap> {
	readonly #strategy: ShardingStrategy & SessionsOf;
	readonly #redisUrl: string;
	readonly #keys: EventStreamKeys;
	readonly #group: number;
	readonly #maxLength: number;
	readonly #bufferLimit: number;
	readonly #instance = randomUUID();
	readonly #sessionIds = new Map<number, string>();
	#queue: Queued[] = [];
	#redis: Promise<StreamRedis> | undefined;
	#reader: Promise<StreamRedis> | undefined;
	#flushing: Promise<void> | undefined;
	#outageSince: number | undefined;
	#counter = 0;
	#closed = false;
	#refresh: NodeJS.Timeout | undefined;
	#stats = { published: 0, replaysSkipped: 0, dropped: 0, commandsSent: 0, commandsRefused: 0 };
	readonly #onDispatch = (shardId: number, payload: GatewayDispatchPayload): void => this.#publish(shardId, payload);
	readonly #onStatus = (): void => {
		// Every shard closed (the strategy destroyed): publish what is buffered and let the process exit.
		if ([...this.#strategy.statuses().values()].every((status) => status === 'closed')) void this.close();
		else this.#register();
	};

	public constructor(strategy: ShardingStrategy, options: EventStreamPublisherOptions = {}) {
		super();
		const redis = options.redis ?? process.env[CLUSTER_REDIS_ENV];
		if (typeof redis !== 'string' || !URL.canParse(redis))
			throw new ClusterError(
				'CLUSTER_INVALID_OPTION',
				`redis must be a Redis URL (redis://host:6379), got ${typeof redis}; pass it, or run under oven cluster --redis.`,
			);
		const group = options.group ?? clusterAssignment()?.index ?? 0;
		const maxLength = options.maxLength ?? 100_000;
		const bufferLimit = options.bufferLimit ?? 10_000;
		for (const [name, value, min] of [
			['group', group, 0],
			['maxLength', maxLength, 1],
			['bufferLimit', bufferLimit, 1],
		] as const)
			if (!Number.isInteger(value) || value < min)
				throw new ClusterError('CLUSTER_INVALID_OPTION', `${name} must be an integer >= ${min}, got ${String(value)}.`);
		this.#strategy = strategy;
		this.#redisUrl = redis;
		this.#keys = eventStreamKeys(options.prefix);
		this.#group = group;
		this.#maxLength = maxLength;
		this.#bufferLimit = bufferLimit;
		strategy.on('dispatch', this.#onDispatch);
		strategy.on('status', this.#onStatus);
	}

	/** Connects, registers the shards and starts taking the workers' commands. */
	public async start(): Promise<void> {
		if (this.#closed) throw new ClusterError('CLUSTER_STOPPED', 'This publisher was closed; create a new one.');
		this.#redis ??= connectStreamRedis(this.#redisUrl);
		await this.#redis;
		if (this.#reader !== undefined) return;
		this.#reader = connectStreamRedis(this.#redisUrl);
		void this.#readCommands();
		this.#refresh = setInterval(() => this.#register(), SHARD_REFRESH_MS);
		this.#refresh.unref();
		this.#register();
		this.#flush();
	}

	/** What it has published, skipped, buffered and dropped. */
	public stats(): EventStreamPublisherStats {
		return { ...this.#stats, buffered: this.#queue.length, outage: this.#outageSince !== undefined };
	}

	/**
	 * Stops publishing: detaches from the strategy, publishes what is buffered (waiting up to
	 * `timeoutMs`, default 5 s), removes its shards from the registry and disconnects. Idempotent;
	 * done by itself once every shard of the strategy is closed (`destroy()`).
	 */
	public async close(timeoutMs = 5000): Promise<void> {
		if (this.#closed) return;
		this.#closed = true;
		this.#strategy.off('dispatch', this.#onDispatch);
		this.#strategy.off('status', this.#onStatus);
		clearInterval(this.#refresh);
		const deadline = Date.now() + timeoutMs;
		while (this.#queue.length > 0 && this.#redis !== undefined && Date.now() < deadline) {
			this.#flush();
			await Promise.race([this.#flushing, new Promise((resolve) => setTimeout(resolve, deadline - Date.now()))]);
		}
		const redis = await this.#redis?.catch(() => undefined);
		const ids = this.#strategy.shardIds;
		if (ids.length > 0) await redis?.call('HDEL', this.#keys.shards, ...ids).catch(() => undefined);
		redis?.disconnect();
		(await this.#reader?.catch(() => undefined))?.disconnect();
	}

	#publish(shardId: number, payload: GatewayDispatchPayload): void {
		if (payload.t === 'READY') {
			this.#sessionIds.set(shardId, payload.d.session_id);
			void this.#call('HSET', this.#keys.ready, shardId, JSON.stringify(payload.d));
			return;
		}
		if (payload.t === 'RESUMED') return;
		let session = this.#sessionIds.get(shardId);
		if (session === undefined) {
			// Resumed from a session another process started: its id is the strategy's.
			session = this.#strategy.sessions?.().get(shardId)?.sessionId ?? '';
			if (session !== '') this.#sessionIds.set(shardId, session);
		}
		const key = session === '' ? `${shardId}:${this.#instance}:${(this.#counter += 1)}` : `${shardId}:${session}:${payload.s}`;
		if (this.#queue.length >= this.#bufferLimit) {
			this.#queue.shift();
			this.#stats.dropped += 1;
			this.emit('dropped', this.#stats.dropped);
		}
		this.#queue.push([shardId, session, payload.s, key, JSON.stringify(payload)]);
		this.#flush();
	}

	/** One flush at a time, in order; failures keep the batch at the head and retry with a backoff. */
	#flush(): void {
		if (this.#flushing !== undefined || this.#redis === undefined || this.#queue.length === 0) return;
		this.#flushing = (async () => {
			let backoff = 100;
			while (this.#queue.length > 0) {
				const batch = this.#queue.splice(0, BATCH);
				try {
					const added = Number(await this.#eval(batch));
					this.#stats.published += added;
					this.#stats.replaysSkipped += batch.length - added;
					if (this.#outageSince !== undefined) {
						const since = this.#outageSince;
						this.#outageSince = undefined;
						this.emit('recovered', Date.now() - since);
					}
					backoff = 100;
				} catch (error) {
					// Back at the head, trimmed to the limit (the oldest go first).
					this.#queue = batch.concat(this.#queue);
					const over = this.#queue.length - this.#bufferLimit;
					if (over > 0) {
						this.#queue.splice(0, over);
						this.#stats.dropped += over;
						this.emit('dropped', this.#stats.dropped);
					}
					if (this.#outageSince === undefined) {
						this.#outageSince = Date.now();
						this.emit('outage', error);
					}
					if (this.#closed) return;
					await new Promise((resolve) => setTimeout(resolve, backoff));
					backoff = Math.min(backoff * 2, 2000);
				}
			}
		})().finally(() => {
			this.#flushing = undefined;
			if (this.#queue.length > 0 && !this.#closed) this.#flush();
		});
	}

	async #eval(batch: readonly Queued[]): Promise<unknown> {
		const redis = await (this.#redis as Promise<StreamRedis>);
		const keys = [this.#keys.stream(this.#group), this.#keys.published, this.#keys.streams];
		const args = [this.#maxLength, ...batch.flat()];
		try {
			return await redis.call('EVALSHA', PUBLISH_SHA, keys.length, ...keys, ...args);
		} catch (error) {
			if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
			return redis.call('EVAL', PUBLISH, keys.length, ...keys, ...args);
		}
	}

	/** Writes where each shard is and how it is, for the workers' sends. Best effort: the next refresh writes again. */
	#register(): void {
		if (this.#closed || this.#redis === undefined) return;
		const at = Date.now();
		const fields = [...this.#strategy.statuses()].flatMap(([id, status]) => [id, JSON.stringify({ group: this.#group, status, at })]);
		if (fields.length > 0) void this.#call('HSET', this.#keys.shards, ...fields);
	}

	#call(command: string, ...args: (string | number)[]): Promise<unknown> {
		return (this.#redis ?? Promise.reject(new Error('not started'))).then((r) => r.call(command, ...args)).catch(() => undefined);
	}

	/** Takes the workers' commands for this group's shards from its command stream, in order. */
	async #readCommands(): Promise<void> {
		const reader = await (this.#reader as Promise<StreamRedis>);
		let last = '$';
		while (!this.#closed) {
			let reply: unknown;
			try {
				reply = await reader.call('XREAD', 'COUNT', 100, 'BLOCK', 1000, 'STREAMS', this.#keys.commands(this.#group), last);
			} catch {
				if (!this.#closed) await new Promise((resolve) => setTimeout(resolve, 500));
				continue;
			}
			const entries = (reply as [string, [string, string[]][]][] | null)?.[0]?.[1] ?? [];
			for (const [id, fields] of entries) {
				last = id;
				this.#command(fields);
			}
		}
	}

	#command(fields: readonly string[]): void {
		const shardId = Number(fields[fields.indexOf('s') + 1]);
		let payload: GatewaySendPayload | undefined;
		try {
			payload = JSON.parse(fields[fields.indexOf('p') + 1] ?? '') as GatewaySendPayload;
		} catch {
			payload = undefined;
		}
		const valid =
			payload !== undefined &&
			COMMANDS.has(payload.op) &&
			typeof payload.d === 'object' &&
			payload.d !== null &&
			this.#strategy.shardIds.includes(shardId);
		if (!valid) {
			this.#stats.commandsRefused += 1;
			return;
		}
		this.#strategy.send(shardId, payload as GatewaySendPayload);
		this.#stats.commandsSent += 1;
	}
}

/**
 * Publishes a gateway process's dispatches to Redis Streams for workers
 * ({@link StreamShardingStrategy}) to handle. Call it on the strategy before `connect()`:
 * `createClient({ …, strategy: (o) => publishEvents(new InProcessShardingStrategy(o), { redis }).strategy })`.
 * Starts it in the background; it closes itself once the strategy is destroyed.
 */
export function publishEvents<S extends ShardingStrategy>(
	strategy: S,
	options: EventStreamPublisherOptions = {},
): { readonly strategy: S; readonly publisher: EventStreamPublisher; readonly started: Promise<void> } {
	const publisher = new EventStreamPublisher(strategy, options);
	const started = publisher.start();
	started.catch(() => undefined); // also returned: awaited by whoever needs it
	return { strategy, publisher, started };
}
