import { EventEmitter } from 'node:events';
import type { GatewayReceivePayload, GatewaySendPayload } from 'discord-api-types/v10';
import { GatewayError } from './GatewayError.js';
import type { ShardEventMap, ShardStatus, ShardWarning } from './ShardEvents.js';
import { redactPayload } from './redactPayload.js';

/**
 * The observable surface of a shard: its status and latency and the events that report
 * them, kept apart from the protocol so the {@link Shard} reads as the connection lifecycle.
 * Every `raw` packet passes through here, which is where the token is redacted.
 */
export abstract class ShardEmitter extends EventEmitter<ShardEventMap> {
	/** This shard's id. */
	public abstract readonly id: number;
	#status: ShardStatus = 'idle';
	#latency: number | undefined;

	/**
	 * Emits as `EventEmitter` does, except that a listener's exception is thrown again on the
	 * next tick instead of here: it stays an uncaught exception (a bug in a listener is not
	 * hidden), but it cannot cut a protocol step of the shard in half or unwind into the socket.
	 */
	public override emit<K extends keyof ShardEventMap>(event: K, ...args: ShardEventMap[K]): boolean {
		try {
			return (super.emit as (event: K, ...rest: ShardEventMap[K]) => boolean)(event, ...args);
		} catch (error) {
			process.nextTick(() => {
				throw error;
			});
			return true;
		}
	}

	/** Where the shard is now. */
	public get status(): ShardStatus {
		return this.#status;
	}

	/** The last heartbeat round trip in ms, once one was acknowledged. */
	public get latency(): number | undefined {
		return this.#latency;
	}

	/** Moves to `status`, emitting `status` if it changed. */
	protected setStatus(status: ShardStatus): void {
		const previous = this.#status;
		if (previous === status) return;
		this.#status = status;
		this.emit('status', status, previous);
	}

	/** Records and emits a heartbeat round trip. */
	protected reportLatency(ms: number): void {
		this.#latency = ms;
		this.emit('latency', ms);
	}

	/** Emits `raw` for a received packet (only computed when someone listens). */
	protected rawIn(payload: GatewayReceivePayload): void {
		if (this.listenerCount('raw') > 0) this.emit('raw', { direction: 'in', payload, at: Date.now() });
	}

	/** Emits `raw` for a sent packet, token redacted. */
	protected rawOut(payload: GatewaySendPayload): void {
		if (this.listenerCount('raw') > 0) this.emit('raw', { direction: 'out', payload: redactPayload(payload), at: Date.now() });
	}

	/** Emits `warn`. */
	protected warn(warning: ShardWarning): void {
		this.emit('warn', warning);
	}

	/** Emits `error` when someone listens: an unheard error must not crash the process, and `connect()` and `close` report it too. */
	protected reportError(error: GatewayError): void {
		if (this.listenerCount('error') > 0) this.emit('error', error);
	}

	/** The error for calls on a destroyed shard. */
	protected destroyedError(): GatewayError {
		return new GatewayError('GATEWAY_DESTROYED', `Shard ${this.id} was destroyed; create a new Shard to connect again.`);
	}
}
