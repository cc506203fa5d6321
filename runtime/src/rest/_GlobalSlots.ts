/**
 * The global limit's slots: at most `limit` held at once, each until its window ends. A slot
 * is taken for a window from its send, and settling extends it to a window from its answer.
 * A min-heap of (until, slot) with lazy deletion keeps both steps O(log n), so a very high
 * limit (limits off) costs no more than Discord's 50.
 */
export class GlobalSlots {
	/** Slot id → when it frees. */
	readonly #until = new Map<number, number>();
	/** Slots taken at each `until` value and not settled yet, oldest first (for {@link settle}). */
	readonly #byUntil = new Map<number, number[]>();
	/** [until, id], smallest until first; entries whose slot moved on are skipped when popped. */
	readonly #heap: [number, number][] = [];
	#nextId = 0;

	/** 0 and a slot held until `now + windowMs`, or how long to wait for the first slot to free. */
	public take(now: number, limit: number, windowMs: number): number {
		this.#prune(now);
		if (this.#until.size >= limit) return (this.#heap[0] as [number, number])[0] - now;
		const id = this.#nextId++;
		const until = now + windowMs;
		this.#until.set(id, until);
		this.#push([until, id]);
		const taken = this.#byUntil.get(until);
		if (taken === undefined) this.#byUntil.set(until, [id]);
		else taken.push(id);
		return 0;
	}

	/** Holds the slot taken with `until` (= send time + window) until `heldUntil`, if later. */
	public settle(until: number, heldUntil: number): void {
		const taken = this.#byUntil.get(until);
		const id = taken?.shift();
		if (taken !== undefined && taken.length === 0) this.#byUntil.delete(until);
		if (id === undefined || this.#until.get(id) !== until || heldUntil <= until) return;
		this.#until.set(id, heldUntil);
		this.#push([heldUntil, id]);
	}

	#prune(now: number): void {
		for (let top = this.#heap[0]; top !== undefined && (top[0] <= now || this.#until.get(top[1]) !== top[0]); top = this.#heap[0]) {
			this.#pop();
			if (this.#until.get(top[1]) === top[0]) {
				this.#until.delete(top[1]);
				const taken = this.#byUntil.get(top[0]);
				if (taken !== undefined) {
					const at = taken.indexOf(top[1]);
					if (at !== -1) taken.splice(at, 1);
					if (taken.length === 0) this.#byUntil.delete(top[0]);
				}
			}
		}
	}

	#push(entry: [number, number]): void {
		const heap = this.#heap;
		heap.push(entry);
		for (let i = heap.length - 1; i > 0;) {
			const parent = (i - 1) >> 1;
			if ((heap[parent] as [number, number])[0] <= entry[0]) break;
			heap[i] = heap[parent] as [number, number];
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
			if (left < heap.length && (heap[left] as [number, number])[0] < (heap[smallest] as [number, number])[0]) smallest = left;
			if (right < heap.length && (heap[right] as [number, number])[0] < (heap[smallest] as [number, number])[0]) smallest = right;
			if (smallest === i) return;
			[heap[i], heap[smallest]] = [heap[smallest] as [number, number], heap[i] as [number, number]];
			i = smallest;
		}
	}
}
