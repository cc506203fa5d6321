import type { APIUser, GatewayGuildCreateDispatchData } from 'discord-api-types/v10';

/**
 * What the gateway needs to know of the mock's world. The mock's world implements it; the
 * gateway reads it and never changes the world.
 */
export interface GatewayBackend {
	/** The bot token a client must IDENTIFY with (else close 4004). */
	readonly token: string;
	/** The bot's user, sent in READY. */
	readonly botUser: APIUser;
	/** The application's id, sent in READY. */
	readonly applicationId: string;
	/** Privileged intent bits the application has enabled; asking for others closes with 4014. */
	readonly enabledPrivilegedIntents: number;
	/** `session_start_limit.max_concurrency` for identify pacing. */
	readonly maxConcurrency: number;
	/** Called once per accepted IDENTIFY (a new session), so `session_start_limit.remaining` can count down. */
	sessionStarted?(): void;
	/** The bot asked to join, move or leave voice (opcode 4); the world updates its voice state. */
	voiceStateUpdate?(data: unknown): void;
	/** Ids of every guild the bot is in. */
	guildIds(): readonly string[];
	/** The GUILD_CREATE payload of one guild, as the bot sees it now. */
	guildCreatePayload(guildId: string): GatewayGuildCreateDispatchData;
}

/** How the rest of the mock hands events to connected sessions. */
export interface GatewayDispatcher {
	/**
	 * Sends a dispatch to every session that should see it: the shard that owns `guildId`
	 * (`(guild_id >> 22) % num_shards`, shard 0 for DMs), filtered by the session's intents,
	 * with MESSAGE_CONTENT masking applied per session.
	 */
	dispatch(event: string, data: unknown, guildId?: string): void;
}

/** Faults the control API can inject into gateway sessions. */
export type GatewayFault =
	| { readonly kind: 'disconnect'; readonly shard: number; readonly code?: number }
	| { readonly kind: 'zombie'; readonly shard: number }
	| { readonly kind: 'reconnect'; readonly shard: number }
	| { readonly kind: 'invalid_session'; readonly shard: number; readonly resumable: boolean };
