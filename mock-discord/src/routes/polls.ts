import { PermissionFlagsBits as P } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { ok, param, type Route, type RouteContext } from '../http/Route.js';
import { endPoll } from '../world/polls.js';

function voters(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel | P.ReadMessageHistory);
	const message = ctx.world.message(channelId, param(ctx, 'message_id'));
	if (message.poll === undefined) throw restError('cannotExpireNonPoll');
	const answerId = Number(param(ctx, 'answer_id'));
	if (!message.poll.answers.some((a) => a.answer_id === answerId)) throw restError('unknownMessage');
	const after = ctx.query.get('after');
	const limit = Number(ctx.query.get('limit') ?? '25');
	const ids = [...(ctx.world.resources.pollVotes.get(message.id)?.get(answerId) ?? [])]
		.sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))
		.filter((id) => after === null || BigInt(id) > BigInt(after));
	return ok({ users: ids.slice(0, limit).map((id) => ctx.world.user(id)) });
}

/** Ends the bot's own poll now (its results become final), as `POST .../expire` does. */
function expire(ctx: RouteContext) {
	const channelId = param(ctx, 'channel_id');
	ctx.world.requireBotChannelPermissions(channelId, P.ViewChannel);
	const message = ctx.world.message(channelId, param(ctx, 'message_id'));
	if (message.poll === undefined) throw restError('cannotExpireNonPoll');
	if (message.author.id !== ctx.world.botUser.id) throw restError('missingPermissions');
	return ok(endPoll(ctx.world, message));
}

/**
 * Polls: who voted for an answer, and ending a poll early. Polls are made with a message's
 * `poll`, take votes through the control API and end on their expiry.
 * @see https://discord.com/developers/docs/resources/poll
 */
export const pollRoutes: readonly Route[] = [
	{ method: 'GET', path: '/channels/{channel_id}/polls/{message_id}/answers/{answer_id}', handler: voters },
	{ method: 'POST', path: '/channels/{channel_id}/polls/{message_id}/expire', handler: expire },
];
