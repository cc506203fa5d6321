import { type APIGuildMember, type APIOverwrite, type APIRole, OverwriteType, PermissionFlagsBits } from 'discord-api-types/v10';

/** What the permission computation needs to know of a guild. */
export interface PermissionContext {
	readonly guildId: string;
	readonly ownerId: string;
	readonly roles: ReadonlyMap<string, APIRole>;
}

const ALL = (1n << 53n) - 1n;

/**
 * A member's guild-wide permissions: @everyone, then every role OR-ed in; the owner and
 * ADMINISTRATOR get everything.
 * @see https://discord.com/developers/docs/topics/permissions#permission-overwrites
 */
export function basePermissions(ctx: PermissionContext, member: Pick<APIGuildMember, 'roles'> & { readonly user_id: string }): bigint {
	if (member.user_id === ctx.ownerId) return ALL;
	let permissions = BigInt(ctx.roles.get(ctx.guildId)?.permissions ?? '0');
	for (const roleId of member.roles) permissions |= BigInt(ctx.roles.get(roleId)?.permissions ?? '0');
	return (permissions & PermissionFlagsBits.Administrator) !== 0n ? ALL : permissions;
}

/**
 * Applies a channel's overwrites in Discord's order: @everyone, then all role overwrites
 * together (deny then allow), then the member's own overwrite.
 */
export function applyOverwrites(
	base: bigint,
	ctx: PermissionContext,
	member: Pick<APIGuildMember, 'roles'> & { readonly user_id: string },
	overwrites: readonly APIOverwrite[],
): bigint {
	if (base === ALL) return ALL;
	let permissions = base;
	const everyone = overwrites.find((o) => o.id === ctx.guildId);
	if (everyone !== undefined) permissions = (permissions & ~BigInt(everyone.deny)) | BigInt(everyone.allow);
	let allow = 0n;
	let deny = 0n;
	for (const overwrite of overwrites) {
		if (overwrite.type === OverwriteType.Role && overwrite.id !== ctx.guildId && member.roles.includes(overwrite.id)) {
			allow |= BigInt(overwrite.allow);
			deny |= BigInt(overwrite.deny);
		}
	}
	permissions = (permissions & ~deny) | allow;
	const own = overwrites.find((o) => o.type === OverwriteType.Member && o.id === member.user_id);
	if (own !== undefined) permissions = (permissions & ~BigInt(own.deny)) | BigInt(own.allow);
	// Without VIEW_CHANNEL a member has no other permission in the channel.
	return (permissions & PermissionFlagsBits.ViewChannel) === 0n ? 0n : permissions;
}

/** True when `permissions` holds every bit of `required`. */
export function hasPermissions(permissions: bigint, required: bigint): boolean {
	return (permissions & required) === required;
}

/** The highest position among a member's roles (0 for @everyone only); owners rank above all. */
export function highestRolePosition(ctx: PermissionContext, member: Pick<APIGuildMember, 'roles'> & { readonly user_id: string }): number {
	if (member.user_id === ctx.ownerId) return Number.MAX_SAFE_INTEGER;
	return Math.max(0, ...member.roles.map((id) => ctx.roles.get(id)?.position ?? 0));
}

/** Permissions @everyone gets in a new guild, close to Discord's defaults. */
export const DEFAULT_EVERYONE_PERMISSIONS =
	PermissionFlagsBits.ViewChannel |
	PermissionFlagsBits.SendMessages |
	PermissionFlagsBits.SendMessagesInThreads |
	PermissionFlagsBits.CreatePublicThreads |
	PermissionFlagsBits.ReadMessageHistory |
	PermissionFlagsBits.AddReactions |
	PermissionFlagsBits.EmbedLinks |
	PermissionFlagsBits.AttachFiles |
	PermissionFlagsBits.UseExternalEmojis |
	PermissionFlagsBits.UseApplicationCommands |
	PermissionFlagsBits.CreateInstantInvite |
	PermissionFlagsBits.ChangeNickname |
	PermissionFlagsBits.Connect |
	PermissionFlagsBits.Speak;
