import { UNSETTLED_HOLD_MS } from './_GlobalSlots.js';
import { InvalidRESTOptionError } from './errors/InvalidRESTOptionError.js';
import { RateLimitStoreUnavailableError } from './errors/RateLimitStoreUnavailableError.js';
import type { RedisFallbackOptions } from './RedisRateLimitStoreOptions.js';
import type { BucketState } from './RateLimitStore.js';

/** `RedisFallbackOptions` with defaults applied. */
export interface ResolvedFallback {
	readonly timeoutMs: number;
	readonly retryMs: number;
	readonly globalShare: number | undefined;
}

/** What a process learned and took on its own during an outage, to write back to Redis. */
export interface OutageBacklog {
	/** Bucket states from responses, still in their window. */
	readonly buckets: readonly [key: string, state: BucketState][];
	/** The global slots taken during the outage and still held, by the time they were taken. */
	readonly slots: readonly OutageSlots[];
	/** A global 429 block still in force, or 0. */
	readonly blockedUntil: number;
	/** Invalid requests counted, and the window they were counted over. */
	readonly invalid: number;
	readonly invalidWindowMs: number;
}

/** Global slots taken alone at one instant (they settle together, as in GlobalSlots). */
export interface OutageSlots {
	readonly takenAt: number;
	readonly taken: number;
	readonly settled: number;
	/** The latest hold their settled requests asked for so far. */
	readonly heldUntil: number;
}

interface LocalSlots {
	taken: number;
	settled: number;
	heldUntil: number;
}

/**
 * The outage state of a shared store: whether Redis is down and since when, when to try it
 * again, the timeout of each command, and the backlog to write back once it answers.
 * @internal
 */
export class StoreOutage {
	readonly #options: ResolvedFallback;
	#since: number | undefined;
	#nextProbe = 0;
	#probing = false;
	#stopped = false;
	readonly #buckets = new Map<string, BucketState>();
	/** Global slots taken alone, by the time they were taken. */
	readonly #slots = new Map<number, LocalSlots>();
	#blockedUntil = 0;
	#invalid = 0;
	#invalidWindowMs = 600_000;

	constructor(options: ResolvedFallback) {
		this.#options = options;
	}

	/** Whether Redis is considered unreachable. */
	get down(): boolean {
		return this.#since !== undefined;
	}

	/** The configured share of the global limit, if one was given. */
	get globalShare(): number | undefined {
		return this.#options.globalShare;
	}

	/** A command failed: Redis is down from now. Answers whether it was up until now. */
	fail(): boolean {
		if (this.#since !== undefined) return false;
		this.#since = Date.now();
		this.#nextProbe = this.#since + this.#options.retryMs;
		return true;
	}

	/** Starts `recover` in the background when the next try is due and none runs. */
	probe(recover: () => Promise<void>): void {
		const now = Date.now();
		if (this.#stopped || this.#probing || now < this.#nextProbe) return;
		this.#probing = true;
		this.#nextProbe = now + this.#options.retryMs;
		void recover()
			.catch(() => undefined)
			.finally(() => (this.#probing = false));
	}

	/** Redis answered and the backlog is written back: answers how long it was down. */
	recovered(): number {
		const downMs = this.#since === undefined ? 0 : Date.now() - this.#since;
		this.#since = undefined;
		this.#buckets.clear();
		this.#slots.clear();
		this.#blockedUntil = 0;
		this.#invalid = 0;
		return downMs;
	}

	/**
	 * `promise`, or a `RateLimitStoreUnavailableError` once it has taken `timeoutMs`. An answer
	 * after that goes to `undo`. The timer yields to I/O once before giving up, so that an event
	 * loop that was busy past the deadline still reads an answer already on the socket.
	 */
	withTimeout<T>(promise: Promise<T>, undo?: (late: T) => void): Promise<T> {
		const { timeoutMs } = this.#options;
		return new Promise<T>((resolve, reject) => {
			let settled = false;
			const timer = setTimeout(
				() =>
					setImmediate(() => {
						if (settled) return;
						settled = true;
						reject(new RateLimitStoreUnavailableError(`Redis did not answer within ${timeoutMs} ms.`));
					}),
				timeoutMs,
			);
			promise.then(
				(value) => {
					if (settled) return undo?.(value);
					settled = true;
					clearTimeout(timer);
					resolve(value);
				},
				(error: unknown) => {
					if (settled) return;
					settled = true;
					clearTimeout(timer);
					reject(error as Error);
				},
			);
		});
	}

	/** A global slot was taken alone at `at`. */
	tookSlot(at: number): void {
		const slots = this.#slots.get(at);
		if (slots === undefined) this.#slots.set(at, { taken: 1, settled: 0, heldUntil: 0 });
		else slots.taken++;
	}

	/** A slot taken alone at `at` was settled: held until `heldUntil`. */
	settledSlot(at: number, heldUntil: number): void {
		const slots = this.#slots.get(at);
		if (slots === undefined) return;
		slots.settled++;
		slots.heldUntil = Math.max(slots.heldUntil, heldUntil);
	}

	/** The slots taken alone at `takenAt`, as they stand now. */
	slotsAt(takenAt: number): OutageSlots | undefined {
		const group = this.#slots.get(takenAt);
		return group === undefined ? undefined : { takenAt, ...group };
	}

	/** A response taught a bucket's state while Redis was down. */
	learned(key: string, state: BucketState): void {
		this.#buckets.set(key, state);
	}

	/** A global 429 blocked traffic while Redis was down. */
	blocked(until: number): void {
		this.#blockedUntil = Math.max(this.#blockedUntil, until);
	}

	/** An invalid request was counted while Redis was down. */
	countedInvalid(windowMs: number): void {
		this.#invalid++;
		this.#invalidWindowMs = windowMs;
	}

	/** What to write back at `now`: what is still in force. */
	backlog(now: number): OutageBacklog {
		const slots: OutageSlots[] = [];
		for (const [takenAt, group] of this.#slots) {
			const until = group.settled >= group.taken ? group.heldUntil : takenAt + UNSETTLED_HOLD_MS;
			if (until > now) slots.push({ takenAt, ...group });
		}
		return {
			buckets: [...this.#buckets].filter(([, state]) => state.resetAt > now),
			slots,
			blockedUntil: this.#blockedUntil,
			invalid: this.#invalid,
			invalidWindowMs: this.#invalidWindowMs,
		};
	}

	/** No more tries (the store was destroyed). */
	stop(): void {
		this.#stopped = true;
	}
}

/** The fallback options with their defaults, checked. */
export function resolveFallback(options: RedisFallbackOptions): ResolvedFallback {
	const positive = (name: string, value: number | undefined, fallback: number): number => {
		if (value === undefined) return fallback;
		if (!(Number.isFinite(value) && value > 0))
			throw new InvalidRESTOptionError(`fallback.${name} must be a number > 0, got ${String(value)}.`);
		return value;
	};
	const share = options.globalShare;
	if (share !== undefined && !(share > 0 && share <= 1))
		throw new InvalidRESTOptionError(`fallback.globalShare must be in (0, 1], got ${String(share)}.`);
	return {
		timeoutMs: positive('timeoutMs', options.timeoutMs, 2_000),
		retryMs: positive('retryMs', options.retryMs, 1_000),
		globalShare: share,
	};
}

/** The error an outage is reported with; a missing ioredis is a configuration error, not an outage. */
export function unavailable(error: unknown, consequence: string): RateLimitStoreUnavailableError {
	if (error instanceof InvalidRESTOptionError) throw error;
	const message = error instanceof Error ? error.message : String(error);
	return new RateLimitStoreUnavailableError(`RedisRateLimitStore: ${message.replace(/\.$/, '')}; ${consequence}.`, { cause: error });
}
