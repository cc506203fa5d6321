import type {
	RESTGetAPIGuildSoundboardSoundResult,
	RESTGetAPIGuildSoundboardSoundsResult,
	RESTGetAPISoundboardDefaultSoundsResult,
	RESTPatchAPIGuildSoundboardSoundJSONBody,
	RESTPatchAPIGuildSoundboardSoundResult,
	RESTPostAPIGuildSoundboardSoundJSONBody,
	RESTPostAPIGuildSoundboardSoundResult,
	RESTPostAPISoundboardSendSoundJSONBody,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { WithFileFields } from './dataURI.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';
import { resolveFileFields } from './_fileFields.js';

/** The [soundboard](https://discord.com/developers/docs/resources/soundboard): Discord's default sounds and a guild's own; `sound` takes a data URI or an MP3/Ogg file. */
export class SoundboardAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Send Soundboard Sound](https://discord.com/developers/docs/resources/soundboard#send-soundboard-sound) in the voice channel the bot is connected to. */
	async sendSound(channelId: IdOf<'Channel'>, body: RESTPostAPISoundboardSendSoundJSONBody, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'send_soundboard_sound', { channel_id: channelId }, options, body);
	}

	/** [List Default Soundboard Sounds](https://discord.com/developers/docs/resources/soundboard#list-default-soundboard-sounds). */
	getDefaultSounds(options?: APIRequestOptions): Promise<RESTGetAPISoundboardDefaultSoundsResult> {
		return call(this.rest, 'get_soundboard_default_sounds', {}, options);
	}

	/** [List Guild Soundboard Sounds](https://discord.com/developers/docs/resources/soundboard#list-guild-soundboard-sounds) (`{ items }`). */
	getGuildSounds(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildSoundboardSoundsResult> {
		return call(this.rest, 'list_guild_soundboard_sounds', { guild_id: guildId }, options);
	}

	/** [Get Guild Soundboard Sound](https://discord.com/developers/docs/resources/soundboard#get-guild-soundboard-sound). */
	getGuildSound(
		guildId: IdOf<'Guild'>,
		soundId: IdOf<'SoundboardSound'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIGuildSoundboardSoundResult> {
		return call(this.rest, 'get_guild_soundboard_sound', { guild_id: guildId, sound_id: soundId }, options);
	}

	/** [Create Guild Soundboard Sound](https://discord.com/developers/docs/resources/soundboard#create-guild-soundboard-sound). */
	async createGuildSound(
		guildId: IdOf<'Guild'>,
		body: WithFileFields<RESTPostAPIGuildSoundboardSoundJSONBody, 'sound'>,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIGuildSoundboardSoundResult> {
		return call(this.rest, 'create_guild_soundboard_sound', { guild_id: guildId }, options, await resolveFileFields(body, ['sound']));
	}

	/** [Modify Guild Soundboard Sound](https://discord.com/developers/docs/resources/soundboard#modify-guild-soundboard-sound). */
	editGuildSound(
		guildId: IdOf<'Guild'>,
		soundId: IdOf<'SoundboardSound'>,
		body: RESTPatchAPIGuildSoundboardSoundJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildSoundboardSoundResult> {
		return call(this.rest, 'update_guild_soundboard_sound', { guild_id: guildId, sound_id: soundId }, options, body);
	}

	/** [Delete Guild Soundboard Sound](https://discord.com/developers/docs/resources/soundboard#delete-guild-soundboard-sound). */
	async deleteGuildSound(guildId: IdOf<'Guild'>, soundId: IdOf<'SoundboardSound'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_guild_soundboard_sound', { guild_id: guildId, sound_id: soundId }, options);
	}
}
