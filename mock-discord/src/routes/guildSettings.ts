import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { readImageData } from '../http/imageData.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import { diff, recordAudit } from '../world/auditLog.js';
import type { Json } from '../world/GuildState.js';

const GUILD_EDITABLE = [
	'name',
	'description',
	'verification_level',
	'default_message_notifications',
	'explicit_content_filter',
	'afk_channel_id',
	'afk_timeout',
	'system_channel_id',
	'system_channel_flags',
	'rules_channel_id',
	'public_updates_channel_id',
	'safety_alerts_channel_id',
	'preferred_locale',
	'features',
	'premium_progress_bar_enabled',
] as const;
const IMAGES = ['icon', 'splash', 'discovery_splash', 'banner'] as const;
/** A 1×1 transparent PNG: the widget image the mock draws. */
const WIDGET_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64',
);

function guildId(ctx: RouteContext): string {
	return param(ctx, 'guild_id');
}

function manage(ctx: RouteContext): void {
	ctx.world.requireBotGuildPermissions(guildId(ctx), P.ManageGuild);
}

/** Guild settings changed: GUILD_UPDATE with the full guild and roles, and a GUILD_UPDATE audit entry. */
function guildChanged(ctx: RouteContext, before: Json, keys: readonly string[]): void {
	const state = ctx.world.guild(guildId(ctx));
	ctx.world.dispatch('GUILD_UPDATE', { ...state.guild, roles: [...state.roles.values()] }, state.guild.id);
	const changes = diff(before, state.guild as unknown as Json, keys);
	if (changes.length > 0) recordAudit(ctx, state.guild.id, { action: AuditLogEvent.GuildUpdate, targetId: state.guild.id, changes });
}

function updateGuild(ctx: RouteContext) {
	manage(ctx);
	const state = ctx.world.guild(guildId(ctx));
	const target = state.guild as unknown as Json;
	const before = { ...target };
	const body = bodyObject(ctx);
	for (const key of ['afk_channel_id', 'system_channel_id', 'rules_channel_id', 'public_updates_channel_id', 'safety_alerts_channel_id'])
		if (typeof body[key] === 'string') ctx.world.channel(body[key]);
	if (typeof body['owner_id'] === 'string' && body['owner_id'] !== state.guild.owner_id) {
		// Only the owner may transfer ownership; the bot is not it.
		if (state.guild.owner_id !== ctx.world.botUser.id) throw restError('missingPermissions');
		ctx.world.member(state.guild.id, body['owner_id']);
		target['owner_id'] = body['owner_id'];
	}
	for (const key of GUILD_EDITABLE) if (body[key] !== undefined) target[key] = body[key];
	for (const key of IMAGES) if (body[key] !== undefined) target[key] = body[key] === null ? null : readImageData(body[key], key).hash;
	guildChanged(ctx, before, [...GUILD_EDITABLE, ...IMAGES, 'owner_id']);
	return ok({ ...state.guild, roles: [...state.roles.values()] });
}

function preview(ctx: RouteContext) {
	const state = ctx.world.guild(guildId(ctx));
	const g = state.guild;
	return ok({
		id: g.id,
		name: g.name,
		icon: g.icon,
		description: g.description,
		home_header: null,
		splash: g.splash,
		discovery_splash: g.discovery_splash,
		features: g.features,
		approximate_member_count: state.members.size,
		approximate_presence_count: 0,
		emojis: [...state.emojis.values()],
		stickers: [...state.stickers.values()],
	});
}

function widgetSettings(ctx: RouteContext) {
	manage(ctx);
	return ok(ctx.world.guild(guildId(ctx)).settings.widget);
}

function updateWidget(ctx: RouteContext) {
	manage(ctx);
	const state = ctx.world.guild(guildId(ctx));
	const before = { widget_enabled: state.settings.widget.enabled, widget_channel_id: state.settings.widget.channel_id };
	const body = bodyObject(ctx);
	if (typeof body['enabled'] === 'boolean') state.settings.widget.enabled = body['enabled'];
	if (body['channel_id'] !== undefined) {
		if (typeof body['channel_id'] === 'string') ctx.world.channel(body['channel_id']);
		state.settings.widget.channel_id = (body['channel_id'] as string | null) ?? null;
	}
	const target = state.guild as unknown as Json;
	target['widget_enabled'] = state.settings.widget.enabled;
	target['widget_channel_id'] = state.settings.widget.channel_id;
	guildChanged(ctx, before, ['widget_enabled', 'widget_channel_id']);
	return ok(state.settings.widget);
}

/** The public widget JSON; 50004 while the widget is disabled. */
function widgetJson(ctx: RouteContext) {
	const state = ctx.world.guild(guildId(ctx));
	if (!state.settings.widget.enabled) throw restError('widgetDisabled');
	const everyone = state.roles.get(state.guild.id);
	const visible = [...ctx.world.channels.values()].filter(
		(c) => c.guild_id === state.guild.id && (c.type === 2 || c.type === 13) && (BigInt(everyone?.permissions ?? '0') & P.Connect) !== 0n,
	);
	return ok({
		id: state.guild.id,
		name: state.guild.name,
		instant_invite: null,
		channels: visible.map((c, position) => ({ id: c.id, name: (c as { name?: string }).name ?? '', position })),
		members: [],
		presence_count: 0,
	});
}

function welcomeScreen(ctx: RouteContext) {
	const state = ctx.world.guild(guildId(ctx));
	// Anyone may read it once the guild has one; before that the bot needs MANAGE_GUILD.
	if (state.settings.welcomeScreen.welcome_channels.length === 0 && state.settings.welcomeScreen.description === null) manage(ctx);
	return ok(state.settings.welcomeScreen);
}

function updateWelcomeScreen(ctx: RouteContext) {
	manage(ctx);
	const screen = ctx.world.guild(guildId(ctx)).settings.welcomeScreen;
	const body = bodyObject(ctx);
	if (body['description'] !== undefined) screen.description = (body['description'] as string | null) ?? null;
	if (Array.isArray(body['welcome_channels'])) {
		for (const c of body['welcome_channels'] as Json[]) ctx.world.channel(String(c['channel_id']));
		screen.welcome_channels = (body['welcome_channels'] as Json[]).map((c) => ({
			channel_id: c['channel_id'],
			description: c['description'],
			emoji_id: c['emoji_id'] ?? null,
			emoji_name: c['emoji_name'] ?? null,
		}));
	}
	return ok(screen);
}

function onboarding(ctx: RouteContext) {
	const state = ctx.world.guild(guildId(ctx));
	return ok({ guild_id: state.guild.id, ...state.settings.onboarding });
}

function updateOnboarding(ctx: RouteContext) {
	ctx.world.requireBotGuildPermissions(guildId(ctx), P.ManageGuild | P.ManageRoles);
	const state = ctx.world.guild(guildId(ctx));
	const settings = state.settings.onboarding;
	const body = bodyObject(ctx);
	const before = { ...settings };
	if (Array.isArray(body['default_channel_ids'])) {
		for (const id of body['default_channel_ids'] as string[]) ctx.world.channel(id);
		settings.default_channel_ids = [...(body['default_channel_ids'] as string[])];
	}
	if (Array.isArray(body['prompts']))
		settings.prompts = (body['prompts'] as Json[]).map((p) => ({
			id: typeof p['id'] === 'string' && /^\d+$/.test(p['id']) ? p['id'] : ctx.world.snowflakes.next(),
			type: p['type'] ?? 0,
			title: p['title'],
			single_select: p['single_select'] ?? false,
			required: p['required'] ?? false,
			in_onboarding: p['in_onboarding'] ?? true,
			options: ((p['options'] as Json[] | undefined) ?? []).map((o) => ({
				id: typeof o['id'] === 'string' && /^\d+$/.test(o['id']) ? o['id'] : ctx.world.snowflakes.next(),
				title: o['title'],
				description: o['description'] ?? null,
				emoji: o['emoji'] ?? null,
				role_ids: o['role_ids'] ?? [],
				channel_ids: o['channel_ids'] ?? [],
			})),
		}));
	if (typeof body['enabled'] === 'boolean') settings.enabled = body['enabled'];
	if (typeof body['mode'] === 'number') settings.mode = body['mode'];
	recordAudit(ctx, state.guild.id, {
		action: AuditLogEvent.OnboardingUpdate,
		targetId: state.guild.id,
		changes: diff(before, settings, ['enabled', 'mode', 'default_channel_ids']),
	});
	return ok({ guild_id: state.guild.id, ...settings });
}

function incidents(ctx: RouteContext) {
	manage(ctx);
	const state = ctx.world.guild(guildId(ctx));
	const body = bodyObject(ctx);
	state.settings.incidents = {
		invites_disabled_until: (body['invites_disabled_until'] as string | null | undefined) ?? null,
		dms_disabled_until: (body['dms_disabled_until'] as string | null | undefined) ?? null,
	};
	(state.guild as unknown as Json)['incidents_data'] = state.settings.incidents;
	ctx.world.dispatch('GUILD_UPDATE', { ...state.guild, roles: [...state.roles.values()] }, state.guild.id);
	return ok(state.settings.incidents);
}

/** The bot's own integration, which every guild the bot is in has. */
function integrations(ctx: RouteContext): Json[] {
	manage(ctx);
	const state = ctx.world.guild(guildId(ctx));
	const own: Json = {
		type: 'discord',
		name: ctx.world.applicationName,
		account: { id: ctx.world.applicationId, name: ctx.world.applicationName },
		enabled: true,
		id: ctx.world.applicationId,
		application: {
			id: ctx.world.applicationId,
			name: ctx.world.applicationName,
			icon: null,
			description: '',
			type: null,
			bot: ctx.world.botUser,
		},
		scopes: ['applications.commands', 'bot'],
		user: ctx.world.users.get(state.guild.owner_id) ?? ctx.world.botUser,
	};
	return [own, ...state.integrations.values()];
}

function deleteIntegration(ctx: RouteContext) {
	const id = param(ctx, 'integration_id');
	const state = ctx.world.guild(guildId(ctx));
	manage(ctx);
	if (!state.integrations.delete(id)) throw restError('unknownIntegration');
	ctx.world.dispatch('INTEGRATION_DELETE', { id, guild_id: state.guild.id }, state.guild.id);
	ctx.world.dispatch('GUILD_INTEGRATIONS_UPDATE', { guild_id: state.guild.id }, state.guild.id);
	recordAudit(ctx, state.guild.id, { action: AuditLogEvent.IntegrationDelete, targetId: id });
	return noContent;
}

/**
 * Guild settings: edit the guild (GUILD_UPDATE, audit log), preview, vanity URL, widget
 * (settings, JSON, PNG), welcome screen, onboarding, incident actions, integrations, regions.
 * @see https://discord.com/developers/docs/resources/guild
 */
export const guildSettingRoutes: readonly Route[] = [
	{ method: 'PATCH', path: '/guilds/{guild_id}', handler: updateGuild },
	{ method: 'GET', path: '/guilds/{guild_id}/preview', handler: preview },
	{
		method: 'GET',
		path: '/guilds/{guild_id}/vanity-url',
		handler: (ctx) => (manage(ctx), ok(ctx.world.guild(guildId(ctx)).settings.vanity)),
	},
	{ method: 'GET', path: '/guilds/{guild_id}/widget', handler: widgetSettings },
	{ method: 'PATCH', path: '/guilds/{guild_id}/widget', handler: updateWidget },
	{ method: 'GET', path: '/guilds/{guild_id}/widget.json', auth: 'none', handler: widgetJson },
	{
		method: 'GET',
		path: '/guilds/{guild_id}/widget.png',
		auth: 'none',
		handler: (ctx) => {
			if (!ctx.world.guild(guildId(ctx)).settings.widget.enabled) throw restError('widgetDisabled');
			return { status: 200, body: WIDGET_PNG, contentType: 'image/png' };
		},
	},
	{ method: 'GET', path: '/guilds/{guild_id}/welcome-screen', handler: welcomeScreen },
	{ method: 'PATCH', path: '/guilds/{guild_id}/welcome-screen', handler: updateWelcomeScreen },
	{ method: 'GET', path: '/guilds/{guild_id}/onboarding', handler: onboarding },
	{ method: 'PUT', path: '/guilds/{guild_id}/onboarding', handler: updateOnboarding },
	{ method: 'PUT', path: '/guilds/{guild_id}/incident-actions', handler: incidents },
	{ method: 'GET', path: '/guilds/{guild_id}/integrations', handler: (ctx) => ok(integrations(ctx)) },
	{ method: 'DELETE', path: '/guilds/{guild_id}/integrations/{integration_id}', handler: deleteIntegration },
	// The new-member welcome (server guide) is off in every mock guild: Discord answers 204 then.
	{ method: 'GET', path: '/guilds/{guild_id}/new-member-welcome', handler: (ctx) => (ctx.world.guild(guildId(ctx)), noContent) },
];
