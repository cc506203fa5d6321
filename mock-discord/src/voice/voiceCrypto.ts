import { createCipheriv, createDecipheriv } from 'node:crypto';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';

/**
 * The transport encryption modes the mock offers in READY, in Discord's order of
 * preference. Both are AEAD over the RTP payload with the RTP header (up to the extension
 * preamble) as additional data and a 32-bit counter nonce appended to the packet.
 * @see https://discord.com/developers/docs/topics/voice-connections#transport-encryption-modes
 */
export const VOICE_ENCRYPTION_MODES = ['aead_aes256_gcm_rtpsize', 'aead_xchacha20_poly1305_rtpsize'] as const;

/** One of {@link VOICE_ENCRYPTION_MODES}. */
export type VoiceEncryptionMode = (typeof VOICE_ENCRYPTION_MODES)[number];

/** Opus in RTP, as Discord sends and expects it. */
export const RTP_OPUS_PAYLOAD_TYPE = 0x78;
const TAG_BYTES = 16;
const NONCE_BYTES = 4;

/** An RTP packet with its payload decrypted. */
export interface OpenedRtp {
	readonly sequence: number;
	readonly timestamp: number;
	readonly ssrc: number;
	/** The 32-bit nonce counter the sender appended. */
	readonly nonce: number;
	/** The Opus frame (header extension and padding removed). */
	readonly opus: Buffer;
}

function fullNonce(mode: VoiceEncryptionMode, counter: Buffer): Buffer {
	const nonce = Buffer.alloc(mode === 'aead_aes256_gcm_rtpsize' ? 12 : 24);
	counter.copy(nonce, 0);
	return nonce;
}

/** The unencrypted header's length under the "rtpsize" rule: fixed header, CSRCs, and the extension preamble. */
function headerLength(packet: Buffer): number {
	const first = packet[0] ?? 0;
	return 12 + 4 * (first & 0x0f) + (first & 0x10 ? 4 : 0);
}

/** Whether `packet` looks like RTP (version 2) carrying Opus. */
export function isRtp(packet: Buffer): boolean {
	return packet.length >= 12 && (packet[0] ?? 0) >> 6 === 2 && ((packet[1] ?? 0) & 0x7f) === RTP_OPUS_PAYLOAD_TYPE;
}

/** Decrypts one RTP packet; throws when the tag does not verify (wrong key, mode or a damaged packet). */
export function openRtp(packet: Buffer, mode: VoiceEncryptionMode, key: Uint8Array): OpenedRtp {
	const unencrypted = headerLength(packet);
	if (packet.length < unencrypted + TAG_BYTES + NONCE_BYTES) throw new RangeError(`RTP packet of ${packet.length} bytes is too short`);
	const header = packet.subarray(0, unencrypted);
	const counter = packet.subarray(packet.length - NONCE_BYTES);
	const sealed = packet.subarray(unencrypted, packet.length - NONCE_BYTES);
	const nonce = fullNonce(mode, counter);
	let plain: Buffer;
	if (mode === 'aead_aes256_gcm_rtpsize') {
		const decipher = createDecipheriv('aes-256-gcm', key, nonce);
		decipher.setAAD(header);
		decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
		plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
	} else {
		plain = Buffer.from(xchacha20poly1305(key, nonce, header).decrypt(sealed));
	}
	const first = packet[0] ?? 0;
	// The extension's body was encrypted with the payload: its length (in 32-bit words) is in the preamble.
	if (first & 0x10) plain = plain.subarray(4 * packet.readUInt16BE(unencrypted - 2));
	if (first & 0x20) plain = plain.subarray(0, plain.length - (plain[plain.length - 1] ?? 0));
	return {
		sequence: packet.readUInt16BE(2),
		timestamp: packet.readUInt32BE(4),
		ssrc: packet.readUInt32BE(8),
		nonce: counter.readUInt32BE(0),
		opus: plain,
	};
}

/** What {@link sealRtp} builds a packet from. */
export interface RtpFrame {
	readonly sequence: number;
	readonly timestamp: number;
	readonly ssrc: number;
	readonly nonce: number;
	readonly opus: Buffer;
}

/**
 * Builds an encrypted RTP packet as Discord's voice server sends them to a client: with a
 * one-word header extension (0xBEDE profile) whose body is encrypted with the payload, so a
 * receiver must apply the "rtpsize" rule to read it.
 */
export function sealRtp(frame: RtpFrame, mode: VoiceEncryptionMode, key: Uint8Array): Buffer {
	const header = Buffer.alloc(16);
	header[0] = 0x90; // version 2, extension
	header[1] = RTP_OPUS_PAYLOAD_TYPE;
	header.writeUInt16BE(frame.sequence & 0xffff, 2);
	header.writeUInt32BE(frame.timestamp >>> 0, 4);
	header.writeUInt32BE(frame.ssrc >>> 0, 8);
	header.writeUInt16BE(0xbede, 12);
	header.writeUInt16BE(1, 14);
	// One-byte extension element: id 1 (audio level), length 1, then padding.
	const plain = Buffer.concat([Buffer.from([0x10, 0x7f, 0, 0]), frame.opus]);
	const counter = Buffer.alloc(NONCE_BYTES);
	counter.writeUInt32BE(frame.nonce >>> 0, 0);
	const nonce = fullNonce(mode, counter);
	let sealed: Buffer;
	if (mode === 'aead_aes256_gcm_rtpsize') {
		const cipher = createCipheriv('aes-256-gcm', key, nonce);
		cipher.setAAD(header);
		sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
	} else {
		sealed = Buffer.from(xchacha20poly1305(key, nonce, header).encrypt(plain));
	}
	return Buffer.concat([header, sealed, counter]);
}
