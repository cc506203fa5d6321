import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { isRtp } from './voiceCrypto.js';

/** A UDP peer: where a client's packets come from, and where it wants audio sent. */
export interface UdpPeer {
	readonly address: string;
	readonly port: number;
}

/** What the voice server does with what arrives on its UDP socket. */
export interface VoiceUdpHandler {
	/** An RTP packet (encrypted) from `from`. */
	rtp(packet: Buffer, from: UdpPeer): void;
	/** An IP discovery request for `ssrc`; the socket has already answered it. */
	discovered(ssrc: number, from: UdpPeer): void;
}

const DISCOVERY_REQUEST = 1;
const DISCOVERY_RESPONSE = 2;
const DISCOVERY_BYTES = 74;

/**
 * The voice server's UDP side on 127.0.0.1: answers IP discovery (the peer's address and
 * port as the server sees them), hands RTP to the handler, counts keep-alives and drops
 * anything else.
 * @see https://discord.com/developers/docs/topics/voice-connections#ip-discovery
 */
export class VoiceUdp {
	readonly #socket: Socket;
	readonly #handler: VoiceUdpHandler;
	/** Packets that were neither discovery nor RTP (client keep-alives). */
	public keepAlives = 0;
	#closed: Promise<void> | undefined;

	private constructor(socket: Socket, handler: VoiceUdpHandler) {
		this.#socket = socket;
		this.#handler = handler;
		socket.on('message', (message, from) => this.#onMessage(message, from));
		// A send to a peer that went away reports ICMP errors here; the voice server carries on.
		socket.on('error', () => {});
	}

	/** Binds a socket on `host` (default 127.0.0.1), on a free port. */
	public static async bind(handler: VoiceUdpHandler, host = '127.0.0.1'): Promise<VoiceUdp> {
		const socket = createSocket('udp4');
		await new Promise<void>((resolve, reject) => {
			socket.once('error', reject);
			socket.bind(0, host, () => {
				socket.off('error', reject);
				resolve();
			});
		});
		return new VoiceUdp(socket, handler);
	}

	/** The bound address and port, as READY announces them. */
	public get address(): UdpPeer {
		const { address, port } = this.#socket.address();
		return { address, port };
	}

	/** Sends one datagram to `to`. */
	public send(packet: Buffer, to: UdpPeer): void {
		if (this.#closed === undefined) this.#socket.send(packet, to.port, to.address);
	}

	/** Closes the socket. Idempotent. */
	public close(): Promise<void> {
		this.#closed ??= new Promise((resolve) => this.#socket.close(() => resolve()));
		return this.#closed;
	}

	#onMessage(message: Buffer, from: RemoteInfo): void {
		const peer = { address: from.address, port: from.port };
		if (message.length === DISCOVERY_BYTES && message.readUInt16BE(0) === DISCOVERY_REQUEST) {
			const ssrc = message.readUInt32BE(4);
			const response = Buffer.alloc(DISCOVERY_BYTES);
			response.writeUInt16BE(DISCOVERY_RESPONSE, 0);
			response.writeUInt16BE(DISCOVERY_BYTES - 4, 2);
			response.writeUInt32BE(ssrc, 4);
			response.write(from.address, 8, 63, 'utf8');
			response.writeUInt16BE(from.port, DISCOVERY_BYTES - 2);
			this.send(response, peer);
			this.#handler.discovered(ssrc, peer);
		} else if (isRtp(message)) {
			this.#handler.rtp(message, peer);
		} else {
			this.keepAlives += 1;
		}
	}
}
