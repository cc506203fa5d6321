import { randomBytes } from 'node:crypto';
import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { formError } from '../http/formErrors.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { recordAudit } from '../world/auditLog.js';
import type { Json } from '../world/GuildState.js';
import type { World } from '../world/World.js';

const INVITES_PER_GUILD = 1000;
const CODE_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function newCode(world: World): string {
	for (;;) {
		const code = [...randomBytes(8)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
		if (!world.resources.invites.has(code)) return code;
	}
}

function partialGuild(world: World, guildId: string): Json {
	const g = world.guild(guildId).guild;
	return {
		id: g.id,
		name: g.name,
		splash: g.splash,
		banner: g.banner,
		description: g.description,
		icon: g.icon,
		features: g.features,
		verification_level: g.verification_level,
		vanity_url_code: g.vanity_url_code,
		nsfw_level: g.nsfw_level,
		nsfw: false,
		premium_subscription_count: g.premium_subscription_count ?? 0,
	};
}

/** An invite as the bot sees it with its metadata (uses, max_uses, ...). */
function view(world: World, invite: Json, counts = false): Json {
	const channel = world.channels.get(invite['channel_id'] as string);
	const guildId = invite['guild_id'] as string;
	const state = world.guilds.get(guildId);
	return {
		...invite,
		guild: partialGuild(world, guildId),
		channel: channel === undefined ? null : { id: channel.id, type: channel.type, name: (channel as { name?: string }).name ?? null },
		...(counts && state !== undefined ? { approximate_member_count: state.members.size, approximate_presence_count: 0 } : {}),
	};
}

/** The invite with `code` while it lives; an expired one is forgotten (10006). */
function live(world: World, code: string): Json {
	const invite = world.resources.invites.get(code);
	const expires = invite?.['expires_at'];
	if (invite !== undefined && typeof expires === 'string' && Date.parse(expires) <= Date.now()) world.resources.invites.delete(code);
	else if (invite !== undefined) return invite;
	throw restError('unknownInvite');
}

function create(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const channel = ctx.world.channel(channelId);
	const guildId = channel.guild_id;
	if (guildId === undefined) throw restError('cannotOnDm');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.CreateInstantInvite);
	const body = bodyObject(ctx);
	const maxAge = Number(body['max_age'] ?? 86400);
	const maxUses = Number(body['max_uses'] ?? 0);
	const temporary = body['temporary'] === true;
	const mine = [...ctx.world.resources.invites.values()].filter((i) => i['guild_id'] === guildId);
	// Without `unique`, Discord hands back an existing invite with the same settings.
	if (body['unique'] !== true) {
		const same = mine.find(
			(i) =>
				i['channel_id'] === channelId &&
				(i['inviter'] as { id: string }).id === ctx.world.botUser.id &&
				i['max_age'] === maxAge &&
				i['max_uses'] === maxUses &&
				i['temporary'] === temporary &&
				i['target_type'] === undefined &&
				body['target_type'] === undefined,
		);
		if (same !== undefined) return ok(view(ctx.world, same));
	}
	if (mine.length >= INVITES_PER_GUILD) throw restError('maxInvites');
	const targetType = body['target_type'] as number | undefined;
	if (targetType === 1 && typeof body['target_user_id'] !== 'string')
		throw formError(['target_user_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
	const now = new Date();
	const invite: Json = {
		type: 0,
		code: newCode(ctx.world),
		inviter: ctx.world.botUser,
		max_age: maxAge,
		created_at: now.toISOString(),
		expires_at: maxAge === 0 ? null : new Date(now.getTime() + maxAge * 1000).toISOString(),
		guild_id: guildId,
		channel_id: channelId,
		uses: 0,
		max_uses: maxUses,
		temporary,
		flags: 0,
		...(targetType === undefined ? {} : { target_type: targetType }),
		...(typeof body['target_user_id'] === 'string' ? { target_user: ctx.world.user(body['target_user_id']) } : {}),
	};
	ctx.world.resources.invites.set(invite['code'] as string, invite);
	const { guild_id: _g, channel_id: _c, ...rest } = invite;
	ctx.world.dispatch('INVITE_CREATE', { ...rest, channel_id: channelId, guild_id: guildId }, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.InviteCreate,
		targetId: null,
		changes: [
			{ key: 'code', new_value: invite['code'] },
			{ key: 'channel_id', new_value: channelId },
			{ key: 'max_uses', new_value: maxUses },
			{ key: 'max_age', new_value: maxAge },
			{ key: 'temporary', new_value: temporary },
		],
	});
	return ok(view(ctx.world, invite));
}

function revoke(ctx: RouteContext) {
	const invite = live(ctx.world, param(ctx, 'code'));
	const channelId = invite['channel_id'] as string;
	const guildId = invite['guild_id'] as string;
	const manageGuild = (ctx.world.guildPermissions(guildId, ctx.world.botUser.id) & P.ManageGuild) !== 0n;
	if (!manageGuild) ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ManageChannels);
	ctx.world.resources.invites.delete(invite['code'] as string);
	ctx.world.dispatch('INVITE_DELETE', { channel_id: channelId, guild_id: guildId, code: invite['code'] }, guildId);
	recordAudit(ctx, guildId, { action: AuditLogEvent.InviteDelete, targetId: null, changes: [{ key: 'code', old_value: invite['code'] }] });
	return ok(view(ctx.world, invite));
}

function channelInvites(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ManageChannels);
	return ok([...ctx.world.resources.invites.values()].filter((i) => i['channel_id'] === channelId).map((i) => view(ctx.world, i)));
}

function guildInvites(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const permissions = ctx.world.guildPermissions(guildId, ctx.world.botUser.id);
	if ((permissions & (P.ManageGuild | P.ViewAuditLog)) === 0n) ctx.world.requireBotGuildPermissions(guildId, P.ManageGuild);
	return ok([...ctx.world.resources.invites.values()].filter((i) => i['guild_id'] === guildId).map((i) => view(ctx.world, i)));
}

function requireInviteManager(ctx: RouteContext): Json {
	const invite = live(ctx.world, param(ctx, 'code'));
	ctx.world.requireBotGuildPermissions(invite['guild_id'] as string, P.ManageGuild);
	return invite;
}

/** `PUT /invites/{code}/target-users`: a CSV of user ids (one column, header optional) restricts who may use the invite. */
function setTargetUsers(ctx: RouteContext) {
	const invite = requireInviteManager(ctx);
	const file = ctx.files[0];
	if (file === undefined) throw formError(['target_users_file'], 'BASE_TYPE_REQUIRED', 'This field is required');
	const ids = file.data
		.toString('utf8')
		.split(/[\r\n,]+/)
		.map((v) => v.trim())
		.filter((v) => /^\d{1,20}$/.test(v));
	ctx.world.resources.inviteTargetUsers.set(invite['code'] as string, ids);
	return noContent;
}

/**
 * Invites: create (reusing an equal one unless `unique`), list per channel and guild, resolve
 * (with counts and expiration), revoke; INVITE_CREATE/INVITE_DELETE and the audit log; target
 * users as CSV.
 * @see https://discord.com/developers/docs/resources/invite
 */
export const inviteRoutes: readonly Route[] = [
	{ method: 'POST', path: '/channels/{channel_id}/invites', handler: create },
	{ method: 'GET', path: '/channels/{channel_id}/invites', handler: channelInvites },
	{ method: 'GET', path: '/guilds/{guild_id}/invites', handler: guildInvites },
	{
		method: 'GET',
		path: '/invites/{code}',
		handler: (ctx) => {
			const invite = live(ctx.world, param(ctx, 'code'));
			const {
				uses: _u,
				max_uses: _m,
				temporary: _t,
				created_at: _c,
				max_age: _a,
				...publicView
			} = view(ctx.world, invite, ctx.query.get('with_counts') === 'true');
			return ok(publicView);
		},
	},
	{ method: 'DELETE', path: '/invites/{code}', handler: revoke },
	{
		method: 'GET',
		path: '/invites/{code}/target-users',
		handler: (ctx) => {
			const invite = requireInviteManager(ctx);
			const ids = ctx.world.resources.inviteTargetUsers.get(invite['code'] as string) ?? [];
			return { status: 200, body: ['user_id', ...ids].join('\n') + '\n', contentType: 'text/csv' };
		},
	},
	{ method: 'PUT', path: '/invites/{code}/target-users', handler: setTargetUsers },
	{
		method: 'GET',
		path: '/invites/{code}/target-users/job-status',
		handler: (ctx) => {
			const invite = requireInviteManager(ctx);
			const ids = ctx.world.resources.inviteTargetUsers.get(invite['code'] as string) ?? [];
			// The mock processes uploads at once, so the job is always complete.
			return ok({
				status: 2,
				total_users: ids.length,
				processed_users: ids.length,
				created_at: invite['created_at'],
				completed_at: invite['created_at'],
				error_message: null,
			});
		},
	},
];
