import type { APIGuildMember, APIUser } from 'discord-api-types/v10';
import type { CachedMember, CachedUser, CachedVoiceState } from '../../cache/index.js';
import { computeBasePermissions } from '../../permissions/effectivePermissions.js';
import type { Permissions } from '../../permissions/Permissions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Guild } from './Guild.js';
import { User } from './User.js';

/** A member's roles: the ids Discord sent, and writes through the API. */
export interface MemberRoles {
	/** The role ids in the record (without @everyone); empty when unknown. */
	readonly ids: readonly Snowflake<'Role'>[];
	/** Whether the record lists `role`. */
	has(role: Snowflake<'Role'>): boolean;
	/** Gives the member a role (`PUT /guilds/{guild}/members/{user}/roles/{role}`); `reason` goes to the audit log. */
	add(role: Snowflake<'Role'>, options?: { readonly reason?: string }): Promise<void>;
	/** Takes a role away; `reason` goes to the audit log. */
	remove(role: Snowflake<'Role'>, options?: { readonly reason?: string }): Promise<void>;
}

/** A member as Discord sent it (possibly partial, as in MESSAGE_CREATE), or as the cache keeps it. */
export type MemberRecord = Partial<APIGuildMember> | CachedMember;

/**
 * A guild member: the member record (from the event, the cache, or a fetch) plus the
 * user. Role writes need only the ids, so they work on uncached members.
 */
export class Member {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;
	readonly #userId: string;
	readonly #record: MemberRecord | undefined;
	readonly #user: APIUser | CachedUser | undefined;
	#roles: MemberRoles | undefined;

	/** @internal Views are made by the client. */
	constructor(ctx: _ViewContext, guildId: string, userId: string, record?: MemberRecord, user?: APIUser) {
		this.#ctx = ctx;
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
		return this.#record ?? this.#ctx.cache?.members.get(this.#guildId, this.#userId);
	}

	/** The user, when the record or the cache has it. */
	get user(): User | undefined {
		const raw = this.raw;
		const user = this.#user ?? (raw !== undefined && 'user' in raw ? raw.user : undefined) ?? this.#ctx.cache?.users.get(this.#userId);
		return user === undefined ? undefined : new User(this.#ctx, user);
	}

	/** The guild nickname, if any. */
	get nick(): string | undefined {
		return this.raw?.nick ?? undefined;
	}

	/** Nickname, else display name, else the id. */
	get displayName(): string {
		return this.nick ?? this.user?.displayName ?? this.#userId;
	}

	/**
	 * The member's guild-wide permissions, as discord.js's `member.permissions`: all for the
	 * owner, else @everyone's and their roles' together (all with Administrator), from the
	 * cached guild and roles. Channel overwrites are not applied (use `effectivePermissions`
	 * for a channel). Undefined when the guild, its roles or the member's roles are not known.
	 */
	get permissions(): Permissions | undefined {
		const guild = this.#ctx.cache?.guilds.get(this.#guildId);
		const memberRoles = this.raw?.roles;
		if (guild === undefined || memberRoles === undefined) return undefined;
		const roles = Array.from(this.#ctx.cache?.roles.forGuild(this.#guildId) ?? []);
		// Without the @everyone role (its id is the guild's) the roles are not cached.
		if (!roles.some((role) => role.id === this.#guildId)) return undefined;
		return computeBasePermissions({ id: this.#guildId, owner_id: guild.owner_id, roles }, { user_id: this.#userId, roles: memberRoles });
	}

	/** The member's voice state from the cache (which channel, muted, deafened); undefined when not in voice or not cached. */
	get voice(): CachedVoiceState | undefined {
		return this.#ctx.cache?.voiceStates.get(this.#guildId, this.#userId);
	}

	/** The guild (a view over the cache, usable by id when not cached). */
	get guild(): Guild {
		return new Guild(this.#ctx, this.#guildId);
	}

	/** The member's roles. */
	get roles(): MemberRoles {
		const raw = (): MemberRecord | undefined => this.raw;
		const { api } = this.#ctx;
		const guildId = this.#guildId;
		const userId = this.#userId;
		this.#roles ??= {
			get ids() {
				return (raw()?.roles ?? []) as readonly string[] as readonly Snowflake<'Role'>[];
			},
			has: (role) => (raw()?.roles ?? []).includes(role),
			add: async (role, options = {}) => {
				await api.guilds.addMemberRole(guildId, userId, role, options);
			},
			remove: async (role, options = {}) => {
				await api.guilds.removeMemberRole(guildId, userId, role, options);
			},
		};
		return this.#roles;
	}

	/** `<@id>`. */
	toString(): string {
		return `<@${this.#userId}>`;
	}
}
