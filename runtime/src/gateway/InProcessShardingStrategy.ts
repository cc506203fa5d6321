import { EventEmitter } from 'node:events';
import type { GatewaySendPayload } from 'discord-api-types/v10';
import { AllReady } from './_AllReady.js';
import { GatewayError } from './GatewayError.js';
import { Shard } from './Shard.js';
import type { ShardRawPacket, ShardStatus } from './ShardEvents.js';
import type { ShardDestroyOptions, ShardOptions } from './ShardOptions.js';
import type { ShardSession } from './SessionState.js';
import type { ShardingOptions } from './ShardingOptions.js';
import type { ShardingStrategy, ShardingStrategyEventMap } from './ShardingStrategy.js';
import { type ShardingPlan, resolveSharding, shardingPlan } from './_resolveSharding.js';

/** How an {@link InProcessShardingStrategy} runs its shards. */
export interface InProcessShardingOptions
	extends Omit<ShardOptions, 'shardId' | 'shardCount' | 'identifyThrottler' | 'resume'>, ShardingOptions {
	/** Sessions to RESUME, by shard id: what a crashed process left (see {@link InProcessShardingStrategy.sessions}). */
	readonly sessions?: Readonly<Record<number, ShardSession>>;
}

/**
 * Runs shards in this thread with one identify throttler between them. Forwards every
 * shard event tagged with the shard id and emits `ready` whenever all shards have become
 * ready, so a bot learns it is whole again after any reconnect (discord.js #10485). `ready`
 * comes after the last shard's READY (or RESUMED) `dispatch` and its `shardReady` (or
 * `shardResumed`), never before.
 * With `shardCount: 'auto'` the shards exist once `connect()` has read `GET /gateway/bot`.
 */
export class InProcessShardingStrategy extends EventEmitter<ShardingStrategyEventMap> implements ShardingStrategy {
	readonly #options: InProcessShardingOptions;
	readonly #shards = new Map<number, Shard>();
	readonly #allReady = new AllReady();
	readonly #abort = new AbortController();
	readonly #rawForwarders = new Map<Shard, (packet: ShardRawPacket) => void>();
	#planned: Promise<void> | undefined;
	#destroyed: Promise<void> | undefined;

	public constructor(options: InProcessShardingOptions) {
		super();
		this.#options = options;
		if (options.shardCount !== 'auto') this.#build(shardingPlan(options, options.shardCount));
		// A shard builds a `raw` packet (an object and a clock read per payload) only while someone
		// listens, so the strategy listens to its shards' `raw` only while someone listens to its own.
		const self = this as EventEmitter;
		self.on('newListener', (event: string | symbol) => {
			if (event === 'raw' && this.listenerCount('raw') === 0)
				for (const shard of this.#shards.values()) shard.on('raw', this.#forwardRaw(shard));
		});
		self.on('removeListener', (event: string | symbol) => {
			if (event === 'raw' && this.listenerCount('raw') === 0)
				for (const shard of this.#shards.values()) shard.off('raw', this.#forwardRaw(shard));
		});
	}

	/** The shard ids run here (empty until `connect()` has resolved `shardCount: 'auto'`). */
	public get shardIds(): readonly number[] {
		return [...this.#shards.keys()];
	}

	/** Connects every shard (identify pacing comes from the throttler). */
	public async connect(): Promise<void> {
		if (this.#destroyed !== undefined)
			throw new GatewayError('GATEWAY_DESTROYED', 'This sharding strategy was destroyed; create a new one to connect again.');
		try {
			this.#planned ??=
				this.#shards.size > 0 ? Promise.resolve() : resolveSharding(this.#options, this.#abort.signal).then((plan) => this.#build(plan));
			await this.#planned;
			if (this.#destroyed !== undefined)
				throw new GatewayError('GATEWAY_DESTROYED', 'This sharding strategy was destroyed while connecting.');
			await Promise.all([...this.#shards.values()].map((shard) => shard.connect()));
		} catch (error) {
			await this.destroy();
			throw error;
		}
	}

	/** Destroys every shard. Idempotent. */
	public destroy(options: ShardDestroyOptions = {}): Promise<void> {
		if (this.#destroyed === undefined) {
			this.#abort.abort(new GatewayError('GATEWAY_DESTROYED', 'The sharding strategy was destroyed.'));
			this.#destroyed = Promise.all([...this.#shards.values()].map((shard) => shard.destroy(options))).then(() => undefined);
		}
		return this.#destroyed;
	}

	/** Queues a payload on shard `shardId`. */
	public send(shardId: number, payload: GatewaySendPayload): void {
		const shard = this.#shards.get(shardId);
		if (shard === undefined)
			throw new GatewayError(
				'GATEWAY_INVALID_OPTION',
				`Shard ${shardId} is not run by this strategy (it runs ${this.shardIds.join(', ') || 'none yet'}).`,
			);
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

	/** Each shard's session as RESUME needs it, for another process to take over. */
	public sessions(): ReadonlyMap<number, ShardSession | undefined> {
		return new Map([...this.#shards].map(([id, shard]) => [id, shard.session]));
	}

	#build(plan: ShardingPlan): void {
		const {
			shardIds: _ids,
			maxConcurrency: _max,
			identifyWindow: _window,
			identifyMargin: _margin,
			api: _api,
			identifyThrottler: _throttler,
			sessions,
			...shardOptions
		} = this.#options;
		for (const shardId of plan.shardIds) {
			const resume = sessions?.[shardId];
			const shard = new Shard({
				...shardOptions,
				shardCount: plan.shardCount,
				shardId,
				identifyThrottler: plan.identifyThrottler,
				...(resume === undefined ? {} : { resume }),
			});
			this.#forward(shard);
			this.#shards.set(shardId, shard);
		}
	}

	/** The one `raw` forwarder of each shard (the same function, so it can be removed). */
	#forwardRaw(shard: Shard): (packet: ShardRawPacket) => void {
		let forward = this.#rawForwarders.get(shard);
		if (forward === undefined) {
			const id = shard.id;
			forward = (packet) => void this.emit('raw', id, packet);
			this.#rawForwarders.set(shard, forward);
		}
		return forward;
	}

	#forward(shard: Shard): void {
		const id = shard.id;
		shard.on('dispatch', (payload) => this.emit('dispatch', id, payload));
		shard.on('ready', (data) => {
			this.emit('shardReady', id, data);
			this.#sessionUp();
		});
		shard.on('resumed', () => {
			this.emit('shardResumed', id);
			this.#sessionUp();
		});
		shard.on('latency', (ms) => this.emit('latency', id, ms));
		shard.on('warn', (warning) => this.emit('warn', id, warning));
		shard.on('debug', (message) => this.emit('debug', id, message));
		shard.on('close', (event) => this.emit('close', id, event));
		shard.on('error', (error) => {
			if (this.listenerCount('error') > 0) this.emit('error', id, error);
		});
		if (this.listenerCount('raw') > 0) shard.on('raw', this.#forwardRaw(shard));
		shard.on('status', (status, previous) => {
			this.#allReady.statusChanged(status);
			this.emit('status', id, status, previous);
		});
	}

	/** After a shard's READY/RESUMED has been delivered (dispatch, then `shardReady`/`shardResumed`): `ready` if all are up now. */
	#sessionUp(): void {
		if (this.#allReady.sessionUp([...this.#shards.values()].map((s) => s.status))) this.emit('ready');
	}
}
