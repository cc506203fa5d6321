import type { MessagePort } from 'node:worker_threads';
import { Shard } from './Shard.js';
import type { ShardEventMap } from './ShardEvents.js';
import { WorkerIdentifyThrottler } from './_WorkerIdentifyThrottler.js';
import { type MainToWorker, type ShardWorkerData, type WorkerToMain, serializeError } from './_shardWorkerProtocol.js';

const FORWARDED = [
	'dispatch',
	'ready',
	'resumed',
	'status',
	'latency',
	'warn',
	'debug',
	'close',
] as const satisfies readonly (keyof ShardEventMap)[];

/**
 * The worker side of a {@link WorkerShardingStrategy}: runs its shards, forwards their
 * events to the main thread and obeys its messages. Kept apart from the entry file so it
 * can be driven over a plain `MessageChannel`.
 */
export class ShardWorkerHost {
	readonly #port: MessagePort;
	readonly #shards = new Map<number, Shard>();
	readonly #throttler: WorkerIdentifyThrottler;
	#raw: boolean;

	public constructor(port: MessagePort, data: ShardWorkerData) {
		this.#port = port;
		this.#raw = data.raw;
		this.#throttler = new WorkerIdentifyThrottler(port);
		for (const shardId of data.shardIds) {
			const shard = new Shard({ ...data.options, shardId, shardCount: data.shardCount, identifyThrottler: this.#throttler });
			this.#forward(shard);
			this.#shards.set(shardId, shard);
		}
		port.on('message', (message: MainToWorker) => this.#onMessage(message));
	}

	#post(message: WorkerToMain): void {
		this.#port.postMessage(message);
	}

	#onMessage(message: MainToWorker): void {
		switch (message.op) {
			case 'connect':
				for (const [shardId, shard] of this.#shards) {
					shard.connect().then(
						() => this.#post({ op: 'connected', shardId }),
						(error: unknown) => this.#post({ op: 'connectFailed', shardId, error: serializeError(error) }),
					);
				}
				return;
			case 'send':
				try {
					this.#shards.get(message.shardId)?.send(message.payload);
				} catch (error) {
					this.#post({ op: 'error', shardId: message.shardId, error: serializeError(error) });
				}
				return;
			case 'identifyGranted':
				return this.#throttler.granted(message.nonce);
			case 'raw':
				this.#raw = message.enabled;
				return;
			case 'destroy':
				void Promise.all([...this.#shards.values()].map((shard) => shard.destroy(message.options))).then(() => {
					this.#post({ op: 'destroyed' });
					this.#port.close();
				});
		}
	}

	#forward(shard: Shard): void {
		const shardId = shard.id;
		for (const event of FORWARDED) {
			shard.on(event, (...args: unknown[]) => this.#post({ op: 'event', shardId, event, args } as WorkerToMain));
		}
		shard.on('error', (error) => this.#post({ op: 'error', shardId, error: serializeError(error) }));
		shard.on('raw', (packet) => {
			if (this.#raw) this.#post({ op: 'event', shardId, event: 'raw', args: [packet] });
		});
	}
}
