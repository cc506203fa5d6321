import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { MemberRecord } from './Member.js';
import type { Role } from './Role.js';

/** A role given by id or as a `Role`. */
export type RoleResolvable = Snowflake<'Role'> | { readonly id: Snowflake<'Role'> };

const idOf = (role: RoleResolvable): string => (typeof role === 'string' ? role : role.id);

/**
 * A member's roles: the ids in the member record, the cached `Role`s, and writes through the
 * API (which need only ids, so they work on uncached members).
 */
export class MemberRoles {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;
	readonly #userId: string;
	readonly #record: () => MemberRecord | undefined;

	/** @internal Made by `member.roles`. */
	constructor(ctx: _ViewContext, guildId: string, userId: string, record: () => MemberRecord | undefined) {
		this.#ctx = ctx;
		this.#guildId = guildId;
		this.#userId = userId;
		this.#record = record;
	}

	/** The role ids in the record (without @everyone); empty when unknown. */
	get ids(): readonly Snowflake<'Role'>[] {
		return (this.#record()?.roles ?? []) as readonly string[] as readonly Snowflake<'Role'>[];
	}

	/** Whether the record lists `role`. */
	has(role: RoleResolvable): boolean {
		return (this.#record()?.roles ?? []).includes(idOf(role));
	}

	/** The member's roles the cache holds, @everyone included, highest first. */
	list(): Role[] {
		const cache = this.#ctx.cache;
		if (cache === undefined) return [];
		const ids = new Set<string>([...this.ids, this.#guildId]);
		return Array.from(cache.roles.forGuild(this.#guildId))
			.filter((role) => ids.has(role.id))
			.sort((a, b) => b.position - a.position || a.id.localeCompare(b.id))
			.map((role) => this.#ctx.make.role(role, this.#guildId));
	}

	/** The member's highest role (by position), from the cache. */
	get highest(): Role | undefined {
		return this.list()[0];
	}

	/** Gives the member one role or several (one request each); `reason` goes to the audit log. */
	async add(roles: RoleResolvable | readonly RoleResolvable[], options?: APIRequestOptions): Promise<void> {
		for (const role of Array.isArray(roles) ? roles : [roles as RoleResolvable]) {
			await this.#ctx.api.guilds.addMemberRole(this.#guildId, this.#userId, idOf(role), options);
		}
	}

	/** Takes one role or several away. */
	async remove(roles: RoleResolvable | readonly RoleResolvable[], options?: APIRequestOptions): Promise<void> {
		for (const role of Array.isArray(roles) ? roles : [roles as RoleResolvable]) {
			await this.#ctx.api.guilds.removeMemberRole(this.#guildId, this.#userId, idOf(role), options);
		}
	}

	/** Replaces all the member's roles at once (one request). */
	async set(roles: readonly RoleResolvable[], options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.guilds.editMember(this.#guildId, this.#userId, { roles: roles.map(idOf) }, options);
	}
}
