import type { GatewayError } from './GatewayError.js';

/** The pending `connect()` calls of a shard, settled together at READY/RESUMED or on failure. */
export class ReadyWaiters {
	#waiters: { resolve: () => void; reject: (error: GatewayError) => void }[] = [];

	/** A promise settled by the next {@link settle}. */
	public wait(): Promise<void> {
		return new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
	}

	/** Resolves every waiter, or rejects them all with `error`. */
	public settle(error?: GatewayError): void {
		for (const waiter of this.#waiters.splice(0)) {
			if (error === undefined) waiter.resolve();
			else waiter.reject(error);
		}
	}
}
