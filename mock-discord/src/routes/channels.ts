import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { diff, recordAudit } from '../world/auditLog.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import type { StoredChannel } from '../world/World.js';

const THREADS = new Set([10, 11, 12]);
const EDITABLE = [
	'name',
	'topic',
	'position',
	'nsfw',
	'rate_limit_per_user',
	'parent_id',
	'permission_overwrites',
	'bitrate',
	'user_limit',
	'archived',
	'locked',
	'auto_archive_duration',
];

function getChannel(ctx: RouteContext) {
	const id = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(id, P.ViewChannel);
	return ok(ctx.world.channel(id));
}

function updateChannel(ctx: RouteContext) {
	const id = param(ctx, 'channel_id');
	const channel = ctx.world.channel(id);
	const isThread = THREADS.has(channel.type);
	ctx.world.requireBotChannelPermissions(id, P.ViewChannel | (isThread ? P.ManageThreads : P.ManageChannels));
	const body = bodyObject(ctx);
	const target = channel as unknown as Record<string, unknown>;
	const before = { ...target, ...(target['thread_metadata'] as Record<string, unknown> | undefined) };
	for (const key of EDITABLE) {
		if (body[key] === undefined) continue;
		if (isThread && (key === 'archived' || key === 'locked' || key === 'auto_archive_duration')) {
			(target['thread_metadata'] as Record<string, unknown>)[key] = body[key];
		} else if (!isThread || key === 'name' || key === 'rate_limit_per_user') {
			target[key] = body[key];
		}
	}
	ctx.world.dispatch(isThread ? 'THREAD_UPDATE' : 'CHANNEL_UPDATE', channel, channel.guild_id);
	if (channel.guild_id !== undefined) {
		const after = { ...target, ...(target['thread_metadata'] as Record<string, unknown> | undefined) };
		const changes = diff(before, after, EDITABLE);
		if (changes.length > 0)
			recordAudit(ctx, channel.guild_id, {
				action: isThread ? AuditLogEvent.ThreadUpdate : AuditLogEvent.ChannelUpdate,
				targetId: id,
				changes,
			});
	}
	return ok(channel);
}

function deleteChannel(ctx: RouteContext) {
	const id = param(ctx, 'channel_id');
	const channel = ctx.world.channel(id);
	const isThread = THREADS.has(channel.type);
	ctx.world.requireBotChannelPermissions(id, P.ViewChannel | (isThread ? P.ManageThreads : P.ManageChannels));
	ctx.world.channels.delete(id);
	ctx.world.messages.delete(id);
	if (channel.guild_id !== undefined)
		recordAudit(ctx, channel.guild_id, { action: isThread ? AuditLogEvent.ThreadDelete : AuditLogEvent.ChannelDelete, targetId: id });
	if (isThread) {
		ctx.world.dispatch(
			'THREAD_DELETE',
			{ id, type: channel.type, guild_id: channel.guild_id, parent_id: channel.parent_id },
			channel.guild_id,
		);
	} else {
		ctx.world.dispatch('CHANNEL_DELETE', channel, channel.guild_id);
	}
	return ok(channel);
}

function setOverwrite(ctx: RouteContext) {
	const id = param(ctx, 'channel_id');
	const channel = ctx.world.channel(id) as StoredChannel & {
		permission_overwrites?: { id: string; type: number; allow: string; deny: string }[];
	};
	ctx.world.requireBotChannelPermissions(id, P.ViewChannel | P.ManageRoles);
	const body = bodyObject(ctx);
	const overwriteId = param(ctx, 'overwrite_id');
	const list = (channel.permission_overwrites ??= []);
	const entry = {
		id: overwriteId,
		type: Number(body['type'] ?? 0),
		allow: String(body['allow'] ?? '0'),
		deny: String(body['deny'] ?? '0'),
	};
	const at = list.findIndex((o) => o.id === overwriteId);
	if (at === -1) list.push(entry);
	else list[at] = entry;
	ctx.world.dispatch('CHANNEL_UPDATE', channel, channel.guild_id);
	if (channel.guild_id !== undefined)
		recordAudit(ctx, channel.guild_id, {
			action: at === -1 ? AuditLogEvent.ChannelOverwriteCreate : AuditLogEvent.ChannelOverwriteUpdate,
			targetId: id,
			options: { id: overwriteId, type: String(entry.type) },
		});
	return noContent;
}

function deleteOverwrite(ctx: RouteContext) {
	const id = param(ctx, 'channel_id');
	const channel = ctx.world.channel(id) as StoredChannel & { permission_overwrites?: { id: string }[] };
	ctx.world.requireBotChannelPermissions(id, P.ViewChannel | P.ManageRoles);
	const had = (channel.permission_overwrites ?? []).some((o) => o.id === param(ctx, 'overwrite_id'));
	channel.permission_overwrites = (channel.permission_overwrites ?? []).filter((o) => o.id !== param(ctx, 'overwrite_id'));
	ctx.world.dispatch('CHANNEL_UPDATE', channel, channel.guild_id);
	if (had && channel.guild_id !== undefined)
		recordAudit(ctx, channel.guild_id, {
			action: AuditLogEvent.ChannelOverwriteDelete,
			targetId: id,
			options: { id: param(ctx, 'overwrite_id') },
		});
	return noContent;
}

/** Channel routes. */
export const channelRoutes: readonly Route[] = [
	{ method: 'GET', path: '/channels/{channel_id}', handler: getChannel },
	{ method: 'PATCH', path: '/channels/{channel_id}', handler: updateChannel },
	{ method: 'DELETE', path: '/channels/{channel_id}', handler: deleteChannel },
	{ method: 'PUT', path: '/channels/{channel_id}/permissions/{overwrite_id}', handler: setOverwrite },
	{ method: 'DELETE', path: '/channels/{channel_id}/permissions/{overwrite_id}', handler: deleteOverwrite },
];
