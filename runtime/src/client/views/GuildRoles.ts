import type { APIRole, RESTPatchAPIGuildRoleJSONBody, RESTPostAPIGuildRoleJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { GuildRecord } from './Guild.js';
import type { RoleResolvable } from './MemberRoles.js';
import type { Role, RoleRecord } from './Role.js';

const idOf = (role: RoleResolvable): string => (typeof role === 'string' ? role : role.id);

/**
 * A guild's roles. `get()`, `list()` and `everyone` read the record the guild was made from
 * (GUILD_CREATE carries the roles) or the cache; `fetch()` asks Discord; `create`, `edit` and
 * `delete` write, `reason` going to the audit log.
 */
export class GuildRoles {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;
	readonly #record: GuildRecord | undefined;

	/** @internal Made by `guild.roles`. */
	constructor(ctx: _ViewContext, guildId: string, record: GuildRecord | undefined) {
		this.#ctx = ctx;
		this.#guildId = guildId;
		this.#record = record;
	}

	#wrap = (raw: APIRole): Role => this.#ctx.make.role(raw, this.#guildId);

	#records(): Iterable<RoleRecord> {
		const record = this.#record;
		if (record !== undefined && 'roles' in record && Array.isArray(record.roles)) return record.roles;
		return this.#ctx.cache?.roles.forGuild(this.#guildId) ?? [];
	}

	/** A role by id, from the guild's record or the cache. */
	get(role: RoleResolvable): Role | undefined {
		const id = idOf(role);
		const cached = this.#ctx.cache?.roles.get(id);
		if (cached !== undefined && cached.guild_id === this.#guildId) return this.#wrap(cached);
		for (const record of this.#records()) if (record.id === id) return this.#wrap(record);
		return undefined;
	}

	/** Every known role, highest first. */
	list(): Role[] {
		return Array.from(this.#records())
			.sort((a, b) => b.position - a.position || a.id.localeCompare(b.id))
			.map(this.#wrap);
	}

	/** The @everyone role (its id is the guild's), when known. */
	get everyone(): Role | undefined {
		return this.get(this.#guildId as Snowflake<'Role'>);
	}

	/** One role by id. */
	fetch(role: RoleResolvable): Promise<Role>;
	/** Every role of the guild. */
	fetch(): Promise<Role[]>;
	async fetch(role?: RoleResolvable): Promise<Role | Role[]> {
		if (role !== undefined) return this.#wrap(await this.#ctx.api.guilds.getRole(this.#guildId, idOf(role)));
		return (await this.#ctx.api.guilds.getRoles(this.#guildId)).map(this.#wrap);
	}

	/** Creates a role (`name`, `permissions`, `color`, `hoist`, `mentionable`, …). */
	async create(body: RESTPostAPIGuildRoleJSONBody = {}, options?: APIRequestOptions): Promise<Role> {
		return this.#wrap(await this.#ctx.api.guilds.createRole(this.#guildId, body, options));
	}

	/** Edits a role. */
	async edit(role: RoleResolvable, body: RESTPatchAPIGuildRoleJSONBody, options?: APIRequestOptions): Promise<Role> {
		return this.#wrap(await this.#ctx.api.guilds.editRole(this.#guildId, idOf(role), body, options));
	}

	/** Deletes a role. */
	async delete(role: RoleResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.guilds.deleteRole(this.#guildId, idOf(role), options);
	}

	/** Moves roles: `[{ id, position }]`; resolves to every role in its new place. */
	async setPositions(
		positions: readonly { readonly id: Snowflake<'Role'>; readonly position: number }[],
		options?: APIRequestOptions,
	): Promise<Role[]> {
		return (await this.#ctx.api.guilds.editRolePositions(this.#guildId, [...positions], options)).map(this.#wrap);
	}
}
