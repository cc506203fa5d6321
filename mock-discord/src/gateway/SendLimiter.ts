/**
 * The gateway's limit on client payloads: 120 per 60 s per connection; past it Discord
 * closes with 4008. A sliding window over the timestamps of the last `limit` payloads.
 * @see https://discord.com/developers/docs/events/gateway#rate-limiting
 */
export class SendLimiter {
	readonly #limit: number;
	readonly #windowMs: number;
	readonly #stamps: number[] = [];

	public constructor(limit: number, windowMs: number) {
		this.#limit = limit;
		this.#windowMs = windowMs;
	}

	/** Records a payload; false means it is one too many. */
	public take(now = Date.now()): boolean {
		while (this.#stamps.length > 0 && now - (this.#stamps[0] ?? now) >= this.#windowMs) this.#stamps.shift();
		if (this.#stamps.length >= this.#limit) return false;
		this.#stamps.push(now);
		return true;
	}
}
