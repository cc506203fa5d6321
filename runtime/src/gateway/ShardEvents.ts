import type { GatewayCloseAction } from '../knowledge/index.js';
import type { GatewayDispatchPayload, GatewayReadyDispatchData, GatewayReceivePayload, GatewaySendPayload } from 'discord-api-types/v10';
import type { GatewayError } from './GatewayError.js';

/**
 * Where a shard is. `identifying`/`resuming` follow HELLO; `reconnecting` is the pause
 * between a lost connection and the next; `closed` is final (destroyed, or a fatal code).
 */
export type ShardStatus = 'idle' | 'connecting' | 'identifying' | 'resuming' | 'ready' | 'reconnecting' | 'closed';

/** One packet on the wire, for the inspector. IDENTIFY and RESUME carry {@link REDACTED} as token. */
export interface ShardRawPacket {
	readonly direction: 'in' | 'out';
	readonly payload: GatewayReceivePayload | GatewaySendPayload;
	/** `Date.now()` when it was received or sent. */
	readonly at: number;
}

/** Something worth knowing that the shard handled by itself. */
export type ShardWarning =
	| { readonly kind: 'sequenceGap'; readonly expected: number; readonly received: number }
	| { readonly kind: 'duplicateSequence'; readonly received: number; readonly last: number }
	| { readonly kind: 'zombie'; readonly intervalMs: number }
	| { readonly kind: 'helloTimeout'; readonly timeoutMs: number }
	| { readonly kind: 'readyTimeout'; readonly timeoutMs: number }
	/** A message could not be decoded (bad JSON, corrupt zlib, too large); the shard resumed on a new connection. */
	| { readonly kind: 'decodeError'; readonly message: string }
	/**
	 * A payload broke the protocol (a field missing or of the wrong type, a second HELLO); it
	 * was not read, and the shard resumed on a new connection so that nothing it carried is lost.
	 */
	| { readonly kind: 'protocolError'; readonly op: number | undefined; readonly message: string }
	/**
	 * Connections to the session's `resume_gateway_url` ended before HELLO `attempts` times in a
	 * row: the shard gave the session up and IDENTIFYs on the main gateway URL (events sent
	 * meanwhile are not replayed).
	 */
	| { readonly kind: 'resumeUrlUnreachable'; readonly url: string; readonly attempts: number }
	| { readonly kind: 'reconnectRequested' }
	| { readonly kind: 'invalidSession'; readonly resumable: boolean };

/** A connection ended. `action` is what the shard does next. */
export interface ShardCloseEvent {
	readonly code: number;
	readonly reason: string;
	/** True when this side closed it (zombie, op 7/9, a timeout, destroy). */
	readonly byClient: boolean;
	/** `resume`, `reidentify`, `fatal` (per the close-code table), or `destroyed`. */
	readonly action: GatewayCloseAction | 'destroyed';
}

/** The events of a {@link Shard}, for `EventEmitter<ShardEventMap>`. */
export interface ShardEventMap {
	/** Every dispatch (op 0), READY and RESUMED included, once each, in sequence order. */
	dispatch: [payload: GatewayDispatchPayload];
	/** A new session started (READY). */
	ready: [data: GatewayReadyDispatchData];
	/** The session was resumed (RESUMED): missed dispatches were delivered before this. */
	resumed: [];
	status: [status: ShardStatus, previous: ShardStatus];
	/** Heartbeat round trip, in ms. */
	latency: [ms: number];
	/** Every packet in and out, token redacted. */
	raw: [packet: ShardRawPacket];
	warn: [warning: ShardWarning];
	debug: [message: string];
	/** A fatal close. Only emitted when someone listens; `connect()` rejects and `close` fires too. */
	error: [error: GatewayError];
	close: [event: ShardCloseEvent];
}
