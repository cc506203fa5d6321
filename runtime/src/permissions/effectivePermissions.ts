import { OverwriteTypes, PermissionFlags } from '../knowledge/permissions.js';
import { MissingPermissionsError } from './MissingPermissionsError.js';
import { Permissions, type PermissionsInput } from './Permissions.js';

/** The guild as permissions need it: its id (the @everyone role's id), owner and roles. */
export interface PermissionGuild {
	readonly id: string;
	readonly owner_id: string;
	readonly roles: Iterable<{ readonly id: string; readonly permissions: string }>;
}

/** The member as permissions need it. `communication_disabled_until` in the future means timed out. */
export interface PermissionMember {
	readonly user_id: string;
	readonly roles: readonly string[];
	readonly communication_disabled_until?: string | null;
}

/** A channel permission overwrite, as Discord sends it. */
export interface PermissionOverwrite {
	readonly id: string;
	readonly type: number;
	readonly allow: string;
	readonly deny: string;
}

const { Administrator, ViewChannel, SendMessages, SendMessagesInThreads, ReadMessageHistory } = PermissionFlags;
/** Without Send Messages these do nothing in a text channel. */
const NEEDS_SEND =
	PermissionFlags.MentionEveryone.bit |
	PermissionFlags.SendTTSMessages.bit |
	PermissionFlags.AttachFiles.bit |
	PermissionFlags.EmbedLinks.bit;

/**
 * A member's permissions in the guild: owner → all; else @everyone's and each role's
 * permissions together; Administrator → all.
 * @see https://discord.com/developers/docs/topics/permissions#permission-overwrites
 */
export function computeBasePermissions(guild: PermissionGuild, member: PermissionMember): Permissions {
	if (member.user_id === guild.owner_id) return Permissions.all;
	const roles = new Map([...guild.roles].map((role) => [role.id, BigInt(role.permissions)]));
	let bits = roles.get(guild.id) ?? 0n;
	for (const roleId of member.roles) bits |= roles.get(roleId) ?? 0n;
	return (bits & Administrator.bit) !== 0n ? Permissions.all : Permissions.from(bits);
}

/**
 * Applies a channel's overwrites to base permissions, in Discord's order: @everyone's
 * overwrite, then every role overwrite of the member at once (denies, then allows), then the
 * member's own overwrite. Administrators are not affected.
 */
export function computeOverwrites(
	base: Permissions,
	overwrites: Iterable<PermissionOverwrite>,
	member: PermissionMember,
	guildId: string,
): Permissions {
	if (base.has(Administrator.bit)) return Permissions.all;
	const byId = new Map([...overwrites].map((o) => [`${o.type}:${o.id}`, o]));
	let bits = base.bits;
	const everyone = byId.get(`${OverwriteTypes.Role}:${guildId}`);
	if (everyone !== undefined) bits = (bits & ~BigInt(everyone.deny)) | BigInt(everyone.allow);
	let allow = 0n;
	let deny = 0n;
	for (const roleId of member.roles) {
		const overwrite = byId.get(`${OverwriteTypes.Role}:${roleId}`);
		if (overwrite === undefined) continue;
		allow |= BigInt(overwrite.allow);
		deny |= BigInt(overwrite.deny);
	}
	bits = (bits & ~deny) | allow;
	const own = byId.get(`${OverwriteTypes.Member}:${member.user_id}`);
	if (own !== undefined) bits = (bits & ~BigInt(own.deny)) | BigInt(own.allow);
	return Permissions.from(bits);
}

/** Options of {@link effectivePermissions}. */
export interface EffectivePermissionsOptions {
	/** The channel's overwrites; leave out for guild-level permissions. */
	readonly overwrites?: Iterable<PermissionOverwrite>;
	/** Whether the channel is a text channel (Send Messages gates mentions, TTS, files, embeds). Default true. */
	readonly textChannel?: boolean;
	/**
	 * Whether the channel is a thread: threads take the parent's overwrites, but Send Messages
	 * In Threads, not Send Messages, gates sending there (and so mentions, TTS, files, embeds).
	 * @see https://discord.com/developers/docs/topics/permissions#inherited-permissions-threads
	 */
	readonly thread?: boolean;
	/** The clock, for timeouts. Default `Date.now()`. */
	readonly now?: number;
}

/**
 * What a member can do, in the guild or in a channel, with the implicit rules Discord applies:
 * a timed-out member keeps only View Channel and Read Message History; in a channel, without
 * View Channel nothing is left, and in a text channel without Send Messages neither are
 * @everyone mentions, TTS, files nor embeds.
 * @see https://discord.com/developers/docs/topics/permissions#implicit-permissions
 */
export function effectivePermissions(
	guild: PermissionGuild,
	member: PermissionMember,
	options: EffectivePermissionsOptions = {},
): Permissions {
	const base = computeBasePermissions(guild, member);
	let permissions = options.overwrites === undefined ? base : computeOverwrites(base, options.overwrites, member, guild.id);
	if (permissions.has(Administrator.bit)) return permissions;
	const until = member.communication_disabled_until;
	if (until != null && Date.parse(until) > (options.now ?? Date.now()))
		permissions = Permissions.from(permissions.bits & (ViewChannel.bit | ReadMessageHistory.bit));
	if (options.overwrites === undefined) return permissions;
	if (!permissions.has(ViewChannel.bit)) return Permissions.none;
	const send = options.thread === true ? SendMessagesInThreads.bit : SendMessages.bit;
	if ((options.textChannel ?? true) && !permissions.has(send)) return permissions.remove(NEEDS_SEND);
	return permissions;
}

/**
 * Throws {@link MissingPermissionsError} naming every missing flag and the action, so a bot
 * fails before a request that would earn a 403 (and count against the invalid-request limit).
 */
export function assertPermissions(effective: Permissions, required: PermissionsInput, action: string): void {
	const missing = effective.missing(required);
	if (missing.length > 0) throw new MissingPermissionsError(action, missing);
}
