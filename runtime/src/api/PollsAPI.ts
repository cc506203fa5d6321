import type { RESTGetAPIPollAnswerVotersQuery, RESTGetAPIPollAnswerVotersResult, RESTPostAPIPollExpireResult } from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

/** [Polls](https://discord.com/developers/docs/resources/poll) in messages; a poll is sent with `api.channels.createMessage({ poll })`. */
export class PollsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Answer Voters](https://discord.com/developers/docs/resources/poll#get-answer-voters); answers are numbered from 1. */
	getAnswerVoters(
		channelId: IdOf<'Channel'>,
		messageId: IdOf<'Message'>,
		answerId: number,
		query: RESTGetAPIPollAnswerVotersQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIPollAnswerVotersResult> {
		const params = { channel_id: channelId, message_id: messageId, answer_id: answerId };
		return call(this.rest, 'get_answer_voters', params, options, undefined, query);
	}

	/** [End Poll](https://discord.com/developers/docs/resources/poll#end-poll) now; only the bot's own polls. */
	end(channelId: IdOf<'Channel'>, messageId: IdOf<'Message'>, options?: APIRequestOptions): Promise<RESTPostAPIPollExpireResult> {
		return call(this.rest, 'poll_expire', { channel_id: channelId, message_id: messageId }, options);
	}
}
