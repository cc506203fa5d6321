type Listener = (...args: never[]) => unknown;

interface Entry {
	readonly listener: Listener;
	readonly once: boolean;
}

/**
 * A small emitter whose `emit` never throws: a listener that throws or rejects is handed to
 * `onListenerError` and the other listeners still run, so a bug in a handler cannot break
 * the shard that delivered the event.
 * @internal
 */
export class _SafeEmitter {
	readonly #listeners = new Map<string, Entry[]>();
	readonly #onListenerError: (event: string, error: unknown) => void;
	readonly #onFirstListener: (event: string) => void;

	constructor(onListenerError: (event: string, error: unknown) => void, onFirstListener: (event: string) => void) {
		this.#onListenerError = onListenerError;
		this.#onFirstListener = onFirstListener;
	}

	add(event: string, listener: Listener, once: boolean): void {
		const list = this.#listeners.get(event);
		if (list === undefined) {
			this.#listeners.set(event, [{ listener, once }]);
			this.#onFirstListener(event);
		} else {
			// Copy on write: an emit in progress keeps iterating the old array.
			this.#listeners.set(event, [...list, { listener, once }]);
		}
	}

	remove(event: string, listener: Listener): void {
		const list = this.#listeners.get(event);
		if (list === undefined) return;
		const index = list.findIndex((entry) => entry.listener === listener);
		if (index === -1) return;
		const next = list.filter((_, i) => i !== index);
		if (next.length === 0) this.#listeners.delete(event);
		else this.#listeners.set(event, next);
	}

	has(event: string): boolean {
		return this.#listeners.has(event);
	}

	count(event: string): number {
		return this.#listeners.get(event)?.length ?? 0;
	}

	clear(): void {
		this.#listeners.clear();
	}

	emit(event: string, args: readonly unknown[]): void {
		const list = this.#listeners.get(event);
		if (list === undefined) return;
		for (const entry of list) {
			if (entry.once) this.remove(event, entry.listener);
			try {
				this.#settle(event, (entry.listener as (...a: readonly unknown[]) => unknown)(...args));
			} catch (error) {
				this.#onListenerError(event, error);
			}
		}
	}

	/**
	 * `emit(event, [a, b])` without the array and the spread: the per-dispatch path. Returns
	 * when the async listeners have settled (undefined when none returned a promise), for a
	 * strategy that acknowledges an event once handled (`StreamShardingStrategy`).
	 */
	emit2(event: string, a: unknown, b: unknown): PromiseLike<unknown> | undefined {
		const list = this.#listeners.get(event);
		if (list === undefined) return undefined;
		let pending: PromiseLike<unknown>[] | undefined;
		for (let i = 0; i < list.length; i++) {
			const entry = list[i] as Entry;
			if (entry.once) this.remove(event, entry.listener);
			try {
				const settled = this.#settle(event, (entry.listener as (a: unknown, b: unknown) => unknown)(a, b));
				if (settled !== undefined) (pending ??= []).push(settled);
			} catch (error) {
				this.#onListenerError(event, error);
			}
		}
		return pending === undefined ? undefined : pending.length === 1 ? pending[0] : Promise.all(pending);
	}

	/** Routes a rejected promise a listener returned to `onListenerError`; returns it settled. */
	#settle(event: string, result: unknown): PromiseLike<unknown> | undefined {
		if (typeof result === 'object' && result !== null && typeof (result as PromiseLike<unknown>).then === 'function') {
			return (result as PromiseLike<unknown>).then(undefined, (error: unknown) => this.#onListenerError(event, error));
		}
		return undefined;
	}
}
