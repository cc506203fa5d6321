/**
 * How one request is cancelled: by the caller's signal, its deadline or `destroy()`. The
 * queue and the attempt in flight are told through plain callbacks rather than listeners on
 * the signal: an EventTarget listener costs microseconds to add and remove, which a client
 * sending thousands of requests a second pays on every one. `signal` stays a real
 * `AbortSignal` for the waits that need one (rate-limit sleeps, backoff).
 * @internal
 */
export class RequestAbort {
	readonly #controller = new AbortController();
	#callbacks: (() => void)[] = [];

	/** Aborted with the reason passed to {@link abort}: the error the caller gets. */
	get signal(): AbortSignal {
		return this.#controller.signal;
	}

	/** Aborts the signal, then runs the callbacks registered with {@link onAbort}, once. */
	abort(reason: unknown): void {
		if (this.#controller.signal.aborted) return;
		this.#controller.abort(reason);
		const callbacks = this.#callbacks;
		this.#callbacks = [];
		for (const callback of callbacks) callback();
	}

	/** Runs `callback` on abort; returns a function that unregisters it. */
	onAbort(callback: () => void): () => void {
		this.#callbacks.push(callback);
		return () => {
			const index = this.#callbacks.indexOf(callback);
			if (index !== -1) this.#callbacks.splice(index, 1);
		};
	}
}
