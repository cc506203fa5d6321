import type { APIRole, RESTPatchAPIGuildRoleJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import { type ImageURLOptions, roleIconURL } from '../../knowledge/index.js';
import { Permissions, type PermissionsInput } from '../../permissions/Permissions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Guild } from './Guild.js';
import type { Member } from './Member.js';

/** A role as Discord sends it, or as the cache keeps it (`CachedRole`, with its `guild_id`). */
export type RoleRecord = Readonly<APIRole>;

/** A guild role, over its record. */
export class Role extends Base {
	readonly #raw: RoleRecord;
	readonly #guildId: string;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: RoleRecord, guildId: string) {
		super(ctx);
		this.#raw = raw;
		this.#guildId = guildId;
	}

	/** The role's id (the guild's id for @everyone). */
	get id(): Snowflake<'Role'> {
		return this.#raw.id as Snowflake<'Role'>;
	}

	/** The guild's id. */
	get guildId(): Snowflake<'Guild'> {
		return this.#guildId as Snowflake<'Guild'>;
	}

	/** The guild. */
	get guild(): Guild {
		return this.ctx.make.guild(this.#guildId);
	}

	get name(): string {
		return this.#raw.name;
	}

	/** The colour as a number (0: none). */
	get color(): number {
		return this.#raw.color;
	}

	/** The colour as `#rrggbb`. */
	get hexColor(): string {
		return `#${this.#raw.color.toString(16).padStart(6, '0')}`;
	}

	/** Higher roles are above in the member list and outrank lower ones. */
	get position(): number {
		return this.#raw.position;
	}

	/** The role's permissions. */
	get permissions(): Permissions {
		return Permissions.from(this.#raw.permissions);
	}

	/** Shown separately in the member list. */
	get hoist(): boolean {
		return this.#raw.hoist;
	}

	/** Whether anyone may mention it. */
	get mentionable(): boolean {
		return this.#raw.mentionable;
	}

	/** Managed by an integration (a bot's own role, a booster role): it cannot be given by hand. */
	get managed(): boolean {
		return this.#raw.managed;
	}

	/** The icon's URL, or null without one. */
	iconURL(options?: ImageURLOptions): string | null {
		return this.#raw.icon == null ? null : roleIconURL(this.#raw.id, this.#raw.icon, options);
	}

	/** The record as Discord sent it, or as the cache keeps it. */
	get raw(): RoleRecord {
		return this.#raw;
	}

	/** The cached members who have this role (every cached member for @everyone). */
	get members(): Member[] {
		const everyone = this.#raw.id === this.#guildId;
		return this.guild.members.list().filter((member) => everyone || member.roles.has(this.id));
	}

	/** Edits the role; `reason` goes to the audit log. */
	edit(body: RESTPatchAPIGuildRoleJSONBody, options?: APIRequestOptions): Promise<Role> {
		return this.guild.roles.edit(this.id, body, options);
	}

	/** Renames the role. */
	setName(name: string, options?: APIRequestOptions): Promise<Role> {
		return this.edit({ name }, options);
	}

	/** Sets the colour (a number, e.g. `0xed4245`). */
	setColor(color: number, options?: APIRequestOptions): Promise<Role> {
		return this.edit({ color }, options);
	}

	/** Replaces the role's permissions. */
	setPermissions(permissions: PermissionsInput, options?: APIRequestOptions): Promise<Role> {
		return this.edit({ permissions: Permissions.from(permissions).toString() }, options);
	}

	/** Deletes the role. */
	delete(options?: APIRequestOptions): Promise<void> {
		return this.guild.roles.delete(this.id, options);
	}

	/** `<@&id>` (`@everyone` for the guild's default role). */
	override toString(): string {
		return this.#raw.id === this.#guildId ? '@everyone' : `<@&${this.#raw.id}>`;
	}
}
