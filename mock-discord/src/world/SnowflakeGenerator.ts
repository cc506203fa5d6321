/** Discord's epoch, the first second of 2015, in ms. */
export const DISCORD_EPOCH = 1_420_070_400_000;

/**
 * Makes Discord snowflakes that increase over time: timestamp since {@link DISCORD_EPOCH}
 * in the top 42 bits, then worker 1, process 0 and a 12-bit increment.
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
export class SnowflakeGenerator {
	#lastMs = 0;
	#increment = 0;
	readonly #now: () => number;

	public constructor(now: () => number = Date.now) {
		this.#now = now;
	}

	/** A fresh id, strictly greater than every id this generator made before. */
	public next(): string {
		let ms = Math.max(this.#now(), this.#lastMs);
		if (ms === this.#lastMs) {
			this.#increment += 1;
			// 4096 ids in one ms: borrow the next ms rather than wrap and go backwards.
			if (this.#increment > 0xfff) {
				ms += 1;
				this.#increment = 0;
			}
		} else {
			this.#increment = 0;
		}
		this.#lastMs = ms;
		return ((BigInt(ms - DISCORD_EPOCH) << 22n) | (1n << 17n) | BigInt(this.#increment)).toString();
	}

	/** A snowflake for a past moment, e.g. to seed messages older than 14 days. */
	public at(ms: number): string {
		return ((BigInt(ms - DISCORD_EPOCH) << 22n) | (1n << 17n)).toString();
	}
}

/** The creation time of a snowflake, in ms since the Unix epoch. */
export function snowflakeTime(id: string): number {
	return Number(BigInt(id) >> 22n) + DISCORD_EPOCH;
}
