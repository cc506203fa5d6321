import { randomBytes } from 'node:crypto';
import {
	type APIApplicationCommand,
	type APIChannel,
	type APIGuildMember,
	type APIMessage,
	type APIRole,
	type APIThreadChannel,
	type APIUser,
	GatewayIntentBits,
	type GatewayGuildCreateDispatchData,
	PermissionFlagsBits,
} from 'discord-api-types/v10';
import type { GatewayBackend, GatewayDispatcher } from '../gateway/GatewayBackend.js';
import { restError } from '../errors/RestError.js';
import type { Scenario } from './Scenario.js';
import { SnowflakeGenerator } from './SnowflakeGenerator.js';
import { applyOverwrites, basePermissions, type PermissionContext } from './permissions.js';
import { populateWorld } from './populateWorld.js';
import type { GuildState } from './GuildState.js';
import { WorldResources } from './WorldResources.js';

export type { GuildState } from './GuildState.js';

/** A channel as stored: any Discord channel object, with its guild id when it has one. */
export type StoredChannel = APIChannel & { guild_id?: string; parent_id?: string | null };

const THREAD_TYPES = new Set([10, 11, 12]);
type Payload = GatewayGuildCreateDispatchData;
const SESSION_WINDOW_MS = 24 * 60 * 60 * 1000;
const ALL_PRIVILEGED = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

/**
 * The mock's world: every entity as Discord API JSON, the lookups routes need (each
 * throwing Discord's 404), permission checks, and the {@link GatewayBackend} the gateway reads.
 */
export class World implements GatewayBackend {
	public readonly token: string;
	public readonly botUser: APIUser;
	public readonly applicationId: string;
	public readonly applicationName: string;
	public readonly enabledPrivilegedIntents: number;
	/** `session_start_limit.max_concurrency`, from the scenario's `gateway.maxConcurrency`; default 1. */
	public readonly maxConcurrency: number;
	/** `session_start_limit.total`: IDENTIFYs per 24 h, from the scenario; default 1,000. */
	public readonly sessionStartTotal: number;
	readonly #recommendedShards: number | undefined;
	#sessionStarts = 0;
	#sessionWindowStart: number | undefined;
	public readonly snowflakes = new SnowflakeGenerator();
	public readonly users = new Map<string, APIUser>();
	public readonly guilds = new Map<string, GuildState>();
	public readonly channels = new Map<string, StoredChannel>();
	/** Messages per channel id, oldest first. */
	public readonly messages = new Map<string, Map<string, APIMessage>>();
	public readonly pins = new Map<string, string[]>();
	public readonly commands = new Map<string, APIApplicationCommand>();
	/** Webhooks, invites, templates, stage instances, monetization, polls and OAuth2 grants. */
	public readonly resources = new WorldResources();
	/** How long a poll's hour lasts, in ms: Discord's hour by default; tests shorten it to see polls end. */
	public pollHourMs = 3_600_000;
	/** Rate-limit overrides from the scenario. */
	public readonly limits: Readonly<Record<string, unknown>>;
	#dispatcher: GatewayDispatcher | undefined;

	public constructor(scenario: Scenario) {
		this.applicationId = scenario.application?.id ?? scenario.bot?.id ?? this.snowflakes.next();
		this.applicationName = scenario.application?.name ?? 'Mock Application';
		const botId = scenario.bot?.id ?? this.applicationId;
		// The extra fields are the ones Discord's spec marks required on a user object.
		this.botUser = {
			id: botId,
			username: scenario.bot?.username ?? 'mock-bot',
			discriminator: '0000',
			global_name: null,
			avatar: null,
			bot: true,
			public_flags: 0,
			flags: 0,
			primary_guild: null,
		} as unknown as APIUser;
		this.token = scenario.bot?.token ?? `${Buffer.from(botId).toString('base64url')}.mock.${randomBytes(18).toString('base64url')}`;
		this.enabledPrivilegedIntents = scenario.privilegedIntents ?? ALL_PRIVILEGED;
		this.limits = scenario.limits ?? {};
		this.maxConcurrency = scenario.gateway?.maxConcurrency ?? 1;
		this.sessionStartTotal = scenario.gateway?.sessionStartLimit ?? 1000;
		this.#recommendedShards = scenario.gateway?.shards;
		populateWorld(this, scenario);
	}

	/** The shard count `/gateway/bot` recommends: the scenario's, else one per 1,000 guilds. */
	public recommendedShards(): number {
		return this.#recommendedShards ?? Math.max(1, Math.ceil(this.guilds.size / 1000));
	}

	/** Counts an accepted IDENTIFY against the 24-hour session start limit. */
	public sessionStarted(now = Date.now()): void {
		this.#rollSessionWindow(now);
		this.#sessionWindowStart ??= now;
		this.#sessionStarts += 1;
	}

	/**
	 * `session_start_limit` as `/gateway/bot` reports it: the window opens at the first
	 * IDENTIFY and lasts 24 hours; `remaining` never goes below 0 (the mock does not reset the token).
	 */
	public sessionStartLimit(now = Date.now()): { total: number; remaining: number; reset_after: number; max_concurrency: number } {
		this.#rollSessionWindow(now);
		const resetAfter = this.#sessionWindowStart === undefined ? SESSION_WINDOW_MS : this.#sessionWindowStart + SESSION_WINDOW_MS - now;
		return {
			total: this.sessionStartTotal,
			remaining: Math.max(0, this.sessionStartTotal - this.#sessionStarts),
			reset_after: resetAfter,
			max_concurrency: this.maxConcurrency,
		};
	}

	#rollSessionWindow(now: number): void {
		if (this.#sessionWindowStart !== undefined && now - this.#sessionWindowStart >= SESSION_WINDOW_MS) {
			this.#sessionWindowStart = undefined;
			this.#sessionStarts = 0;
		}
	}

	/** Where dispatches go; the gateway, once it exists. */
	public setDispatcher(dispatcher: GatewayDispatcher): void {
		this.#dispatcher = dispatcher;
	}

	/** Sends a gateway dispatch, if a gateway is attached. */
	public dispatch(event: string, data: unknown, guildId?: string): void {
		this.#dispatcher?.dispatch(event, data, guildId);
	}

	public guildIds(): readonly string[] {
		return [...this.guilds.keys()];
	}

	public guildCreatePayload(guildId: string): GatewayGuildCreateDispatchData {
		const state = this.guild(guildId);
		const channels = [...this.channels.values()].filter((c) => c.guild_id === guildId);
		return {
			...state.guild,
			roles: [...state.roles.values()],
			emojis: [...state.emojis.values()] as unknown as Payload['emojis'],
			stickers: [...state.stickers.values()] as unknown as NonNullable<Payload['stickers']>,
			joined_at: state.joinedAt,
			large: false,
			unavailable: false,
			member_count: state.members.size,
			voice_states: [...state.voiceStates.values()].map(
				({ member: _member, guild_id: _guild, ...voice }) => voice,
			) as unknown as Payload['voice_states'],
			members: [...state.members.values()],
			channels: channels
				.filter((c) => !THREAD_TYPES.has(c.type))
				.map(({ guild_id: _omit, ...c }) => c) as GatewayGuildCreateDispatchData['channels'],
			threads: channels.filter((c) => THREAD_TYPES.has(c.type)) as APIThreadChannel[],
			presences: [],
			stage_instances: [...this.resources.stageInstances.values()].filter(
				(s) => s['guild_id'] === guildId,
			) as unknown as Payload['stage_instances'],
			guild_scheduled_events: [...state.scheduledEvents.values()].map((s) => s.event) as unknown as Payload['guild_scheduled_events'],
			soundboard_sounds: [...state.sounds.values()] as unknown as Payload['soundboard_sounds'],
		};
	}

	public user(id: string): APIUser {
		const user = this.users.get(id);
		if (user === undefined) throw restError('unknownUser');
		return user;
	}

	public guild(id: string): GuildState {
		const state = this.guilds.get(id);
		if (state === undefined) throw restError('unknownGuild');
		return state;
	}

	public channel(id: string): StoredChannel {
		const channel = this.channels.get(id);
		if (channel === undefined) throw restError('unknownChannel');
		return channel;
	}

	public message(channelId: string, id: string): APIMessage {
		const message = this.messages.get(channelId)?.get(id);
		if (message === undefined) throw restError('unknownMessage');
		return message;
	}

	public member(guildId: string, userId: string): APIGuildMember {
		const member = this.guild(guildId).members.get(userId);
		if (member === undefined) throw restError('unknownMember');
		return member;
	}

	public role(guildId: string, roleId: string): APIRole {
		const role = this.guild(guildId).roles.get(roleId);
		if (role === undefined) throw restError('unknownRole');
		return role;
	}

	/** The permission context of a guild. */
	public permissionContext(guildId: string): PermissionContext {
		const state = this.guild(guildId);
		return { guildId, ownerId: state.guild.owner_id, roles: state.roles };
	}

	/** A user's guild-wide permissions (0 when not a member). */
	public guildPermissions(guildId: string, userId: string): bigint {
		const member = this.guild(guildId).members.get(userId);
		if (member === undefined) return 0n;
		return basePermissions(this.permissionContext(guildId), { roles: member.roles, user_id: userId });
	}

	/** A user's permissions in a channel; threads take their parent's overwrites. DM channels allow everything. */
	public channelPermissions(channelId: string, userId: string): bigint {
		let channel = this.channel(channelId);
		if (channel.guild_id === undefined) return (1n << 53n) - 1n;
		if (THREAD_TYPES.has(channel.type) && channel.parent_id) channel = this.channel(channel.parent_id);
		const guildId = channel.guild_id as string;
		const member = this.guild(guildId).members.get(userId);
		if (member === undefined) return 0n;
		const ctx = this.permissionContext(guildId);
		const who = { roles: member.roles, user_id: userId };
		const overwrites = 'permission_overwrites' in channel ? (channel.permission_overwrites ?? []) : [];
		return applyOverwrites(basePermissions(ctx, who), ctx, who, overwrites);
	}

	/**
	 * Throws Discord's 403 unless the bot holds `required` in the channel: 50001 Missing
	 * Access when it cannot see the channel at all, else 50013 Missing Permissions.
	 */
	public requireBotChannelPermissions(channelId: string, required: bigint): void {
		const permissions = this.channelPermissions(channelId, this.botUser.id);
		if ((permissions & PermissionFlagsBits.ViewChannel) === 0n) throw restError('missingAccess');
		if ((permissions & required) !== required) throw restError('missingPermissions');
	}

	/** Throws 50013 unless the bot holds `required` guild-wide (50001 when not in the guild). */
	public requireBotGuildPermissions(guildId: string, required: bigint): void {
		if (!this.guild(guildId).members.has(this.botUser.id)) throw restError('missingAccess');
		if ((this.guildPermissions(guildId, this.botUser.id) & required) !== required) throw restError('missingPermissions');
	}

	/** The messages of a channel, creating the store on first use. */
	public channelMessages(channelId: string): Map<string, APIMessage> {
		let store = this.messages.get(channelId);
		if (store === undefined) {
			store = new Map();
			this.messages.set(channelId, store);
		}
		return store;
	}
}
