import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { formError } from '../http/formErrors.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { recordAudit } from '../world/auditLog.js';
import { slotsFor, stickerObject } from '../world/expressions.js';
import type { Json } from '../world/GuildState.js';

const STICKER_MAX_BYTES = 512 * 1024;
const PACK_ID = '847199849233514549';
const PACK_STICKER_ID = '749054660769218631';

/** The one built-in sticker pack the mock offers, shaped as Discord's standard packs are. */
const packSticker: Json = {
	id: PACK_STICKER_ID,
	pack_id: PACK_ID,
	name: 'Wave',
	description: 'Wumpus waves hello',
	tags: 'wave',
	type: 1,
	format_type: 3,
	available: true,
	sort_value: 12,
};
const pack: Json = {
	id: PACK_ID,
	sku_id: '847199849233514547',
	name: 'Wumpus Beyond',
	description: 'Say hello to Wumpus!',
	stickers: [packSticker],
	cover_sticker_id: PACK_STICKER_ID,
	banner_asset_id: '761773777976819732',
};

/** Sticker file types Discord takes: PNG (1), APNG (2), Lottie JSON (3), GIF (4). */
function formatOf(contentType: string, filename: string): number | undefined {
	if (contentType === 'image/png' || filename.endsWith('.png')) return filename.endsWith('.apng') ? 2 : 1;
	if (contentType === 'image/apng' || filename.endsWith('.apng')) return 2;
	if (contentType === 'application/json' || filename.endsWith('.json')) return 3;
	if (contentType === 'image/gif' || filename.endsWith('.gif')) return 4;
	return undefined;
}

function stickers(ctx: RouteContext): Map<string, Json> {
	const guildId = param(ctx, 'guild_id');
	if (!ctx.world.guild(guildId).members.has(ctx.world.botUser.id)) throw restError('missingAccess');
	return ctx.world.guild(guildId).stickers;
}

function find(ctx: RouteContext): Json {
	const sticker = stickers(ctx).get(param(ctx, 'sticker_id'));
	if (sticker === undefined) throw restError('unknownSticker');
	return sticker;
}

function stickersUpdate(ctx: RouteContext, guildId: string): void {
	ctx.world.dispatch('GUILD_STICKERS_UPDATE', { guild_id: guildId, stickers: [...ctx.world.guild(guildId).stickers.values()] }, guildId);
}

function requireManage(ctx: RouteContext, sticker: Json): void {
	const guildId = param(ctx, 'guild_id');
	const mine = (sticker['user'] as { id?: string } | undefined)?.id === ctx.world.botUser.id;
	const permissions = ctx.world.guildPermissions(guildId, ctx.world.botUser.id);
	if ((permissions & P.ManageGuildExpressions) !== 0n || (mine && (permissions & P.CreateGuildExpressions) !== 0n)) return;
	ctx.world.requireBotGuildPermissions(guildId, P.ManageGuildExpressions);
}

function create(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const store = stickers(ctx);
	if ((ctx.world.guildPermissions(guildId, ctx.world.botUser.id) & (P.CreateGuildExpressions | P.ManageGuildExpressions)) === 0n)
		throw restError('missingPermissions');
	const body = bodyObject(ctx);
	for (const key of ['name', 'tags'] as const)
		if (typeof body[key] !== 'string' || body[key] === '') throw formError([key], 'BASE_TYPE_REQUIRED', 'This field is required');
	const file = ctx.files[0];
	if (file === undefined) throw formError(['file'], 'BASE_TYPE_REQUIRED', 'This field is required');
	const format = formatOf(file.contentType, file.filename);
	if (format === undefined) throw restError('invalidFile');
	if (file.size > STICKER_MAX_BYTES) throw formError(['file'], 'BINARY_TYPE_MAX_SIZE', 'File cannot be larger than 512.0 kb.');
	if (store.size >= slotsFor(ctx.world.guild(guildId).guild.premium_tier).stickers) throw restError('maxStickers');
	const name = String(body['name']);
	const sticker = stickerObject(
		ctx.world.snowflakes.next(),
		guildId,
		name,
		String(body['description'] ?? ''),
		String(body['tags']),
		ctx.world.botUser,
		format,
	);
	store.set(sticker['id'] as string, sticker);
	stickersUpdate(ctx, guildId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.StickerCreate,
		targetId: sticker['id'] as string,
		changes: [{ key: 'name', new_value: name }],
	});
	return { status: 201, body: sticker };
}

function update(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const sticker = find(ctx);
	requireManage(ctx, sticker);
	const body = bodyObject(ctx);
	const changes = [];
	for (const key of ['name', 'description', 'tags'] as const) {
		if (body[key] === undefined || body[key] === sticker[key]) continue;
		changes.push({ key, old_value: sticker[key], new_value: body[key] ?? '' });
		sticker[key] = body[key] ?? '';
	}
	stickersUpdate(ctx, guildId);
	recordAudit(ctx, guildId, { action: AuditLogEvent.StickerUpdate, targetId: sticker['id'] as string, changes });
	return ok(sticker);
}

function remove(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const sticker = find(ctx);
	requireManage(ctx, sticker);
	stickers(ctx).delete(sticker['id'] as string);
	stickersUpdate(ctx, guildId);
	recordAudit(ctx, guildId, { action: AuditLogEvent.StickerDelete, targetId: sticker['id'] as string });
	return noContent;
}

function getSticker(ctx: RouteContext) {
	const id = param(ctx, 'sticker_id');
	if (id === PACK_STICKER_ID) return ok(packSticker);
	for (const state of ctx.world.guilds.values()) {
		const sticker = state.stickers.get(id);
		if (sticker !== undefined) return ok(sticker);
	}
	throw restError('unknownSticker');
}

const base = '/guilds/{guild_id}/stickers';

/**
 * Guild stickers (multipart upload, boost-tier slots, GUILD_STICKERS_UPDATE, audit log), any
 * sticker by id, and Discord's standard sticker packs.
 * @see https://discord.com/developers/docs/resources/sticker
 */
export const stickerRoutes: readonly Route[] = [
	{ method: 'GET', path: base, handler: (ctx) => ok([...stickers(ctx).values()]) },
	{ method: 'POST', path: base, handler: create },
	{ method: 'GET', path: `${base}/{sticker_id}`, handler: (ctx) => ok(find(ctx)) },
	{ method: 'PATCH', path: `${base}/{sticker_id}`, handler: update },
	{ method: 'DELETE', path: `${base}/{sticker_id}`, handler: remove },
	{ method: 'GET', path: '/stickers/{sticker_id}', handler: getSticker },
	{ method: 'GET', path: '/sticker-packs', handler: () => ok({ sticker_packs: [pack] }) },
	{
		method: 'GET',
		path: '/sticker-packs/{pack_id}',
		handler: (ctx) => {
			if (param(ctx, 'pack_id') !== PACK_ID) throw restError('unknownStickerPack');
			return ok(pack);
		},
	},
];
