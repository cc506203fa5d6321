import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { recordAudit } from '../world/auditLog.js';
import { restError } from '../errors/RestError.js';
import { bodyObject, ok, param, type Route, type RouteContext } from '../http/Route.js';
import type { StoredChannel } from '../world/World.js';

const THREADS = new Set([10, 11, 12]);

function requireMember(ctx: RouteContext, guildId: string): void {
	if (!ctx.world.guild(guildId).members.has(ctx.world.botUser.id)) throw restError('missingAccess');
}

function getGuild(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	requireMember(ctx, guildId);
	const state = ctx.world.guild(guildId);
	const withCounts = ctx.query.get('with_counts') === 'true';
	return ok({
		...state.guild,
		roles: [...state.roles.values()],
		...(withCounts ? { approximate_member_count: state.members.size, approximate_presence_count: 0 } : {}),
	});
}

function listChannels(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	requireMember(ctx, guildId);
	return ok([...ctx.world.channels.values()].filter((c) => c.guild_id === guildId && !THREADS.has(c.type)));
}

function createChannel(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.ManageChannels);
	const body = bodyObject(ctx);
	const type = Number(body['type'] ?? 0);
	const channel = {
		id: ctx.world.snowflakes.next(),
		guild_id: guildId,
		name: String(body['name']),
		type,
		position: Number(body['position'] ?? 0),
		flags: 0,
		nsfw: body['nsfw'] === true,
		parent_id: (body['parent_id'] as string | undefined) ?? null,
		permission_overwrites: (
			(body['permission_overwrites'] as { id: string; type?: number; allow?: string; deny?: string }[] | undefined) ?? []
		).map((o) => ({ id: o.id, type: o.type ?? 0, allow: String(o.allow ?? '0'), deny: String(o.deny ?? '0') })),
		...(type === 0 || type === 5
			? {
					topic: (body['topic'] as string | undefined) ?? null,
					last_message_id: null,
					rate_limit_per_user: Number(body['rate_limit_per_user'] ?? 0),
				}
			: {}),
		...(type === 2 || type === 13
			? { bitrate: Number(body['bitrate'] ?? 64000), user_limit: Number(body['user_limit'] ?? 0), rtc_region: null }
			: {}),
	} as unknown as StoredChannel;
	if (channel.parent_id) ctx.world.channel(channel.parent_id);
	ctx.world.channels.set(channel.id, channel);
	ctx.world.dispatch('CHANNEL_CREATE', channel, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.ChannelCreate,
		targetId: channel.id,
		changes: [
			{ key: 'name', new_value: body['name'] },
			{ key: 'type', new_value: type },
		],
	});
	return { status: 201, body: channel };
}

function activeThreads(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	requireMember(ctx, guildId);
	const threads = [...ctx.world.channels.values()].filter((c) => c.guild_id === guildId && THREADS.has(c.type));
	return ok({ threads, members: [], has_more: false });
}

/** Guild routes. */
export const guildRoutes: readonly Route[] = [
	{ method: 'GET', path: '/guilds/{guild_id}', handler: getGuild },
	{ method: 'GET', path: '/guilds/{guild_id}/channels', handler: listChannels },
	{ method: 'POST', path: '/guilds/{guild_id}/channels', handler: createChannel },
	{ method: 'GET', path: '/guilds/{guild_id}/threads/active', handler: activeThreads },
];
