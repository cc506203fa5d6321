import { AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { formError } from '../http/formErrors.js';
import { readImageData } from '../http/imageData.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext, snowflakeQuery } from '../http/Route.js';
import { diff, recordAudit } from '../world/auditLog.js';
import type { Json, ScheduledEventState } from '../world/GuildState.js';
import type { World } from '../world/World.js';

const UNCOMPLETED_MAX = 100;
const EDITABLE = [
	'name',
	'description',
	'channel_id',
	'entity_metadata',
	'scheduled_start_time',
	'scheduled_end_time',
	'privacy_level',
	'entity_type',
	'status',
	'recurrence_rule',
] as const;
/** Allowed status changes: scheduled → active or canceled, active → completed. */
const NEXT_STATUS: Readonly<Record<number, readonly number[]>> = { 1: [2, 4], 2: [3] };
const CHANNEL_TYPE_FOR_ENTITY: Readonly<Record<number, number>> = { 1: 13, 2: 2 };

function events(ctx: RouteContext): Map<string, ScheduledEventState> {
	const guildId = param(ctx, 'guild_id');
	if (!ctx.world.guild(guildId).members.has(ctx.world.botUser.id)) throw restError('missingAccess');
	return ctx.world.guild(guildId).scheduledEvents;
}

function find(ctx: RouteContext): ScheduledEventState {
	const state = events(ctx).get(param(ctx, 'guild_scheduled_event_id'));
	if (state === undefined) throw restError('unknownScheduledEvent');
	return state;
}

function view(state: ScheduledEventState, withCount: boolean): Json {
	return withCount ? { ...state.event, user_count: state.users.size } : state.event;
}

/** Stage and voice events need their channel (of the right type); external ones a location and an end. */
function checkEntity(ctx: RouteContext, event: Json): void {
	const entityType = event['entity_type'] as number;
	const wanted = CHANNEL_TYPE_FOR_ENTITY[entityType];
	if (wanted !== undefined) {
		if (typeof event['channel_id'] !== 'string') throw formError(['channel_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
		const channel = ctx.world.channel(event['channel_id']);
		if (channel.type !== wanted) throw restError('eventTypeMismatch');
		ctx.world.requireBotChannelPermissions(
			channel.id,
			P.ViewChannel | P.Connect | (entityType === 1 ? P.ManageChannels | P.MuteMembers | P.MoveMembers : 0n),
		);
	} else {
		const location = (event['entity_metadata'] as Json | null | undefined)?.['location'];
		if (typeof location !== 'string' || location === '')
			throw formError(['entity_metadata', 'location'], 'BASE_TYPE_REQUIRED', 'This field is required');
		if (typeof event['scheduled_end_time'] !== 'string')
			throw formError(['scheduled_end_time'], 'BASE_TYPE_REQUIRED', 'This field is required');
		event['channel_id'] = null;
	}
	const start = Date.parse(String(event['scheduled_start_time']));
	const end = typeof event['scheduled_end_time'] === 'string' ? Date.parse(event['scheduled_end_time']) : undefined;
	if (end !== undefined && end <= start)
		throw formError(['scheduled_end_time'], 'GUILD_SCHEDULED_EVENT_END_BEFORE_START', 'The end time must be after the start time.');
}

function requireManage(ctx: RouteContext, event: Json): void {
	const guildId = param(ctx, 'guild_id');
	const permissions = ctx.world.guildPermissions(guildId, ctx.world.botUser.id);
	const mine = event['creator_id'] === ctx.world.botUser.id;
	if ((permissions & P.ManageEvents) !== 0n || (mine && (permissions & P.CreateEvents) !== 0n)) return;
	throw restError('missingPermissions');
}

function dispatch(world: World, name: string, event: Json): void {
	world.dispatch(name, event, event['guild_id'] as string);
}

/** Makes a scheduled event in a guild, as the bot (REST) or a user (control API). */
export function createScheduledEvent(ctx: RouteContext, guildId: string, body: Record<string, unknown>, creatorId: string): Json {
	const store = ctx.world.guild(guildId).scheduledEvents;
	const uncompleted = [...store.values()].filter((s) => s.event['status'] === 1 || s.event['status'] === 2).length;
	if (uncompleted >= UNCOMPLETED_MAX) throw restError('maxScheduledEvents');
	const start = Date.parse(String(body['scheduled_start_time']));
	if (!(start > Date.now()))
		throw formError(['scheduled_start_time'], 'GUILD_SCHEDULED_EVENT_SCHEDULED_START_TIME_IN_PAST', 'Cannot schedule event in the past.');
	const creator = ctx.world.user(creatorId);
	const event: Json = {
		id: ctx.world.snowflakes.next(),
		guild_id: guildId,
		name: String(body['name']),
		description: (body['description'] as string | undefined) ?? null,
		channel_id: (body['channel_id'] as string | undefined) ?? null,
		creator_id: creatorId,
		creator,
		image: body['image'] === undefined || body['image'] === null ? null : readImageData(body['image'], 'image').hash,
		scheduled_start_time: new Date(start).toISOString(),
		scheduled_end_time: typeof body['scheduled_end_time'] === 'string' ? new Date(body['scheduled_end_time']).toISOString() : null,
		status: 1,
		entity_type: Number(body['entity_type']),
		entity_id: null,
		entity_metadata: (body['entity_metadata'] as Json | undefined) ?? null,
		recurrence_rule: (body['recurrence_rule'] as Json | undefined) ?? null,
		privacy_level: Number(body['privacy_level'] ?? 2),
		guild_scheduled_event_exceptions: [],
	};
	checkEntity(ctx, event);
	store.set(event['id'] as string, { event, users: new Map() });
	dispatch(ctx.world, 'GUILD_SCHEDULED_EVENT_CREATE', event);
	return event;
}

function create(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	events(ctx);
	if ((ctx.world.guildPermissions(guildId, ctx.world.botUser.id) & (P.CreateEvents | P.ManageEvents)) === 0n)
		throw restError('missingPermissions');
	const event = createScheduledEvent(ctx, guildId, bodyObject(ctx), ctx.world.botUser.id);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.GuildScheduledEventCreate,
		targetId: event['id'] as string,
		changes: diff({}, event, ['name', 'entity_type', 'status']),
	});
	return ok(event);
}

function update(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const state = find(ctx);
	const event = state.event;
	requireManage(ctx, event);
	const status = event['status'] as number;
	if (status === 3 || status === 4) throw restError('finishedEvent');
	const body = bodyObject(ctx);
	const before = { ...event };
	if (typeof body['status'] === 'number' && body['status'] !== status && !(NEXT_STATUS[status] ?? []).includes(body['status']))
		throw formError(
			['status'],
			'GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION',
			`Cannot change status from ${status} to ${body['status']}.`,
		);
	for (const key of EDITABLE) if (body[key] !== undefined) event[key] = body[key];
	if (body['image'] !== undefined) event['image'] = body['image'] === null ? null : readImageData(body['image'], 'image').hash;
	checkEntity(ctx, event);
	dispatch(ctx.world, 'GUILD_SCHEDULED_EVENT_UPDATE', event);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.GuildScheduledEventUpdate,
		targetId: event['id'] as string,
		changes: diff(before, event, EDITABLE),
	});
	return ok(event);
}

function remove(ctx: RouteContext) {
	const guildId = param(ctx, 'guild_id');
	const state = find(ctx);
	requireManage(ctx, state.event);
	events(ctx).delete(state.event['id'] as string);
	dispatch(ctx.world, 'GUILD_SCHEDULED_EVENT_DELETE', state.event);
	recordAudit(ctx, guildId, { action: AuditLogEvent.GuildScheduledEventDelete, targetId: state.event['id'] as string });
	return noContent;
}

/** Interested users, sorted by id, paged with `before`/`after` and `limit` (≤ 100), with members on `with_member`. */
function users(ctx: RouteContext, exceptionId: string | null) {
	const guildId = param(ctx, 'guild_id');
	const state = find(ctx);
	const before = snowflakeQuery(ctx, 'before');
	const after = snowflakeQuery(ctx, 'after');
	const limit = Number(ctx.query.get('limit') ?? '100');
	const withMember = ctx.query.get('with_member') === 'true';
	let ids = [...state.users.keys()].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
	if (after !== null) ids = ids.filter((id) => BigInt(id) > after);
	if (before !== null) ids = ids.filter((id) => BigInt(id) < before).slice(-limit);
	return ok(
		ids.slice(0, limit).map((id) => {
			const member = ctx.world.guild(guildId).members.get(id);
			return {
				guild_scheduled_event_id: state.event['id'],
				guild_scheduled_event_exception_id: exceptionId,
				user_id: id,
				user: ctx.world.user(id),
				response: 1,
				...(withMember && member !== undefined ? { member } : {}),
			};
		}),
	);
}

function exception(ctx: RouteContext): Json {
	const list = find(ctx).event['guild_scheduled_event_exceptions'] as Json[];
	const found = list.find((e) => e['event_exception_id'] === param(ctx, 'exception_id'));
	if (found === undefined) throw restError('unknownScheduledEvent');
	return found;
}

/** Subscribes a user (control API); dispatches GUILD_SCHEDULED_EVENT_USER_ADD or _REMOVE. */
export function setEventUser(world: World, guildId: string, eventId: string, userId: string, interested: boolean): void {
	const state = world.guild(guildId).scheduledEvents.get(eventId);
	if (state === undefined) throw restError('unknownScheduledEvent');
	world.user(userId);
	const had = state.users.has(userId);
	if (interested) state.users.set(userId, new Date().toISOString());
	else state.users.delete(userId);
	if (had !== interested)
		world.dispatch(
			interested ? 'GUILD_SCHEDULED_EVENT_USER_ADD' : 'GUILD_SCHEDULED_EVENT_USER_REMOVE',
			{ guild_scheduled_event_id: eventId, user_id: userId, guild_id: guildId },
			guildId,
		);
}

const base = '/guilds/{guild_id}/scheduled-events';
const one = `${base}/{guild_scheduled_event_id}`;

/**
 * Scheduled events: CREATE_EVENTS/MANAGE_EVENTS, stage/voice/external entities, status
 * transitions, 100 uncompleted per guild, exceptions of recurring events, interested users,
 * GUILD_SCHEDULED_EVENT_* dispatches and the audit log.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event
 */
export const scheduledEventRoutes: readonly Route[] = [
	{
		method: 'GET',
		path: base,
		handler: (ctx) => ok([...events(ctx).values()].map((s) => view(s, ctx.query.get('with_user_count') === 'true'))),
	},
	{ method: 'POST', path: base, handler: create },
	{ method: 'GET', path: one, handler: (ctx) => ok(view(find(ctx), ctx.query.get('with_user_count') === 'true')) },
	{ method: 'PATCH', path: one, handler: update },
	{ method: 'DELETE', path: one, handler: remove },
	{ method: 'GET', path: `${one}/users`, handler: (ctx) => users(ctx, null) },
	{
		method: 'GET',
		path: `${one}/users/counts`,
		handler: (ctx) => {
			const state = find(ctx);
			const exceptions = (state.event['guild_scheduled_event_exceptions'] as Json[]).map((e) => [e['event_exception_id'] as string, 0]);
			return ok({ guild_scheduled_event_count: state.users.size, guild_scheduled_event_exception_counts: Object.fromEntries(exceptions) });
		},
	},
	{
		method: 'GET',
		path: `${one}/{guild_scheduled_event_exception_id}/users`,
		handler: (ctx) => {
			const list = find(ctx).event['guild_scheduled_event_exceptions'] as Json[];
			const id = param(ctx, 'guild_scheduled_event_exception_id');
			if (!list.some((e) => e['event_exception_id'] === id)) throw restError('unknownScheduledEvent');
			return users(ctx, id);
		},
	},
	{
		method: 'POST',
		path: `${one}/exceptions`,
		handler: (ctx) => {
			const state = find(ctx);
			requireManage(ctx, state.event);
			const body = bodyObject(ctx);
			const made: Json = {
				event_id: state.event['id'],
				event_exception_id: ctx.world.snowflakes.next(),
				scheduled_start_time:
					(body['scheduled_start_time'] as string | undefined) ?? (body['original_scheduled_start_time'] as string | undefined) ?? null,
				scheduled_end_time: (body['scheduled_end_time'] as string | undefined) ?? null,
				is_canceled: body['is_canceled'] === true,
			};
			(state.event['guild_scheduled_event_exceptions'] as Json[]).push(made);
			dispatch(ctx.world, 'GUILD_SCHEDULED_EVENT_UPDATE', state.event);
			return ok(made);
		},
	},
	{
		method: 'PATCH',
		path: `${one}/exceptions/{exception_id}`,
		handler: (ctx) => {
			const found = exception(ctx);
			requireManage(ctx, find(ctx).event);
			const body = bodyObject(ctx);
			for (const key of ['scheduled_start_time', 'scheduled_end_time', 'is_canceled']) if (body[key] !== undefined) found[key] = body[key];
			dispatch(ctx.world, 'GUILD_SCHEDULED_EVENT_UPDATE', find(ctx).event);
			return ok(found);
		},
	},
	{
		method: 'DELETE',
		path: `${one}/exceptions/{exception_id}`,
		handler: (ctx) => {
			const found = exception(ctx);
			const event = find(ctx).event;
			requireManage(ctx, event);
			const list = event['guild_scheduled_event_exceptions'] as Json[];
			list.splice(list.indexOf(found), 1);
			dispatch(ctx.world, 'GUILD_SCHEDULED_EVENT_UPDATE', event);
			return noContent;
		},
	},
];
