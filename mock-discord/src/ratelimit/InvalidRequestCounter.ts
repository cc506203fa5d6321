import type { InvalidRequestLimit } from './RateLimitConfig.js';

/** Timestamps of one identity's invalid requests, oldest first, in a growable ring. */
interface Entry {
	times: Float64Array;
	head: number;
	size: number;
	/** Epoch ms the ban ends; 0 when not banned. */
	bannedUntil: number;
}

const INITIAL_CAPACITY = 16;

/**
 * Counts each identity's 401, 403 and non-shared 429 results in a rolling window, exactly (one
 * timestamp per result), and bans the identity once the count passes `max`. The ring never holds
 * more than `max + 1` entries, because the ban starts there and nothing is counted during it.
 * @see https://discord.com/developers/docs/topics/rate-limits#invalid-request-limit-aka-cloudflare-bans
 */
export class InvalidRequestCounter {
	readonly #limit: InvalidRequestLimit;
	readonly #entries = new Map<string, Entry>();

	constructor(limit: InvalidRequestLimit) {
		this.#limit = limit;
	}

	/** Identities with state (counted results or a ban); for pruning tests. */
	get size(): number {
		return this.#entries.size;
	}

	/** Counts one invalid result; a banned identity's results are Cloudflare's, not the API's, so they are not counted. */
	record(identity: string, now: number): void {
		let entry = this.#entries.get(identity);
		if (entry === undefined) {
			entry = { times: new Float64Array(Math.min(INITIAL_CAPACITY, this.#limit.max + 1)), head: 0, size: 0, bannedUntil: 0 };
			this.#entries.set(identity, entry);
		}
		if (this.#liftOrKeepBan(entry, now)) return;
		this.#evict(entry, now);
		if (entry.size === entry.times.length) this.#grow(entry);
		entry.times[(entry.head + entry.size) % entry.times.length] = now;
		entry.size++;
		if (entry.size > this.#limit.max) {
			entry.bannedUntil = now + this.#limit.banMs;
			entry.size = 0;
			entry.head = 0;
		}
	}

	/** Invalid results in the window ending at `now` (0 while banned: the count restarts after a ban). */
	count(identity: string, now: number): number {
		const entry = this.#entries.get(identity);
		if (entry === undefined || this.#liftOrKeepBan(entry, now)) return 0;
		this.#evict(entry, now);
		return entry.size;
	}

	/** Milliseconds of ban left for `identity`, 0 when it is not banned. */
	banRemaining(identity: string, now: number): number {
		const entry = this.#entries.get(identity);
		if (entry === undefined || !this.#liftOrKeepBan(entry, now)) return 0;
		return entry.bannedUntil - now;
	}

	/** Drops identities with nothing in the window and no ban. */
	prune(now: number): void {
		for (const [identity, entry] of this.#entries) {
			if (this.#liftOrKeepBan(entry, now)) continue;
			this.#evict(entry, now);
			if (entry.size === 0) this.#entries.delete(identity);
		}
	}

	/** Forgets every count and ban. */
	reset(): void {
		this.#entries.clear();
	}

	/** Returns whether the entry is banned at `now`, clearing a ban that has run out. */
	#liftOrKeepBan(entry: Entry, now: number): boolean {
		if (entry.bannedUntil === 0) return false;
		if (now < entry.bannedUntil) return true;
		entry.bannedUntil = 0;
		return false;
	}

	#evict(entry: Entry, now: number): void {
		const cutoff = now - this.#limit.windowMs;
		const capacity = entry.times.length;
		// Amortised O(1): each timestamp is written once and evicted once.
		while (entry.size > 0 && (entry.times[entry.head] ?? 0) <= cutoff) {
			entry.head = (entry.head + 1) % capacity;
			entry.size--;
		}
	}

	#grow(entry: Entry): void {
		const old = entry.times;
		const next = new Float64Array(Math.min(old.length * 2, this.#limit.max + 1));
		for (let i = 0; i < entry.size; i++) next[i] = old[(entry.head + i) % old.length] ?? 0;
		entry.times = next;
		entry.head = 0;
	}
}
