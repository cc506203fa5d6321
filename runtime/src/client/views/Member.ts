import type { APIGuildMember, RESTPatchAPIGuildMemberJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { CachedMember } from '../../cache/index.js';
import { type ImageURLOptions, memberAvatarURL } from '../../knowledge/index.js';
import { computeBasePermissions, effectivePermissions } from '../../permissions/effectivePermissions.js';
import { Permissions } from '../../permissions/Permissions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import type { Guild } from './Guild.js';
import { MemberRoles } from './MemberRoles.js';
import type { Message } from './Message.js';
import type { Presence } from './Presence.js';
import type { User, UserRecord } from './User.js';
import type { VoiceState } from './VoiceState.js';
import type { MessageInput } from './_messageBody.js';

/** A member as Discord sent it (possibly partial, as in MESSAGE_CREATE), or as the cache keeps it. */
export type MemberRecord = Partial<APIGuildMember> | CachedMember;

/** A member whose user is known: events and fetches that carry it (GUILD_MEMBER_ADD, `members.fetch`, interactions). */
export type MemberWithUser = Member & { readonly user: User };

/** Options of {@link Member.ban}. */
export interface BanOptions extends APIRequestOptions {
	/** Delete the member's messages of the last this many seconds (at most 604800, 7 days). */
	readonly deleteMessageSeconds?: number;
}

/**
 * A guild member: the member record (from the event, the cache, or a fetch) plus the user.
 * Writes (`roles.add`, `ban`, `kick`, `timeout`, `edit`) need only the ids, so they work on
 * uncached members.
 */
export class Member extends Base {
	readonly #guildId: string;
	readonly #userId: string;
	readonly #record: MemberRecord | undefined;
	readonly #user: UserRecord | undefined;
	#roles: MemberRoles | undefined;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, guildId: string, userId: string, record?: MemberRecord, user?: UserRecord) {
		super(ctx);
		this.#guildId = guildId;
		this.#userId = userId;
		this.#record = record;
		this.#user = user ?? (record !== undefined && 'user' in record ? record.user : undefined);
	}

	/** The user's id. */
	get id(): Snowflake<'User'> {
		return this.#userId as Snowflake<'User'>;
	}

	/** The guild's id. */
	get guildId(): Snowflake<'Guild'> {
		return this.#guildId as Snowflake<'Guild'>;
	}

	/** The member record: the one this view was made from, else the cached one. */
	get raw(): MemberRecord | undefined {
		return this.#record ?? this.ctx.cache?.members.get(this.#guildId, this.#userId);
	}

	/** The user, when the record or the cache has it. */
	get user(): User | undefined {
		const user = this.#user ?? this.ctx.cache?.users.get(this.#userId);
		return user === undefined ? undefined : this.ctx.make.user(user);
	}

	/** The guild nickname, or null. */
	get nickname(): string | null {
		return this.raw?.nick ?? null;
	}

	/** The guild nickname, if any (`nickname` as undefined). */
	get nick(): string | undefined {
		return this.raw?.nick ?? undefined;
	}

	/** Nickname, else display name, else the id. */
	get displayName(): string {
		return this.nick ?? this.user?.displayName ?? this.#userId;
	}

	/** When the member joined, if known. */
	get joinedAt(): Date | null {
		const at = this.raw?.joined_at;
		return at == null ? null : new Date(at);
	}

	/** {@link joinedAt} in Unix milliseconds. */
	get joinedTimestamp(): number | null {
		return this.joinedAt?.getTime() ?? null;
	}

	/** Since when the member boosts the guild, if they do. */
	get premiumSince(): Date | null {
		const at = this.raw?.premium_since;
		return at == null ? null : new Date(at);
	}

	/** The end of the member's timeout, or null (also once it has passed). */
	get communicationDisabledUntil(): Date | null {
		const at = this.raw?.communication_disabled_until;
		return at == null || Date.parse(at) <= Date.now() ? null : new Date(at);
	}

	/** Whether the member is timed out now. */
	isCommunicationDisabled(): boolean {
		return this.communicationDisabledUntil !== null;
	}

	/** Whether the member has not passed membership screening yet. */
	get pending(): boolean {
		return this.raw?.pending === true;
	}

	/** The guild avatar's URL, or null without one. */
	avatarURL(options?: ImageURLOptions): string | null {
		const hash = this.raw?.avatar;
		return hash == null ? null : memberAvatarURL(this.#guildId, this.#userId, hash, options);
	}

	/** The guild avatar, else the user's avatar, else Discord's default. */
	displayAvatarURL(options?: ImageURLOptions): string {
		return this.avatarURL(options) ?? this.user?.displayAvatarURL(options) ?? this.ctx.make.user({ id: this.#userId }).displayAvatarURL();
	}

	/**
	 * The member's guild-wide permissions, as discord.js's `member.permissions`: all for the
	 * owner, else @everyone's and their roles' together (all with Administrator), from the
	 * cached guild and roles. Undefined when the guild, its roles or the member's roles are not known.
	 */
	get permissions(): Permissions | undefined {
		const guild = this.ctx.cache?.guilds.get(this.#guildId);
		const memberRoles = this.raw?.roles;
		if (guild === undefined || memberRoles === undefined) return undefined;
		const roles = Array.from(this.ctx.cache?.roles.forGuild(this.#guildId) ?? []);
		// Without the @everyone role (its id is the guild's) the roles are not cached.
		if (!roles.some((role) => role.id === this.#guildId)) return undefined;
		return computeBasePermissions({ id: this.#guildId, owner_id: guild.owner_id, roles }, { user_id: this.#userId, roles: memberRoles });
	}

	/**
	 * What the member may do in `channel`: the guild's roles, the channel's overwrites (a
	 * thread's parent's) and Discord's implicit rules, from the cache. Undefined when the guild,
	 * roles, member or channel are not cached.
	 */
	permissionsIn(channel: Channel | Snowflake<'Channel'>): Permissions | undefined {
		const cache = this.ctx.cache;
		const channelId = typeof channel === 'string' ? channel : channel.id;
		const record = cache?.channels.get(channelId);
		const guild = cache?.guilds.get(this.#guildId);
		const member = this.raw;
		if (record === undefined || guild === undefined || member?.roles === undefined || cache === undefined) return undefined;
		const thread = record.thread_metadata !== null;
		const overwrites =
			thread && record.parent_id !== null
				? (cache.channels.get(record.parent_id)?.permission_overwrites ?? [])
				: record.permission_overwrites;
		const roles = Array.from(cache.roles.forGuild(this.#guildId));
		if (!roles.some((role) => role.id === this.#guildId)) return undefined;
		const textChannel = [0, 5, 10, 11, 12].includes(record.type);
		return effectivePermissions(
			{ id: this.#guildId, owner_id: guild.owner_id, roles },
			{ user_id: this.#userId, roles: member.roles, communication_disabled_until: member.communication_disabled_until ?? null },
			{ overwrites, textChannel, thread },
		);
	}

	/** The guild (a view over the cache, usable by id when not cached). */
	get guild(): Guild {
		return this.ctx.make.guild(this.#guildId);
	}

	/** The member's roles: ids, cached `Role`s, and writes. */
	get roles(): MemberRoles {
		this.#roles ??= new MemberRoles(this.ctx, this.#guildId, this.#userId, () => this.raw);
		return this.#roles;
	}

	/** The member's voice state, from the cache; undefined when not in a voice channel (or not cached). */
	get voice(): VoiceState | undefined {
		return this.guild.voiceStates.get(this.id);
	}

	/** The member's presence in this guild, from the cache (presences are off by default: `cache: { presences: true }` and the GuildPresences intent). */
	get presence(): Presence | undefined {
		const record = this.ctx.cache?.presences.get(this.#guildId, this.#userId);
		return record === undefined ? undefined : this.ctx.make.presence(record);
	}

	/** Whether the bot can kick this member: Kick Members and a higher top role, from the cache (false when unknown). */
	get kickable(): boolean {
		return this.#outranked('KickMembers');
	}

	/** Whether the bot can ban this member: Ban Members and a higher top role, from the cache (false when unknown). */
	get bannable(): boolean {
		return this.#outranked('BanMembers');
	}

	/** Whether the bot can time this member out: Moderate Members and a higher top role, from the cache (false when unknown). */
	get moderatable(): boolean {
		return this.#outranked('ModerateMembers') && this.permissions?.has('Administrator') !== true;
	}

	/** Whether the bot's top role is above this member's and it has `permission` (the owner cannot be acted on). */
	#outranked(permission: 'KickMembers' | 'BanMembers' | 'ModerateMembers'): boolean {
		const guild = this.ctx.cache?.guilds.get(this.#guildId);
		const me = this.guild.members.me;
		if (guild === undefined || me === undefined || guild.owner_id === this.#userId || me.id === this.#userId) return false;
		if (guild.owner_id === me.id) return true;
		const mine = me.roles.highest?.position ?? 0;
		const theirs = this.roles.highest?.position ?? 0;
		return mine > theirs && me.permissions?.has(permission) === true;
	}

	/** Edits the member (nick, roles, timeout, voice channel, mute, deaf); `reason` goes to the audit log. */
	async edit(body: RESTPatchAPIGuildMemberJSONBody, options?: APIRequestOptions): Promise<MemberWithUser> {
		const raw = await this.ctx.api.guilds.editMember(this.#guildId, this.#userId, body, options);
		return this.ctx.make.member(this.#guildId, raw.user.id, raw) as MemberWithUser;
	}

	/** Sets (or with null clears) the nickname. */
	setNickname(nick: string | null, options?: APIRequestOptions): Promise<MemberWithUser> {
		return this.edit({ nick }, options);
	}

	/** Times the member out for `durationMs` (at most 28 days), or ends the timeout with null. */
	timeout(durationMs: number | null, options?: APIRequestOptions): Promise<MemberWithUser> {
		const until = durationMs === null ? null : new Date(Date.now() + durationMs).toISOString();
		return this.edit({ communication_disabled_until: until }, options);
	}

	/** Kicks the member; `reason` goes to the audit log. */
	async kick(options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.guilds.kickMember(this.#guildId, this.#userId, options);
	}

	/** Bans the member, optionally deleting their recent messages; `reason` goes to the audit log. */
	ban(options: BanOptions = {}): Promise<void> {
		return this.guild.bans.create(this.id, options);
	}

	/** Sends the member a direct message. */
	send(input: MessageInput): Promise<Message> {
		return this.ctx.make.user(this.#user ?? { id: this.#userId }).send(input);
	}

	/** Fetches the member from the API. */
	async fetch(): Promise<MemberWithUser> {
		const raw = await this.ctx.api.guilds.getMember(this.#guildId, this.#userId);
		return this.ctx.make.member(this.#guildId, raw.user.id, raw) as MemberWithUser;
	}

	/** `<@id>`. */
	override toString(): string {
		return `<@${this.#userId}>`;
	}
}
