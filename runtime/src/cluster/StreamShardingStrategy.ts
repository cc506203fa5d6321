import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import type { GatewayDispatchPayload, GatewayReadyDispatchData, GatewaySendPayload } from 'discord-api-types/v10';
import type { ShardStatus } from '../gateway/ShardEvents.js';
import type { ShardDestroyOptions } from '../gateway/ShardOptions.js';
import type { ShardingStrategy, ShardingStrategyEventMap } from '../gateway/ShardingStrategy.js';
import { ClusterError } from './ClusterError.js';
import { SHARD_REFRESH_MS } from './EventStreamPublisher.js';
import { connectStreamRedis, eventStreamKeys, type EventStreamKeys, type StreamRedis, PRUNE, TOUCH } from './_eventStreams.js';

/** Options of a {@link StreamShardingStrategy}. */
export interface StreamShardingOptions {
	/** The Redis URL the gateway processes publish to. */
	readonly redis: string;
	/** The key prefix (hash tag), as the publishers'. Default `ovenjs:events`. */
	readonly prefix?: string;
	/** The consumer group every worker of the bot joins. Default `workers`. */
	readonly group?: string;
	/** This worker's name in the group. Default `<host>:<pid>:<random>`. */
	readonly consumer?: string;
	/** An event unacknowledged this long (its worker died) is claimed by another worker, in ms. Default 30,000. */
	readonly claimAfterMs?: number;
	/** Events handled at once at most (their handlers not finished). Default 256. */
	readonly maxInFlight?: number;
	/** Called when a command (presence, voice state) could not be queued in Redis. Default: a `debug` event. */
	readonly onSendError?: (error: ClusterError, shardId: number) => void;
}

/** The event a worker's handler is running for: see {@link streamEvent}. */
export interface StreamEventContext {
	/** `<shard>:<session>:<seq>`: the same for every delivery of one dispatch. Dedupe on it. */
	readonly key: string;
	readonly shardId: number;
	/** The stream entry's id. */
	readonly id: string;
	/** True when it was claimed from a worker that did not acknowledge it (it may have handled it). */
	readonly redelivered: boolean;
}

const context = new AsyncLocalStorage<StreamEventContext>();

/**
 * The stream event the calling handler runs for (across its awaits), in a worker; undefined
 * elsewhere. Delivery is at least once: a handler with side effects dedupes on `key`, e.g.
 * `SET done:<key> 1 NX EX 3600` in Redis, when `redelivered`.
 */
export function streamEvent(): StreamEventContext | undefined {
	return context.getStore();
}

interface ShardEntry {
	readonly group: number;
	readonly status: ShardStatus;
	readonly at: number;
}

const TOUCH_SHA = createHash('sha1').update(TOUCH).digest('hex');

/**
 * The worker side of events through Redis Streams: a {@link ShardingStrategy} whose shards run
 * in gateway processes ({@link publishEvents}). Pass it to `createClient({ strategy })` and the
 * bot's handlers run here, any number of workers on any host sharing the work through a
 * consumer group: each event goes to one worker and is acknowledged once its handlers have
 * finished; the events of a worker that died are claimed by another after `claimAfterMs`
 * (at least once: {@link streamEvent} gives the key to dedupe on). `send` (presence, voice
 * state) goes back to the gateway process running the shard.
 */
export class StreamShardingStrategy extends EventEmitter<ShardingStrategyEventMap> implements ShardingStrategy {
	readonly #options: StreamShardingOptions;
	readonly #keys: EventStreamKeys;
	readonly #group: string;
	readonly #consumer: string;
	readonly #claimAfterMs: number;
	readonly #maxInFlight: number;
	#shards = new Map<number, ShardEntry>();
	readonly #announced = new Set<number>();
	#streams: string[] = [];
	readonly #joined = new Set<string>();
	/** Stream → ids being handled. */
	readonly #inFlight = new Map<string, Set<string>>();
	#inFlightCount = 0;
	/** Stream → ids handled, to acknowledge. */
	readonly #acks = new Map<string, string[]>();
	#drained: (() => void) | undefined;
	#redis: StreamRedis | undefined;
	#reader: StreamRedis | undefined;
	#connecting: Promise<void> | undefined;
	#destroyed: Promise<void> | undefined;
	#loops: Promise<void>[] = [];
	readonly #timers: NodeJS.Timeout[] = [];

	public constructor(options: StreamShardingOptions) {
		super();
		if (typeof options.redis !== 'string' || !URL.canParse(options.redis))
			throw new ClusterError('CLUSTER_INVALID_OPTION', `redis must be a Redis URL (redis://host:6379), got ${typeof options.redis}.`);
		const claimAfterMs = options.claimAfterMs ?? 30_000;
		const maxInFlight = options.maxInFlight ?? 256;
		if (!(claimAfterMs >= 100))
			throw new ClusterError('CLUSTER_INVALID_OPTION', `claimAfterMs must be >= 100, got ${String(claimAfterMs)}.`);
		if (!Number.isInteger(maxInFlight) || maxInFlight < 1)
			throw new ClusterError('CLUSTER_INVALID_OPTION', `maxInFlight must be an integer >= 1, got ${String(maxInFlight)}.`);
		this.#options = options;
		this.#keys = eventStreamKeys(options.prefix);
		this.#group = options.group ?? 'workers';
		this.#consumer = options.consumer ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
		this.#claimAfterMs = claimAfterMs;
		this.#maxInFlight = maxInFlight;
	}

	/** The shards the gateway processes report (every shard whose events this worker may handle). */
	public get shardIds(): readonly number[] {
		return [...this.#shards.keys()].sort((a, b) => a - b);
	}

	/** Each shard's status as its gateway process last reported it. */
	public statuses(): ReadonlyMap<number, ShardStatus> {
		return new Map([...this.#shards].map(([id, entry]) => [id, entry.status]));
	}

	/** Latencies live in the gateway processes: none here. */
	public latencies(): ReadonlyMap<number, number | undefined> {
		return new Map([...this.#shards.keys()].map((id) => [id, undefined]));
	}

	/**
	 * Joins the consumer group and starts handling events; resolves once the shard registry is read.
	 * @throws {ClusterError} `CLUSTER_REDIS_UNAVAILABLE` when Redis does not answer.
	 */
	public connect(): Promise<void> {
		if (this.#destroyed !== undefined) return Promise.reject(new ClusterError('CLUSTER_STOPPED', 'This worker strategy was destroyed.'));
		this.#connecting ??= (async () => {
			this.#redis = await connectStreamRedis(this.#options.redis);
			this.#reader = await connectStreamRedis(this.#options.redis);
			try {
				await this.#refresh();
			} catch (error) {
				this.#redis.disconnect();
				this.#reader.disconnect();
				this.#redis = this.#reader = undefined;
				this.#connecting = undefined; // login() may be tried again
				throw new ClusterError(
					'CLUSTER_REDIS_UNAVAILABLE',
					`The worker cannot read the event streams from its Redis (${(error as Error).message}); check the redis URL and that Redis is up.`,
					{ cause: error },
				);
			}
			this.#loops = [this.#readLoop()];
			const every = (ms: number, run: () => Promise<unknown>): void => {
				let busy = false;
				const timer = setInterval(() => {
					if (busy) return;
					busy = true;
					void run()
						.catch(() => undefined)
						.finally(() => (busy = false));
				}, ms);
				this.#timers.push(timer);
			};
			every(1000, () => this.#refresh());
			every(Math.max(50, this.#claimAfterMs / 2), () => this.#claim());
			every(Math.max(30, this.#claimAfterMs / 3), () => this.#touch());
			this.emit('ready');
		})();
		return this.#connecting;
	}

	/**
	 * Stops taking events, waits (up to `timeoutMs`, default 10 s) for the handlers running and
	 * acknowledges them; events not finished stay pending for another worker. Idempotent.
	 */
	public destroy(options: ShardDestroyOptions & { readonly timeoutMs?: number } = {}): Promise<void> {
		this.#destroyed ??= (async () => {
			for (const timer of this.#timers.splice(0)) clearInterval(timer);
			const deadline = Date.now() + (options.timeoutMs ?? 10_000);
			while (this.#inFlightCount > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
			this.#reader?.disconnect();
			await Promise.allSettled(this.#loops);
			if (this.#inFlightCount === 0)
				for (const stream of this.#joined)
					await this.#redis?.call('XGROUP', 'DELCONSUMER', stream, this.#group, this.#consumer).catch(() => undefined);
			this.#redis?.disconnect();
		})();
		return this.#destroyed;
	}

	/**
	 * Has the gateway process running `shardId` send `payload` (presence, voice state, guild
	 * members request) through its command stream.
	 * @throws {ClusterError} `CLUSTER_SHARD_UNAVAILABLE` when no gateway process has reported the shard lately; `CLUSTER_STOPPED` after destroy.
	 */
	public send(shardId: number, payload: GatewaySendPayload): void {
		if (this.#destroyed !== undefined || this.#redis === undefined)
			throw new ClusterError(
				'CLUSTER_STOPPED',
				`Connect the worker (client.login()) before sending to shard ${shardId}; it is not connected or was destroyed.`,
			);
		const entry = this.#shards.get(shardId);
		if (entry === undefined)
			throw new ClusterError(
				'CLUSTER_SHARD_UNAVAILABLE',
				`No gateway process publishing to this Redis runs shard ${shardId} (it knows ${this.shardIds.join(', ') || 'none'}): op ${payload.op} was not sent. Start the gateway processes with publishEvents() and the same prefix.`,
			);
		const key = this.#keys.commands(entry.group);
		this.#redis.call('XADD', key, 'MAXLEN', '~', 1000, '*', 's', shardId, 'p', JSON.stringify(payload)).catch((error: unknown) => {
			const failure = new ClusterError(
				'CLUSTER_SHARD_UNAVAILABLE',
				`Op ${payload.op} for shard ${shardId} could not be queued in Redis (${(error as Error).message}); send it again once Redis answers.`,
				{ cause: error },
			);
			if (this.#options.onSendError !== undefined) this.#options.onSendError(failure, shardId);
			else this.emit('debug', shardId, failure.message);
		});
	}

	/** Reads the shard registry (status, READY data) and the streams, joining the group on new ones. */
	async #refresh(): Promise<void> {
		const redis = this.#redis as StreamRedis;
		const [raw, streams] = (await Promise.all([redis.call('HGETALL', this.#keys.shards), redis.call('SMEMBERS', this.#keys.streams)])) as [
			string[],
			string[],
		];
		const now = Date.now();
		const shards = new Map<number, ShardEntry>();
		for (let i = 0; i + 1 < raw.length; i += 2) {
			const entry = parseEntry(raw[i + 1]);
			// A gateway process that stopped refreshing its shards is gone.
			if (entry !== undefined && now - entry.at < 3 * SHARD_REFRESH_MS) shards.set(Number(raw[i]), entry);
		}
		const previous = this.#shards;
		this.#shards = shards;
		for (const [id, entry] of shards) {
			const before = previous.get(id)?.status ?? 'idle';
			if (before !== entry.status) this.emit('status', id, entry.status, before);
		}
		const fresh = [...shards.keys()].filter((id) => !this.#announced.has(id));
		if (fresh.length > 0) {
			const ready = (await redis.call('HMGET', this.#keys.ready, ...fresh)) as (string | null)[];
			fresh.forEach((id, i) => {
				const text = ready[i];
				if (text === null || text === undefined) return;
				this.#announced.add(id);
				this.emit('shardReady', id, JSON.parse(text) as GatewayReadyDispatchData);
			});
		}
		for (const stream of streams) {
			if (this.#joined.has(stream)) continue;
			// From the start of the stream: events published before any worker joined are handled too.
			await redis.call('XGROUP', 'CREATE', stream, this.#group, '0', 'MKSTREAM').catch((error: unknown) => {
				if (!String((error as Error).message).startsWith('BUSYGROUP')) throw error;
			});
			this.#joined.add(stream);
		}
		this.#streams = [...this.#joined];
	}

	async #readLoop(): Promise<void> {
		const reader = this.#reader as StreamRedis;
		while (this.#destroyed === undefined) {
			if (this.#inFlightCount >= this.#maxInFlight) {
				await new Promise<void>((resolve) => (this.#drained = resolve));
				continue;
			}
			const streams = this.#streams;
			if (streams.length === 0) {
				await new Promise((resolve) => setTimeout(resolve, 200));
				continue;
			}
			let reply: unknown;
			try {
				const count = Math.min(500, this.#maxInFlight - this.#inFlightCount);
				const args = [
					'GROUP',
					this.#group,
					this.#consumer,
					'COUNT',
					count,
					'BLOCK',
					1000,
					'STREAMS',
					...streams,
					...streams.map(() => '>'),
				];
				reply = await reader.call('XREADGROUP', ...args);
			} catch (error) {
				if (this.#destroyed !== undefined) return;
				// A stream deleted or flushed: join again on the next refresh.
				if (String((error as Error).message).startsWith('NOGROUP')) this.#joined.clear();
				await new Promise((resolve) => setTimeout(resolve, 250));
				continue;
			}
			for (const [stream, entries] of (reply as [string, [string, string[]][]][] | null) ?? [])
				for (const [id, fields] of entries) this.#handle(stream, id, fields, false);
		}
	}

	/** Claims the events other workers left unacknowledged past `claimAfterMs`. */
	async #claim(): Promise<void> {
		const redis = this.#redis as StreamRedis;
		for (const stream of this.#streams) {
			let cursor = '0-0';
			do {
				const room = this.#maxInFlight - this.#inFlightCount;
				if (room <= 0 || this.#destroyed !== undefined) return;
				const reply = (await redis.call('XAUTOCLAIM', stream, this.#group, this.#consumer, this.#claimAfterMs, cursor, 'COUNT', room)) as [
					string,
					([string, string[]] | null)[],
				];
				cursor = reply[0];
				for (const entry of reply[1]) if (entry !== null) this.#handle(stream, entry[0], entry[1], true);
			} while (cursor !== '0-0');
			await this.#prune(stream);
		}
	}

	/** Forgets the workers that died: nothing pending (claimed by now) and silent for 10 minutes. */
	async #prune(stream: string): Promise<void> {
		await (this.#redis as StreamRedis).call('EVAL', PRUNE, 1, stream, this.#group, 10 * 60_000);
	}

	/** Keeps the events still being handled from looking abandoned. */
	async #touch(): Promise<void> {
		const redis = this.#redis as StreamRedis;
		for (const [stream, ids] of this.#inFlight)
			if (ids.size > 0)
				await redis.call('EVALSHA', TOUCH_SHA, 1, stream, this.#group, this.#consumer, ...ids).catch(async (error: unknown) => {
					if (String((error as Error).message).startsWith('NOSCRIPT'))
						await redis.call('EVAL', TOUCH, 1, stream, this.#group, this.#consumer, ...ids);
				});
	}

	#handle(stream: string, id: string, fields: readonly string[], redelivered: boolean): void {
		const ids = this.#inFlight.get(stream) ?? new Set<string>();
		if (ids.has(id)) return; // claimed back while still running here
		this.#inFlight.set(stream, ids);
		let payload: GatewayDispatchPayload | undefined;
		let key = '';
		let shardId = -1;
		for (let i = 0; i + 1 < fields.length; i += 2) {
			const value = fields[i + 1] as string;
			if (fields[i] === 'k') key = value;
			else if (fields[i] === 's') shardId = Number(value);
			else if (fields[i] === 'd') payload = parsePayload(value);
		}
		ids.add(id);
		this.#inFlightCount += 1;
		// Each listener's promise (a client returns its handlers'), so the ack waits for them. A
		// malformed entry is acknowledged too: no worker could handle it.
		const pending = payload === undefined ? [] : context.run({ key, shardId, id, redelivered }, () => this.#dispatch(shardId, payload));
		if (pending.length === 0) this.#ack(stream, id);
		else void Promise.allSettled(pending).then(() => this.#ack(stream, id));
	}

	#dispatch(shardId: number, payload: GatewayDispatchPayload): PromiseLike<unknown>[] {
		const pending: PromiseLike<unknown>[] = [];
		for (const listener of this.listeners('dispatch')) {
			try {
				const result = (listener as (...a: unknown[]) => unknown)(shardId, payload);
				if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') pending.push(result as PromiseLike<unknown>);
			} catch (error) {
				// As EventEmitter would, but the other listeners still get the event and it is acknowledged.
				queueMicrotask(() => {
					throw error;
				});
			}
		}
		return pending;
	}

	/** Queues an acknowledgement: those of one tick go in one XACK per stream. */
	#ack(stream: string, id: string): void {
		const ids = this.#acks.get(stream);
		if (ids === undefined) this.#acks.set(stream, [id]);
		else ids.push(id);
		if (this.#acks.size === 1 && ids === undefined) setImmediate(() => void this.#flushAcks());
	}

	async #flushAcks(): Promise<void> {
		const batches = [...this.#acks];
		this.#acks.clear();
		await Promise.all(
			batches.map(async ([stream, ids]) => {
				// Through a short Redis outage (a few seconds); past it the events stay pending and
				// are claimed again later: handled twice, never lost.
				for (let attempt = 0; attempt < 20; attempt += 1) {
					try {
						await (this.#redis as StreamRedis).call('XACK', stream, this.#group, ...ids);
						break;
					} catch {
						if (this.#destroyed !== undefined) break;
						await new Promise((resolve) => setTimeout(resolve, 250));
					}
				}
				const inFlight = this.#inFlight.get(stream);
				for (const id of ids) inFlight?.delete(id);
				this.#inFlightCount -= ids.length;
			}),
		);
		const drained = this.#drained;
		this.#drained = undefined;
		drained?.();
	}
}

function parseEntry(text: string | undefined): ShardEntry | undefined {
	try {
		const value = JSON.parse(text ?? '') as Partial<ShardEntry>;
		if (Number.isInteger(value.group) && typeof value.status === 'string' && typeof value.at === 'number') return value as ShardEntry;
	} catch {
		// ignored: a malformed entry is no shard
	}
	return undefined;
}

function parsePayload(text: string): GatewayDispatchPayload | undefined {
	try {
		const value = JSON.parse(text) as GatewayDispatchPayload;
		return typeof value === 'object' && value !== null && typeof value.t === 'string' ? value : undefined;
	} catch {
		return undefined;
	}
}
