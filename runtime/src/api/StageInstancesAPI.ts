import type {
	RESTGetAPIStageInstanceResult,
	RESTPatchAPIStageInstanceJSONBody,
	RESTPatchAPIStageInstanceResult,
	RESTPostAPIStageInstanceJSONBody,
	RESTPostAPIStageInstanceResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

/** [Stage instances](https://discord.com/developers/docs/resources/stage-instance): a live stage, by its stage channel. */
export class StageInstancesAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Create Stage Instance](https://discord.com/developers/docs/resources/stage-instance#create-stage-instance); the bot must be a stage moderator. */
	create(body: RESTPostAPIStageInstanceJSONBody, options?: APIRequestOptions): Promise<RESTPostAPIStageInstanceResult> {
		return call(this.rest, 'create_stage_instance', {}, options, body);
	}

	/** [Get Stage Instance](https://discord.com/developers/docs/resources/stage-instance#get-stage-instance). */
	get(channelId: IdOf<'Channel'>, options?: APIRequestOptions): Promise<RESTGetAPIStageInstanceResult> {
		return call(this.rest, 'get_stage_instance', { channel_id: channelId }, options);
	}

	/** [Modify Stage Instance](https://discord.com/developers/docs/resources/stage-instance#modify-stage-instance). */
	edit(
		channelId: IdOf<'Channel'>,
		body: RESTPatchAPIStageInstanceJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIStageInstanceResult> {
		return call(this.rest, 'update_stage_instance', { channel_id: channelId }, options, body);
	}

	/** [Delete Stage Instance](https://discord.com/developers/docs/resources/stage-instance#delete-stage-instance): ends the stage. */
	async delete(channelId: IdOf<'Channel'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_stage_instance', { channel_id: channelId }, options);
	}
}
