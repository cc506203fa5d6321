/**
 * How long a global slot is held when its request never settles it: longer than a request
 * should ever take (the client's default timeout is 15 s). A slot is freed sooner only by
 * {@link GlobalSlots.settle}, once the answer shows when Discord could have counted it.
 */
export const UNSETTLED_HOLD_MS = 15_000;

/**
 * How often a request waiting for the global limit asks again while the slot in its way is
 * unsettled and past its window: that slot frees a window after an answer still to come.
 */
export const UNSETTLED_POLL_MS = 100;

/** Slots taken at one instant: they are told apart by nothing, so they settle together. */
interface Group {
	readonly ids: number[];
	settled: number;
	heldUntil: number;
}

/**
 * The global limit's slots: at most `limit` held at once. A slot is held from its take until a
 * window after its request's answer ({@link settle}); until then it is held for
 * {@link UNSETTLED_HOLD_MS}, since Discord may count the request at any moment before it
 * answers, however long the request waits for a connection or a busy event loop. A min-heap of
 * (until, slot) with lazy deletion keeps both steps O(log n), so a very high limit (limits off)
 * costs no more than Discord's 50.
 */
export class GlobalSlots {
	/** Slot id → when it frees. */
	readonly #until = new Map<number, number>();
	/** Unsettled slots by the time they were taken. */
	readonly #groups = new Map<number, Group>();
	/** Unsettled slot id → when it was taken, oldest first. */
	readonly #unsettled = new Map<number, number>();
	/** [until, id, takenAt], smallest until first; entries whose slot moved on are skipped when popped. */
	readonly #heap: [number, number, number][] = [];
	#nextId = 0;

	/**
	 * 0 and a slot held until settled, or how long to wait for the first slot to free: a settled
	 * slot's end, or for an unsettled one its window's end, then {@link UNSETTLED_POLL_MS} steps.
	 */
	public take(now: number, limit: number, windowMs: number): number {
		this.#prune(now);
		if (this.#until.size >= limit) {
			const settledFree = (this.#heap[0] as [number, number, number])[0] - now;
			const oldest = this.#unsettled.values().next();
			return oldest.done === true ? settledFree : Math.min(settledFree, Math.max(oldest.value + windowMs - now, UNSETTLED_POLL_MS));
		}
		const id = this.#nextId++;
		const until = now + Math.max(windowMs, UNSETTLED_HOLD_MS);
		this.#until.set(id, until);
		this.#unsettled.set(id, now);
		this.#push([until, id, now]);
		const group = this.#groups.get(now);
		if (group === undefined) this.#groups.set(now, { ids: [id], settled: 0, heldUntil: 0 });
		else group.ids.push(id);
		return 0;
	}

	/**
	 * The request of a slot taken at `takenAt` was answered: hold that slot until `heldUntil`,
	 * and never less than `windowMs` from its take. Slots taken in the same millisecond cannot be
	 * told apart, so they are released together when the last of them settles, each held until
	 * the latest `heldUntil` among them.
	 */
	public settle(takenAt: number, windowMs: number, heldUntil: number): void {
		const group = this.#groups.get(takenAt);
		if (group === undefined) return;
		group.settled++;
		group.heldUntil = Math.max(group.heldUntil, heldUntil, takenAt + windowMs);
		if (group.settled < group.ids.length) return;
		this.#groups.delete(takenAt);
		for (const id of group.ids) {
			this.#unsettled.delete(id);
			if (!this.#until.has(id)) continue;
			this.#until.set(id, group.heldUntil);
			this.#push([group.heldUntil, id, takenAt]);
		}
	}

	#prune(now: number): void {
		for (let top = this.#heap[0]; top !== undefined && (top[0] <= now || this.#until.get(top[1]) !== top[0]); top = this.#heap[0]) {
			this.#pop();
			if (this.#until.get(top[1]) !== top[0]) continue;
			this.#until.delete(top[1]);
			this.#unsettled.delete(top[1]);
			// Its group's slots were all taken at once, so they all expire unsettled together.
			this.#groups.delete(top[2]);
		}
	}

	#push(entry: [number, number, number]): void {
		const heap = this.#heap;
		heap.push(entry);
		for (let i = heap.length - 1; i > 0;) {
			const parent = (i - 1) >> 1;
			if ((heap[parent] as [number, number, number])[0] <= entry[0]) break;
			heap[i] = heap[parent] as [number, number, number];
			heap[parent] = entry;
			i = parent;
		}
	}

	#pop(): void {
		const heap = this.#heap;
		const last = heap.pop();
		if (last === undefined || heap.length === 0) return;
		heap[0] = last;
		for (let i = 0; ;) {
			const left = 2 * i + 1;
			const right = left + 1;
			let smallest = i;
			if (left < heap.length && (heap[left] as [number, number, number])[0] < (heap[smallest] as [number, number, number])[0])
				smallest = left;
			if (right < heap.length && (heap[right] as [number, number, number])[0] < (heap[smallest] as [number, number, number])[0])
				smallest = right;
			if (smallest === i) return;
			[heap[i], heap[smallest]] = [heap[smallest] as [number, number, number], heap[i] as [number, number, number]];
			i = smallest;
		}
	}
}
