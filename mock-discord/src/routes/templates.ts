import { randomBytes } from 'node:crypto';
import { PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { bodyObject, ok, param, type Route, type RouteContext } from '../http/Route.js';
import type { Json } from '../world/GuildState.js';
import type { World } from '../world/World.js';

/** A guild as a template keeps it: settings, roles and channels with ids replaced by indexes. */
function snapshot(world: World, guildId: string): Json {
	const state = world.guild(guildId);
	const g = state.guild;
	const roleIndex = new Map([...state.roles.keys()].map((id, i) => [id, i]));
	// Templates keep text, voice, category and forum channels only.
	const channels = [...world.channels.values()].filter((c) => c.guild_id === guildId && [0, 2, 4, 15].includes(c.type));
	const channelIndex = new Map(channels.map((c, i) => [c.id, i + 1]));
	return {
		name: g.name,
		description: g.description,
		region: 'us-west',
		verification_level: g.verification_level,
		default_message_notifications: g.default_message_notifications,
		explicit_content_filter: g.explicit_content_filter,
		preferred_locale: g.preferred_locale,
		afk_channel_id: null,
		afk_timeout: g.afk_timeout,
		system_channel_id: null,
		system_channel_flags: g.system_channel_flags,
		icon_hash: g.icon,
		roles: [...state.roles.values()].map((r) => ({
			id: roleIndex.get(r.id),
			name: r.name,
			permissions: r.permissions,
			color: r.color,
			colors: r.colors ?? { primary_color: r.color, secondary_color: null, tertiary_color: null },
			hoist: r.hoist,
			mentionable: r.mentionable,
			icon: null,
			unicode_emoji: null,
		})),
		channels: channels.map((c) => {
			const channel = c as unknown as Json;
			return {
				id: channelIndex.get(c.id),
				type: c.type,
				name: channel['name'] ?? null,
				position: channel['position'] ?? 0,
				topic: channel['topic'] ?? null,
				bitrate: channel['bitrate'] ?? 64000,
				user_limit: channel['user_limit'] ?? 0,
				nsfw: channel['nsfw'] ?? false,
				rate_limit_per_user: channel['rate_limit_per_user'] ?? 0,
				parent_id:
					typeof channel['parent_id'] === 'string'
						? channelIndex.has(channel['parent_id'])
							? String(channelIndex.get(channel['parent_id']))
							: null
						: null,
				default_auto_archive_duration: null,
				permission_overwrites: (
					(channel['permission_overwrites'] as { id: string; type: number; allow: string; deny: string }[] | undefined) ?? []
				)
					.filter((o) => roleIndex.has(o.id))
					.map((o) => ({ id: String(roleIndex.get(o.id)), type: o.type, allow: o.allow, deny: o.deny })),
				available_tags: null,
				template: '',
				default_reaction_emoji: null,
				default_thread_rate_limit_per_user: null,
				default_sort_order: null,
				default_forum_layout: null,
				default_tag_setting: null,
				icon_emoji: null,
				theme_color: null,
			};
		}),
	};
}

function byCode(world: World, code: string): Json {
	const template = world.resources.templates.get(code);
	if (template === undefined) throw restError('unknownTemplate');
	return template;
}

function ownTemplate(ctx: RouteContext): Json {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.ManageGuild);
	const template = byCode(ctx.world, param(ctx, 'code'));
	if (template['source_guild_id'] !== guildId) throw restError('unknownTemplate');
	return template;
}

function create(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	ctx.world.requireBotGuildPermissions(guildId, P.ManageGuild);
	if ([...ctx.world.resources.templates.values()].some((t) => t['source_guild_id'] === guildId)) throw restError('templateExists');
	const body = bodyObject(ctx);
	const now = new Date().toISOString();
	const template: Json = {
		code: randomBytes(9).toString('base64url'),
		name: String(body['name']),
		description: (body['description'] as string | undefined) ?? null,
		usage_count: 0,
		creator_id: ctx.world.botUser.id,
		creator: ctx.world.botUser,
		created_at: now,
		updated_at: now,
		source_guild_id: guildId,
		serialized_source_guild: snapshot(ctx.world, guildId),
		is_dirty: null,
	};
	ctx.world.resources.templates.set(template['code'] as string, template);
	return ok(template);
}

/**
 * Guild templates: one per guild (30031), MANAGE_GUILD, a snapshot of roles and channels that
 * sync refreshes, resolvable by code by anyone.
 * @see https://discord.com/developers/docs/resources/guild-template
 */
export const templateRoutes: readonly Route[] = [
	{ method: 'GET', path: '/guilds/templates/{code}', handler: (ctx) => ok(byCode(ctx.world, param(ctx, 'code'))) },
	{
		method: 'GET',
		path: '/guilds/{guild_id}/templates',
		handler: (ctx) => {
			const guildId = param(ctx, 'guild_id');
			ctx.world.requireBotGuildPermissions(guildId, P.ManageGuild);
			return ok([...ctx.world.resources.templates.values()].filter((t) => t['source_guild_id'] === guildId));
		},
	},
	{ method: 'POST', path: '/guilds/{guild_id}/templates', handler: create },
	{
		method: 'PUT',
		path: '/guilds/{guild_id}/templates/{code}',
		handler: (ctx) => {
			const template = ownTemplate(ctx);
			template['serialized_source_guild'] = snapshot(ctx.world, param(ctx, 'guild_id'));
			template['updated_at'] = new Date().toISOString();
			template['is_dirty'] = null;
			return ok(template);
		},
	},
	{
		method: 'PATCH',
		path: '/guilds/{guild_id}/templates/{code}',
		handler: (ctx) => {
			const template = ownTemplate(ctx);
			const body = bodyObject(ctx);
			if (typeof body['name'] === 'string') template['name'] = body['name'];
			if (body['description'] !== undefined) template['description'] = body['description'];
			template['updated_at'] = new Date().toISOString();
			return ok(template);
		},
	},
	{
		method: 'DELETE',
		path: '/guilds/{guild_id}/templates/{code}',
		handler: (ctx) => {
			const template = ownTemplate(ctx);
			ctx.world.resources.templates.delete(template['code'] as string);
			return ok(template);
		},
	},
];
