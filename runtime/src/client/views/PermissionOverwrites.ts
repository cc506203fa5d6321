import { type APIOverwrite, OverwriteType } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import { Permissions, type PermissionsInput } from '../../permissions/Permissions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { ChannelRecord } from './Channel.js';
import type { Role } from './Role.js';

/** Who an overwrite is for: a role or a member/user, by id or as a structure. */
export type OverwriteTarget = Snowflake<'Role'> | Snowflake<'User'> | { readonly id: Snowflake<'Role'> | Snowflake<'User'> };

/** What an overwrite allows and denies; anything left out inherits. */
export interface OverwriteOptions {
	readonly allow?: PermissionsInput;
	readonly deny?: PermissionsInput;
	/** Whether the target is a role or a member. Default: a role when the cache knows the id as one of the guild's roles, else a member. */
	readonly type?: 'role' | 'member';
}

/**
 * A channel's permission overwrites: the record's list, and writes through the API. `edit`
 * replaces the target's overwrite with exactly `allow` and `deny` (Discord's PUT), as
 * discord.js's `permissionOverwrites.create` does; `update` merges into the current one.
 */
export class PermissionOverwrites {
	readonly #ctx: _ViewContext;
	readonly #channelId: string;
	readonly #record: () => ChannelRecord | undefined;

	/** @internal Made by `channel.permissionOverwrites`. */
	constructor(ctx: _ViewContext, channelId: string, record: () => ChannelRecord | undefined) {
		this.#ctx = ctx;
		this.#channelId = channelId;
		this.#record = record;
	}

	/** The overwrites in the channel's record (empty when it is not known). */
	list(): readonly APIOverwrite[] {
		const raw = this.#record() as { permission_overwrites?: readonly APIOverwrite[] } | undefined;
		return raw?.permission_overwrites ?? [];
	}

	/** The overwrite of one role or member, if the record has one. */
	get(target: OverwriteTarget): APIOverwrite | undefined {
		const id = typeof target === 'string' ? target : target.id;
		return this.list().find((overwrite) => overwrite.id === id);
	}

	#type(id: string, type: OverwriteOptions['type']): OverwriteType {
		if (type !== undefined) return type === 'role' ? OverwriteType.Role : OverwriteType.Member;
		const existing = this.list().find((overwrite) => overwrite.id === id);
		if (existing !== undefined) return existing.type;
		return this.#ctx.cache?.roles.has(id) === true ? OverwriteType.Role : OverwriteType.Member;
	}

	/** Sets the target's overwrite to exactly `allow` and `deny`; `reason` goes to the audit log. */
	async edit(target: OverwriteTarget, overwrite: OverwriteOptions, options?: APIRequestOptions): Promise<void> {
		const id = typeof target === 'string' ? target : target.id;
		await this.#ctx.api.channels.editPermissionOverwrite(
			this.#channelId,
			id,
			{
				type: this.#type(id, overwrite.type),
				allow: Permissions.from(overwrite.allow ?? 0n).toString(),
				deny: Permissions.from(overwrite.deny ?? 0n).toString(),
			},
			options,
		);
	}

	/** Same as {@link edit}: discord.js's name for a new overwrite. */
	create(target: OverwriteTarget, overwrite: OverwriteOptions, options?: APIRequestOptions): Promise<void> {
		return this.edit(target, overwrite, options);
	}

	/**
	 * Merges into the target's current overwrite (from the record): `allow` flags are allowed and
	 * no longer denied, `deny` flags denied and no longer allowed, the rest kept.
	 */
	update(target: OverwriteTarget, overwrite: OverwriteOptions, options?: APIRequestOptions): Promise<void> {
		const current = this.get(target);
		const allow = Permissions.from(overwrite.allow ?? 0n);
		const deny = Permissions.from(overwrite.deny ?? 0n);
		const was = { allow: Permissions.from(current?.allow ?? 0n), deny: Permissions.from(current?.deny ?? 0n) };
		return this.edit(target, { ...overwrite, allow: was.allow.remove(deny).add(allow), deny: was.deny.remove(allow).add(deny) }, options);
	}

	/** Removes the target's overwrite. */
	async delete(target: OverwriteTarget, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.channels.deletePermissionOverwrite(this.#channelId, typeof target === 'string' ? target : target.id, options);
	}

	/** A role's permissions here: its own, then @everyone's overwrite and its own overwrite (Administrator: all). */
	applyTo(role: Role): Permissions {
		const base = role.permissions;
		if (base.has('Administrator')) return Permissions.all;
		let bits = base.bits;
		for (const id of [role.guildId, role.id]) {
			const overwrite = this.list().find((o) => o.id === id && o.type === OverwriteType.Role);
			if (overwrite !== undefined) bits = (bits & ~BigInt(overwrite.deny)) | BigInt(overwrite.allow);
		}
		return Permissions.from(bits);
	}
}
