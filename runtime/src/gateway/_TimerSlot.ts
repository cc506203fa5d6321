import { _timerDelay } from '../_timerDelay.js';

/**
 * One timer at a time: the shard's HELLO deadline, READY deadline and reconnect delay never
 * overlap, so one slot holds whichever is current and arming replaces it. `clear()` is what
 * makes `destroy()` leave no timers behind.
 */
export class TimerSlot {
	#timer: NodeJS.Timeout | undefined;

	/** Whether a timer is pending. */
	public get armed(): boolean {
		return this.#timer !== undefined;
	}

	/** Runs `fn` after `ms` (kept within a timer's range), replacing any pending timer. */
	public arm(ms: number, fn: () => void): void {
		this.clear();
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			fn();
		}, _timerDelay(ms));
	}

	/** Cancels the pending timer, if any. Idempotent. */
	public clear(): void {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
