import type { APIGuild, GatewayGuildCreateDispatchData, RESTGetAPIAuditLogQuery, RESTPatchAPIGuildJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { WithFileFields } from '../../api/dataURI.js';
import type { CachedGuild } from '../../cache/index.js';
import { decodeSnowflake, guildBannerURL, guildIconURL, type ImageURLOptions } from '../../knowledge/index.js';
import type { VoiceAdapterCreator } from '../../voice/index.js';
import { OvenClientError } from '../OvenClientError.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { AuditLog } from './AuditLog.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import { GuildAuditLogs } from './GuildAuditLogs.js';
import { GuildAutoModerationRules } from './GuildAutoModerationRules.js';
import { GuildBans } from './GuildBans.js';
import { GuildChannels } from './GuildChannels.js';
import { GuildEmojis } from './GuildEmojis.js';
import { GuildInvites } from './GuildInvites.js';
import { GuildMembers } from './GuildMembers.js';
import { GuildRoles } from './GuildRoles.js';
import { GuildScheduledEvents } from './GuildScheduledEvents.js';
import { GuildStickers } from './GuildStickers.js';
import { GuildVoiceStates } from './GuildVoiceStates.js';
import { GuildWebhooks } from './GuildWebhooks.js';
import type { MemberWithUser } from './Member.js';

/** A guild as Discord sent it (GUILD_CREATE carries channels), or as the cache keeps it. */
export type GuildRecord = APIGuild | GatewayGuildCreateDispatchData | CachedGuild;

/**
 * A guild, with discord.js's managers: `members`, `roles`, `channels`, `emojis`, `stickers`,
 * `invites`, `bans`, `scheduledEvents`, `autoModerationRules`, `voiceStates`, `webhooks`,
 * `auditLogs`. Each manager's `get()`/`list()` read the cache, `fetch()` asks Discord, and
 * `create`/`edit`/`delete` write. Works from its id alone; `name` and the other fields read the
 * record given or the cache.
 */
export class Guild extends Base {
	readonly #id: string;
	readonly #record: GuildRecord | undefined;
	#members: GuildMembers | undefined;
	#roles: GuildRoles | undefined;
	#channels: GuildChannels | undefined;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, id: string, record?: GuildRecord) {
		super(ctx);
		this.#id = id;
		this.#record = record;
	}

	/** The guild's id. */
	get id(): Snowflake<'Guild'> {
		return this.#id as Snowflake<'Guild'>;
	}

	/** The record: the one this view was made from, else the cached one. */
	get raw(): GuildRecord | undefined {
		return this.#record ?? this.ctx.cache?.guilds.get(this.#id);
	}

	/** The name, when known. */
	get name(): string | undefined {
		return this.raw?.name;
	}

	/** The owner's user id, when known. */
	get ownerId(): Snowflake<'User'> | undefined {
		return this.raw?.owner_id as Snowflake<'User'> | undefined;
	}

	/** The member count Discord last sent (GUILD_CREATE, moved by joins and leaves), when known. */
	get memberCount(): number | undefined {
		const raw = this.raw;
		return raw !== undefined && 'member_count' in raw ? raw.member_count : (raw?.approximate_member_count ?? undefined);
	}

	/** The guild's locale for community features (`en-US`, …), when known. */
	get preferredLocale(): string | undefined {
		return this.raw?.preferred_locale;
	}

	/** The description, for community guilds. */
	get description(): string | null {
		return this.raw?.description ?? null;
	}

	/** Whether the guild is available (false during an outage, and until its GUILD_CREATE). */
	get available(): boolean {
		const raw = this.raw;
		return raw !== undefined && !('unavailable' in raw && raw.unavailable === true);
	}

	/** The boost count, when known. */
	get premiumSubscriptionCount(): number | undefined {
		return this.raw?.premium_subscription_count ?? undefined;
	}

	/** The channel system messages (joins, boosts) go to, when one is set. */
	get systemChannel(): Channel | undefined {
		const id = this.raw?.system_channel_id;
		return id == null ? undefined : this.ctx.make.channel(id);
	}

	/** The shard that receives this guild's events: `(id >> 22) % shardCount`, once the client knows its shards. */
	get shardId(): number | undefined {
		const count = this.ctx.client?.shardCount;
		return count === undefined ? undefined : Number((BigInt(this.#id) >> 22n) % BigInt(count));
	}

	/** When the guild was made (from the id). */
	get createdAt(): Date {
		return new Date(decodeSnowflake(this.#id)?.timestamp ?? 0);
	}

	/** The icon's URL, or null without one. */
	iconURL(options?: ImageURLOptions): string | null {
		const hash = this.raw?.icon;
		return hash == null ? null : guildIconURL(this.#id, hash, options);
	}

	/** The banner's URL, or null without one. */
	bannerURL(options?: ImageURLOptions): string | null {
		const hash = this.raw?.banner;
		return hash == null ? null : guildBannerURL(this.#id, hash, options);
	}

	/**
	 * The adapter `@discordjs/voice` joins this guild's voice channels through:
	 * `joinVoiceChannel({ channelId, guildId: guild.id, adapterCreator: guild.voiceAdapterCreator })`.
	 * Op 4 goes out on this guild's shard; the library gets the bot's voice state and server
	 * updates. Calling it on Node.js older than 22.12 throws a `NodeVersionError`.
	 * @throws OvenClientError `CLIENT_NOT_CONNECTED` on a structure made outside a client.
	 */
	get voiceAdapterCreator(): VoiceAdapterCreator {
		const voice = this.ctx.voice;
		if (voice === undefined)
			throw new OvenClientError(
				'CLIENT_NOT_CONNECTED',
				'This guild structure has no client: take the guild from an event or from client.guilds to join voice.',
			);
		return voice.creator(this.#id);
	}

	/** Members: cached ones by id, fetches, bans, kicks and the bot's own (`members.me`). */
	get members(): GuildMembers {
		this.#members ??= new GuildMembers(this.ctx, this.#id);
		return this.#members;
	}

	/** Roles: cached ones (`@everyone` as `roles.everyone`), fetches and writes. */
	get roles(): GuildRoles {
		this.#roles ??= new GuildRoles(this.ctx, this.#id, this.#record);
		return this.#roles;
	}

	/** Channels and threads: cached ones, fetches and writes. */
	get channels(): GuildChannels {
		this.#channels ??= new GuildChannels(this.ctx, this.#id, this.#record);
		return this.#channels;
	}

	/** Custom emojis. */
	get emojis(): GuildEmojis {
		return new GuildEmojis(this.ctx, this.#id);
	}

	/** Stickers. */
	get stickers(): GuildStickers {
		return new GuildStickers(this.ctx, this.#id);
	}

	/** Invites (fetched: the cache does not keep them). */
	get invites(): GuildInvites {
		return new GuildInvites(this.ctx, this.#id);
	}

	/** Bans (fetched: the cache does not keep them). */
	get bans(): GuildBans {
		return new GuildBans(this.ctx, this.#id);
	}

	/** Scheduled events. */
	get scheduledEvents(): GuildScheduledEvents {
		return new GuildScheduledEvents(this.ctx, this.#id);
	}

	/** Auto-moderation rules. */
	get autoModerationRules(): GuildAutoModerationRules {
		return new GuildAutoModerationRules(this.ctx, this.#id);
	}

	/** Who is in which voice channel. */
	get voiceStates(): GuildVoiceStates {
		return new GuildVoiceStates(this.ctx, this.#id);
	}

	/** The guild's webhooks (fetched). */
	get webhooks(): GuildWebhooks {
		return new GuildWebhooks(this.ctx, this.#id);
	}

	/** The audit log (fetched). */
	get auditLogs(): GuildAuditLogs {
		return new GuildAuditLogs(this.ctx, this.#id);
	}

	/** Fetches audit-log entries, newest first (discord.js's `guild.fetchAuditLogs()`; `auditLogs.fetch()`). */
	fetchAuditLogs(query: RESTGetAPIAuditLogQuery = {}, options?: APIRequestOptions): Promise<AuditLog> {
		return this.auditLogs.fetch(query, options);
	}

	/** Fetches the owner as a member. */
	fetchOwner(): Promise<MemberWithUser> {
		const ownerId = this.ownerId;
		return ownerId === undefined
			? this.fetch().then((guild) => guild.members.fetch(guild.ownerId as Snowflake<'User'>))
			: this.members.fetch(ownerId);
	}

	/** Fetches the guild from the API (with approximate member counts). */
	async fetch(): Promise<Guild> {
		const raw = await this.ctx.api.guilds.get(this.#id, { with_counts: true });
		return this.ctx.make.guild(raw.id, raw);
	}

	/** Edits the guild's settings; `reason` goes to the audit log. */
	async edit(
		body: WithFileFields<RESTPatchAPIGuildJSONBody, 'icon' | 'splash' | 'discovery_splash' | 'banner'>,
		options?: APIRequestOptions,
	): Promise<Guild> {
		const raw = await this.ctx.api.guilds.edit(this.#id, body, options);
		return this.ctx.make.guild(raw.id, raw);
	}

	/** Makes the bot leave the guild. */
	async leave(): Promise<void> {
		await this.ctx.api.users.leaveGuild(this.#id);
	}

	/** The guild's name (or its id while unknown). */
	override toString(): string {
		return this.name ?? this.#id;
	}
}
