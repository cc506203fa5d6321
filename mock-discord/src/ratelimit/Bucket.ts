/**
 * One fixed window: `limit` requests, the window opening at the first request after the last
 * one closed. This is Discord's model: `X-RateLimit-Reset` does not move while a window is open.
 */
export class Bucket {
	readonly limit: number;
	readonly windowMs: number;
	#used = 0;
	#resetAt = 0;

	constructor(limit: number, windowMs: number) {
		this.limit = limit;
		this.windowMs = windowMs;
	}

	/** Epoch ms at which the current window closes (in the past when no window is open). */
	get resetAt(): number {
		return this.#resetAt;
	}

	/** Requests left in the window as of `now`. */
	remaining(now: number): number {
		return now >= this.#resetAt ? this.limit : this.limit - this.#used;
	}

	/** Counts one request if there is room; returns whether there was. */
	take(now: number): boolean {
		if (now >= this.#resetAt) {
			this.#used = 0;
			this.#resetAt = now + this.windowMs;
		}
		if (this.#used >= this.limit) return false;
		this.#used++;
		return true;
	}

	/** Whether the window closed before `now`, so dropping the bucket loses nothing. */
	isExpired(now: number): boolean {
		return now >= this.#resetAt;
	}
}
