import { BucketQueue } from './_BucketQueue.js';
import type { RequestAbort } from './_RequestAbort.js';
import type { RateLimitStore } from './RateLimitStore.js';
import type { RouteInfo } from './routeInfo.js';

/** One request handed to {@link RequestQueues.run}. */
export interface QueuedRequest {
	readonly priority: 'high' | 'normal';
	/** Aborted by the caller's signal, the deadline or `destroy()`; the reason is what the caller gets. */
	readonly abort: RequestAbort;
	/** Runs the request once its turn comes. */
	execute(): Promise<unknown>;
}

/**
 * The queues of a `REST` client, one per bucket and major parameter, made on demand and
 * dropped when they run dry. A request settles as soon as its signal fires, queued or
 * running: the caller never waits for a send or a store call that ignores the signal.
 * @internal
 */
export class RequestQueues {
	readonly #queues = new Map<string, BucketQueue>();
	readonly #hashes: Map<string, string>;
	readonly #store: RateLimitStore;

	/** @param hashes Bucket hashes known to this process, shared with the rate-limit policy. */
	constructor(hashes: Map<string, string>, store: RateLimitStore) {
		this.#hashes = hashes;
		this.#store = store;
	}

	/**
	 * The key of a route's queue. Until its first response names the bucket, a route queues
	 * under its own key; requests that arrive while that queue still runs join it, so
	 * per-channel order holds.
	 */
	async keyFor(info: RouteInfo): Promise<string> {
		const routeKey = `${info.bucketRoute}:${info.majorParameter}`;
		const routeQueue = this.#queues.get(routeKey);
		const hash = this.#hashes.get(info.bucketRoute) ?? (await this.#store.getBucketHash(info.bucketRoute));
		return routeQueue?.busy === true || hash === undefined ? routeKey : `${hash}:${info.majorParameter}`;
	}

	/**
	 * Queues `request` under `key` (the queue is made if needed, and dropped once it runs dry);
	 * settles with its result, or with the abort reason the moment its signal fires.
	 */
	run(key: string, request: QueuedRequest): Promise<unknown> {
		const { signal } = request.abort;
		if (signal.aborted) return Promise.reject(signal.reason);
		let queue = this.#queues.get(key);
		if (queue === undefined) {
			const created = new BucketQueue(() => {
				if (!created.busy && this.#queues.get(key) === created) this.#queues.delete(key);
			});
			queue = created;
			this.#queues.set(key, queue);
		}
		const owner = queue;
		return new Promise<unknown>((resolve, reject) => {
			let settled = false;
			const settle = (fn: () => void): void => {
				if (settled) return;
				settled = true;
				stopListening();
				fn();
			};
			const task = {
				priority: request.priority,
				run: async (): Promise<void> => {
					if (settled) return;
					try {
						const value = await request.execute();
						settle(() => resolve(value));
					} catch (error) {
						settle(() => reject(error));
					}
				},
			};
			// Aborted: leave the queue at once so nothing waits behind a dead request. A running
			// task goes on until its own await notices the signal, holding the bucket meanwhile.
			const stopListening = request.abort.onAbort(() => {
				owner.remove(task);
				settle(() => reject(signal.reason));
			});
			owner.push(task);
		});
	}

	/** Forgets every queue, for `destroy()` (their requests are rejected through their signals). */
	clear(): void {
		this.#queues.clear();
	}
}
