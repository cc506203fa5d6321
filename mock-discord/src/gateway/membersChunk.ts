import type { APIGuildMember } from 'discord-api-types/v10';
import type { GatewayBackend } from './GatewayBackend.js';
import type { GatewaySession } from './GatewaySession.js';
import { shardForGuild } from './ShardRouter.js';
import { guildCreateForIntents } from './guildCreateForIntents.js';

/**
 * The answer to op 8 Request Guild Members, in one chunk: members whose username starts
 * with `query`, or those in `user_ids`, as many as `limit` (0 = all). Without
 * GUILD_MEMBERS a session only sees what GUILD_CREATE showed it.
 * @see https://discord.com/developers/docs/events/gateway-events#request-guild-members
 */
export function membersChunk(d: unknown, backend: GatewayBackend, session: GatewaySession): Record<string, unknown> | undefined {
	if (typeof d !== 'object' || d === null) return undefined;
	const { guild_id: guildId, query, limit, user_ids: userIds, nonce } = d as Record<string, unknown>;
	if (typeof guildId !== 'string' || !backend.guildIds().includes(guildId)) return undefined;
	if (shardForGuild(guildId, session.shard[1]) !== session.shard[0]) return undefined;
	const visible = guildCreateForIntents(backend.guildCreatePayload(guildId), session.intents, backend.botUser.id).members;
	let members: APIGuildMember[];
	let notFound: string[] = [];
	if (userIds !== undefined) {
		const ids = (Array.isArray(userIds) ? userIds : [userIds]).filter((id): id is string => typeof id === 'string');
		members = visible.filter((member) => ids.includes(member.user.id));
		notFound = ids.filter((id) => !members.some((member) => member.user.id === id));
	} else {
		const prefix = typeof query === 'string' ? query.toLowerCase() : '';
		members = visible.filter((member) => member.user.username.toLowerCase().startsWith(prefix));
	}
	if (typeof limit === 'number' && limit > 0) members = members.slice(0, limit);
	return {
		guild_id: guildId,
		members,
		chunk_index: 0,
		chunk_count: 1,
		...(notFound.length > 0 ? { not_found: notFound } : {}),
		...(nonce !== undefined ? { nonce } : {}),
	};
}
