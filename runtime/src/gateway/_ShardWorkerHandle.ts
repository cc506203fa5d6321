import { Worker } from 'node:worker_threads';
import { GatewayError } from './GatewayError.js';
import type { IdentifyThrottler } from './IdentifyThrottler.js';
import type { ShardDestroyOptions } from './ShardOptions.js';
import type { MainToWorker, ShardWorkerData, WorkerToMain } from './_shardWorkerProtocol.js';

/** How long a worker gets to close its shards' sockets before it is terminated, in ms. */
const DESTROY_GRACE_MS = 5000;

/** What a {@link ShardWorkerHandle} reports to its strategy. */
export interface ShardWorkerHandlers {
	/** A message other than the identify and destroy bookkeeping this handle does itself. */
	onMessage(message: WorkerToMain): void;
	/** The worker died without being destroyed (an uncaught error, `process.exit` in it …). */
	onCrash(error: GatewayError): void;
}

/**
 * The main-thread end of one shard worker: starts it, answers its identify requests from
 * the strategy's throttler (so pacing holds across workers), and stops it cleanly.
 */
export class ShardWorkerHandle {
	readonly #worker: Worker;
	readonly #throttler: IdentifyThrottler;
	readonly #handlers: ShardWorkerHandlers;
	readonly #identifies = new Map<number, AbortController>();
	#exited = false;
	readonly #exit: Promise<void>;
	#destroyed: (() => void) | undefined;
	#destroying: Promise<void> | undefined;

	public constructor(file: string | URL, data: ShardWorkerData, throttler: IdentifyThrottler, handlers: ShardWorkerHandlers) {
		this.#throttler = throttler;
		this.#handlers = handlers;
		this.#worker = new Worker(file, { workerData: data });
		let failure: Error | undefined;
		this.#worker.on('message', (message: WorkerToMain) => this.#onMessage(message, data.shardIds));
		this.#worker.on('error', (error) => (failure = error));
		this.#exit = new Promise<void>((resolve) => {
			this.#worker.once('exit', (code) => {
				this.#exited = true;
				this.#abortIdentifies();
				resolve();
				if (this.#destroying === undefined) {
					const why = failure === undefined ? `exited with code ${code}` : `crashed: ${failure.message}`;
					this.#handlers.onCrash(
						new GatewayError('GATEWAY_WORKER_EXITED', `The worker running shards ${data.shardIds.join(', ')} ${why}.`, { cause: failure }),
					);
				}
			});
		});
	}

	/** Sends a message to the worker (dropped once it has exited). */
	public post(message: MainToWorker): void {
		if (!this.#exited) this.#worker.postMessage(message);
	}

	/** Destroys the worker's shards, then terminates it. Idempotent. */
	public destroy(options: ShardDestroyOptions): Promise<void> {
		this.#destroying ??= (async () => {
			this.#abortIdentifies();
			if (this.#exited) return;
			let timer: NodeJS.Timeout | undefined;
			const closed = new Promise<void>((resolve) => {
				this.#destroyed = resolve;
				timer = setTimeout(resolve, DESTROY_GRACE_MS);
			});
			this.#worker.postMessage({ op: 'destroy', options } satisfies MainToWorker);
			await Promise.race([closed, this.#exit]);
			clearTimeout(timer);
			await this.#worker.terminate();
			await this.#exit;
		})();
		return this.#destroying;
	}

	#onMessage(message: WorkerToMain, shardIds: readonly number[]): void {
		switch (message.op) {
			case 'identify':
				return this.#identify(message.shardId, message.nonce, shardIds);
			case 'identifyCancel':
				this.#identifies.get(message.nonce)?.abort(new GatewayError('GATEWAY_NOT_CONNECTED', 'The identify request was withdrawn.'));
				this.#identifies.delete(message.nonce);
				return;
			case 'destroyed':
				return this.#destroyed?.();
			default:
				return this.#handlers.onMessage(message);
		}
	}

	#identify(shardId: number, nonce: number, shardIds: readonly number[]): void {
		if (!shardIds.includes(shardId) || this.#destroying !== undefined) return;
		const abort = new AbortController();
		this.#identifies.set(nonce, abort);
		this.#throttler.waitForIdentify(shardId, abort.signal).then(
			() => {
				if (this.#identifies.delete(nonce)) this.post({ op: 'identifyGranted', nonce });
			},
			() => this.#identifies.delete(nonce),
		);
	}

	#abortIdentifies(): void {
		for (const abort of this.#identifies.values()) abort.abort(new GatewayError('GATEWAY_DESTROYED', 'The shard worker is stopping.'));
		this.#identifies.clear();
	}
}
