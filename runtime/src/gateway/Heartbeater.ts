import { _timerDelay } from '../_timerDelay.js';

/** What a {@link Heartbeater} needs from its connection. */
export interface HeartbeaterOptions {
	/** `heartbeat_interval` from HELLO, in ms. */
	readonly intervalMs: number;
	/** A number in [0, 1): the first beat is sent after `intervalMs * jitter`. */
	readonly jitter: number;
	/** Sends one heartbeat (op 1 with the last sequence) now, ahead of every other send. */
	readonly beat: () => void;
	/** A beat went unacknowledged until the next one was due: the connection is a zombie. */
	readonly onZombie: () => void;
	/** Round-trip time of an acknowledged beat, in ms. */
	readonly onLatency: (ms: number) => void;
	/** The clock; injectable for tests. Default `performance.now`. */
	readonly now?: () => number;
}

/**
 * The client's side of heartbeating on one connection. The first beat waits a random
 * fraction of the interval, so shards started together do not beat together; a beat
 * still unacknowledged when the next is due means the connection is a zombie
 * (discord.js #9139): the owner closes it with a non-1000 code and resumes.
 * @see https://discord.com/developers/docs/events/gateway#sending-heartbeats
 */
export class Heartbeater {
	readonly #options: HeartbeaterOptions;
	readonly #now: () => number;
	#timer: NodeJS.Timeout | undefined;
	#acked = true;
	#sentAt = 0;
	#stopped = false;

	public constructor(options: HeartbeaterOptions) {
		this.#options = options;
		this.#now = options.now ?? (() => performance.now());
	}

	/** Schedules the first beat. Call once, after HELLO. */
	public start(): void {
		if (this.#stopped || this.#timer !== undefined) return;
		const jitter = Math.min(Math.max(this.#options.jitter, 0), 1);
		const intervalMs = Math.max(1, _timerDelay(this.#options.intervalMs));
		this.#timer = setTimeout(
			() => {
				this.#send();
				this.#timer = setInterval(() => this.#tick(), intervalMs);
			},
			Math.floor(intervalMs * jitter),
		);
	}

	/** The gateway asked for a beat (op 1 received): answer at once, off schedule. */
	public requested(): void {
		if (this.#stopped) return;
		this.#send();
	}

	/** The gateway acknowledged (op 11): reports the latency of the last beat. */
	public ack(): void {
		if (this.#stopped || this.#acked) return;
		this.#acked = true;
		this.#options.onLatency(Math.round(this.#now() - this.#sentAt));
	}

	/** Stops every timer. Idempotent; a stopped heartbeater never starts again. */
	public stop(): void {
		this.#stopped = true;
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	#tick(): void {
		if (!this.#acked) {
			this.stop();
			this.#options.onZombie();
			return;
		}
		this.#send();
	}

	#send(): void {
		// An off-schedule beat keeps the first send time, so the latency and the zombie check
		// stay about the oldest unacknowledged beat.
		if (this.#acked) this.#sentAt = this.#now();
		this.#acked = false;
		this.#options.beat();
	}
}
