import type { APIApplicationCommand } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';

function app(ctx: RouteContext): void {
	if (param(ctx, 'application_id') !== ctx.world.applicationId) throw restError('missingAccess');
}

function scopeOf(ctx: RouteContext): string | undefined {
	const guildId = ctx.params['guild_id'];
	if (guildId !== undefined) ctx.world.guild(guildId);
	return guildId;
}

function inScope(ctx: RouteContext): APIApplicationCommand[] {
	const guildId = scopeOf(ctx);
	return [...ctx.world.commands.values()].filter((c) => c.guild_id === guildId);
}

function build(ctx: RouteContext, body: Record<string, unknown>, existing?: APIApplicationCommand): APIApplicationCommand {
	const guildId = scopeOf(ctx);
	return {
		id: existing?.id ?? ctx.world.snowflakes.next(),
		application_id: ctx.world.applicationId,
		version: ctx.world.snowflakes.next(),
		type: Number(body['type'] ?? existing?.type ?? 1),
		name: String(body['name'] ?? existing?.name),
		description: String(body['description'] ?? existing?.description ?? ''),
		options: (body['options'] as APIApplicationCommand['options']) ?? existing?.options ?? [],
		default_member_permissions:
			(body['default_member_permissions'] as string | null | undefined) ?? existing?.default_member_permissions ?? null,
		nsfw: body['nsfw'] === true,
		...(guildId === undefined
			? { integration_types: [0], contexts: (body['contexts'] as number[] | undefined) ?? [0, 1, 2] }
			: { guild_id: guildId }),
		...(body['name_localizations'] === undefined ? {} : { name_localizations: body['name_localizations'] }),
		...(body['description_localizations'] === undefined ? {} : { description_localizations: body['description_localizations'] }),
	} as APIApplicationCommand;
}

function find(ctx: RouteContext): APIApplicationCommand {
	const command = ctx.world.commands.get(param(ctx, 'command_id'));
	if (command === undefined || command.guild_id !== scopeOf(ctx)) throw restError('unknownCommand');
	return command;
}

function create(ctx: RouteContext) {
	app(ctx);
	const body = bodyObject(ctx);
	const existing = inScope(ctx).find((c) => c.name === body['name'] && c.type === Number(body['type'] ?? 1));
	const command = build(ctx, body, existing);
	ctx.world.commands.set(command.id, command);
	return { status: existing === undefined ? 201 : 200, body: command };
}

function bulkSet(ctx: RouteContext) {
	app(ctx);
	const list = Array.isArray(ctx.body) ? (ctx.body as Record<string, unknown>[]) : [];
	const before = inScope(ctx);
	for (const old of before) ctx.world.commands.delete(old.id);
	const made = list.map((body) =>
		build(
			ctx,
			body,
			before.find((c) => c.name === body['name'] && c.type === Number(body['type'] ?? 1)),
		),
	);
	for (const command of made) ctx.world.commands.set(command.id, command);
	return ok(made);
}

function update(ctx: RouteContext) {
	app(ctx);
	const command = build(ctx, bodyObject(ctx), find(ctx));
	ctx.world.commands.set(command.id, command);
	return ok(command);
}

function remove(ctx: RouteContext) {
	app(ctx);
	ctx.world.commands.delete(find(ctx).id);
	return noContent;
}

function routesAt(base: string): Route[] {
	return [
		{ method: 'GET', path: base, handler: (ctx) => (app(ctx), ok(inScope(ctx))) },
		{ method: 'POST', path: base, handler: create },
		{ method: 'PUT', path: base, handler: bulkSet },
		{ method: 'GET', path: `${base}/{command_id}`, handler: (ctx) => (app(ctx), ok(find(ctx))) },
		{ method: 'PATCH', path: `${base}/{command_id}`, handler: update },
		{ method: 'DELETE', path: `${base}/{command_id}`, handler: remove },
	];
}

/** Application command routes, global and per guild. */
export const commandRoutes: readonly Route[] = [
	...routesAt('/applications/{application_id}/commands'),
	...routesAt('/applications/{application_id}/guilds/{guild_id}/commands'),
	// Bots can read command permissions; setting them needs a user's Bearer token (applicationExtras).
	{
		method: 'GET',
		path: '/applications/{application_id}/guilds/{guild_id}/commands/permissions',
		handler: (ctx) => (
			app(ctx),
			scopeOf(ctx),
			ok([...ctx.world.resources.commandPermissions.values()].filter((p) => p['guild_id'] === param(ctx, 'guild_id')))
		),
	},
];
