import type {
	RESTGetAPIGuildVoiceStateCurrentMemberResult,
	RESTGetAPIGuildVoiceStateUserResult,
	RESTGetAPIVoiceRegionsResult,
	RESTPatchAPIGuildVoiceStateCurrentMemberJSONBody,
	RESTPatchAPIGuildVoiceStateUserJSONBody,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

/**
 * Voice regions and voice states, after Discord's [voice docs](https://discord.com/developers/docs/resources/voice).
 * Joining a voice channel is a gateway operation, not a REST one.
 */
export class VoiceAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [List Voice Regions](https://discord.com/developers/docs/resources/voice#list-voice-regions). */
	getRegions(options?: APIRequestOptions): Promise<RESTGetAPIVoiceRegionsResult> {
		return call(this.rest, 'list_voice_regions', {}, options);
	}

	/** [Get Current User Voice State](https://discord.com/developers/docs/resources/voice#get-current-user-voice-state): the bot's. */
	getCurrentState(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildVoiceStateCurrentMemberResult> {
		return call(this.rest, 'get_self_voice_state', { guild_id: guildId }, options);
	}

	/** [Get User Voice State](https://discord.com/developers/docs/resources/voice#get-user-voice-state). */
	getState(guildId: IdOf<'Guild'>, userId: IdOf<'User'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildVoiceStateUserResult> {
		return call(this.rest, 'get_voice_state', { guild_id: guildId, user_id: userId }, options);
	}

	/** [Modify Current User Voice State](https://discord.com/developers/docs/resources/voice#modify-current-user-voice-state): the bot's suppress and request-to-speak in a stage. */
	async editCurrentState(
		guildId: IdOf<'Guild'>,
		body: RESTPatchAPIGuildVoiceStateCurrentMemberJSONBody,
		options?: APIRequestOptions,
	): Promise<void> {
		await call(this.rest, 'update_self_voice_state', { guild_id: guildId }, options, body);
	}

	/** [Modify User Voice State](https://discord.com/developers/docs/resources/voice#modify-user-voice-state): another member's suppress in a stage. */
	async editState(
		guildId: IdOf<'Guild'>,
		userId: IdOf<'User'>,
		body: RESTPatchAPIGuildVoiceStateUserJSONBody,
		options?: APIRequestOptions,
	): Promise<void> {
		await call(this.rest, 'update_voice_state', { guild_id: guildId, user_id: userId }, options, body);
	}
}
