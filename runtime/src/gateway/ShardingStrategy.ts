import type { EventEmitter } from 'node:events';
import type { GatewayDispatchPayload, GatewayReadyDispatchData, GatewaySendPayload } from 'discord-api-types/v10';
import type { GatewayError } from './GatewayError.js';
import type { ShardDestroyOptions } from './ShardOptions.js';
import type { ShardCloseEvent, ShardRawPacket, ShardStatus, ShardWarning } from './ShardEvents.js';

/** The events of a {@link ShardingStrategy}: each shard's, tagged with its id, plus `ready`. */
export interface ShardingStrategyEventMap {
	/**
	 * Every shard is ready: after the first connect, and again whenever all are back after any
	 * reconnect. It follows the last shard's READY (or RESUMED) `dispatch` and its `shardReady`
	 * (or `shardResumed`), so its listeners see every session started.
	 */
	ready: [];
	dispatch: [shardId: number, payload: GatewayDispatchPayload];
	shardReady: [shardId: number, data: GatewayReadyDispatchData];
	shardResumed: [shardId: number];
	status: [shardId: number, status: ShardStatus, previous: ShardStatus];
	latency: [shardId: number, ms: number];
	raw: [shardId: number, packet: ShardRawPacket];
	warn: [shardId: number, warning: ShardWarning];
	debug: [shardId: number, message: string];
	/** A shard closed fatally. Only emitted when someone listens. */
	error: [shardId: number, error: GatewayError];
	close: [shardId: number, event: ShardCloseEvent];
}

/**
 * Where a bot's shards run: in this thread ({@link InProcessShardingStrategy}), in
 * worker threads ({@link WorkerShardingStrategy}), or elsewhere. The client talks to shards only through this.
 */
export interface ShardingStrategy extends EventEmitter<ShardingStrategyEventMap> {
	/** The shard ids this strategy runs. */
	readonly shardIds: readonly number[];
	/** Starts every shard; resolves once all are ready, rejects (after destroying all) if one fails. */
	connect(): Promise<void>;
	/** Destroys every shard. Idempotent. */
	destroy(options?: ShardDestroyOptions): Promise<void>;
	/** Queues a payload on one shard. */
	send(shardId: number, payload: GatewaySendPayload): void;
	/** Each shard's status. */
	statuses(): ReadonlyMap<number, ShardStatus>;
	/** Each shard's last heartbeat round trip in ms (undefined before the first ACK). */
	latencies(): ReadonlyMap<number, number | undefined>;
}
