import { randomBytes } from 'node:crypto';
import { RestError } from '../errors/RestError.js';
import { bodyObject, noContent, param, type Route, type RouteContext } from '../http/Route.js';
import { emojiObject, stickerObject } from '../world/expressions.js';
import { castVote } from '../world/polls.js';
import { EntitlementType, grantEntitlement } from '../routes/monetization.js';
import { createScheduledEvent, setEventUser } from '../routes/scheduledEvents.js';

function bad(message: string): RestError {
	return new RestError(400, 0, message);
}

function str(body: Record<string, unknown>, key: string): string {
	const value = body[key];
	if (typeof value !== 'string' || value === '') throw bad(`${key} is required (a string)`);
	return value;
}

function guildOf(ctx: RouteContext, body: Record<string, unknown>) {
	const id = str(body, 'guild_id');
	const state = ctx.world.guilds.get(id);
	if (state === undefined) throw bad(`guild_id: no guild with id "${id}"; GET /_mock/state lists guilds`);
	return state;
}

function userOf(ctx: RouteContext, body: Record<string, unknown>, key = 'user_id') {
	const id = str(body, key);
	const user = ctx.world.users.get(id);
	if (user === undefined) throw bad(`${key}: no user with id "${id}"`);
	return user;
}

/** `POST /_mock/emojis {guild_id, name, animated?, user_id?}`: a member uploads an emoji; GUILD_EMOJIS_UPDATE. */
function addEmoji(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const state = guildOf(ctx, body);
	const user = body['user_id'] === undefined ? ctx.world.users.get(state.guild.owner_id) : userOf(ctx, body);
	const emoji = emojiObject(ctx.world.snowflakes.next(), str(body, 'name'), body['animated'] === true, user);
	state.emojis.set(emoji['id'] as string, emoji);
	ctx.world.dispatch('GUILD_EMOJIS_UPDATE', { guild_id: state.guild.id, emojis: [...state.emojis.values()] }, state.guild.id);
	return { status: 201, body: emoji };
}

/** `POST /_mock/stickers {guild_id, name, description?, tags?}`: a member uploads a sticker; GUILD_STICKERS_UPDATE. */
function addSticker(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const state = guildOf(ctx, body);
	const name = str(body, 'name');
	const sticker = stickerObject(
		ctx.world.snowflakes.next(),
		state.guild.id,
		name,
		String(body['description'] ?? ''),
		String(body['tags'] ?? name),
		ctx.world.users.get(state.guild.owner_id),
	);
	state.stickers.set(sticker['id'] as string, sticker);
	ctx.world.dispatch('GUILD_STICKERS_UPDATE', { guild_id: state.guild.id, stickers: [...state.stickers.values()] }, state.guild.id);
	return { status: 201, body: sticker };
}

/** `POST /_mock/scheduled-events {guild_id, name, scheduled_start_time, entity_type, ..., creator_id?}`. */
function addEvent(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const state = guildOf(ctx, body);
	const creator = body['creator_id'] === undefined ? state.guild.owner_id : userOf(ctx, body, 'creator_id').id;
	return { status: 201, body: createScheduledEvent(ctx, state.guild.id, body, creator) };
}

/** `PUT|DELETE /_mock/scheduled-events/{id}/users {guild_id, user_id}`: a user marks or unmarks interest. */
function eventUser(ctx: RouteContext, interested: boolean) {
	const body = bodyObject(ctx);
	setEventUser(ctx.world, guildOf(ctx, body).guild.id, param(ctx, 'event_id'), userOf(ctx, body).id, interested);
	return noContent;
}

/** `POST /_mock/polls/votes {user_id, channel_id, message_id, answer_ids}`: a user votes (an empty list withdraws). */
function vote(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const user = userOf(ctx, body);
	const message = ctx.world.messages.get(str(body, 'channel_id'))?.get(str(body, 'message_id'));
	if (message === undefined) throw bad(`no message ${String(body['message_id'])} in channel ${String(body['channel_id'])}`);
	if (!Array.isArray(body['answer_ids'])) throw bad('answer_ids is required (a list of answer ids)');
	castVote(ctx.world, message, user.id, (body['answer_ids'] as unknown[]).map(Number));
	return noContent;
}

/** `POST /_mock/entitlements {sku_id, user_id | guild_id}`: a purchase; ENTITLEMENT_CREATE. */
function purchase(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const owner = body['guild_id'] === undefined ? { userId: userOf(ctx, body).id } : { guildId: guildOf(ctx, body).guild.id };
	return { status: 201, body: grantEntitlement(ctx.world, { skuId: str(body, 'sku_id'), type: EntitlementType.purchase, ...owner }) };
}

/** `POST /_mock/subscriptions {sku_id, user_id}`: a user subscribes; SUBSCRIPTION_CREATE and ENTITLEMENT_CREATE. */
function subscribe(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const user = userOf(ctx, body);
	const skuId = str(body, 'sku_id');
	const start = new Date();
	const end = new Date(start.getTime() + 30 * 86_400_000);
	const entitlement = grantEntitlement(ctx.world, {
		skuId,
		userId: user.id,
		type: EntitlementType.applicationSubscription,
		endsAt: end.toISOString(),
	});
	const subscription = {
		id: ctx.world.snowflakes.next(),
		user_id: user.id,
		sku_ids: [skuId],
		renewal_sku_ids: [skuId],
		entitlement_ids: [entitlement['id']],
		current_period_start: start.toISOString(),
		current_period_end: end.toISOString(),
		status: 0,
		canceled_at: null,
	};
	ctx.world.resources.subscriptions.set(subscription.id, subscription);
	ctx.world.dispatch('SUBSCRIPTION_CREATE', subscription);
	return { status: 201, body: subscription };
}

/** `POST /_mock/oauth2/tokens {user_id, scopes}`: an access token as if the user authorized the app. */
function token(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const user = userOf(ctx, body);
	const scopes = Array.isArray(body['scopes']) ? body['scopes'].map(String) : [];
	const accessToken = randomBytes(24).toString('base64url');
	ctx.world.resources.oauthTokens.set(accessToken, { userId: user.id, scopes });
	return { status: 201, body: { access_token: accessToken, token_type: 'Bearer', scope: scopes.join(' '), expires_in: 604800 } };
}

/** `POST /_mock/join-requests {guild_id, user_id}`: a user applies to join a guild with membership screening. */
function joinRequest(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const state = guildOf(ctx, body);
	const user = userOf(ctx, body);
	const request = {
		id: ctx.world.snowflakes.next(),
		created_at: new Date().toISOString(),
		reviewed_at: null,
		application_status: 'SUBMITTED',
		rejection_reason: null,
		guild_id: state.guild.id,
		user_id: user.id,
		user,
		form_responses: [],
	};
	state.joinRequests.set(request.id, request);
	ctx.world.dispatch('GUILD_JOIN_REQUEST_CREATE', { guild_id: state.guild.id, status: 'SUBMITTED', request }, state.guild.id);
	return { status: 201, body: request };
}

/** Control routes for the features a bot's tests need: seed expressions and events, vote, join voice, buy, authorize. */
export const controlFeatureRoutes: readonly Route[] = [
	{ method: 'POST', path: '/emojis', handler: addEmoji, auth: 'none' },
	{ method: 'POST', path: '/stickers', handler: addSticker, auth: 'none' },
	{ method: 'POST', path: '/scheduled-events', handler: addEvent, auth: 'none' },
	{ method: 'PUT', path: '/scheduled-events/{event_id}/users', handler: (ctx) => eventUser(ctx, true), auth: 'none' },
	{ method: 'DELETE', path: '/scheduled-events/{event_id}/users', handler: (ctx) => eventUser(ctx, false), auth: 'none' },
	{ method: 'POST', path: '/polls/votes', handler: vote, auth: 'none' },
	{ method: 'POST', path: '/entitlements', handler: purchase, auth: 'none' },
	{ method: 'POST', path: '/subscriptions', handler: subscribe, auth: 'none' },
	{ method: 'POST', path: '/oauth2/tokens', handler: token, auth: 'none' },
	{ method: 'POST', path: '/join-requests', handler: joinRequest, auth: 'none' },
];
