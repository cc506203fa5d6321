import type { GatewayFault } from '../gateway/index.js';
import { RestError } from '../errors/RestError.js';
import type { RequestLogEntry } from '../http/RestPipeline.js';
import type { RestFaults } from '../http/RestFaults.js';
import { bodyObject, ok, param, type Route, type RouteContext } from '../http/Route.js';
import type { RateLimitFault } from '../ratelimit/index.js';
import { applyAutoModeration } from '../world/autoModeration.js';
import { buildMessage, messageCreatePayload } from '../world/buildMessage.js';
import { startPoll } from '../world/polls.js';
import { buildInteraction, type InteractionInput } from './buildInteraction.js';
import { controlFeatureRoutes } from './controlFeatures.js';
import { controlPeopleRoutes } from './controlPeople.js';
import type { MockVoice } from '../voice/MockVoice.js';
import { voiceControlRoutes } from '../voice/voiceControlRoutes.js';

/** What the control API reaches into. */
export interface ControlDeps {
	readonly requestLog: readonly RequestLogEntry[];
	readonly restFaults: RestFaults;
	readonly gatewayFault: (fault: GatewayFault) => void;
	readonly rateLimitFault: (fault: RateLimitFault) => void;
	readonly sessions: () => readonly unknown[];
	readonly voice: MockVoice;
}

const GATEWAY_FAULTS = new Set(['disconnect', 'zombie', 'reconnect', 'invalid_session']);
const VOICE_FAULTS = new Set(['voice_server_change', 'voice_disconnect']);

function bad(message: string): RestError {
	return new RestError(400, 0, message);
}

function state(ctx: RouteContext) {
	const { world } = ctx;
	return ok({
		application_id: world.applicationId,
		bot: { id: world.botUser.id, username: world.botUser.username },
		guilds: [...world.guilds.values()].map((g) => ({
			id: g.guild.id,
			name: g.guild.name,
			channels: [...world.channels.values()]
				.filter((c) => c.guild_id === g.guild.id)
				.map((c) => ({ id: c.id, name: (c as { name?: string }).name ?? null, type: c.type })),
			roles: [...g.roles.values()].map((r) => ({ id: r.id, name: r.name })),
		})),
		users: [...world.users.values()].map((u) => ({ id: u.id, username: u.username, bot: u.bot === true })),
	});
}

function postMessage(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const authorId = String(body['author_id'] ?? '');
	const channelId = String(body['channel_id'] ?? '');
	const author = ctx.world.users.get(authorId);
	if (author === undefined) throw bad(`author_id: no user with id "${authorId}"; GET /_mock/state lists users`);
	const channel = ctx.world.channels.get(channelId);
	if (channel === undefined) throw bad(`channel_id: no channel with id "${channelId}"; GET /_mock/state lists channels`);
	const { author_id: _a, channel_id: _c, mentions, spam, ...rest } = body;
	const content = typeof rest['content'] === 'string' ? rest['content'] : '';
	const verdict =
		channel.guild_id === undefined
			? undefined
			: applyAutoModeration(ctx, {
					guildId: channel.guild_id,
					channelId,
					authorId,
					content,
					mentionCount: new Set(
						[...content.matchAll(/<@[!&]?(\d{1,20})>/g)].map((m) => m[1]).concat(Array.isArray(mentions) ? mentions.map(String) : []),
					).size,
					spam: spam === true,
				});
	if (verdict?.blocked === true) {
		verdict.after(undefined);
		throw new RestError(400, 200000, verdict.blockMessage ?? 'Message was blocked by automatic moderation');
	}
	const message = buildMessage(ctx.world, { channelId, author, body: rest });
	// Explicit mentions (user ids) add to the ones parsed from `<@id>` in the content.
	for (const id of Array.isArray(mentions) ? mentions : []) {
		const user = ctx.world.users.get(String(id));
		if (user === undefined) throw bad(`mentions: no user with id "${String(id)}"`);
		if (!message.mentions.some((m) => m.id === user.id)) message.mentions.push(user);
	}
	ctx.world.channelMessages(channelId).set(message.id, message);
	startPoll(ctx.world, message);
	ctx.world.dispatch('MESSAGE_CREATE', messageCreatePayload(ctx.world, message), channel.guild_id);
	verdict?.after(message);
	return { status: 201, body: message };
}

function postInteraction(ctx: RouteContext) {
	const body = bodyObject(ctx);
	for (const key of ['user_id', 'channel_id', 'type']) if (typeof body[key] !== 'string') throw bad(`${key} is required (a string)`);
	const record = buildInteraction(ctx.world, ctx.interactions, body as unknown as InteractionInput);
	return { status: 201, body: { id: record.id, token: record.token } };
}

function getInteraction(ctx: RouteContext) {
	const record = ctx.interactions.get(param(ctx, 'interaction_id'));
	if (record === undefined) throw new RestError(404, 0, `No interaction ${param(ctx, 'interaction_id')}`);
	return ok({
		id: record.id,
		type: record.type,
		responses: record.responses,
		original: record.original ?? null,
		followups: record.followups,
	});
}

function postFault(deps: ControlDeps, ctx: RouteContext) {
	const body = bodyObject(ctx);
	const kind = String(body['kind'] ?? '');
	if (GATEWAY_FAULTS.has(kind)) {
		if (typeof body['shard'] !== 'number') throw bad('shard is required (a number) for gateway faults');
		deps.gatewayFault(body as unknown as GatewayFault);
	} else if (VOICE_FAULTS.has(kind)) {
		const guildId = String(body['guild_id'] ?? '');
		const code = body['code'] ?? 4015;
		if (typeof code !== 'number' || code < 1000 || code > 4999) throw bad('code must be a WebSocket close code');
		const done = kind === 'voice_server_change' ? deps.voice.changeServer(guildId) : deps.voice.disconnect(guildId, code);
		if (!done) throw bad(`the bot has no live voice connection in guild "${guildId}"`);
	} else if (kind === 'rate_limit') {
		if (typeof body['route'] !== 'string' || typeof body['count'] !== 'number')
			throw bad('rate_limit needs route (string) and count (number)');
		deps.rateLimitFault(body as unknown as RateLimitFault);
	} else if (kind === 'server_error') {
		if (typeof body['route'] !== 'string' || typeof body['count'] !== 'number' || typeof body['status'] !== 'number')
			throw bad('server_error needs route, status and count');
		deps.restFaults.add({ kind, route: body['route'], status: body['status'], count: body['count'] });
	} else if (kind === 'latency') {
		if (typeof body['ms'] !== 'number') throw bad('latency needs ms (number)');
		deps.restFaults.add({ kind, ms: body['ms'] });
	} else {
		throw bad(`kind must be one of ${[...GATEWAY_FAULTS, ...VOICE_FAULTS, 'rate_limit', 'server_error', 'latency'].join(', ')}`);
	}
	return { status: 204 };
}

function channelMessages(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	if (!ctx.world.channels.has(channelId)) throw new RestError(404, 10003, 'Unknown Channel');
	return ok([...ctx.world.channelMessages(channelId).values()].reverse());
}

/** The control API's routes, served under `/_mock` without auth. */
export function controlRoutes(deps: ControlDeps): Route[] {
	const none = { auth: 'none' } as const;
	return [
		{ method: 'GET', path: '/state', handler: state, ...none },
		{ method: 'POST', path: '/messages', handler: postMessage, ...none },
		{ method: 'POST', path: '/interactions', handler: postInteraction, ...none },
		{ method: 'GET', path: '/interactions/{interaction_id}', handler: getInteraction, ...none },
		{ method: 'GET', path: '/channels/{channel_id}/messages', handler: channelMessages, ...none },
		{ method: 'GET', path: '/requests', handler: () => ok(deps.requestLog), ...none },
		{ method: 'GET', path: '/sessions', handler: () => ok(deps.sessions()), ...none },
		{ method: 'POST', path: '/faults', handler: (ctx) => postFault(deps, ctx), ...none },
		...controlPeopleRoutes,
		...voiceControlRoutes(deps.voice),
		...controlFeatureRoutes,
	];
}
