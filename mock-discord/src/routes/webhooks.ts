import type { APIMessage } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { checkMessageLimits } from '../http/messageLimits.js';
import { bodyObject, noContent, ok, param, type Route, type RouteContext } from '../http/Route.js';
import type { InteractionRecord } from '../interactions/InteractionStore.js';
import { editInteractionMessage, publishInteractionMessage } from './interactionCallbacks.js';

function interaction(ctx: RouteContext): InteractionRecord {
	if (param(ctx, 'webhook_id') !== ctx.world.applicationId) throw restError('unknownWebhook');
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

function remove(ctx: RouteContext) {
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

const original = '/webhooks/{webhook_id}/{webhook_token}/messages/@original';
const byId = '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}';
const common = { auth: 'none', globalExempt: true } as const;

/** Interaction webhook routes: follow-ups and edits of the original response, authenticated by the token in the path. */
export const webhookRoutes: readonly Route[] = [
	{ method: 'POST', path: '/webhooks/{webhook_id}/{webhook_token}', handler: followUp, ...common },
	{ method: 'GET', path: original, handler: (ctx) => ok(target(ctx, interaction(ctx))), ...common },
	{
		method: 'PATCH',
		path: original,
		handler: (ctx) => {
			const r = interaction(ctx);
			return ok(editInteractionMessage(ctx, r, target(ctx, r), bodyObject(ctx)));
		},
		...common,
	},
	{ method: 'DELETE', path: original, handler: remove, ...common },
	{ method: 'GET', path: byId, handler: (ctx) => ok(target(ctx, interaction(ctx))), ...common },
	{
		method: 'PATCH',
		path: byId,
		handler: (ctx) => {
			const r = interaction(ctx);
			return ok(editInteractionMessage(ctx, r, target(ctx, r), bodyObject(ctx)));
		},
		...common,
	},
	{ method: 'DELETE', path: byId, handler: remove, ...common },
];
