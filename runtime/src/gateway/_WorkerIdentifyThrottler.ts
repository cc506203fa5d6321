import type { MessagePort } from 'node:worker_threads';
import type { IdentifyThrottler } from './IdentifyThrottler.js';
import type { WorkerToMain } from './_shardWorkerProtocol.js';

/**
 * The throttler of shards in a worker: asks the main thread, which holds the strategy's
 * real throttler, so `max_concurrency` pacing holds across every worker.
 */
export class WorkerIdentifyThrottler implements IdentifyThrottler {
	readonly #port: MessagePort;
	readonly #pending = new Map<number, () => void>();
	#nonce = 0;

	public constructor(port: MessagePort) {
		this.#port = port;
	}

	/** The main thread granted request `nonce`. */
	public granted(nonce: number): void {
		const resolve = this.#pending.get(nonce);
		this.#pending.delete(nonce);
		resolve?.();
	}

	public waitForIdentify(shardId: number, signal: AbortSignal): Promise<void> {
		if (signal.aborted) return Promise.reject(signal.reason as Error);
		const nonce = (this.#nonce += 1);
		return new Promise<void>((resolve, reject) => {
			const onAbort = (): void => {
				this.#pending.delete(nonce);
				this.#post({ op: 'identifyCancel', nonce });
				reject(signal.reason as Error);
			};
			this.#pending.set(nonce, () => {
				signal.removeEventListener('abort', onAbort);
				resolve();
			});
			signal.addEventListener('abort', onAbort, { once: true });
			this.#post({ op: 'identify', shardId, nonce });
		});
	}

	#post(message: WorkerToMain): void {
		this.#port.postMessage(message);
	}
}
