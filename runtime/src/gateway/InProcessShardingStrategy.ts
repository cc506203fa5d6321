import { EventEmitter } from 'node:events';
import type { GatewaySendPayload } from 'discord-api-types/v10';
import { GatewayError } from './GatewayError.js';
import type { IdentifyThrottler } from './IdentifyThrottler.js';
import { InMemoryIdentifyThrottler } from './InMemoryIdentifyThrottler.js';
import { Shard } from './Shard.js';
import type { ShardStatus } from './ShardEvents.js';
import type { ShardDestroyOptions, ShardOptions } from './ShardOptions.js';
import type { ShardingStrategy, ShardingStrategyEventMap } from './ShardingStrategy.js';

/** How an {@link InProcessShardingStrategy} runs its shards. */
export interface InProcessShardingOptions extends Omit<ShardOptions, 'shardId' | 'shardCount'> {
	/** The total shard count (`shards` from `GET /gateway/bot`). */
	readonly shardCount: number;
	/** The shards to run here. Default all, `0 .. shardCount - 1`. */
	readonly shardIds?: readonly number[];
	/** `session_start_limit.max_concurrency`, for the default throttler. Default 1. */
	readonly maxConcurrency?: number;
	/** Identify window of the default throttler, in ms. Default 5000. */
	readonly identifyWindow?: number;
	/** A shared throttler (e.g. across processes). Default: in memory, from the two options above. */
	readonly identifyThrottler?: IdentifyThrottler;
}

/**
 * Runs shards in this thread with one identify throttler between them. Forwards every
 * shard event tagged with the shard id and emits `ready` whenever all shards have become
 * ready, so a bot learns it is whole again after any reconnect (discord.js #10485).
 */
export class InProcessShardingStrategy extends EventEmitter<ShardingStrategyEventMap> implements ShardingStrategy {
	/** The shard ids run here. */
	public readonly shardIds: readonly number[];
	readonly #shards = new Map<number, Shard>();
	#allReady = false;
	#destroyed: Promise<void> | undefined;

	public constructor(options: InProcessShardingOptions) {
		super();
		const { shardIds, maxConcurrency, identifyWindow, ...shardOptions } = options;
		this.shardIds = shardIds ?? Array.from({ length: options.shardCount }, (_, id) => id);
		if (this.shardIds.length === 0) throw new GatewayError('GATEWAY_INVALID_OPTION', 'No shards to run: shardIds is empty.');
		const identifyThrottler =
			options.identifyThrottler ??
			new InMemoryIdentifyThrottler({ ...(maxConcurrency !== undefined && { maxConcurrency }), ...(identifyWindow !== undefined && { windowMs: identifyWindow }) });
		for (const shardId of this.shardIds) {
			const shard = new Shard({ ...shardOptions, shardId, identifyThrottler });
			this.#forward(shard);
			this.#shards.set(shardId, shard);
		}
	}

	/** Connects every shard (identify pacing comes from the throttler). */
	public async connect(): Promise<void> {
		try {
			await Promise.all([...this.#shards.values()].map((shard) => shard.connect()));
		} catch (error) {
			await this.destroy();
			throw error;
		}
	}

	/** Destroys every shard. Idempotent. */
	public destroy(options: ShardDestroyOptions = {}): Promise<void> {
		this.#destroyed ??= Promise.all([...this.#shards.values()].map((shard) => shard.destroy(options))).then(() => undefined);
		return this.#destroyed;
	}

	/** Queues a payload on shard `shardId`. */
	public send(shardId: number, payload: GatewaySendPayload): void {
		const shard = this.#shards.get(shardId);
		if (shard === undefined) throw new GatewayError('GATEWAY_INVALID_OPTION', `Shard ${shardId} is not run by this strategy (it runs ${this.shardIds.join(', ')}).`);
		shard.send(payload);
	}

	/** Each shard's status. */
	public statuses(): ReadonlyMap<number, ShardStatus> {
		return new Map([...this.#shards].map(([id, shard]) => [id, shard.status]));
	}

	/** Each shard's last heartbeat round trip in ms. */
	public latencies(): ReadonlyMap<number, number | undefined> {
		return new Map([...this.#shards].map(([id, shard]) => [id, shard.latency]));
	}

	#forward(shard: Shard): void {
		const id = shard.id;
		shard.on('dispatch', (payload) => this.emit('dispatch', id, payload));
		shard.on('ready', (data) => this.emit('shardReady', id, data));
		shard.on('resumed', () => this.emit('shardResumed', id));
		shard.on('latency', (ms) => this.emit('latency', id, ms));
		shard.on('warn', (warning) => this.emit('warn', id, warning));
		shard.on('debug', (message) => this.emit('debug', id, message));
		shard.on('close', (event) => this.emit('close', id, event));
		shard.on('error', (error) => {
			if (this.listenerCount('error') > 0) this.emit('error', id, error);
		});
		shard.on('raw', (packet) => {
			if (this.listenerCount('raw') > 0) this.emit('raw', id, packet);
		});
		shard.on('status', (status, previous) => {
			this.emit('status', id, status, previous);
			this.#checkAllReady();
		});
	}

	#checkAllReady(): void {
		const allReady = [...this.#shards.values()].every((shard) => shard.status === 'ready');
		const becameReady = allReady && !this.#allReady;
		this.#allReady = allReady;
		if (becameReady) this.emit('ready');
	}
}
