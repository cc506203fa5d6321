import { GatewayOpcodes, type GatewayIdentify, type GatewayResume } from 'discord-api-types/v10';
import type { SessionState } from './SessionState.js';
import type { ResolvedShardOptions } from './ShardOptions.js';

/**
 * IDENTIFY for a shard: token, intents, `[shard_id, num_shards]`, properties, and the
 * optional presence and large threshold.
 * @see https://discord.com/developers/docs/events/gateway-events#identify
 */
export function identifyPayload(options: ResolvedShardOptions): GatewayIdentify {
	const { token, intents, identifyProperties: properties, shardId, shardCount, presence, largeThreshold } = options;
	return {
		op: GatewayOpcodes.Identify,
		d: {
			token,
			intents,
			properties,
			shard: [shardId, shardCount],
			...(presence !== undefined && { presence }),
			...(largeThreshold !== undefined && { large_threshold: largeThreshold }),
		},
	};
}

/**
 * RESUME for a live session, or undefined when there is nothing to resume.
 * @see https://discord.com/developers/docs/events/gateway-events#resume
 */
export function resumePayload(token: string, session: SessionState): GatewayResume | undefined {
	const { sessionId, seq } = session;
	if (sessionId === undefined || seq === null) return undefined;
	return { op: GatewayOpcodes.Resume, d: { token, session_id: sessionId, seq } };
}
