import type { ShardRawPacket } from '../gateway/ShardEvents.js';
import type { RESTHookResponse } from '../rest/RESTHook.js';
import type { InspectorPacket, InspectorRest } from './protocol/InspectorMessage.js';

function guildOf(data: unknown): string | null {
	if (typeof data !== 'object' || data === null) return null;
	const record = data as { guild_id?: unknown; id?: unknown };
	if (typeof record.guild_id === 'string') return record.guild_id;
	return null;
}

/** A gateway packet as the inspector shows it. */
export function packetMessage(shardId: number, packet: ShardRawPacket): InspectorPacket {
	const payload = packet.payload;
	const t = 't' in payload && typeof payload.t === 'string' ? payload.t : null;
	// GUILD_CREATE/UPDATE/DELETE name the guild by `id`.
	const guildId =
		t?.startsWith('GUILD_') === true && t !== 'GUILD_MEMBERS_CHUNK' && guildOf(payload.d) === null
			? ((payload.d as { id?: string } | null)?.id ?? null)
			: guildOf(payload.d);
	return { type: 'packet', shardId, direction: packet.direction, op: payload.op, t, guildId, payload, at: packet.at };
}

/** A REST attempt's response, with the body sent and received, as the inspector shows it. */
export function restMessage(response: RESTHookResponse, requestBody: unknown): InspectorRest {
	const limits = response.rateLimit;
	return {
		type: 'rest',
		id: response.id,
		method: response.method,
		route: response.route,
		path: response.path,
		status: response.status,
		durationMs: response.durationMs,
		attempt: response.attempt,
		bucket: limits?.bucket ?? null,
		remaining: limits?.remaining ?? null,
		limit: limits?.limit ?? null,
		resetAfterMs: limits?.resetAfterMs ?? null,
		...(requestBody === undefined ? {} : { requestBody }),
		...(response.body === undefined ? {} : { responseBody: response.body }),
		at: Date.now(),
	};
}
