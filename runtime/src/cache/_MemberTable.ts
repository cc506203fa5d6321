import type { CachedMember } from './CachedEntities.js';
import type { _Raw } from './_lean.js';
import { _grow, _SlotTable } from './_SlotTable.js';
import { _TimestampColumn } from './_TimestampColumn.js';

const NO_ROLES: readonly string[] = Object.freeze([]);

/** Flags and the four rarer member fields, kept in one object only for members that have any of the four. */
interface MemberExtra {
	readonly flags: number;
	readonly avatar: string | null;
	readonly premium_since: string | null;
	readonly communication_disabled_until: string | null;
	readonly pending: boolean;
}

/** Whether a string-or-null field `value` (absent or mistyped: kept) leaves `have` (undefined: null) as it is. */
function sameText(value: unknown, have: string | null | undefined): boolean {
	return !(value === null || typeof value === 'string') || value === (have ?? null);
}

/**
 * One guild's members, columnar: role lists (shared, interned), nicknames, join times as
 * float64 and flags in arrays indexed by slot; `guild_id` and `user_id` are the
 * collection's group and key, not stored again. ≈ 40 B per member instead of a 72 B
 * object and a 48 B `joined_at` string.
 * @internal
 */
export class _MemberTable extends _SlotTable<CachedMember> {
	#roles: (readonly string[])[] = [];
	#nick: (string | null)[] = [];
	readonly #joinedAt = new _TimestampColumn();
	/** The flags (a small integer: no allocation), or them and the rarer fields when any is set. */
	#flags: (number | MemberExtra)[] = [];
	/**
	 * The member's slot in the users table, or -1 until `_CacheState` links it: a message's
	 * author is then checked there without the users Map (a hint: checked before it is
	 * trusted). Reset by `store`; every slot is stored before it is read.
	 */
	#userSlot: number[] = [];

	/** The member's user's slot in the users table (a hint), or -1. */
	userSlot(slot: number): number {
		return this.#userSlot[slot] ?? -1;
	}

	/** Records the member's user's slot in the users table. */
	linkUser(slot: number, userSlot: number): void {
		this.#userSlot[slot] = userSlot;
	}

	read(slot: number, userId: string, guildId: string): CachedMember {
		const roles = this.#roles[slot] ?? NO_ROLES;
		const nick = this.#nick[slot] ?? null;
		const joinedAt = this.#joinedAt.get(slot);
		const extra = this.#flags[slot] ?? 0;
		// The same two shapes as `_leanMember`: six fields, or ten when a rarer one is set.
		if (typeof extra === 'number') return { guild_id: guildId, user_id: userId, nick, roles, joined_at: joinedAt, flags: extra };
		return {
			guild_id: guildId,
			user_id: userId,
			nick,
			roles,
			joined_at: joinedAt,
			flags: extra.flags,
			avatar: extra.avatar,
			premium_since: extra.premium_since,
			communication_disabled_until: extra.communication_disabled_until,
			pending: extra.pending,
		};
	}

	/**
	 * `userId` when `data` changes none of the member's fields: MESSAGE_CREATE's partial
	 * member (roles, joined_at, flags) for a member already cached, the common case, costs
	 * a few comparisons instead of a rebuilt record, a timestamp formatted and parsed again
	 * and a rewrite.
	 */
	override unchanged(slot: number, userId: string, data: _Raw): string | undefined {
		const roles = data.roles;
		if (Array.isArray(roles)) {
			const have = this.#roles[slot] ?? NO_ROLES;
			if (roles.length !== have.length) return undefined;
			for (let i = 0; i < roles.length; i++) if (roles[i] !== have[i]) return undefined;
		}
		const nick = data.nick;
		if ((nick === null || typeof nick === 'string') && nick !== (this.#nick[slot] ?? null)) return undefined;
		const joinedAt = data.joined_at;
		if ((joinedAt === null || typeof joinedAt === 'string') && !this.#joinedAt.holds(slot, joinedAt)) return undefined;
		const extra = this.#flags[slot] ?? 0;
		const flags = data.flags;
		if (typeof flags === 'number' && flags !== (typeof extra === 'number' ? extra : extra.flags)) return undefined;
		const rare = typeof extra === 'number' ? undefined : extra;
		const pending = data.pending;
		if (typeof pending === 'boolean' && pending !== (rare?.pending ?? false)) return undefined;
		return sameText(data.avatar, rare?.avatar) &&
			sameText(data.premium_since, rare?.premium_since) &&
			sameText(data.communication_disabled_until, rare?.communication_disabled_until)
			? userId
			: undefined;
	}

	protected resize(capacity: number): void {
		this.#roles = _grow(this.#roles, capacity);
		this.#nick = _grow(this.#nick, capacity);
		this.#joinedAt.resize(capacity);
		this.#flags = _grow(this.#flags, capacity);
		this.#userSlot = _grow(this.#userSlot, capacity);
	}

	protected store(slot: number, member: CachedMember): void {
		this.#userSlot[slot] = -1;
		this.#roles[slot] = member.roles;
		this.#nick[slot] = member.nick;
		this.#joinedAt.set(slot, member.joined_at);
		const avatar = member.avatar ?? null;
		const premiumSince = member.premium_since ?? null;
		const timeout = member.communication_disabled_until ?? null;
		const pending = member.pending ?? false;
		this.#flags[slot] =
			avatar === null && premiumSince === null && timeout === null && !pending
				? member.flags
				: { flags: member.flags, avatar, premium_since: premiumSince, communication_disabled_until: timeout, pending };
	}

	protected erase(slot: number): void {
		this.#roles[slot] = NO_ROLES;
		this.#nick[slot] = null;
		this.#joinedAt.clear(slot);
		this.#flags[slot] = 0;
	}
}
