import type { APIBan, APIGuild, APIGuildMember, APIRole } from 'discord-api-types/v10';

/** A JSON object as the mock keeps it: Discord's shape, written by the routes. */
export type Json = Record<string, unknown>;

/** One audit log entry, as `GET /guilds/{guild_id}/audit-logs` lists it. */
export interface AuditEntry {
	readonly id: string;
	readonly action_type: number;
	readonly user_id: string | null;
	readonly target_id: string | null;
	readonly changes?: readonly { key: string; old_value?: unknown; new_value?: unknown }[];
	readonly options?: Readonly<Record<string, string>>;
	readonly reason?: string;
}

/** A scheduled event with the users who are interested in it. */
export interface ScheduledEventState {
	readonly event: Json;
	/** User id → when they subscribed. */
	readonly users: Map<string, string>;
}

/**
 * One guild's state. Roles, members, bans and every guild-owned resource live beside the
 * guild object so they can be found by id.
 */
export interface GuildState {
	readonly guild: APIGuild;
	readonly roles: Map<string, APIRole>;
	readonly members: Map<string, APIGuildMember>;
	readonly bans: Map<string, APIBan>;
	readonly joinedAt: string;
	readonly emojis: Map<string, Json>;
	readonly stickers: Map<string, Json>;
	readonly sounds: Map<string, Json>;
	readonly scheduledEvents: Map<string, ScheduledEventState>;
	readonly autoModRules: Map<string, Json>;
	/** Oldest first. */
	readonly auditLog: AuditEntry[];
	/** User id → voice state (`channel_id` set while connected). */
	readonly voiceStates: Map<string, Json>;
	readonly integrations: Map<string, Json>;
	/** Member join requests (membership screening), by request id. */
	readonly joinRequests: Map<string, Json>;
	/** Editable settings that have no collection of their own. */
	readonly settings: {
		widget: { enabled: boolean; channel_id: string | null };
		welcomeScreen: { description: string | null; welcome_channels: Json[] };
		onboarding: { prompts: Json[]; default_channel_ids: string[]; enabled: boolean; mode: number };
		incidents: Json | null;
		vanity: { code: string | null; uses: number };
	};
}

/** A fresh guild state around a guild object, its roles and members. */
export function newGuildState(
	guild: APIGuild,
	roles: Map<string, APIRole>,
	members: Map<string, APIGuildMember>,
	joinedAt: string,
): GuildState {
	return {
		guild,
		roles,
		members,
		bans: new Map(),
		joinedAt,
		emojis: new Map(),
		stickers: new Map(),
		sounds: new Map(),
		scheduledEvents: new Map(),
		autoModRules: new Map(),
		auditLog: [],
		voiceStates: new Map(),
		integrations: new Map(),
		joinRequests: new Map(),
		settings: {
			widget: { enabled: false, channel_id: null },
			welcomeScreen: { description: null, welcome_channels: [] },
			onboarding: { prompts: [], default_channel_ids: [], enabled: false, mode: 0 },
			incidents: null,
			vanity: { code: null, uses: 0 },
		},
	};
}
