import { restError } from '../errors/RestError.js';
import { formError } from '../http/formErrors.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import type { Json } from '../world/GuildState.js';

const ROLE_CONNECTION_RECORDS_MAX = 5;

function app(ctx: RouteContext): void {
	if (param(ctx, 'application_id') !== ctx.world.applicationId) throw restError('missingAccess');
}

function command(ctx: RouteContext): string {
	app(ctx);
	ctx.world.guild(param(ctx, 'guild_id'));
	const commandId = param(ctx, 'command_id');
	const found = ctx.world.commands.get(commandId);
	// The application id stands for "all commands" in permission overwrites.
	if (
		commandId !== ctx.world.applicationId &&
		(found === undefined || (found.guild_id !== undefined && found.guild_id !== param(ctx, 'guild_id')))
	)
		throw restError('unknownCommand');
	return commandId;
}

function requireScope(ctx: RouteContext, scope: string): string {
	const bearer = ctx.bearer;
	if (bearer === undefined || !bearer.scopes.includes(scope)) throw restError('unauthorized');
	return bearer.userId;
}

/**
 * Command permissions in a guild. Reading works with the bot token; setting them needs a user's
 * Bearer token with `applications.commands.permissions.update` (the control API issues one),
 * as on Discord; APPLICATION_COMMAND_PERMISSIONS_UPDATE follows.
 * @see https://discord.com/developers/docs/interactions/application-commands#edit-application-command-permissions
 */
function setCommandPermissions(ctx: RouteContext) {
	const commandId = command(ctx);
	const userId = requireScope(ctx, 'applications.commands.permissions.update');
	const guildId = param(ctx, 'guild_id');
	if ((ctx.world.guildPermissions(guildId, userId) & (1n << 5n)) === 0n) throw restError('missingPermissions');
	const entry: Json = {
		id: commandId,
		application_id: ctx.world.applicationId,
		guild_id: guildId,
		permissions: (bodyObject(ctx)['permissions'] as Json[] | undefined) ?? [],
	};
	ctx.world.resources.commandPermissions.set(`${guildId}/${commandId}`, entry);
	ctx.world.dispatch('APPLICATION_COMMAND_PERMISSIONS_UPDATE', entry, guildId);
	return ok(entry);
}

/** Application extras: command permissions, role connection metadata and a user's role connection, activity attachments. */
export const applicationExtraRoutes: readonly Route[] = [
	{
		method: 'GET',
		path: '/applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions',
		handler: (ctx) => {
			const entry = ctx.world.resources.commandPermissions.get(`${param(ctx, 'guild_id')}/${command(ctx)}`);
			if (entry === undefined) throw restError('unknownCommandPermissions');
			return ok(entry);
		},
	},
	{
		method: 'PUT',
		path: '/applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions',
		auth: 'bearer',
		handler: setCommandPermissions,
	},
	{
		method: 'GET',
		path: '/applications/{application_id}/role-connections/metadata',
		handler: (ctx) => (app(ctx), ok(ctx.world.resources.roleConnectionMetadata)),
	},
	{
		method: 'PUT',
		path: '/applications/{application_id}/role-connections/metadata',
		handler: (ctx) => {
			app(ctx);
			const records = (Array.isArray(ctx.body) ? ctx.body : []) as Json[];
			if (records.length > ROLE_CONNECTION_RECORDS_MAX)
				throw formError([], 'BASE_TYPE_MAX_LENGTH', `Must be ${ROLE_CONNECTION_RECORDS_MAX} or fewer in length.`);
			ctx.world.resources.roleConnectionMetadata = records.map((r) => ({ ...r }));
			return ok(ctx.world.resources.roleConnectionMetadata);
		},
	},
	{
		method: 'GET',
		path: '/users/@me/applications/{application_id}/role-connection',
		auth: 'bearer',
		handler: (ctx) => {
			app(ctx);
			const userId = requireScope(ctx, 'role_connections.write');
			return ok(ctx.world.resources.roleConnections.get(userId) ?? { platform_name: null, platform_username: null, metadata: {} });
		},
	},
	{
		method: 'PUT',
		path: '/users/@me/applications/{application_id}/role-connection',
		auth: 'bearer',
		handler: (ctx) => {
			app(ctx);
			const userId = requireScope(ctx, 'role_connections.write');
			const body = bodyObject(ctx);
			const keys = new Set(ctx.world.resources.roleConnectionMetadata.map((r) => r['key']));
			const metadata = (body['metadata'] as Json | undefined) ?? {};
			for (const key of Object.keys(metadata))
				if (!keys.has(key)) throw formError(['metadata', key], 'BASE_TYPE_INVALID', `No metadata record with key "${key}".`);
			const connection = { platform_name: body['platform_name'] ?? null, platform_username: body['platform_username'] ?? null, metadata };
			ctx.world.resources.roleConnections.set(userId, connection);
			return ok(connection);
		},
	},
	{
		method: 'DELETE',
		path: '/users/@me/applications/{application_id}/role-connection',
		auth: 'bearer',
		handler: (ctx) => {
			app(ctx);
			ctx.world.resources.roleConnections.delete(requireScope(ctx, 'role_connections.write'));
			return noContent;
		},
	},
	{
		method: 'POST',
		path: '/applications/{application_id}/attachment',
		handler: (ctx) => {
			app(ctx);
			const file = ctx.files[0];
			if (file === undefined) throw formError(['file'], 'BASE_TYPE_REQUIRED', 'This field is required');
			const id = ctx.world.snowflakes.next();
			const url = `https://cdn.discordapp.com/ephemeral-attachments/${ctx.world.applicationId}/${id}/${encodeURIComponent(file.filename)}`;
			return ok({ attachment: { id, filename: file.filename, size: file.size, url, proxy_url: url, content_type: file.contentType } });
		},
	},
	// The mock launches no activities, so every instance id is unknown, as Discord answers for an ended one.
	{
		method: 'GET',
		path: '/applications/{application_id}/activity-instances/{instance_id}',
		handler: (ctx) => {
			app(ctx);
			throw restError('notFound');
		},
	},
	{ method: 'GET', path: '/users/@me/connections', auth: 'bot-or-bearer', handler: () => ok([]) },
	{
		method: 'GET',
		path: '/users/@me/guilds/{guild_id}/member',
		auth: 'bearer',
		handler: (ctx) => {
			const userId = requireScope(ctx, 'guilds.members.read');
			const guildId = param(ctx, 'guild_id');
			const member = ctx.world.member(guildId, userId);
			return ok({ ...member, permissions: String(ctx.world.guildPermissions(guildId, userId)) });
		},
	},
];
