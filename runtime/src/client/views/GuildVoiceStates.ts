import type { _ViewContext } from '../_viewContext.js';
import type { UserResolvable } from './GuildMembers.js';
import type { VoiceState } from './VoiceState.js';

const idOf = (user: UserResolvable): string => (typeof user === 'string' ? user : user.id);

/** Who is in which of a guild's voice channels: cached from GUILD_CREATE and VOICE_STATE_UPDATE (GuildVoiceStates intent). */
export class GuildVoiceStates {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;

	/** @internal Made by `guild.voiceStates`. */
	constructor(ctx: _ViewContext, guildId: string) {
		this.#ctx = ctx;
		this.#guildId = guildId;
	}

	/** A member's voice state, when they are in a voice channel. */
	get(user: UserResolvable): VoiceState | undefined {
		const record = this.#ctx.cache?.voiceStates.get(this.#guildId, idOf(user));
		return record === undefined ? undefined : this.#ctx.make.voiceState(this.#guildId, record);
	}

	/** Every cached voice state of the guild. */
	list(): VoiceState[] {
		return Array.from(this.#ctx.cache?.voiceStates.forGuild(this.#guildId) ?? [], (record) =>
			this.#ctx.make.voiceState(this.#guildId, record),
		);
	}

	/** Fetches a member's voice state (Discord answers 404 when they are not in voice). */
	async fetch(user: UserResolvable): Promise<VoiceState> {
		return this.#ctx.make.voiceState(this.#guildId, await this.#ctx.api.voice.getState(this.#guildId, idOf(user)));
	}
}
