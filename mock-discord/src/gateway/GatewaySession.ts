import { randomBytes } from 'node:crypto';
import { GatewayOpcodes } from 'discord-api-types/v10';

/** Where a session sends its frames; implemented by the live connection. */
export interface SessionSink {
	/** Sends one serialized payload. */
	send(text: string): void;
}

interface BufferedDispatch {
	readonly seq: number;
	readonly text: string;
}

/**
 * One gateway session: what IDENTIFY created, its sequence, and the dispatches it was
 * sent, kept so a RESUME can replay them. It outlives its connection for the resume window.
 */
export class GatewaySession {
	/** Random, as Discord's are; clients echo it back in RESUME. */
	public readonly sessionId: string = randomBytes(16).toString('hex');
	public readonly shard: [number, number];
	public readonly intents: number;
	#seq = 0;
	#sink: SessionSink | undefined;
	#buffer: BufferedDispatch[] = [];
	readonly #bufferSize: number;
	#expiry: NodeJS.Timeout | undefined;

	public constructor(shard: [number, number], intents: number, bufferSize: number) {
		this.shard = shard;
		this.intents = intents;
		this.#bufferSize = bufferSize;
	}

	/** The last sequence number assigned. */
	public get seq(): number {
		return this.#seq;
	}

	/** Whether a connection is attached. */
	public get connected(): boolean {
		return this.#sink !== undefined;
	}

	/** Assigns the next sequence number, buffers the dispatch, and sends it if connected. */
	public dispatch(event: string, data: unknown): void {
		this.#seq += 1;
		const text = JSON.stringify({ op: GatewayOpcodes.Dispatch, t: event, s: this.#seq, d: data });
		this.#buffer.push({ seq: this.#seq, text });
		// Trim in batches: shifting a long array on every dispatch is O(n) each time.
		if (this.#buffer.length > this.#bufferSize * 1.25) this.#buffer.splice(0, this.#buffer.length - this.#bufferSize);
		this.#sink?.send(text);
	}

	/** Whether every dispatch after `seq` is still buffered. */
	public canReplayFrom(seq: number): boolean {
		const first = this.#buffer[0];
		return first === undefined || first.seq <= seq + 1;
	}

	/** Attaches a connection and sends it every dispatch after `fromSeq`, in order. */
	public attach(sink: SessionSink, fromSeq?: number): void {
		this.cancelExpiry();
		this.#sink = sink;
		if (fromSeq === undefined) return;
		for (const entry of this.#buffer) if (entry.seq > fromSeq) sink.send(entry.text);
	}

	/** Detaches the connection if it is `sink`; dispatches are buffered until a resume. */
	public detach(sink: SessionSink): void {
		if (this.#sink === sink) this.#sink = undefined;
	}

	/** Whether `sink` is the attached connection. */
	public isAttachedTo(sink: SessionSink): boolean {
		return this.#sink === sink;
	}

	/** Runs `onExpire` after `ms` unless the session is resumed first. */
	public scheduleExpiry(ms: number, onExpire: () => void): void {
		this.cancelExpiry();
		this.#expiry = setTimeout(onExpire, ms);
		this.#expiry.unref();
	}

	/** Stops the expiry timer. */
	public cancelExpiry(): void {
		if (this.#expiry !== undefined) clearTimeout(this.#expiry);
		this.#expiry = undefined;
	}
}
