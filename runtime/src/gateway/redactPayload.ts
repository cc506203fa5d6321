import { GatewayOpcodes, type GatewaySendPayload } from 'discord-api-types/v10';
import { REDACTED } from '../knowledge/redactSecrets.js';

export { REDACTED };

/**
 * A copy of an outgoing payload safe to show: IDENTIFY and RESUME get {@link REDACTED} as
 * their token. Other payloads carry no secret and are returned as they are.
 */
export function redactPayload(payload: GatewaySendPayload): GatewaySendPayload {
	if (payload.op === GatewayOpcodes.Identify) return { ...payload, d: { ...payload.d, token: REDACTED } };
	if (payload.op === GatewayOpcodes.Resume) return { ...payload, d: { ...payload.d, token: REDACTED } };
	return payload;
}
