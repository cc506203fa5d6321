import {
	GatewayDispatchEvents,
	GatewayOpcodes,
	type GatewayDispatchPayload,
	type GatewayReceivePayload,
	type GatewaySendPayload,
} from 'discord-api-types/v10';
import { closeCodeAction } from '../knowledge/index.js';
import { _timerDelay } from '../_timerDelay.js';
import { GatewayError } from './GatewayError.js';
import { GatewayFatalError } from './GatewayFatalError.js';
import { Heartbeater } from './Heartbeater.js';
import { SendQueue } from './SendQueue.js';
import { SessionState } from './SessionState.js';
import { ShardConnection } from './_ShardConnection.js';
import { type ResolvedShardOptions, type ShardDestroyOptions, type ShardOptions, resolveShardOptions } from './ShardOptions.js';
import { ReadyWaiters } from './_ReadyWaiters.js';
import { ShardEmitter } from './_ShardEmitter.js';
import { TimerSlot } from './_TimerSlot.js';
import { identifyPayload, resumePayload } from './_handshakePayloads.js';
import type { ShardSession } from './SessionState.js';
import type { ShardWarning } from './ShardEvents.js';

/** A close code of ours that keeps the session resumable (anything but 1000/1001). */
const RESUMABLE_CLOSE = 4000;
/** Discord's own code for a payload it could not decode; ours for one the gateway sent. Resumable too. */
const DECODE_CLOSE = 4002;
/**
 * The least time between two connection attempts of one shard, whatever the delays say:
 * at most five a second, so no server behaviour and no `reconnectDelay` can make a storm.
 */
const MIN_OPEN_GAP_MS = 200;
/**
 * Connections to a session's resume URL that may end before HELLO, in a row, before the shard
 * gives the session up and IDENTIFYs on the main gateway URL: Discord's guidance is to resume
 * there and start over if that fails, and a node that refuses or drops every connection would
 * otherwise hold the shard forever. More than one, so that a single blip keeps the session.
 * @see https://discord.com/developers/docs/events/gateway#resuming
 */
const RESUME_URL_TRIES = 3;

/**
 * One gateway connection of a bot, kept alive: HELLO → IDENTIFY (paced) or RESUME →
 * dispatches, with heartbeats, zombie detection, op 1/7/9, and after every close the
 * action the close-code table of `ovenjs/knowledge` names: resume, identify anew, or stop
 * with a {@link GatewayFatalError}. Every payload is checked before it is read; one that
 * cannot be decoded or breaks the protocol is a warning and a resume, never an exception.
 * @see https://discord.com/developers/docs/events/gateway#connection-lifecycle
 */
export class Shard extends ShardEmitter {
	public readonly id: number;
	readonly #options: ResolvedShardOptions;
	readonly #session = new SessionState();
	readonly #queue: SendQueue;
	#connection: ShardConnection | undefined;
	#heartbeater: Heartbeater | undefined;
	readonly #timer = new TimerSlot();
	#identifyAbort: AbortController | undefined;
	#attempt = 0; // reconnects since the last healthy session, for the backoff
	#readySince: number | undefined; // when the current connection became ready
	#lastOpenAt = -Infinity;
	#helloSeen = false; // per connection: a second HELLO breaks the protocol
	#resumeUrlTried: string | undefined; // the resume URL the current connection went to, if it did
	#resumeUrlMisses = 0; // connections in a row to that URL that ended before HELLO
	readonly #waiters = new ReadyWaiters();
	#destroyed: Promise<void> | undefined;

	public constructor(options: ShardOptions) {
		super();
		this.#options = resolveShardOptions(options);
		this.id = this.#options.shardId;
		const { sendLimit: limit, sendWindow: windowMs, heartbeatReserve } = this.#options;
		this.#queue = new SendQueue({ limit, windowMs, reserve: heartbeatReserve ?? 3 });
		if (this.#options.resume !== undefined) this.#session.restore(this.#options.resume);
	}

	/** The live session's id, if any. */
	public get sessionId(): string | undefined {
		return this.#session.sessionId;
	}

	/** The session as RESUME needs it (id, resume URL, last seq), for another process to take over; undefined while none is live. */
	public get session(): ShardSession | undefined {
		return this.#session.snapshot();
	}

	/**
	 * Connects, and resolves at READY (or RESUMED). Rejects with {@link GatewayFatalError} on a
	 * fatal close, or `GATEWAY_DESTROYED` if destroyed first. Calling it again is harmless.
	 */
	public connect(): Promise<void> {
		if (this.#destroyed !== undefined) return Promise.reject(this.destroyedError());
		if (this.status === 'ready') return Promise.resolve();
		const ready = this.#waiters.wait();
		if (this.status === 'idle') this.#open();
		return ready;
	}

	/** Queues a payload; it is sent under the rate limit once the session is up. */
	public send(payload: GatewaySendPayload): void {
		if (this.#destroyed !== undefined)
			throw new GatewayError('GATEWAY_NOT_CONNECTED', `Shard ${this.id} is closed; op ${payload.op} was not sent.`);
		this.#queue.enqueue(payload);
	}

	/** Closes the socket for good, clears every timer and queued send. Idempotent. */
	public destroy(options: ShardDestroyOptions = {}): Promise<void> {
		if (this.#destroyed !== undefined) return this.#destroyed;
		const connection = this.#connection;
		this.#teardown();
		this.#queue.clear();
		this.setStatus('closed');
		this.#waiters.settle(this.destroyedError());
		const { code = 1000, reason = 'destroyed' } = options;
		this.#destroyed =
			connection === undefined
				? Promise.resolve()
				: connection.close(code, reason).then(() => void this.emit('close', { code, reason, byClient: true, action: 'destroyed' }));
		return this.#destroyed;
	}

	#open(): void {
		const resume = this.#session.resumable;
		const url = (resume ? this.#session.resumeUrl : undefined) ?? this.#options.gatewayUrl;
		this.#resumeUrlTried = resume ? this.#session.resumeUrl : undefined;
		this.setStatus('connecting');
		this.#lastOpenAt = performance.now();
		this.#helloSeen = false;
		this.emit('debug', `shard ${this.id}: connecting to ${url}${resume ? ' to resume' : ''}`);
		let connection: ShardConnection;
		try {
			connection = new ShardConnection({
				url,
				transport: this.#options.transport,
				encoding: this.#options.encoding,
				compression: this.#options.compression,
				handlers: {
					onOpen: () => this.#queue.attach((payload) => (connection.send(payload), this.rawOut(payload))),
					onPayload: (payload) => this.#onPayload(payload),
					onDecodeError: (error) => this.#onBadMessage({ kind: 'decodeError', message: error.message }),
					onProtocolError: (op, message) => this.#onBadMessage({ kind: 'protocolError', op, message }),
					onClose: (code, reason) => this.#onClose(code, reason),
				},
			});
		} catch (error) {
			// A transport that cannot even start is a failed connection: back off and try again.
			this.emit('debug', `shard ${this.id}: could not open a connection: ${error instanceof Error ? error.message : String(error)}`);
			return this.#scheduleOpen(this.#backoff());
		}
		this.#connection = connection;
		this.#arm('helloTimeout', this.#options.helloTimeout);
	}

	/**
	 * A message that could not be decoded or broke the protocol: nothing of it was read. It may
	 * have been a dispatch, so the shard resumes from the last sequence it handled and the
	 * gateway replays what came after (a broken inflate context needs a new connection anyway).
	 */
	#onBadMessage(warning: Extract<ShardWarning, { kind: 'decodeError' | 'protocolError' }>): void {
		this.warn(warning);
		this.#reconnect('resume', DECODE_CLOSE, warning.kind === 'decodeError' ? 'decode error' : 'protocol error');
	}

	#onPayload(payload: GatewayReceivePayload): void {
		this.rawIn(payload);
		switch (payload.op) {
			case GatewayOpcodes.Dispatch:
				return this.#onDispatch(payload);
			case GatewayOpcodes.HeartbeatAck:
				return this.#heartbeater?.ack();
			case GatewayOpcodes.Heartbeat:
				return this.#heartbeater?.requested();
			case GatewayOpcodes.Hello:
				if (this.#helloSeen)
					return this.#onBadMessage({ kind: 'protocolError', op: payload.op, message: 'a second HELLO on one connection' });
				this.#helloSeen = true;
				this.#resumeUrlMisses = 0;
				return this.#onHello(payload.d.heartbeat_interval);
			case GatewayOpcodes.Reconnect:
				this.warn({ kind: 'reconnectRequested' });
				return this.#reconnect('resume', RESUMABLE_CLOSE, 'reconnect requested');
			case GatewayOpcodes.InvalidSession:
				this.warn({ kind: 'invalidSession', resumable: payload.d });
				if (payload.d) return this.#reconnect('resume', RESUMABLE_CLOSE, 'invalid session, resumable');
				return this.#reconnect('reidentify', 1000, 'invalid session', this.#options.invalidSessionDelay());
			default:
				this.emit('debug', `shard ${this.id}: ignored a payload with op ${(payload as { op: number }).op}`);
		}
	}

	#onHello(intervalMs: number): void {
		this.#timer.clear();
		this.#heartbeater?.stop();
		this.#queue.setReserve(this.#options.heartbeatReserve ?? Math.ceil(this.#options.sendWindow / intervalMs) + 2);
		this.#heartbeater = new Heartbeater({
			intervalMs,
			jitter: this.#options.heartbeatJitter(),
			beat: () => this.#queue.sendPriority({ op: GatewayOpcodes.Heartbeat, d: this.#session.seq }),
			onZombie: () => {
				this.warn({ kind: 'zombie', intervalMs });
				this.#reconnect('resume', RESUMABLE_CLOSE, 'heartbeat not acknowledged');
			},
			onLatency: (ms) => this.reportLatency(ms),
		});
		this.#heartbeater.start();
		void this.#handshake();
	}

	/** After HELLO: RESUME if a session is live, else IDENTIFY once the throttler allows. */
	async #handshake(): Promise<void> {
		const resume = resumePayload(this.#options.token, this.#session);
		if (resume === undefined) {
			const connection = this.#connection;
			this.#session.reset();
			this.setStatus('identifying');
			const abort = (this.#identifyAbort = new AbortController());
			const waited = this.#options.identifyThrottler.waitForIdentify(this.id, abort.signal);
			const allowed = await waited.then(
				() => !abort.signal.aborted && this.#connection === connection,
				() => false,
			);
			if (!allowed) return;
			this.#identifyAbort = undefined;
			this.#queue.sendPriority(identifyPayload(this.#options));
		} else {
			this.setStatus('resuming');
			this.#queue.sendPriority(resume);
		}
		this.#arm('readyTimeout', this.#options.readyTimeout);
	}

	#onDispatch(payload: GatewayDispatchPayload): void {
		const check = this.#session.observe(payload.s);
		if (check.kind === 'duplicate') return this.warn({ kind: 'duplicateSequence', received: payload.s, last: check.last });
		if (check.kind === 'gap') this.warn({ kind: 'sequenceGap', expected: check.expected, received: payload.s });
		if (payload.t === GatewayDispatchEvents.Ready) {
			this.#session.start(payload.d.session_id, payload.d.resume_gateway_url);
			this.#becomeReady();
			this.emit('dispatch', payload);
			this.emit('ready', payload.d);
		} else if (payload.t === GatewayDispatchEvents.Resumed) {
			this.#becomeReady();
			this.emit('dispatch', payload);
			this.emit('resumed');
		} else {
			this.emit('dispatch', payload);
		}
	}

	#becomeReady(): void {
		this.#timer.clear();
		this.#readySince = performance.now();
		this.#queue.open();
		this.setStatus('ready');
		this.#waiters.settle();
	}

	/** This side ends the connection and follows with a new one, no sooner than `minDelayMs`. */
	#reconnect(plan: 'resume' | 'reidentify', code: number, reason: string, minDelayMs = 0): void {
		const connection = this.#connection;
		this.#teardown();
		if (plan === 'reidentify') this.#session.reset();
		void connection?.close(code, reason);
		this.emit('close', { code, reason, byClient: true, action: plan });
		this.#scheduleOpen(Math.max(_timerDelay(minDelayMs), this.#backoff()));
	}

	/** The gateway or the network ended the connection: the close-code table decides. */
	#onClose(code: number, reason: string): void {
		this.#teardown();
		const action = closeCodeAction(code);
		this.emit('close', { code, reason, byClient: false, action });
		if (action === 'fatal') {
			const error = new GatewayFatalError(this.id, code, reason);
			this.#destroyed = Promise.resolve();
			this.#queue.clear();
			this.setStatus('closed');
			this.#waiters.settle(error);
			this.reportError(error);
			return;
		}
		if (action === 'reidentify') this.#session.reset();
		this.#scheduleOpen(this.#backoff());
	}

	/**
	 * The delay before the next connection, whatever ended the last one (a close, op 7, op 9,
	 * a zombie, a timeout, a bad payload). The attempt count starts over only when the last
	 * connection had stayed ready for `backoffResetAfter`: a gateway that ends every session
	 * right after READY or RESUMED meets a growing delay, not a reset one.
	 */
	#backoff(): number {
		const readySince = this.#readySince;
		this.#readySince = undefined;
		if (readySince !== undefined && performance.now() - readySince >= this.#options.backoffResetAfter) this.#attempt = 0;
		return this.#options.reconnectDelay(this.#attempt++);
	}

	#scheduleOpen(ms: number): void {
		this.#countResumeUrlMiss();
		this.setStatus('reconnecting');
		const gap = MIN_OPEN_GAP_MS - (performance.now() - this.#lastOpenAt);
		this.#timer.arm(Math.max(_timerDelay(ms), gap), () => this.#open());
	}

	/** After a connection ended: a resume URL that never reached HELLO `RESUME_URL_TRIES` times in a row is given up. */
	#countResumeUrlMiss(): void {
		const url = this.#resumeUrlTried;
		this.#resumeUrlTried = undefined;
		if (url === undefined || this.#helloSeen || !this.#session.resumable) return;
		if (++this.#resumeUrlMisses < RESUME_URL_TRIES) return;
		this.warn({ kind: 'resumeUrlUnreachable', url, attempts: this.#resumeUrlMisses });
		this.#resumeUrlMisses = 0;
		this.#session.reset();
	}

	/** Stops everything tied to the current connection. */
	#teardown(): void {
		this.#heartbeater?.stop();
		this.#heartbeater = undefined;
		this.#timer.clear();
		this.#identifyAbort?.abort(this.destroyedError());
		this.#identifyAbort = undefined;
		this.#queue.detach();
		this.#connection = undefined;
	}

	/** A HELLO or READY deadline: when it passes, reconnect (resuming if a session exists). */
	#arm(kind: 'helloTimeout' | 'readyTimeout', timeoutMs: number): void {
		this.#timer.arm(timeoutMs, () => {
			this.warn({ kind, timeoutMs });
			this.#reconnect('resume', RESUMABLE_CLOSE, kind);
		});
	}
}
