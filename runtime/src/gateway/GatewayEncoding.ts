import type { GatewayReceivePayload, GatewaySendPayload } from 'discord-api-types/v10';

/**
 * How payloads are written on the wire: the `encoding` query parameter of the gateway URL.
 * JSON is built in ({@link JsonEncoding}); ETF can be added behind the same interface.
 * @see https://discord.com/developers/docs/events/gateway#encoding-and-compression
 */
export interface GatewayEncoding {
	/** The value of the `encoding` query parameter, e.g. `json`. */
	readonly name: string;
	/** Serializes one outgoing payload into one frame. */
	encode(payload: GatewaySendPayload): string | Buffer;
	/** Parses one complete (already decompressed) message; throws on malformed input. */
	decode(message: Buffer): GatewayReceivePayload;
}

/**
 * Transport compression offered by the gateway: `zlib-stream`, `zstd-stream` (smaller; needs
 * Node.js ≥ 22.15, the `zstdStream` entry of `NODE_FEATURES`), or none.
 */
export type GatewayCompressionName = 'zlib-stream' | 'zstd-stream' | 'none';

/**
 * Turns transport frames into complete messages. One instance per connection: the
 * compression context lives as long as the socket.
 */
export interface GatewayDecompressor {
	/** Feeds one frame; complete messages reach the callback given at construction, in order. */
	push(frame: Buffer): void;
	/** Releases the context. Idempotent. */
	close(): void;
}
