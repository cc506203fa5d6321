import { randomBytes } from 'node:crypto';
import type { UdpPeer } from './VoiceUdp.js';
import type { VoiceEncryptionMode } from './voiceCrypto.js';

/** One Opus frame a client sent, as the mock received and decrypted it. */
export interface RecordedFrame {
	readonly sequence: number;
	readonly timestamp: number;
	/** The transport nonce counter. */
	readonly nonce: number;
	/** When it arrived, in ms since the Unix epoch. */
	readonly receivedAt: number;
	readonly opus: Buffer;
}

/** A speaking update a client sent (op 5). */
export interface RecordedSpeaking {
	readonly at: number;
	/** The speaking flags: 1 microphone, 2 soundshare, 4 priority; 0 stopped. */
	readonly speaking: number;
}

/** Where a voice session's WebSocket frames go; the live socket. */
export interface VoiceSocket {
	send(text: string): void;
	close(code: number, reason: string): void;
}

/** The lifecycle of a voice session. */
export type VoiceSessionStatus = 'waiting' | 'identified' | 'ready' | 'disconnected' | 'closed';

/**
 * One client's voice session on the mock's voice server, from the VOICE_SERVER_UPDATE that
 * announced it to its end: the credentials it must IDENTIFY with, its SSRC and key, the
 * numbered messages kept for a v8 buffered RESUME, and everything the client sent.
 */
export class VoiceSession {
	/** The control API's id for this session. */
	public readonly id: string;
	public readonly guildId: string;
	public readonly userId: string;
	/** The gateway session id the VOICE_STATE_UPDATE carried; IDENTIFY must repeat it. */
	public readonly sessionId: string;
	/** The VOICE_SERVER_UPDATE token; IDENTIFY and RESUME must repeat it. */
	public readonly token = randomBytes(12).toString('hex');
	public readonly ssrc: number;
	public readonly secretKey = randomBytes(32);
	public readonly createdAt = Date.now();
	public channelId: string;
	public status: VoiceSessionStatus = 'waiting';
	public mode: VoiceEncryptionMode | undefined;
	/** `max_dave_protocol_version` from IDENTIFY. */
	public maxDaveVersion = 0;
	/** Where the client asked for audio (SELECT_PROTOCOL). */
	public peer: UdpPeer | undefined;
	public readonly frames: RecordedFrame[] = [];
	public readonly speaking: RecordedSpeaking[] = [];
	public heartbeats = 0;
	public resumes = 0;
	/** Packets whose tag did not verify. */
	public decryptFailures = 0;
	/** The client's close code once it hung up, if it did. */
	public closeCode: number | undefined;
	#socket: VoiceSocket | undefined;
	#seq = 0;
	readonly #sent: { readonly seq: number; readonly text: string }[] = [];
	/** Counter for the nonces of the audio the mock plays to this client. */
	public outgoingNonce = 0;

	public constructor(init: { id: string; guildId: string; userId: string; sessionId: string; channelId: string; ssrc: number }) {
		this.id = init.id;
		this.guildId = init.guildId;
		this.userId = init.userId;
		this.sessionId = init.sessionId;
		this.channelId = init.channelId;
		this.ssrc = init.ssrc;
	}

	/** The socket now serving this session, if any. */
	public get socket(): VoiceSocket | undefined {
		return this.#socket;
	}

	/** Binds a (new) socket; with `seqAck` (RESUME) it is sent every numbered message after it first. */
	public attach(socket: VoiceSocket, seqAck?: number): void {
		this.#socket = socket;
		if (seqAck === undefined) return;
		for (const entry of this.#sent) if (entry.seq > seqAck) socket.send(entry.text);
	}

	/** Unbinds `socket` if it is the current one. */
	public detach(socket: VoiceSocket): void {
		if (this.#socket === socket) this.#socket = undefined;
	}

	/** Sends a numbered message (v8 `seq`), kept for replay on RESUME. */
	public send(op: number, d: unknown): void {
		this.#seq += 1;
		const text = JSON.stringify({ op, d, seq: this.#seq });
		this.#sent.push({ seq: this.#seq, text });
		if (this.#sent.length > 200) this.#sent.splice(0, 100);
		this.#socket?.send(text);
	}

	/** Whether a RESUME acknowledging `seqAck` can be served from the buffer. */
	public canReplayFrom(seqAck: number): boolean {
		const first = this.#sent[0];
		return first === undefined || first.seq <= seqAck + 1;
	}

	/** Ends the session: the socket (if any) is closed with `code`. */
	public end(code: number, reason: string): void {
		this.status = 'closed';
		const socket = this.#socket;
		this.#socket = undefined;
		socket?.close(code, reason);
	}
}
