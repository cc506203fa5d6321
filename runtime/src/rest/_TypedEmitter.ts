/** The listener type for event `K` of map `E`. */
export type Listener<E, K extends keyof E> = E[K] extends unknown[] ? (...args: E[K]) => void : never;

/**
 * A minimal typed emitter. A listener that throws is isolated: the others still run and the
 * request that emitted carries on, because observability must never break traffic.
 */
export class TypedEmitter<E extends { [K in keyof E]: unknown[] }> {
	readonly #listeners = new Map<keyof E, Set<unknown>>();

	/** Adds a listener; returns a function that removes it. */
	on<K extends keyof E>(event: K, listener: Listener<E, K>): () => void {
		let set = this.#listeners.get(event);
		if (set === undefined) {
			set = new Set();
			this.#listeners.set(event, set);
		}
		set.add(listener);
		return () => this.off(event, listener);
	}

	/** Removes a listener. */
	off<K extends keyof E>(event: K, listener: Listener<E, K>): void {
		this.#listeners.get(event)?.delete(listener);
	}

	/** Whether anyone listens; lets callers skip building a payload. */
	protected hasListeners(event: keyof E): boolean {
		return (this.#listeners.get(event)?.size ?? 0) > 0;
	}

	/** Calls every listener of `event`. */
	protected emit<K extends keyof E>(event: K, ...args: E[K]): void {
		const set = this.#listeners.get(event);
		if (set === undefined) return;
		for (const listener of set) {
			try {
				(listener as (...a: E[K]) => void)(...args);
			} catch {
				// Isolated on purpose; see the class comment.
			}
		}
	}

	/** Drops every listener. */
	protected removeAllListeners(): void {
		this.#listeners.clear();
	}
}
