/**
 * The scenario file format: a JSON description of the world the mock starts with.
 * Ids are optional; give them where something else refers to the entity (a member's
 * `user_id`, a channel's `parent_id`, an overwrite's `id`).
 */
export interface Scenario {
	readonly application?: { readonly id?: string; readonly name?: string };
	readonly bot?: { readonly id?: string; readonly username?: string; readonly token?: string };
	/**
	 * Privileged intent bits the application has enabled (GUILD_PRESENCES 1<<8,
	 * GUILD_MEMBERS 1<<1, MESSAGE_CONTENT 1<<15). Default: all three.
	 */
	readonly privilegedIntents?: number;
	readonly users?: readonly ScenarioUser[];
	readonly guilds?: readonly ScenarioGuild[];
	/** Overrides handed to the rate limiter (per-route limits, global per second, ...). */
	readonly limits?: Readonly<Record<string, unknown>>;
	/**
	 * The application's SKUs, for entitlements: type 2 durable, 3 consumable, 5 subscription,
	 * 6 subscription group. Default: none.
	 */
	readonly skus?: readonly { readonly id?: string; readonly name: string; readonly type: 2 | 3 | 5 | 6 }[];
	/** What `GET /gateway/bot` recommends and how the gateway paces IDENTIFY. */
	readonly gateway?: ScenarioGateway;
}

/** Gateway settings of a scenario. */
export interface ScenarioGateway {
	/** The recommended shard count in `/gateway/bot`; default one per 1,000 guilds (at least 1). */
	readonly shards?: number;
	/**
	 * `session_start_limit.max_concurrency`: how many shards may IDENTIFY per 5 s (one per
	 * bucket `shard_id % max_concurrency`). Default 1.
	 */
	readonly maxConcurrency?: number;
	/** `session_start_limit.total`: IDENTIFYs allowed per 24 h. Default 1,000. */
	readonly sessionStartLimit?: number;
}

/** A user. The bot user is added for you. */
export interface ScenarioUser {
	readonly id?: string;
	readonly username: string;
	readonly global_name?: string | null;
	readonly bot?: boolean;
}

/** A guild the bot is in. */
export interface ScenarioGuild {
	readonly id?: string;
	readonly name: string;
	/** A user id; default: the first human member, else the bot. */
	readonly owner_id?: string;
	/** Permissions of @everyone, a decimal bit string. Default: Discord's default set. */
	readonly everyone_permissions?: string;
	readonly roles?: readonly ScenarioRole[];
	readonly channels?: readonly ScenarioChannel[];
	readonly members?: readonly ScenarioMember[];
	/** Server boost level 0–3; sets the emoji, sticker and soundboard slots. Default 0. */
	readonly premium_tier?: 0 | 1 | 2 | 3;
	/** Custom emojis the guild starts with (uploaded by its owner). */
	readonly emojis?: readonly { readonly id?: string; readonly name: string; readonly animated?: boolean }[];
	/** Custom stickers the guild starts with. */
	readonly stickers?: readonly { readonly id?: string; readonly name: string; readonly description?: string; readonly tags?: string }[];
}

/** A role other than @everyone (whose id is the guild id). */
export interface ScenarioRole {
	readonly id?: string;
	readonly name: string;
	/** Decimal permission bit string, e.g. `"8"` for ADMINISTRATOR. */
	readonly permissions: string;
	readonly color?: number;
	readonly position?: number;
	readonly hoist?: boolean;
	readonly mentionable?: boolean;
}

/** A channel or thread. Types: 0 text, 2 voice, 4 category, 5 announcement, 10–12 threads, 13 stage, 15 forum. */
export interface ScenarioChannel {
	readonly id?: string;
	readonly name: string;
	readonly type: 0 | 2 | 4 | 5 | 10 | 11 | 12 | 13 | 15;
	/** The category of a channel, or the parent channel of a thread. */
	readonly parent_id?: string;
	readonly topic?: string;
	readonly position?: number;
	readonly nsfw?: boolean;
	readonly permission_overwrites?: readonly ScenarioOverwrite[];
}

/** A permission overwrite: `type` 0 for a role, 1 for a member. */
export interface ScenarioOverwrite {
	readonly id: string;
	readonly type: 0 | 1;
	readonly allow?: string;
	readonly deny?: string;
}

/** A guild member. The bot is always a member. */
export interface ScenarioMember {
	readonly user_id: string;
	readonly roles?: readonly string[];
	readonly nick?: string | null;
}
