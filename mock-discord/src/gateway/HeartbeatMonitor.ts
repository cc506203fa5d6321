/**
 * The server's side of heartbeating. A client silent for the interval is first asked for
 * a heartbeat (op 1 from the server, which clients must answer at once); one still silent
 * at interval + grace is closed with 4009, as Discord does.
 * @see https://discord.com/developers/docs/events/gateway#heartbeat-requests
 */
export class HeartbeatMonitor {
	readonly #intervalMs: number;
	readonly #graceMs: number;
	readonly #onRequest: () => void;
	readonly #onTimeout: () => void;
	#request: NodeJS.Timeout | undefined;
	#deadline: NodeJS.Timeout | undefined;

	public constructor(init: { intervalMs: number; graceMs: number; onRequest: () => void; onTimeout: () => void }) {
		this.#intervalMs = init.intervalMs;
		this.#graceMs = init.graceMs;
		this.#onRequest = init.onRequest;
		this.#onTimeout = init.onTimeout;
	}

	/** (Re)starts both timers from now: called at HELLO and on every client heartbeat. */
	public beat(): void {
		this.stop();
		// Ask halfway through the grace, so a client that answers requests is never timed out.
		this.#request = setTimeout(this.#onRequest, this.#intervalMs + this.#graceMs / 2);
		this.#deadline = setTimeout(this.#onTimeout, this.#intervalMs + this.#graceMs);
		this.#request.unref();
		this.#deadline.unref();
	}

	/** Stops both timers. Idempotent. */
	public stop(): void {
		if (this.#request !== undefined) clearTimeout(this.#request);
		if (this.#deadline !== undefined) clearTimeout(this.#deadline);
		this.#request = undefined;
		this.#deadline = undefined;
	}
}
