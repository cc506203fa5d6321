import type { APIMessage } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { buildMessage, messageCreatePayload } from './buildMessage.js';
import type { World } from './World.js';

interface PollShape {
	question: { text?: string };
	answers: { answer_id: number; poll_media: { text?: string; emoji?: unknown } }[];
	expiry: string | null;
	allow_multiselect: boolean;
	layout_type: number;
	results: { is_finalized: boolean; answer_counts: { id: number; count: number; me_voted: boolean }[] };
}

/**
 * The poll object of a message from a create body's `poll` (question, answers numbered from 1,
 * `duration` in hours, 24 by default), as Discord returns it.
 * @see https://discord.com/developers/docs/resources/poll#poll-create-request-object
 */
export function pollFromRequest(world: World, request: Record<string, unknown>): PollShape {
	const hours = Number(request['duration'] ?? 24);
	const answers = (request['answers'] as { poll_media?: Record<string, unknown> }[] | undefined) ?? [];
	return {
		question: (request['question'] as { text?: string } | undefined) ?? {},
		answers: answers.map((a, i) => ({ answer_id: i + 1, poll_media: a.poll_media ?? {} })),
		expiry: new Date(Date.now() + hours * world.pollHourMs).toISOString(),
		allow_multiselect: request['allow_multiselect'] === true,
		layout_type: Number(request['layout_type'] ?? 1),
		results: { is_finalized: false, answer_counts: [] },
	};
}

function pollOf(message: APIMessage): PollShape | undefined {
	return (message as unknown as { poll?: PollShape }).poll;
}

/** Schedules the end of a new poll message: it ends on its expiry, as Discord ends it. */
export function startPoll(world: World, message: APIMessage): void {
	const poll = pollOf(message);
	if (poll?.expiry == null) return;
	const timer = setTimeout(() => endPoll(world, message), Math.max(0, Date.parse(poll.expiry) - Date.now()));
	timer.unref();
	world.resources.pollTimers.set(message.id, timer);
}

function tally(world: World, message: APIMessage): void {
	const poll = pollOf(message);
	if (poll === undefined) return;
	const votes = world.resources.pollVotes.get(message.id) ?? new Map<number, Set<string>>();
	poll.results.answer_counts = poll.answers
		.map((a) => ({
			id: a.answer_id,
			count: votes.get(a.answer_id)?.size ?? 0,
			me_voted: votes.get(a.answer_id)?.has(world.botUser.id) === true,
		}))
		.filter((c) => c.count > 0);
}

/**
 * Ends a poll: results are final (MESSAGE_UPDATE) and a POLL_RESULT system message (type 46)
 * names the winner, as Discord posts it. Idempotent.
 */
export function endPoll(world: World, message: APIMessage): APIMessage {
	const poll = pollOf(message);
	if (poll === undefined) throw restError('cannotExpireNonPoll');
	clearTimeout(world.resources.pollTimers.get(message.id));
	world.resources.pollTimers.delete(message.id);
	if (poll.results.is_finalized) return message;
	tally(world, message);
	poll.results.is_finalized = true;
	poll.expiry = new Date().toISOString();
	const guildId = world.channels.get(message.channel_id)?.guild_id;
	world.dispatch('MESSAGE_UPDATE', messageCreatePayload(world, message), guildId);
	if (!world.messages.get(message.channel_id)?.has(message.id)) return message;
	const counts = [...poll.results.answer_counts].sort((a, b) => b.count - a.count);
	const victor = counts[0];
	const total = counts.reduce((n, c) => n + c.count, 0);
	const fields = [
		{ name: 'poll_question_text', value: poll.question.text ?? '', inline: false },
		{ name: 'victor_answer_votes', value: String(victor?.count ?? 0), inline: false },
		{ name: 'total_votes', value: String(total), inline: false },
		...(victor === undefined
			? []
			: [
					{ name: 'victor_answer_id', value: String(victor.id), inline: false },
					{ name: 'victor_answer_text', value: poll.answers.find((a) => a.answer_id === victor.id)?.poll_media.text ?? '', inline: false },
				]),
	];
	const result = buildMessage(world, {
		channelId: message.channel_id,
		author: message.author,
		body: { embeds: [{ type: 'poll_result', fields }], message_reference: { message_id: message.id } },
		type: 46,
	});
	world.channelMessages(message.channel_id).set(result.id, result);
	world.dispatch('MESSAGE_CREATE', messageCreatePayload(world, result), guildId);
	return message;
}

/**
 * A user's vote, replacing their previous one: MESSAGE_POLL_VOTE_REMOVE for answers dropped,
 * MESSAGE_POLL_VOTE_ADD for answers added. 520001 once the poll has ended.
 * @see https://discord.com/developers/docs/events/gateway-events#message-poll-vote-add
 */
export function castVote(world: World, message: APIMessage, userId: string, answerIds: readonly number[]): void {
	const poll = pollOf(message);
	if (poll === undefined) throw restError('cannotExpireNonPoll');
	if (poll.results.is_finalized) throw restError('pollExpired');
	if (!poll.allow_multiselect && answerIds.length > 1)
		throw restError('invalidFormBody', {
			answer_ids: { _errors: [{ code: 'POLL_MULTISELECT', message: 'This poll allows one answer.' }] },
		});
	for (const id of answerIds)
		if (!poll.answers.some((a) => a.answer_id === id))
			throw restError('invalidFormBody', { answer_ids: { _errors: [{ code: 'POLL_ANSWER_UNKNOWN', message: `No answer ${id}.` }] } });
	let votes = world.resources.pollVotes.get(message.id);
	if (votes === undefined) world.resources.pollVotes.set(message.id, (votes = new Map()));
	const guildId = world.channels.get(message.channel_id)?.guild_id;
	const payload = (answerId: number) => ({
		user_id: userId,
		channel_id: message.channel_id,
		message_id: message.id,
		answer_id: answerId,
		...(guildId === undefined ? {} : { guild_id: guildId }),
	});
	for (const [answerId, users] of votes) {
		if (users.has(userId) && !answerIds.includes(answerId)) {
			users.delete(userId);
			world.dispatch('MESSAGE_POLL_VOTE_REMOVE', payload(answerId), guildId);
		}
	}
	for (const answerId of answerIds) {
		const users = votes.get(answerId) ?? new Set<string>();
		votes.set(answerId, users);
		if (!users.has(userId)) {
			users.add(userId);
			world.dispatch('MESSAGE_POLL_VOTE_ADD', payload(answerId), guildId);
		}
	}
	tally(world, message);
}
