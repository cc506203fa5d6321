import type { GatewayVoiceServerUpdateDispatchData, GatewayVoiceStateUpdateDispatchData } from 'discord-api-types/v10';

/**
 * What a voice library hands the adapter: `@discordjs/voice`'s
 * `DiscordGatewayAdapterLibraryMethods`, written here so `ovenjs` does not need that
 * package (an optional peer dependency) to compile.
 */
export interface VoiceAdapterLibraryMethods {
	/** The adapter can no longer be used (the shard closed for good, or the client was destroyed). */
	destroy(): void;
	/** A VOICE_SERVER_UPDATE for the adapter's guild. */
	onVoiceServerUpdate(data: GatewayVoiceServerUpdateDispatchData): void;
	/** A VOICE_STATE_UPDATE of the bot's own user in the adapter's guild. */
	onVoiceStateUpdate(data: GatewayVoiceStateUpdateDispatchData): void;
}

/** What the adapter hands the voice library: `@discordjs/voice`'s `DiscordGatewayAdapterImplementerMethods`. */
export interface VoiceAdapterImplementerMethods {
	/** The library is done with the adapter. */
	destroy(): void;
	/**
	 * Queues `payload` (an op 4 voice state update) on the guild's shard. `false` when it can
	 * never be sent: the client is destroyed, not logged in, or the shard closed for good.
	 */
	sendPayload(payload: unknown): boolean;
}

/**
 * `@discordjs/voice`'s `DiscordGatewayAdapterCreator`: pass `guild.voiceAdapterCreator` as
 * `adapterCreator` to `joinVoiceChannel()`.
 */
export type VoiceAdapterCreator = (methods: VoiceAdapterLibraryMethods) => VoiceAdapterImplementerMethods;
