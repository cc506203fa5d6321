import type { GatewayReceivePayload, GatewaySendPayload } from 'discord-api-types/v10';
import type { GatewayEncoding } from './GatewayEncoding.js';
import { GatewayError } from './GatewayError.js';

/** `encoding=json`: one JSON document per message. */
export class JsonEncoding implements GatewayEncoding {
	/** The `encoding` query value. */
	public readonly name = 'json';

	/** Serializes a payload to JSON text. */
	public encode(payload: GatewaySendPayload): string {
		return JSON.stringify(payload);
	}

	/** Parses a message; a payload without a numeric `op` is rejected. */
	public decode(message: Buffer): GatewayReceivePayload {
		const parsed: unknown = JSON.parse(message.toString('utf8'));
		if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { op?: unknown }).op !== 'number') {
			throw new GatewayError('GATEWAY_DECODE', 'A gateway message is not a payload object with a numeric op.');
		}
		return parsed as GatewayReceivePayload;
	}
}
