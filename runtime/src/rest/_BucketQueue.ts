/** One queued request. `run` settles the caller's promise itself and never rejects. */
export interface QueueTask {
	readonly priority: 'high' | 'normal';
	run(): Promise<void>;
}

/**
 * Runs the requests of one bucket + major parameter one at a time, `high` before `normal`.
 * One at a time is what lets the first response teach the bucket's limit before a burst;
 * after that each request waits only for the state it reads. A task that settles (success,
 * error, abort, timeout) frees the slot, so the queue cannot stall on it.
 */
export class BucketQueue {
	readonly #high: QueueTask[] = [];
	readonly #normal: QueueTask[] = [];
	readonly #onIdle: () => void;
	#running = false;

	/** @param onIdle Called when the queue runs dry, so its owner can drop it. */
	constructor(onIdle: () => void) {
		this.#onIdle = onIdle;
	}

	/** Requests waiting, not counting the one running. */
	get size(): number {
		return this.#high.length + this.#normal.length;
	}

	/** Whether a request is running or waiting. */
	get busy(): boolean {
		return this.#running || this.size > 0;
	}

	/** Adds a task and starts the queue if it was idle. */
	push(task: QueueTask): void {
		(task.priority === 'high' ? this.#high : this.#normal).push(task);
		if (!this.#running) void this.#drain();
	}

	/** Takes a waiting task out (its request was aborted); `false` if it already started. */
	remove(task: QueueTask): boolean {
		const list = task.priority === 'high' ? this.#high : this.#normal;
		const index = list.indexOf(task);
		if (index === -1) return false;
		list.splice(index, 1);
		return true;
	}

	async #drain(): Promise<void> {
		this.#running = true;
		try {
			for (let task = this.#next(); task !== undefined; task = this.#next()) await task.run();
		} finally {
			this.#running = false;
			this.#onIdle();
		}
	}

	#next(): QueueTask | undefined {
		return this.#high.shift() ?? this.#normal.shift();
	}
}
