import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { VoiceCloseCodes, VoiceOpcodes } from 'discord-api-types/voice/v8';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import type { VoiceSession, VoiceSocket } from './VoiceSession.js';
import type { UdpPeer } from './VoiceUdp.js';
import type { VoiceEncryptionMode } from './voiceCrypto.js';

/** What the voice gateway asks of the rest of the mock's voice server. */
export interface VoiceGatewayBackend {
	/** The session a client names in IDENTIFY or RESUME, if it exists. */
	find(serverId: string, sessionId: string): VoiceSession | undefined;
	/** The UDP address READY announces. */
	udp(): UdpPeer;
	/** The modes READY offers. */
	readonly modes: readonly VoiceEncryptionMode[];
	/** The DAVE protocol version SESSION_DESCRIPTION announces. */
	readonly daveProtocolVersion: number;
	/** `heartbeat_interval` in HELLO, ms. */
	readonly heartbeatInterval: number;
	/** The other users in the session's channel, for CLIENTS_CONNECT once it is identified. */
	othersInChannel(session: VoiceSession): string[];
	log(line: string): void;
}

/** A voice protocol violation: the socket is closed with `code`. */
class VoiceClose extends Error {
	readonly code: number;
	constructor(code: number, reason: string) {
		super(reason);
		this.code = code;
	}
}

function field(d: unknown, key: string): unknown {
	return typeof d === 'object' && d !== null ? (d as Record<string, unknown>)[key] : undefined;
}

function text(d: unknown, key: string): string {
	const value = field(d, key);
	if (typeof value !== 'string' || value === '') throw new VoiceClose(VoiceCloseCodes.FailedToDecode, `${key} must be a non-empty string`);
	return value;
}

/**
 * The voice WebSocket (gateway version 8) over TLS on 127.0.0.1, as `wss://` clients such as
 * `@discordjs/voice` require: HELLO, IDENTIFY → READY (SSRC, UDP address, modes), SELECT_PROTOCOL →
 * SESSION_DESCRIPTION (mode, key, DAVE version), SPEAKING, heartbeats with `seq_ack`, and
 * RESUME with the numbered messages the client missed. A violation closes the socket with
 * Discord's voice close code.
 * @see https://discord.com/developers/docs/topics/voice-connections
 */
export class VoiceGateway {
	readonly #server: Server;
	readonly #wss: WebSocketServer;
	readonly #backend: VoiceGatewayBackend;
	#closing: Promise<void> | undefined;

	private constructor(server: Server, backend: VoiceGatewayBackend) {
		this.#server = server;
		this.#backend = backend;
		this.#wss = new WebSocketServer({ server, maxPayload: 64 * 1024 });
		this.#wss.on('connection', (ws, request) => this.#connection(ws, new URL(request.url ?? '/', 'wss://voice').searchParams.get('v')));
	}

	/** Listens on `host` (default 127.0.0.1), on a free port, with the given certificate and key (PEM). */
	public static async listen(backend: VoiceGatewayBackend, tls: { cert: string; key: string }, host = '127.0.0.1'): Promise<VoiceGateway> {
		const server = createServer({ cert: tls.cert, key: tls.key });
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(0, host, () => resolve());
		});
		return new VoiceGateway(server, backend);
	}

	/** `host:port`, the `endpoint` of VOICE_SERVER_UPDATE (no scheme, as Discord sends it). */
	public get endpoint(): string {
		const { address, port } = this.#server.address() as AddressInfo;
		return `${address}:${port}`;
	}

	/** Closes every socket and the server. Idempotent. */
	public close(): Promise<void> {
		this.#closing ??= (async () => {
			for (const ws of this.#wss.clients) ws.terminate();
			await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
			await new Promise<void>((resolve) => {
				this.#server.close(() => resolve());
				this.#server.closeAllConnections();
			});
		})();
		return this.#closing;
	}

	#connection(ws: WebSocket, version: string | null): void {
		const backend = this.#backend;
		if (version !== '8') {
			backend.log(`voice connection closed 4020: v=${String(version)}, the mock speaks voice gateway v8`);
			ws.close(VoiceCloseCodes.BadRequest, 'voice gateway v8 only');
			return;
		}
		let session: VoiceSession | undefined;
		const socket: VoiceSocket = {
			send: (data) => {
				if (ws.readyState === ws.OPEN) ws.send(data);
			},
			close: (code, reason) => ws.close(code, reason),
		};
		// A client silent for longer than an interval and a half is gone (4009), as on Discord.
		let deadline: NodeJS.Timeout | undefined;
		const beat = (): void => {
			clearTimeout(deadline);
			deadline = setTimeout(
				() => ws.close(VoiceCloseCodes.SessionTimeout, 'Session timeout'),
				backend.heartbeatInterval * 1.5 + 1000,
			).unref();
		};
		beat();
		ws.send(JSON.stringify({ op: VoiceOpcodes.Hello, d: { heartbeat_interval: backend.heartbeatInterval } }));
		ws.on('message', (data: RawData, isBinary: boolean) => {
			try {
				// DAVE's binary opcodes only matter once DAVE is negotiated; the mock negotiates version 0.
				if (isBinary) return;
				const payload = JSON.parse(String(data)) as unknown;
				const op = field(payload, 'op');
				const d = field(payload, 'd');
				if (op === VoiceOpcodes.Heartbeat) {
					beat();
					if (session !== undefined) session.heartbeats += 1;
					ws.send(JSON.stringify({ op: VoiceOpcodes.HeartbeatAck, d: { t: field(d, 't') ?? d } }));
				} else if (op === VoiceOpcodes.Identify || op === VoiceOpcodes.Resume) {
					if (session !== undefined) throw new VoiceClose(VoiceCloseCodes.AlreadyAuthenticated, 'Already authenticated');
					session = op === VoiceOpcodes.Identify ? this.#identify(socket, d) : this.#resume(socket, d);
				} else if (session === undefined) {
					throw new VoiceClose(VoiceCloseCodes.NotAuthenticated, `op ${String(op)} before IDENTIFY`);
				} else if (op === VoiceOpcodes.SelectProtocol) {
					this.#selectProtocol(session, d);
				} else if (op === VoiceOpcodes.Speaking) {
					const speaking = field(d, 'speaking');
					session.speaking.push({ at: Date.now(), speaking: typeof speaking === 'number' ? speaking : Number(speaking === true) });
				} else if (typeof op !== 'number' || !(op in VoiceOpcodes)) {
					throw new VoiceClose(VoiceCloseCodes.UnknownOpcode, `Unknown opcode ${String(op)}`);
				}
			} catch (error) {
				const close = error instanceof VoiceClose ? error : new VoiceClose(VoiceCloseCodes.FailedToDecode, 'Failed to decode payload');
				backend.log(`voice connection closed ${close.code}: ${close.message}`);
				ws.close(close.code, close.message.slice(0, 120));
			}
		});
		ws.on('close', (code) => {
			clearTimeout(deadline);
			if (session === undefined || session.socket !== socket) return;
			session.detach(socket);
			session.closeCode = code;
			if (session.status !== 'closed') session.status = 'disconnected';
			backend.log(`voice session ${session.id} socket closed ${code}`);
		});
	}

	#credentials(d: unknown): VoiceSession {
		const session = this.#backend.find(text(d, 'server_id'), text(d, 'session_id'));
		if (session === undefined || session.token !== text(d, 'token'))
			throw new VoiceClose(VoiceCloseCodes.AuthenticationFailed, 'Authentication failed');
		if (session.status === 'closed') throw new VoiceClose(VoiceCloseCodes.SessionNoLongerValid, 'Session no longer valid');
		return session;
	}

	#identify(socket: VoiceSocket, d: unknown): VoiceSession {
		const session = this.#credentials(d);
		if (text(d, 'user_id') !== session.userId) throw new VoiceClose(VoiceCloseCodes.AuthenticationFailed, 'Authentication failed');
		if (session.socket !== undefined) throw new VoiceClose(VoiceCloseCodes.AlreadyAuthenticated, 'Session already connected');
		const dave = field(d, 'max_dave_protocol_version');
		session.maxDaveVersion = typeof dave === 'number' ? dave : 0;
		session.status = 'identified';
		session.attach(socket);
		const { address, port } = this.#backend.udp();
		session.send(VoiceOpcodes.Ready, { ssrc: session.ssrc, ip: address, port, modes: this.#backend.modes, heartbeat_interval: 1 });
		const others = this.#backend.othersInChannel(session);
		if (others.length > 0) session.send(VoiceOpcodes.ClientsConnect, { user_ids: others });
		this.#backend.log(`voice session ${session.id} identified (guild ${session.guildId}, ssrc ${session.ssrc})`);
		return session;
	}

	#resume(socket: VoiceSocket, d: unknown): VoiceSession {
		const session = this.#credentials(d);
		const seqAck = field(d, 'seq_ack');
		const ack = typeof seqAck === 'number' ? seqAck : -1;
		if (session.status === 'waiting' || !session.canReplayFrom(ack))
			throw new VoiceClose(VoiceCloseCodes.SessionNoLongerValid, 'Session no longer valid');
		session.resumes += 1;
		session.status = session.mode === undefined ? 'identified' : 'ready';
		socket.send(JSON.stringify({ op: VoiceOpcodes.Resumed, d: null }));
		session.attach(socket, ack);
		this.#backend.log(`voice session ${session.id} resumed from seq ${ack}`);
		return session;
	}

	#selectProtocol(session: VoiceSession, d: unknown): void {
		const data = field(d, 'data');
		if (field(d, 'protocol') !== 'udp') throw new VoiceClose(VoiceCloseCodes.UnknownProtocol, 'Unknown protocol');
		const mode = field(data, 'mode');
		const port = field(data, 'port');
		if (!this.#backend.modes.includes(mode as VoiceEncryptionMode))
			throw new VoiceClose(VoiceCloseCodes.UnknownEncryptionMode, `Unknown encryption mode ${String(mode)}`);
		if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535)
			throw new VoiceClose(VoiceCloseCodes.FailedToDecode, 'data.port must be a UDP port');
		session.mode = mode as VoiceEncryptionMode;
		session.peer = { address: text(data, 'address'), port };
		session.status = 'ready';
		session.send(VoiceOpcodes.SessionDescription, {
			mode: session.mode,
			secret_key: [...session.secretKey],
			dave_protocol_version: this.#backend.daveProtocolVersion,
		});
	}
}
