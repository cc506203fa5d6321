import { restError } from '../errors/RestError.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext, snowflakeQuery } from '../http/Route.js';
import type { Json } from '../world/GuildState.js';
import type { World } from '../world/World.js';

/** Entitlement types. @see https://discord.com/developers/docs/resources/entitlement#entitlement-object-entitlement-types */
export const EntitlementType = { purchase: 1, testModePurchase: 4, applicationSubscription: 8 } as const;
const CONSUMABLE = 3;

function app(ctx: RouteContext): void {
	if (param(ctx, 'application_id') !== ctx.world.applicationId) throw restError('missingAccess');
}

/** Makes an entitlement and dispatches ENTITLEMENT_CREATE (sent to every session, no intent). */
export function grantEntitlement(
	world: World,
	input: { skuId: string; userId?: string; guildId?: string; type: number; endsAt?: string | null },
): Json {
	if (!world.resources.skus.has(input.skuId)) throw restError('unknownSku');
	const entitlement: Json = {
		id: world.snowflakes.next(),
		sku_id: input.skuId,
		application_id: world.applicationId,
		user_id: input.userId ?? null,
		...(input.guildId === undefined ? {} : { guild_id: input.guildId }),
		deleted: false,
		starts_at: input.type === EntitlementType.testModePurchase ? null : new Date().toISOString(),
		ends_at: input.endsAt ?? null,
		type: input.type,
		consumed: false,
	};
	world.resources.entitlements.set(entitlement['id'] as string, entitlement);
	world.dispatch('ENTITLEMENT_CREATE', entitlement);
	return entitlement;
}

function find(ctx: RouteContext): Json {
	app(ctx);
	const entitlement = ctx.world.resources.entitlements.get(param(ctx, 'entitlement_id'));
	if (entitlement === undefined) throw restError('unknownEntitlement');
	return entitlement;
}

function list(ctx: RouteContext, onlyUser?: string) {
	const q = ctx.query;
	const userId = onlyUser ?? q.get('user_id');
	const skuIds = q.getAll('sku_ids').flatMap((v) => v.split(','));
	const guildId = q.get('guild_id');
	const before = snowflakeQuery(ctx, 'before');
	const after = snowflakeQuery(ctx, 'after');
	const limit = Number(q.get('limit') ?? '100');
	const excludeEnded = q.get('exclude_ended') === 'true';
	const excludeDeleted = q.get('exclude_deleted') !== 'false';
	let out = [...ctx.world.resources.entitlements.values()].filter(
		(e) =>
			(userId === null || e['user_id'] === userId) &&
			(skuIds.length === 0 || skuIds.includes(e['sku_id'] as string)) &&
			(guildId === null || e['guild_id'] === guildId) &&
			(!excludeDeleted || e['deleted'] !== true) &&
			(!excludeEnded || e['ends_at'] === null || Date.parse(e['ends_at'] as string) > Date.now()),
	);
	if (after !== null) out = out.filter((e) => BigInt(e['id'] as string) > after);
	if (before !== null) out = out.filter((e) => BigInt(e['id'] as string) < before).slice(-limit);
	return ok(out.slice(0, limit));
}

function createTest(ctx: RouteContext) {
	app(ctx);
	const body = bodyObject(ctx);
	const ownerType = Number(body['owner_type']);
	const ownerId = String(body['owner_id']);
	if (ownerType === 1) ctx.world.guild(ownerId);
	else ctx.world.user(ownerId);
	const entitlement = grantEntitlement(ctx.world, {
		skuId: String(body['sku_id']),
		type: EntitlementType.testModePurchase,
		...(ownerType === 1 ? { guildId: ownerId } : { userId: ownerId }),
	});
	return ok(entitlement);
}

function deleteTest(ctx: RouteContext) {
	const entitlement = find(ctx);
	if (entitlement['type'] !== EntitlementType.testModePurchase) throw restError('onlyTestEntitlements');
	ctx.world.resources.entitlements.delete(entitlement['id'] as string);
	ctx.world.dispatch('ENTITLEMENT_DELETE', { ...entitlement, deleted: true });
	return noContent;
}

/** Marks a consumable (one-time purchase) entitlement as used; 40018 for other SKUs. */
function consume(ctx: RouteContext) {
	const entitlement = find(ctx);
	if (ctx.world.resources.skus.get(entitlement['sku_id'] as string)?.['type'] !== CONSUMABLE) throw restError('onlyConsumable');
	entitlement['consumed'] = true;
	return noContent;
}

function subscription(ctx: RouteContext): Json {
	const sub = ctx.world.resources.subscriptions.get(param(ctx, 'subscription_id'));
	if (sub === undefined || !(sub['sku_ids'] as string[]).includes(param(ctx, 'sku_id'))) throw restError('unknownSubscription');
	return sub;
}

/**
 * Entitlements (list with filters, test entitlements that can be created and deleted,
 * consuming one-time purchases, ENTITLEMENT_* dispatches) and SKU subscriptions. SKUs come
 * from the scenario; purchases and subscriptions from the control API.
 * @see https://discord.com/developers/docs/resources/entitlement
 */
export const monetizationRoutes: readonly Route[] = [
	{ method: 'GET', path: '/applications/{application_id}/entitlements', handler: (ctx) => (app(ctx), list(ctx)) },
	{ method: 'POST', path: '/applications/{application_id}/entitlements', handler: createTest },
	{ method: 'GET', path: '/applications/{application_id}/entitlements/{entitlement_id}', handler: (ctx) => ok(find(ctx)) },
	{ method: 'DELETE', path: '/applications/{application_id}/entitlements/{entitlement_id}', handler: deleteTest },
	{ method: 'POST', path: '/applications/{application_id}/entitlements/{entitlement_id}/consume', handler: consume },
	{
		method: 'GET',
		path: '/users/@me/applications/{application_id}/entitlements',
		auth: 'bearer',
		handler: (ctx) => (app(ctx), list(ctx, ctx.bearer?.userId ?? '')),
	},
	{
		method: 'GET',
		path: '/skus/{sku_id}/subscriptions',
		handler: (ctx) => {
			if (!ctx.world.resources.skus.has(param(ctx, 'sku_id'))) throw restError('unknownSku');
			const userId = ctx.query.get('user_id');
			const before = snowflakeQuery(ctx, 'before');
			const after = snowflakeQuery(ctx, 'after');
			const limit = Number(ctx.query.get('limit') ?? '50');
			let subs = [...ctx.world.resources.subscriptions.values()].filter(
				(s) => (s['sku_ids'] as string[]).includes(param(ctx, 'sku_id')) && (userId === null || s['user_id'] === userId),
			);
			if (after !== null) subs = subs.filter((s) => BigInt(s['id'] as string) > after);
			if (before !== null) subs = subs.filter((s) => BigInt(s['id'] as string) < before);
			return ok(subs.slice(0, limit));
		},
	},
	{ method: 'GET', path: '/skus/{sku_id}/subscriptions/{subscription_id}', handler: (ctx) => ok(subscription(ctx)) },
];
