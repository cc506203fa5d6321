import { randomBytes } from 'node:crypto';
import { type APIMessage, type APIUser, AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { formError } from '../http/formErrors.js';
import { readImageData } from '../http/imageData.js';
import { checkMessageLimits } from '../http/messageLimits.js';
import { bodyObject, noContent, ok, param, type RouteContext } from '../http/Route.js';
import { recordAudit } from '../world/auditLog.js';
import { buildMessage, messageCreatePayload } from '../world/buildMessage.js';
import { startPoll } from '../world/polls.js';
import type { Json } from '../world/GuildState.js';
import type { StoredChannel, World } from '../world/World.js';

const WEBHOOKS_PER_CHANNEL = 15;
const WEBHOOK_CHANNEL_TYPES = new Set([0, 2, 5, 13, 15]);
const THREADS = new Set([10, 11, 12]);

/** A webhook without its token, as listing and bot-authenticated reads show others' webhooks. */
export function publicWebhook(webhook: Json): Json {
	const { token: _token, url: _url, ...rest } = webhook;
	return rest;
}

/** A stored webhook by id; 10015 when there is none. */
export function webhookById(world: World, id: string): Json {
	const webhook = world.resources.webhooks.get(id);
	if (webhook === undefined) throw restError('unknownWebhook');
	return webhook;
}

/** A webhook by id and token (the token route family); 10015 unknown, 50027 wrong token. */
export function webhookByToken(ctx: RouteContext): Json {
	const webhook = webhookById(ctx.world, param(ctx, 'webhook_id'));
	if (webhook['token'] !== param(ctx, 'webhook_token')) throw restError('invalidWebhookToken');
	return webhook;
}

function webhooksUpdate(world: World, guildId: string, channelId: string): void {
	world.dispatch('WEBHOOKS_UPDATE', { guild_id: guildId, channel_id: channelId }, guildId);
}

function checkName(name: unknown): void {
	if (typeof name === 'string' && /clyde|discord/i.test(name))
		throw formError(['name'], 'USERNAME_INVALID_CONTAINS', `Username cannot contain "${/clyde/i.test(name) ? 'clyde' : 'discord'}"`);
}

/** `POST /channels/{channel_id}/webhooks`: an incoming webhook (type 1) with a token; MANAGE_WEBHOOKS, 15 per channel. */
export function createWebhook(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	const channel = ctx.world.channel(channelId);
	const guildId = channel.guild_id;
	if (guildId === undefined || !WEBHOOK_CHANNEL_TYPES.has(channel.type)) throw restError('invalidChannelType');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ManageWebhooks);
	const body = bodyObject(ctx);
	checkName(body['name']);
	if ([...ctx.world.resources.webhooks.values()].filter((w) => w['channel_id'] === channelId).length >= WEBHOOKS_PER_CHANNEL)
		throw restError('maxWebhooks');
	const id = ctx.world.snowflakes.next();
	const token = randomBytes(51).toString('base64url');
	const webhook: Json & { token: string } = {
		application_id: null,
		avatar: body['avatar'] === undefined || body['avatar'] === null ? null : readImageData(body['avatar'], 'avatar').hash,
		channel_id: channelId,
		guild_id: guildId,
		id,
		name: String(body['name']),
		type: 1,
		user: ctx.world.botUser,
		token,
		url: `https://discord.com/api/webhooks/${id}/${token}`,
	};
	ctx.world.resources.webhooks.set(id, webhook);
	webhooksUpdate(ctx.world, guildId, channelId);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.WebhookCreate,
		targetId: id,
		changes: [
			{ key: 'name', new_value: webhook['name'] },
			{ key: 'channel_id', new_value: channelId },
			{ key: 'type', new_value: 1 },
		],
	});
	return ok(webhook);
}

/** Lists webhooks of a channel or a guild: MANAGE_WEBHOOKS. */
export function listWebhooks(ctx: RouteContext, scope: 'channel' | 'guild') {
	const key = scope === 'channel' ? 'channel_id' : 'guild_id';
	const id = param(ctx, key);
	if (scope === 'channel') ctx.world.requireBotChannelPermissions(id, P.ViewChannel | P.ManageWebhooks);
	else ctx.world.requireBotGuildPermissions(id, P.ManageWebhooks);
	return ok([...ctx.world.resources.webhooks.values()].filter((w) => w[key] === id));
}

function requireManage(ctx: RouteContext, webhook: Json): void {
	ctx.world.requireBotChannelPermissions(webhook['channel_id'] as string, P.ViewChannel | P.ManageWebhooks);
}

/** `PATCH /webhooks/{id}` (may move it with `channel_id`) and `PATCH /webhooks/{id}/{token}` (may not). */
export function updateWebhook(ctx: RouteContext, byToken: boolean) {
	const webhook = byToken ? webhookByToken(ctx) : webhookById(ctx.world, param(ctx, 'webhook_id'));
	if (!byToken) requireManage(ctx, webhook);
	const body = bodyObject(ctx);
	checkName(body['name']);
	const before = { ...webhook };
	if (typeof body['name'] === 'string') webhook['name'] = body['name'];
	if (body['avatar'] !== undefined) webhook['avatar'] = body['avatar'] === null ? null : readImageData(body['avatar'], 'avatar').hash;
	if (!byToken && typeof body['channel_id'] === 'string' && body['channel_id'] !== webhook['channel_id']) {
		const target = ctx.world.channel(body['channel_id']);
		if (target.guild_id !== webhook['guild_id']) throw restError('unknownChannel');
		ctx.world.requireBotChannelPermissions(target.id, P.ViewChannel | P.ManageWebhooks);
		webhook['channel_id'] = target.id;
		webhooksUpdate(ctx.world, webhook['guild_id'] as string, before['channel_id'] as string);
	}
	const guildId = webhook['guild_id'] as string;
	webhooksUpdate(ctx.world, guildId, webhook['channel_id'] as string);
	const changes = ['name', 'avatar', 'channel_id']
		.filter((k) => before[k] !== webhook[k])
		.map((k) => ({ key: k === 'avatar' ? 'avatar_hash' : k, old_value: before[k], new_value: webhook[k] }));
	recordAudit(ctx, guildId, { action: AuditLogEvent.WebhookUpdate, targetId: webhook['id'] as string, changes });
	return ok(byToken ? publicWebhook(webhook) : webhook);
}

/** `DELETE /webhooks/{id}` (MANAGE_WEBHOOKS) and `DELETE /webhooks/{id}/{token}`. */
export function deleteWebhook(ctx: RouteContext, byToken: boolean) {
	const webhook = byToken ? webhookByToken(ctx) : webhookById(ctx.world, param(ctx, 'webhook_id'));
	if (!byToken) requireManage(ctx, webhook);
	ctx.world.resources.webhooks.delete(webhook['id'] as string);
	const guildId = webhook['guild_id'] as string;
	webhooksUpdate(ctx.world, guildId, webhook['channel_id'] as string);
	recordAudit(ctx, guildId, {
		action: AuditLogEvent.WebhookDelete,
		targetId: webhook['id'] as string,
		changes: [{ key: 'name', old_value: webhook['name'] }],
	});
	return noContent;
}

/** The author a webhook message shows: the webhook's name and avatar unless the request overrides them. */
function authorOf(webhook: Json, body: Readonly<Record<string, unknown>>): APIUser {
	return {
		id: webhook['id'] as string,
		username: typeof body['username'] === 'string' && body['username'] !== '' ? body['username'] : (webhook['name'] as string),
		avatar: typeof body['avatar_url'] === 'string' ? null : ((webhook['avatar'] as string | null) ?? null),
		discriminator: '0000',
		global_name: null,
		bot: true,
		public_flags: 0,
		flags: 0,
		primary_guild: null,
	} as unknown as APIUser;
}

/** Where an execution lands: the webhook's channel, a thread of it (`thread_id`), or a new forum post (`thread_name`). */
function targetChannel(ctx: RouteContext, webhook: Json, body: Readonly<Record<string, unknown>>): StoredChannel {
	const channel = ctx.world.channel(webhook['channel_id'] as string);
	const threadId = ctx.query.get('thread_id');
	if (threadId !== null) {
		const thread = ctx.world.channel(threadId);
		if (!THREADS.has(thread.type) || thread.parent_id !== channel.id) throw restError('unknownChannel');
		const metadata = (thread as { thread_metadata?: { archived?: boolean; locked?: boolean } }).thread_metadata;
		if (metadata?.locked === true) throw restError('archivedThread');
		if (metadata?.archived === true) metadata.archived = false;
		return thread;
	}
	if (channel.type === 15) {
		if (typeof body['thread_name'] !== 'string') throw restError('forumWebhookThread');
		const now = new Date().toISOString();
		const id = ctx.world.snowflakes.next();
		const thread = {
			id,
			guild_id: channel.guild_id,
			parent_id: channel.id,
			owner_id: webhook['id'],
			name: body['thread_name'],
			type: 11,
			last_message_id: null,
			rate_limit_per_user: 0,
			flags: 0,
			message_count: 0,
			member_count: 0,
			total_message_sent: 0,
			applied_tags: Array.isArray(body['applied_tags']) ? body['applied_tags'] : [],
			thread_metadata: { archived: false, auto_archive_duration: 4320, archive_timestamp: now, locked: false, create_timestamp: now },
		} as unknown as StoredChannel;
		ctx.world.channels.set(id, thread);
		ctx.world.dispatch('THREAD_CREATE', { ...thread, newly_created: true }, channel.guild_id);
		return thread;
	}
	return channel;
}

/**
 * Executes an incoming webhook: the message appears in its channel (or thread) with the
 * webhook as author and `webhook_id` set, dispatched as MESSAGE_CREATE; `?wait=true` returns it.
 * @see https://discord.com/developers/docs/resources/webhook#execute-webhook
 */
export function executeWebhook(ctx: RouteContext, body: Readonly<Record<string, unknown>>) {
	const webhook = webhookByToken(ctx);
	checkMessageLimits(body, { requireContent: true, fileCount: ctx.files.length });
	const channel = targetChannel(ctx, webhook, body);
	const message = buildMessage(ctx.world, {
		channelId: channel.id,
		author: authorOf(webhook, body),
		body,
		files: ctx.files,
		extra: { webhook_id: webhook['id'], ...(channel.id === webhook['channel_id'] ? {} : { position: 0 }) },
	});
	ctx.world.channelMessages(channel.id).set(message.id, message);
	startPoll(ctx.world, message);
	(channel as { last_message_id?: string }).last_message_id = message.id;
	ctx.world.dispatch('MESSAGE_CREATE', messageCreatePayload(ctx.world, message), channel.guild_id);
	return ctx.query.get('wait') === 'true' ? ok(message) : noContent;
}

/** A message an incoming webhook sent, in its channel or one of its threads (`?thread_id=`). */
export function webhookMessage(ctx: RouteContext): { message: APIMessage; channelId: string } {
	const webhook = webhookByToken(ctx);
	const channelId = ctx.query.get('thread_id') ?? (webhook['channel_id'] as string);
	const message = ctx.world.messages.get(channelId)?.get(param(ctx, 'message_id'));
	if (message === undefined || message.webhook_id !== webhook['id']) throw restError('unknownMessage');
	return { message, channelId };
}

/** Edits a webhook's own message: content, embeds, components, attachments; MESSAGE_UPDATE. */
export function editWebhookMessage(ctx: RouteContext) {
	const { message, channelId } = webhookMessage(ctx);
	const body = bodyObject(ctx);
	if (message.poll !== undefined && (body['content'] !== undefined || body['embeds'] !== undefined)) throw restError('cannotEditPoll');
	checkMessageLimits(body, { requireContent: false });
	const target = message as unknown as Record<string, unknown>;
	for (const key of ['content', 'embeds', 'components', 'flags'])
		if (body[key] !== undefined) target[key] = body[key] ?? (key === 'content' ? '' : []);
	message.edited_timestamp = new Date().toISOString();
	ctx.world.dispatch('MESSAGE_UPDATE', messageCreatePayload(ctx.world, message), ctx.world.channel(channelId).guild_id);
	return ok(message);
}

/** Deletes a webhook's own message; MESSAGE_DELETE. */
export function deleteWebhookMessage(ctx: RouteContext) {
	const { message, channelId } = webhookMessage(ctx);
	ctx.world.channelMessages(channelId).delete(message.id);
	const guildId = ctx.world.channel(channelId).guild_id;
	ctx.world.dispatch(
		'MESSAGE_DELETE',
		{ id: message.id, channel_id: channelId, ...(guildId === undefined ? {} : { guild_id: guildId }) },
		guildId,
	);
	return noContent;
}
