import { GatewayOpcodes, type GatewaySendPayload } from 'discord-api-types/v10';

import { _timerDelay } from '../_timerDelay.js';

/** Tunables of a {@link SendQueue}. */
export interface SendQueueOptions {
	/** Payloads allowed per window. Discord's is 120. */
	readonly limit: number;
	/** The window, in ms. Discord's is 60 000. */
	readonly windowMs: number;
	/** Slots of every window kept for priority payloads (heartbeats); ordinary sends never use them. */
	readonly reserve: number;
	/** The clock; injectable for tests. Default `Date.now`. */
	readonly now?: () => number;
}

/**
 * The outgoing side of one shard: at most `limit` payloads in any sliding window of
 * `windowMs` (the gateway closes with 4008 past 120 in 60 s). Priority payloads (heartbeats,
 * IDENTIFY, RESUME) skip the line and may use the reserved slots; ordinary ones wait for a
 * slot outside the reserve, and only while the session is open (after READY or RESUMED).
 * @see https://discord.com/developers/docs/events/gateway#rate-limiting
 */
export class SendQueue {
	readonly #limit: number;
	readonly #windowMs: number;
	readonly #now: () => number;
	#reserve: number;
	#stamps: number[] = [];
	readonly #priority: GatewaySendPayload[] = [];
	readonly #ordinary: GatewaySendPayload[] = [];
	#sink: ((payload: GatewaySendPayload) => void) | undefined;
	#open = false;
	#timer: NodeJS.Timeout | undefined;

	public constructor(options: SendQueueOptions) {
		this.#limit = options.limit;
		this.#windowMs = options.windowMs;
		this.#now = options.now ?? Date.now;
		this.#reserve = 0;
		this.setReserve(options.reserve);
	}

	/** Payloads waiting to be sent. */
	public get pending(): number {
		return this.#priority.length + this.#ordinary.length;
	}

	/** Sets the reserved slots, e.g. once HELLO tells how often heartbeats will go out. */
	public setReserve(reserve: number): void {
		this.#reserve = Math.min(Math.max(0, Math.floor(reserve)), this.#limit - 1);
	}

	/** A new connection: its budget starts full; ordinary sends wait for {@link open}. */
	public attach(sink: (payload: GatewaySendPayload) => void): void {
		this.detach();
		this.#sink = sink;
		this.#stamps = [];
		this.#flush();
	}

	/** The connection is gone: priority payloads meant for it are dropped, ordinary ones kept. */
	public detach(): void {
		this.#sink = undefined;
		this.#open = false;
		this.#priority.length = 0;
		this.#clearTimer();
	}

	/** The session is up (READY or RESUMED): ordinary payloads may flow. */
	public open(): void {
		this.#open = true;
		this.#flush();
	}

	/**
	 * Sends a heartbeat, IDENTIFY or RESUME ahead of everything else. A heartbeat replaces one
	 * still waiting for a slot: a gateway that asks for beats faster than the limit allows
	 * (op 1 in a loop) gets the latest one, not a queue that grows without bound.
	 */
	public sendPriority(payload: GatewaySendPayload): void {
		if (this.#sink === undefined) return;
		const waiting = payload.op === GatewayOpcodes.Heartbeat ? this.#priority.findIndex((p) => p.op === GatewayOpcodes.Heartbeat) : -1;
		if (waiting === -1) this.#priority.push(payload);
		else this.#priority[waiting] = payload;
		this.#flush();
	}

	/** Queues an ordinary payload. */
	public enqueue(payload: GatewaySendPayload): void {
		this.#ordinary.push(payload);
		this.#flush();
	}

	/** Drops everything and stops the timer. */
	public clear(): void {
		this.detach();
		this.#ordinary.length = 0;
	}

	#flush(): void {
		const sink = this.#sink;
		if (sink === undefined) return;
		for (;;) {
			const now = this.#now();
			while (this.#stamps.length > 0 && now - (this.#stamps[0] as number) >= this.#windowMs) this.#stamps.shift();
			const queue = this.#priority.length > 0 ? this.#priority : this.#open ? this.#ordinary : undefined;
			if (queue === undefined || queue.length === 0) return;
			const budget = queue === this.#priority ? this.#limit : this.#limit - this.#reserve;
			if (this.#stamps.length >= budget) {
				this.#schedule((this.#stamps[this.#stamps.length - budget] as number) + this.#windowMs - now);
				return;
			}
			this.#stamps.push(now);
			sink(queue.shift() as GatewaySendPayload);
			// The sink may have detached us (a send on a dying socket).
			if (this.#sink !== sink) return;
		}
	}

	#schedule(ms: number): void {
		if (this.#timer !== undefined) return;
		this.#timer = setTimeout(
			() => {
				this.#timer = undefined;
				this.#flush();
			},
			Math.max(1, _timerDelay(ms)),
		);
	}

	#clearTimer(): void {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
