import { restError } from '../errors/RestError.js';
import { readImageData } from '../http/imageData.js';
import { bodyObject, ok, param, type Route, type RouteContext } from '../http/Route.js';

function application(ctx: RouteContext) {
	const { world } = ctx;
	return {
		id: world.applicationId,
		name: world.applicationName,
		icon: null,
		description: '',
		summary: '',
		type: null,
		bot: world.botUser,
		bot_public: true,
		bot_require_code_grant: false,
		verify_key: '0'.repeat(64),
		flags: flagsFor(world.enabledPrivilegedIntents),
		hook: true,
		flags_new: '0',
		role_connections_verification_url: null,
		approximate_user_authorization_count: 0,
		explicit_content_filter: 0,
		eligible_oauth2_scopes: ['bot', 'applications.commands'],
		is_monetized: false,
		is_verified: false,
		is_discoverable: false,
		storefront_available: false,
		redirect_uris: [],
		interactions_endpoint_url: null,
		tags: [],
		team: null,
		owner: {
			id: '0',
			username: 'owner',
			discriminator: '0',
			global_name: null,
			avatar: null,
			public_flags: 0,
			flags: 0,
			primary_guild: null,
		},
		approximate_guild_count: world.guilds.size,
		approximate_user_install_count: 0,
		integration_types_config: { '0': {} },
		...world.resources.applicationEdits,
	};
}

/** Fields a bot may change on its application. @see https://discord.com/developers/docs/resources/application#edit-current-application */
const APPLICATION_EDITABLE = [
	'description',
	'role_connections_verification_url',
	'install_params',
	'integration_types_config',
	'flags',
	'interactions_endpoint_url',
	'tags',
	'custom_install_url',
	'event_webhooks_url',
	'event_webhooks_status',
	'event_webhooks_types',
] as const;

/** `PATCH /applications/@me`: description, tags, URLs, install settings, icon and cover image. */
function updateApplication(ctx: RouteContext) {
	if (ctx.params['application_id'] !== undefined && param(ctx, 'application_id') !== ctx.world.applicationId)
		throw restError('unknownApplication');
	const body = bodyObject(ctx);
	const edits = ctx.world.resources.applicationEdits;
	for (const key of APPLICATION_EDITABLE) if (body[key] !== undefined) edits[key] = body[key];
	// The spec takes a localized description ({ default, localizations }); the application shows the default.
	const description = body['description'];
	if (typeof description === 'object' && description !== null) edits['description'] = (description as { default?: unknown }).default ?? '';
	for (const key of ['icon', 'cover_image'] as const)
		if (body[key] !== undefined) edits[key] = body[key] === null ? null : readImageData(body[key], key).hash;
	return ok(application(ctx));
}

/** `PATCH /users/@me`: the bot's username, avatar or banner; USER_UPDATE to every session. */
function updateMe(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const bot = ctx.world.botUser as unknown as Record<string, unknown>;
	if (typeof body['username'] === 'string') bot['username'] = body['username'];
	for (const key of ['avatar', 'banner'] as const)
		if (body[key] !== undefined) bot[key] = body[key] === null ? null : readImageData(body[key], key).hash;
	ctx.world.dispatch('USER_UPDATE', ctx.world.botUser);
	return ok({ ...ctx.world.botUser, mfa_enabled: true, locale: 'en-US', verified: true });
}

/** Application flags for enabled privileged intents (GATEWAY_PRESENCE 1<<12, GUILD_MEMBERS 1<<14, MESSAGE_CONTENT 1<<18). */
function flagsFor(intents: number): number {
	return (
		((intents & (1 << 8)) !== 0 ? 1 << 12 : 0) | ((intents & (1 << 1)) !== 0 ? 1 << 14 : 0) | ((intents & (1 << 15)) !== 0 ? 1 << 18 : 0)
	);
}

function getUser(ctx: RouteContext) {
	return ok(ctx.world.user(param(ctx, 'user_id')));
}

function myGuilds(ctx: RouteContext) {
	return ok(
		[...ctx.world.guilds.values()].map((state) => ({
			id: state.guild.id,
			name: state.guild.name,
			icon: null,
			banner: null,
			owner: state.guild.owner_id === ctx.world.botUser.id,
			permissions: String(ctx.world.guildPermissions(state.guild.id, ctx.world.botUser.id)),
			features: [],
		})),
	);
}

function leaveGuild(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const state = ctx.world.guild(guildId);
	if (!state.members.delete(ctx.world.botUser.id)) throw restError('unknownGuild');
	ctx.world.dispatch('GUILD_DELETE', { id: guildId, unavailable: false }, guildId);
	ctx.world.guilds.delete(guildId);
	return { status: 204 };
}

/** Gateway discovery, user and application routes. */
export const gatewayAndUserRoutes: readonly Route[] = [
	{ method: 'GET', path: '/gateway', auth: 'none', handler: (ctx) => ok({ url: ctx.gatewayUrl }) },
	{
		method: 'GET',
		path: '/gateway/bot',
		handler: (ctx) =>
			ok({
				url: ctx.gatewayUrl,
				shards: ctx.world.recommendedShards(),
				session_start_limit: ctx.world.sessionStartLimit(),
			}),
	},
	{ method: 'GET', path: '/users/@me', handler: (ctx) => ok({ ...ctx.world.botUser, mfa_enabled: true, locale: 'en-US', verified: true }) },
	{ method: 'GET', path: '/users/@me/guilds', handler: myGuilds },
	{ method: 'PATCH', path: '/users/@me', handler: updateMe },
	{ method: 'PATCH', path: '/applications/@me', handler: updateApplication },
	{ method: 'PATCH', path: '/applications/{application_id}', handler: updateApplication },
	{ method: 'DELETE', path: '/users/@me/guilds/{guild_id}', handler: leaveGuild },
	{ method: 'GET', path: '/users/{user_id}', handler: getUser },
	{ method: 'GET', path: '/applications/@me', handler: (ctx) => ok(application(ctx)) },
	{
		method: 'GET',
		path: '/applications/{application_id}',
		handler: (ctx) =>
			param(ctx, 'application_id') === ctx.world.applicationId
				? ok(application(ctx))
				: (() => {
						throw restError('unknownApplication');
					})(),
	},
];
