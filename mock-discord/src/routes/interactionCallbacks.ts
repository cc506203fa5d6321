import type { APIMessage } from 'discord-api-types/v10';
import { checkMessageLimits } from '../http/messageLimits.js';
import { formError } from '../http/formErrors.js';
import { bodyObject, param, type Route, type RouteContext } from '../http/Route.js';
import type { InteractionRecord } from '../interactions/InteractionStore.js';
import { buildMessage, messageCreatePayload } from '../world/buildMessage.js';
import { startPoll } from '../world/polls.js';

const EPHEMERAL = 64;
const LOADING = 128;

/** Callback types each interaction type accepts (PONG is for HTTP interactions only). */
const ALLOWED: Readonly<Record<number, readonly number[]>> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8], 5: [4, 5, 6, 7] };

/** Stores a message made by an interaction response or follow-up, unless ephemeral; dispatches MESSAGE_CREATE for visible ones. */
export function publishInteractionMessage(
	ctx: RouteContext,
	record: InteractionRecord,
	data: Record<string, unknown>,
	loading: boolean,
): APIMessage {
	const flags = (Number(data['flags'] ?? 0) & EPHEMERAL) | (loading ? LOADING : 0);
	const user = ctx.world.user(record.userId);
	const message = buildMessage(ctx.world, {
		channelId: record.channelId,
		author: ctx.world.botUser,
		body: { ...data, flags, ...(loading ? { content: '' } : {}) },
		files: ctx.files,
		type: record.type === 2 ? 20 : 0,
		extra: {
			webhook_id: ctx.world.applicationId,
			application_id: ctx.world.applicationId,
			interaction_metadata: {
				id: record.id,
				type: record.type,
				user,
				authorizing_integration_owners: record.payload['authorizing_integration_owners'],
			},
		},
	});
	if ((flags & EPHEMERAL) === 0) {
		ctx.world.channelMessages(record.channelId).set(message.id, message);
		startPoll(ctx.world, message);
		ctx.world.dispatch('MESSAGE_CREATE', messageCreatePayload(ctx.world, message), record.guildId);
	}
	return message;
}

/** Applies an edit body to a message and dispatches MESSAGE_UPDATE when it is visible. */
export function editInteractionMessage(
	ctx: RouteContext,
	record: InteractionRecord,
	message: APIMessage,
	data: Record<string, unknown>,
): APIMessage {
	checkMessageLimits(data, { requireContent: false });
	const target = message as unknown as Record<string, unknown>;
	for (const key of ['content', 'embeds', 'components'])
		if (data[key] !== undefined) target[key] = data[key] ?? (key === 'content' ? '' : []);
	message.flags = (message.flags ?? 0) & ~LOADING;
	message.edited_timestamp = new Date().toISOString();
	if (((message.flags ?? 0) & EPHEMERAL) === 0 && ctx.world.messages.get(record.channelId)?.has(message.id) === true) {
		ctx.world.dispatch('MESSAGE_UPDATE', messageCreatePayload(ctx.world, message), record.guildId);
	}
	return message;
}

function callback(ctx: RouteContext) {
	const record = ctx.interactions.forCallback(param(ctx, 'interaction_id'), param(ctx, 'interaction_token'));
	const body = bodyObject(ctx);
	const type = Number(body['type']);
	const data = (body['data'] ?? {}) as Record<string, unknown>;
	if (!(ALLOWED[record.type] ?? []).includes(type) || ((type === 6 || type === 7) && record.messageId === undefined)) {
		throw formError(
			['type'],
			'INTERACTION_RESPONSE_TYPE_INVALID',
			`Interaction callback type ${type} is not valid for interaction type ${record.type}.`,
		);
	}
	if (type === 4) checkMessageLimits(data, { requireContent: true, fileCount: ctx.files.length });
	if (type === 4 || type === 5) record.original = publishInteractionMessage(ctx, record, data, type === 5);
	if ((type === 6 || type === 7) && record.messageId !== undefined) {
		// The payload holds the very message object, which may be an ephemeral one kept with another interaction.
		const message =
			ctx.world.messages.get(record.channelId)?.get(record.messageId) ??
			(record.payload['message'] as APIMessage | undefined) ??
			ctx.world.message(record.channelId, record.messageId);
		record.original = type === 7 ? editInteractionMessage(ctx, record, message, data) : message;
	}
	record.responses.push(body['data'] === undefined ? { type } : { type, data: body['data'] });
	if (ctx.query.get('with_response') !== 'true') return { status: 204 };
	const message = record.original;
	return {
		status: 200,
		body: {
			interaction: {
				id: record.id,
				type: record.type,
				...(message === undefined || type === 6
					? {}
					: {
							response_message_id: message.id,
							response_message_loading: type === 5,
							response_message_ephemeral: ((message.flags ?? 0) & EPHEMERAL) !== 0,
						}),
			},
			// The spec defines a resource only for types 4 and 7 (and 12, activities, which the mock does not launch).
			...(message !== undefined && (type === 4 || type === 7) ? { resource: { type, message } } : {}),
		},
	};
}

/** The interaction callback route: no bot auth (the token is in the path), exempt from the global limit. */
export const interactionCallbackRoutes: readonly Route[] = [
	{
		method: 'POST',
		path: '/interactions/{interaction_id}/{interaction_token}/callback',
		handler: callback,
		auth: 'none',
		globalExempt: true,
	},
];
