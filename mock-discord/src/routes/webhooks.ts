import type { APIMessage } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { checkMessageLimits } from '../http/messageLimits.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext, type RouteResult } from '../http/Route.js';
import type { InteractionRecord } from '../interactions/InteractionStore.js';
import {
	createWebhook,
	deleteWebhook,
	deleteWebhookMessage,
	editWebhookMessage,
	executeWebhook,
	listWebhooks,
	publicWebhook,
	updateWebhook,
	webhookById,
	webhookByToken,
	webhookMessage,
} from './incomingWebhooks.js';
import { editInteractionMessage, publishInteractionMessage } from './interactionCallbacks.js';

/** Interaction tokens are webhooks of the application itself; every other id is an incoming webhook. */
function isInteraction(ctx: RouteContext): boolean {
	return param(ctx, 'webhook_id') === ctx.world.applicationId;
}

function interaction(ctx: RouteContext): InteractionRecord {
	return ctx.interactions.forWebhook(param(ctx, 'webhook_token'));
}

function target(ctx: RouteContext, record: InteractionRecord): APIMessage {
	const id = ctx.params['message_id'];
	const message =
		id === undefined || id === '@original'
			? record.original
			: (record.followups.find((m) => m.id === id) ?? (record.original?.id === id ? record.original : undefined));
	if (message === undefined) throw restError('unknownMessage');
	return message;
}

function followUp(ctx: RouteContext) {
	const record = interaction(ctx);
	if (record.responses.length === 0) throw restError('unknownWebhook');
	const body = bodyObject(ctx);
	checkMessageLimits(body, { requireContent: true, fileCount: ctx.files.length });
	const message = publishInteractionMessage(ctx, record, body, false);
	record.followups.push(message);
	return ok(message);
}

function removeInteractionMessage(ctx: RouteContext) {
	const record = interaction(ctx);
	const message = target(ctx, record);
	if (ctx.world.messages.get(record.channelId)?.delete(message.id) === true) {
		ctx.world.dispatch(
			'MESSAGE_DELETE',
			{ id: message.id, channel_id: record.channelId, ...(record.guildId === undefined ? {} : { guild_id: record.guildId }) },
			record.guildId,
		);
	}
	if (record.original?.id === message.id) record.original = undefined;
	const at = record.followups.indexOf(message);
	if (at !== -1) record.followups.splice(at, 1);
	return noContent;
}

/** Picks the interaction or the incoming-webhook handler for a token route. */
function either(forInteraction: (ctx: RouteContext) => RouteResult, forIncoming: (ctx: RouteContext) => RouteResult) {
	return (ctx: RouteContext): RouteResult => (isInteraction(ctx) ? forInteraction(ctx) : forIncoming(ctx));
}

/** Slack's `{ text, username, icon_url }` as a Discord message; answered with Slack's `"ok"`, as Discord does. */
function slack(ctx: RouteContext) {
	const body = bodyObject(ctx);
	executeWebhook(ctx, {
		content: typeof body['text'] === 'string' ? body['text'] : '',
		...(typeof body['username'] === 'string' ? { username: body['username'] } : {}),
		...(typeof body['icon_url'] === 'string' ? { avatar_url: body['icon_url'] } : {}),
		...(Array.isArray(body['attachments']) && body['attachments'].length > 0
			? {
					embeds: (body['attachments'] as Record<string, unknown>[]).slice(0, 10).map((a) => ({
						...(typeof a['title'] === 'string' ? { title: a['title'] } : {}),
						...(typeof a['text'] === 'string' ? { description: a['text'] } : {}),
					})),
				}
			: {}),
	});
	return ok('ok');
}

/** A GitHub event (named by `X-GitHub-Event`) as the embed Discord posts for it; 204 always. */
function github(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const event = String(ctx.headers['x-github-event'] ?? 'ping');
	const repository = (body['repository'] as { full_name?: string; html_url?: string } | undefined) ?? {};
	const sender = (body['sender'] as { login?: string; avatar_url?: string; html_url?: string } | undefined) ?? {};
	const commits = Array.isArray(body['commits']) ? (body['commits'] as { id?: string; message?: string }[]) : [];
	const branch = typeof body['ref'] === 'string' ? body['ref'].replace(/^refs\/heads\//, '') : '';
	const title =
		event === 'push'
			? `[${repository.full_name ?? 'repository'}:${branch}] ${commits.length} new commit${commits.length === 1 ? '' : 's'}`
			: `[${repository.full_name ?? 'repository'}] ${event}`;
	executeWebhook(ctx, {
		username: 'GitHub',
		embeds: [
			{
				title,
				...(repository.html_url === undefined ? {} : { url: repository.html_url }),
				...(commits.length > 0
					? { description: commits.map((c) => `\`${(c.id ?? '').slice(0, 7)}\` ${(c.message ?? '').split('\n')[0]}`).join('\n') }
					: {}),
				...(sender.login === undefined ? {} : { author: { name: sender.login } }),
			},
		],
	});
	return noContent;
}

const token = '/webhooks/{webhook_id}/{webhook_token}';
const original = `${token}/messages/@original`;
const byId = `${token}/messages/{message_id}`;
const common = { auth: 'none', globalExempt: true } as const;

/**
 * Webhooks: incoming webhooks made by the bot (create, list, edit, move, delete, execute with
 * `wait`, `thread_id`, `thread_name` and username/avatar overrides, their messages, Slack and
 * GitHub formats), and interaction tokens (follow-ups, `@original`), told apart by the id.
 * @see https://discord.com/developers/docs/resources/webhook
 */
export const webhookRoutes: readonly Route[] = [
	{ method: 'POST', path: '/channels/{channel_id}/webhooks', handler: createWebhook },
	{ method: 'GET', path: '/channels/{channel_id}/webhooks', handler: (ctx) => listWebhooks(ctx, 'channel') },
	{ method: 'GET', path: '/guilds/{guild_id}/webhooks', handler: (ctx) => listWebhooks(ctx, 'guild') },
	{
		method: 'GET',
		path: '/webhooks/{webhook_id}',
		handler: (ctx) => {
			const webhook = webhookById(ctx.world, param(ctx, 'webhook_id'));
			ctx.world.requireBotChannelPermissions(webhook['channel_id'] as string, 1n << 10n);
			return ok(webhook);
		},
	},
	{ method: 'PATCH', path: '/webhooks/{webhook_id}', handler: (ctx) => updateWebhook(ctx, false) },
	{ method: 'DELETE', path: '/webhooks/{webhook_id}', handler: (ctx) => deleteWebhook(ctx, false) },
	{ method: 'GET', path: token, handler: (ctx) => ok(publicWebhook(webhookByToken(ctx))), ...common },
	{ method: 'PATCH', path: token, handler: (ctx) => updateWebhook(ctx, true), ...common },
	{ method: 'DELETE', path: token, handler: (ctx) => deleteWebhook(ctx, true), ...common },
	{ method: 'POST', path: token, handler: either(followUp, (ctx) => executeWebhook(ctx, bodyObject(ctx))), ...common },
	{ method: 'POST', path: `${token}/slack`, handler: slack, ...common },
	{ method: 'POST', path: `${token}/github`, handler: github, ...common },
	{
		method: 'GET',
		path: original,
		handler: either(
			(ctx) => ok(target(ctx, interaction(ctx))),
			() => {
				throw restError('unknownMessage');
			},
		),
		...common,
	},
	{
		method: 'PATCH',
		path: original,
		handler: either(
			(ctx) => {
				const r = interaction(ctx);
				return ok(editInteractionMessage(ctx, r, target(ctx, r), bodyObject(ctx)));
			},
			() => {
				throw restError('unknownMessage');
			},
		),
		...common,
	},
	{
		method: 'DELETE',
		path: original,
		handler: either(removeInteractionMessage, () => {
			throw restError('unknownMessage');
		}),
		...common,
	},
	{
		method: 'GET',
		path: byId,
		handler: either(
			(ctx) => ok(target(ctx, interaction(ctx))),
			(ctx) => ok(webhookMessage(ctx).message),
		),
		...common,
	},
	{
		method: 'PATCH',
		path: byId,
		handler: either((ctx) => {
			const r = interaction(ctx);
			return ok(editInteractionMessage(ctx, r, target(ctx, r), bodyObject(ctx)));
		}, editWebhookMessage),
		...common,
	},
	{ method: 'DELETE', path: byId, handler: either(removeInteractionMessage, deleteWebhookMessage), ...common },
];
