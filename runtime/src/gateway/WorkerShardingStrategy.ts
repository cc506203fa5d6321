import { EventEmitter } from 'node:events';
import type { GatewaySendPayload } from 'discord-api-types/v10';
import { AllReady } from './_AllReady.js';
import { GatewayError } from './GatewayError.js';
import type { ShardStatus } from './ShardEvents.js';
import type { ShardDestroyOptions } from './ShardOptions.js';
import type { ShardingOptions } from './ShardingOptions.js';
import type { ShardingStrategy, ShardingStrategyEventMap } from './ShardingStrategy.js';
import { ShardWorkerHandle } from './_ShardWorkerHandle.js';
import { type ShardingPlan, resolveSharding, shardingPlan } from './_resolveSharding.js';
import { type WorkerShardOptions, type WorkerToMain, deserializeError, pickWorkerShardOptions } from './_shardWorkerProtocol.js';

export type { WorkerShardOptions } from './_shardWorkerProtocol.js';

/** How a {@link WorkerShardingStrategy} runs its shards. */
export interface WorkerShardingOptions extends WorkerShardOptions, ShardingOptions {
	/** Shards per worker thread. Default `'all'` (one worker). */
	readonly shardsPerWorker?: number | 'all';
	/**
	 * The worker entry. Default `_shardWorker.js` next to this module in `dist/`. When
	 * running ovenjs from its TypeScript source (its own tests), pass a JS bootstrap that
	 * registers a TypeScript loader and imports `_shardWorker.ts`.
	 */
	readonly workerFile?: string | URL;
}

interface Waiter {
	resolve(): void;
	reject(error: GatewayError): void;
}

/**
 * Runs shards in `worker_threads`, `shardsPerWorker` to a thread. The main thread keeps
 * the identify throttler (workers ask it before each IDENTIFY, so `max_concurrency`
 * pacing holds across workers), mirrors each shard's status and latency, and re-emits
 * every shard event tagged with its id, with the same `ready` rule as
 * {@link InProcessShardingStrategy}. Only cloneable options cross to the workers
 * ({@link WorkerShardOptions}); the token travels in `workerData`.
 */
export class WorkerShardingStrategy extends EventEmitter<ShardingStrategyEventMap> implements ShardingStrategy {
	readonly #options: WorkerShardingOptions;
	readonly #file: string | URL;
	#plan: ShardingPlan | undefined;
	readonly #statuses = new Map<number, ShardStatus>();
	readonly #latencies = new Map<number, number | undefined>();
	readonly #workerOf = new Map<number, ShardWorkerHandle>();
	readonly #waiters = new Map<number, Waiter>();
	readonly #pendingSends: { shardId: number; payload: GatewaySendPayload }[] = [];
	readonly #allReady = new AllReady();
	readonly #abort = new AbortController();
	#connecting: Promise<void> | undefined;
	#destroyed: Promise<void> | undefined;

	public constructor(options: WorkerShardingOptions) {
		super();
		this.#options = options;
		const perWorker = options.shardsPerWorker ?? 'all';
		if (perWorker !== 'all' && (!Number.isInteger(perWorker) || perWorker < 1)) {
			throw new GatewayError('GATEWAY_INVALID_OPTION', `shardsPerWorker must be a positive integer or 'all', got ${perWorker}.`);
		}
		this.#file = options.workerFile ?? new URL('./_shardWorker.js', import.meta.url);
		if (options.workerFile === undefined && import.meta.url.endsWith('.ts')) {
			throw new GatewayError(
				'GATEWAY_INVALID_OPTION',
				'ovenjs is running from TypeScript source: pass workerFile, a JS bootstrap that registers a TypeScript loader and imports gateway/_shardWorker.ts.',
			);
		}
		if (options.shardCount !== 'auto') this.#setPlan(shardingPlan(options, options.shardCount));
		// Raw packets cross the thread boundary only while someone listens.
		const self = this as EventEmitter;
		self.on('newListener', (event: string | symbol) => {
			if (event === 'raw' && this.listenerCount('raw') === 0) this.#postAll({ op: 'raw', enabled: true });
		});
		self.on('removeListener', (event: string | symbol) => {
			if (event === 'raw' && this.listenerCount('raw') === 0) this.#postAll({ op: 'raw', enabled: false });
		});
	}

	/** The shard ids run here (empty until `connect()` has resolved `shardCount: 'auto'`). */
	public get shardIds(): readonly number[] {
		return this.#plan?.shardIds ?? [];
	}

	/** Starts the workers and connects every shard; resolves once all are ready, rejects (after destroying all) if one fails. */
	public connect(): Promise<void> {
		if (this.#destroyed !== undefined)
			return Promise.reject(
				new GatewayError('GATEWAY_DESTROYED', 'This sharding strategy was destroyed; create a new one to connect again.'),
			);
		this.#connecting ??= this.#start().catch(async (error: unknown) => {
			await this.destroy();
			throw error;
		});
		return this.#connecting;
	}

	/** Destroys every shard and terminates the workers. Idempotent. */
	public destroy(options: ShardDestroyOptions = {}): Promise<void> {
		if (this.#destroyed === undefined) {
			const error = new GatewayError('GATEWAY_DESTROYED', 'The sharding strategy was destroyed.');
			this.#abort.abort(error);
			this.#destroyed = Promise.all([...new Set(this.#workerOf.values())].map((worker) => worker.destroy(options))).then(() => {
				for (const [shardId, waiter] of this.#waiters) {
					this.#waiters.delete(shardId);
					waiter.reject(error);
				}
				for (const shardId of this.#statuses.keys()) this.#setStatus(shardId, 'closed');
			});
		}
		return this.#destroyed;
	}

	/** Queues a payload on shard `shardId` (in its worker); before `connect()` it waits for the worker. */
	public send(shardId: number, payload: GatewaySendPayload): void {
		const status = this.#statuses.get(shardId);
		if (status === undefined)
			throw new GatewayError(
				'GATEWAY_INVALID_OPTION',
				`Shard ${shardId} is not run by this strategy (it runs ${this.shardIds.join(', ') || 'none yet'}).`,
			);
		if (status === 'closed' || this.#destroyed !== undefined)
			throw new GatewayError('GATEWAY_NOT_CONNECTED', `Shard ${shardId} is closed; op ${payload.op} was not sent.`);
		const worker = this.#workerOf.get(shardId);
		// Before connect() starts the workers, sends wait here, as they wait in a Shard's queue.
		if (worker === undefined) this.#pendingSends.push({ shardId, payload });
		else worker.post({ op: 'send', shardId, payload });
	}

	/** Each shard's status, as last reported by its worker. */
	public statuses(): ReadonlyMap<number, ShardStatus> {
		return new Map(this.#statuses);
	}

	/** Each shard's last heartbeat round trip in ms, as last reported by its worker. */
	public latencies(): ReadonlyMap<number, number | undefined> {
		return new Map(this.#latencies);
	}

	#setPlan(plan: ShardingPlan): void {
		this.#plan = plan;
		for (const shardId of plan.shardIds) {
			this.#statuses.set(shardId, 'idle');
			this.#latencies.set(shardId, undefined);
		}
	}

	async #start(): Promise<void> {
		if (this.#plan === undefined) this.#setPlan(await resolveSharding(this.#options, this.#abort.signal));
		const plan = this.#plan as ShardingPlan;
		if (this.#destroyed !== undefined)
			throw new GatewayError('GATEWAY_DESTROYED', 'This sharding strategy was destroyed while connecting.');
		const perWorker =
			this.#options.shardsPerWorker === undefined || this.#options.shardsPerWorker === 'all'
				? plan.shardIds.length
				: this.#options.shardsPerWorker;
		const options = pickWorkerShardOptions(this.#options);
		const ready = plan.shardIds.map((shardId) => new Promise<void>((resolve, reject) => this.#waiters.set(shardId, { resolve, reject })));
		for (let i = 0; i < plan.shardIds.length; i += perWorker) {
			const shardIds = plan.shardIds.slice(i, i + perWorker);
			const worker = new ShardWorkerHandle(
				this.#file,
				{ shardIds, shardCount: plan.shardCount, options, raw: this.listenerCount('raw') > 0 },
				plan.identifyThrottler,
				{
					onMessage: (message) => this.#onMessage(message),
					onCrash: (error) => this.#onCrash(shardIds, error),
				},
			);
			for (const shardId of shardIds) this.#workerOf.set(shardId, worker);
			worker.post({ op: 'connect' });
		}
		for (const { shardId, payload } of this.#pendingSends.splice(0)) this.#workerOf.get(shardId)?.post({ op: 'send', shardId, payload });
		await Promise.all(ready);
	}

	#postAll(message: { readonly op: 'raw'; readonly enabled: boolean }): void {
		for (const worker of new Set(this.#workerOf.values())) worker.post(message);
	}

	#settle(shardId: number, error?: GatewayError): void {
		const waiter = this.#waiters.get(shardId);
		this.#waiters.delete(shardId);
		if (error === undefined) waiter?.resolve();
		else waiter?.reject(error);
	}

	#setStatus(shardId: number, status: ShardStatus): void {
		const previous = this.#statuses.get(shardId) ?? 'idle';
		if (previous === status) return;
		this.#statuses.set(shardId, status);
		this.#allReady.statusChanged(status);
		this.emit('status', shardId, status, previous);
	}

	/** After a shard's READY/RESUMED has been delivered: `ready` if all are up now (the same order as in-process). */
	#sessionUp(): void {
		if (this.#allReady.sessionUp(this.#statuses.values())) this.emit('ready');
	}

	#onCrash(shardIds: readonly number[], error: GatewayError): void {
		for (const shardId of shardIds) {
			this.#settle(shardId, error);
			if (this.listenerCount('error') > 0) this.emit('error', shardId, error);
			this.#setStatus(shardId, 'closed');
		}
	}

	#onMessage(message: WorkerToMain): void {
		switch (message.op) {
			case 'connected':
				return this.#settle(message.shardId);
			case 'connectFailed':
				return this.#settle(message.shardId, deserializeError(message.shardId, message.error));
			case 'error':
				if (this.listenerCount('error') > 0) this.emit('error', message.shardId, deserializeError(message.shardId, message.error));
				return;
			case 'event':
				return this.#onEvent(message);
			default:
				return;
		}
	}

	#onEvent(message: Extract<WorkerToMain, { op: 'event' }>): void {
		const id = message.shardId;
		switch (message.event) {
			case 'dispatch':
				return void this.emit('dispatch', id, ...message.args);
			case 'ready':
				this.emit('shardReady', id, ...message.args);
				return this.#sessionUp();
			case 'resumed':
				this.emit('shardResumed', id);
				return this.#sessionUp();
			case 'status':
				return this.#setStatus(id, message.args[0]);
			case 'latency':
				this.#latencies.set(id, message.args[0]);
				return void this.emit('latency', id, ...message.args);
			case 'warn':
				return void this.emit('warn', id, ...message.args);
			case 'debug':
				return void this.emit('debug', id, ...message.args);
			case 'close':
				return void this.emit('close', id, ...message.args);
			case 'raw':
				if (this.listenerCount('raw') > 0) this.emit('raw', id, ...message.args);
				return;
		}
	}
}
