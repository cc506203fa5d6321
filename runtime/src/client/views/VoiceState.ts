import type { APIVoiceState } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { CachedVoiceState } from '../../cache/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import type { Guild } from './Guild.js';
import type { Member } from './Member.js';

/** A voice state as Discord sends it (VOICE_STATE_UPDATE), or as the cache keeps it. */
export type VoiceStateRecord = APIVoiceState | CachedVoiceState;

/** A member's voice connection: the channel, mute and deaf states; moving and disconnecting go through the member. */
export class VoiceState extends Base {
	readonly #guildId: string;
	readonly #raw: VoiceStateRecord;
	readonly #previous: VoiceStateRecord | undefined;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, guildId: string, raw: VoiceStateRecord, previous?: VoiceStateRecord) {
		super(ctx);
		this.#guildId = guildId;
		this.#raw = raw;
		this.#previous = previous;
	}

	/**
	 * `voiceStateUpdate`: the state before this update, as the cache held it (undefined when the
	 * member was not in voice, or the cache did not know): compare `channelId`s to tell joins,
	 * moves and leaves apart.
	 */
	get previous(): VoiceState | undefined {
		return this.#previous === undefined ? undefined : new VoiceState(this.ctx, this.#guildId, this.#previous);
	}

	/** The user's id. */
	get id(): Snowflake<'User'> {
		return this.#raw.user_id as Snowflake<'User'>;
	}

	/** The guild's id. */
	get guildId(): Snowflake<'Guild'> {
		return this.#guildId as Snowflake<'Guild'>;
	}

	/** The voice channel's id; null once the member left voice. */
	get channelId(): Snowflake<'Channel'> | null {
		return this.#raw.channel_id as Snowflake<'Channel'> | null;
	}

	/** The voice channel, or undefined once the member left voice. */
	get channel(): Channel | undefined {
		const id = this.#raw.channel_id;
		return id === null ? undefined : this.ctx.make.channel(id, undefined, this.#guildId);
	}

	/** The guild. */
	get guild(): Guild {
		return this.ctx.make.guild(this.#guildId);
	}

	/** The member (from the event, else the cache; usable by id). */
	get member(): Member {
		const member = 'member' in this.#raw ? this.#raw.member : undefined;
		return this.ctx.make.member(this.#guildId, this.#raw.user_id, member, member?.user);
	}

	/** Deafened by the server. */
	get serverDeaf(): boolean {
		return this.#raw.deaf;
	}

	/** Muted by the server. */
	get serverMute(): boolean {
		return this.#raw.mute;
	}

	/** Deafened by themselves or the server. */
	get deaf(): boolean {
		return this.#raw.deaf || this.#raw.self_deaf;
	}

	/** Muted by themselves or the server. */
	get mute(): boolean {
		return this.#raw.mute || this.#raw.self_mute;
	}

	get selfDeaf(): boolean {
		return this.#raw.self_deaf;
	}

	get selfMute(): boolean {
		return this.#raw.self_mute;
	}

	/** Streaming ("Go Live"). */
	get streaming(): boolean {
		return this.#raw.self_stream === true;
	}

	/** Camera on. */
	get selfVideo(): boolean {
		return this.#raw.self_video;
	}

	/** Suppressed (a stage audience member). */
	get suppress(): boolean {
		return this.#raw.suppress;
	}

	/** The voice session's id. */
	get sessionId(): string {
		return this.#raw.session_id;
	}

	/** The record as Discord sent it, or as the cache keeps it. */
	get raw(): VoiceStateRecord {
		return this.#raw;
	}

	/** Moves the member to another voice channel, or disconnects them with null. */
	async setChannel(channel: Snowflake<'Channel'> | Channel | null, options?: APIRequestOptions): Promise<void> {
		const channelId = channel === null ? null : typeof channel === 'string' ? channel : channel.id;
		await this.ctx.api.guilds.editMember(this.#guildId, this.#raw.user_id, { channel_id: channelId }, options);
	}

	/** Disconnects the member from voice. */
	disconnect(options?: APIRequestOptions): Promise<void> {
		return this.setChannel(null, options);
	}

	/** Server-mutes (or unmutes) the member. */
	async setMute(mute = true, options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.guilds.editMember(this.#guildId, this.#raw.user_id, { mute }, options);
	}

	/** Server-deafens (or undeafens) the member. */
	async setDeaf(deaf = true, options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.guilds.editMember(this.#guildId, this.#raw.user_id, { deaf }, options);
	}
}
