import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { readImageData } from '../http/imageData.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { recordAudit } from '../world/auditLog.js';
import { emojiObject, slotsFor } from '../world/expressions.js';
import type { Json } from '../world/GuildState.js';

const EMOJI_MAX_BYTES = 256 * 1024;
const APPLICATION_EMOJI_MAX = 2000;

function guildEmojis(ctx: RouteContext): Map<string, Json> {
	const guildId = param(ctx, 'guild_id');
	if (!ctx.world.guild(guildId).members.has(ctx.world.botUser.id)) throw restError('missingAccess');
	return ctx.world.guild(guildId).emojis;
}

function findEmoji(store: Map<string, Json>, id: string): Json {
	const emoji = store.get(id);
	if (emoji === undefined) throw restError('unknownGuildEmoji');
	return emoji;
}

/** Editing or deleting needs MANAGE_GUILD_EXPRESSIONS, or CREATE_GUILD_EXPRESSIONS for the bot's own uploads. */
function requireManage(ctx: RouteContext, emoji: Json): void {
	const guildId = param(ctx, 'guild_id');
	const mine = (emoji['user'] as { id?: string } | undefined)?.id === ctx.world.botUser.id;
	const permissions = ctx.world.guildPermissions(guildId, ctx.world.botUser.id);
	if ((permissions & P.ManageGuildExpressions) !== 0n || (mine && (permissions & P.CreateGuildExpressions) !== 0n)) return;
	ctx.world.requireBotGuildPermissions(guildId, P.ManageGuildExpressions);
}

function emojisUpdate(ctx: RouteContext, guildId: string): void {
	ctx.world.dispatch('GUILD_EMOJIS_UPDATE', { guild_id: guildId, emojis: [...ctx.world.guild(guildId).emojis.values()] }, guildId);
}

function createGuildEmoji(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const store = guildEmojis(ctx);
	const permissions = ctx.world.guildPermissions(guildId, ctx.world.botUser.id);
	if ((permissions & (P.CreateGuildExpressions | P.ManageGuildExpressions)) === 0n) throw restError('missingPermissions');
	const body = bodyObject(ctx);
	const image = readImageData(body['image'], 'image', EMOJI_MAX_BYTES);
	const slots = slotsFor(ctx.world.guild(guildId).guild.premium_tier).emojis;
	const sameKind = [...store.values()].filter((e) => e['animated'] === image.animated).length;
	// Static and animated emojis have separate slots.
	if (sameKind >= slots) throw image.animated ? restError('maxAnimatedEmojis') : restError('maxEmojis');
	const roles = Array.isArray(body['roles']) ? (body['roles'] as string[]) : [];
	for (const id of roles) ctx.world.role(guildId, id);
	const emoji = emojiObject(ctx.world.snowflakes.next(), String(body['name']), image.animated, ctx.world.botUser, roles);
	store.set(emoji['id'] as string, emoji);
	emojisUpdate(ctx, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.EmojiCreate,
		targetId: emoji['id'] as string,
		changes: [{ key: 'name', new_value: emoji['name'] }],
	});
	return { status: 201, body: emoji };
}

function updateGuildEmoji(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const emoji = findEmoji(guildEmojis(ctx), param(ctx, 'emoji_id'));
	requireManage(ctx, emoji);
	const body = bodyObject(ctx);
	const changes = [];
	if (typeof body['name'] === 'string' && body['name'] !== emoji['name']) {
		changes.push({ key: 'name', old_value: emoji['name'], new_value: body['name'] });
		emoji['name'] = body['name'];
	}
	if (Array.isArray(body['roles']) || body['roles'] === null) {
		const roles = (body['roles'] as string[] | null) ?? [];
		for (const id of roles) ctx.world.role(guildId, id);
		emoji['roles'] = [...roles];
	}
	emojisUpdate(ctx, guildId);
	recordAudit(ctx, guildId, { action: AuditLogEvent.EmojiUpdate, targetId: emoji['id'] as string, changes });
	return ok(emoji);
}

function deleteGuildEmoji(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const store = guildEmojis(ctx);
	const emoji = findEmoji(store, param(ctx, 'emoji_id'));
	requireManage(ctx, emoji);
	store.delete(emoji['id'] as string);
	emojisUpdate(ctx, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.EmojiDelete,
		targetId: emoji['id'] as string,
		changes: [{ key: 'name', old_value: emoji['name'] }],
	});
	return noContent;
}

function appEmojis(ctx: RouteContext): Map<string, Json> {
	if (param(ctx, 'application_id') !== ctx.world.applicationId) throw restError('missingAccess');
	return ctx.world.resources.applicationEmojis;
}

function createAppEmoji(ctx: RouteContext) {
	const store = appEmojis(ctx);
	const body = bodyObject(ctx);
	if (store.size >= APPLICATION_EMOJI_MAX) throw restError('maxEmojis');
	if ([...store.values()].some((e) => e['name'] === body['name']))
		throw restError('invalidFormBody', {
			name: { _errors: [{ code: 'APPLICATION_EMOJI_NAME_ALREADY_TAKEN', message: 'Emoji name already taken.' }] },
		});
	const image = readImageData(body['image'], 'image', EMOJI_MAX_BYTES);
	const emoji = emojiObject(ctx.world.snowflakes.next(), String(body['name']), image.animated, ctx.world.botUser);
	store.set(emoji['id'] as string, emoji);
	return { status: 201, body: emoji };
}

const guildBase = '/guilds/{guild_id}/emojis';
const appBase = '/applications/{application_id}/emojis';

/**
 * Guild emojis (boost-tier slots, GUILD_EMOJIS_UPDATE, audit log) and application emojis
 * (2,000 per application, no dispatch).
 * @see https://discord.com/developers/docs/resources/emoji
 */
export const emojiRoutes: readonly Route[] = [
	{ method: 'GET', path: guildBase, handler: (ctx) => ok([...guildEmojis(ctx).values()]) },
	{ method: 'POST', path: guildBase, handler: createGuildEmoji },
	{ method: 'GET', path: `${guildBase}/{emoji_id}`, handler: (ctx) => ok(findEmoji(guildEmojis(ctx), param(ctx, 'emoji_id'))) },
	{ method: 'PATCH', path: `${guildBase}/{emoji_id}`, handler: updateGuildEmoji },
	{ method: 'DELETE', path: `${guildBase}/{emoji_id}`, handler: deleteGuildEmoji },
	{ method: 'GET', path: appBase, handler: (ctx) => ok({ items: [...appEmojis(ctx).values()] }) },
	{ method: 'POST', path: appBase, handler: createAppEmoji },
	{ method: 'GET', path: `${appBase}/{emoji_id}`, handler: (ctx) => ok(findEmoji(appEmojis(ctx), param(ctx, 'emoji_id'))) },
	{
		method: 'PATCH',
		path: `${appBase}/{emoji_id}`,
		handler: (ctx) => {
			const emoji = findEmoji(appEmojis(ctx), param(ctx, 'emoji_id'));
			const name = bodyObject(ctx)['name'];
			if (typeof name === 'string') emoji['name'] = name;
			return ok(emoji);
		},
	},
	{
		method: 'DELETE',
		path: `${appBase}/{emoji_id}`,
		handler: (ctx) => {
			const store = appEmojis(ctx);
			store.delete(findEmoji(store, param(ctx, 'emoji_id'))['id'] as string);
			return noContent;
		},
	},
];
