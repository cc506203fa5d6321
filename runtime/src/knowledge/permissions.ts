import type { PermissionFlagsBits } from 'discord-api-types/v10';

const DOC = 'https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags';

/** Where a permission can be set on a channel overwrite: Text, Voice, Stage (Discord's letters); `''` for guild-wide only. */
export type PermissionScope = '' | 'T' | 'V' | 'S' | 'TV' | 'VS' | 'TVS';

/** One permission flag, as Discord documents it. */
export interface PermissionFlag {
	readonly bit: bigint;
	/** What it grants. */
	readonly description: string;
	/** Channel types whose overwrites can carry it. */
	readonly scope: PermissionScope;
	/** Needs two-factor auth on the acting account when the server requires 2FA for moderation. */
	readonly elevated: boolean;
	readonly doc: string;
}

/** discord-api-types' deprecated alias names, and the flag each names. */
export const PermissionAliases = { ManageEmojisAndStickers: 'ManageGuildExpressions' } as const;

/** A permission flag's name, as in discord-api-types' `PermissionFlagsBits` (aliases left out). */
export type PermissionName = Exclude<keyof typeof PermissionFlagsBits, keyof typeof PermissionAliases>;

const flag = (shift: number, description: string, scope: PermissionScope, elevated = false): PermissionFlag => ({ bit: 1n << BigInt(shift), description, scope, elevated, doc: DOC });

/**
 * Discord's permission flags: bit, what each grants, where overwrites can carry it, and whether
 * it is elevated (2FA). A test checks the names and bits against discord-api-types.
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
export const PermissionFlags = {
	CreateInstantInvite: flag(0, 'Create instant invites.', 'TVS'),
	KickMembers: flag(1, 'Kick members.', '', true),
	BanMembers: flag(2, 'Ban members.', '', true),
	Administrator: flag(3, 'Every permission, and channel overwrites are bypassed.', '', true),
	ManageChannels: flag(4, 'Create, edit and delete channels.', 'TVS', true),
	ManageGuild: flag(5, 'Edit the server: name, icon, settings.', '', true),
	AddReactions: flag(6, 'Add new reactions to messages (reacting with an existing reaction needs only Read Message History).', 'TVS'),
	ViewAuditLog: flag(7, 'View the audit log.', ''),
	PrioritySpeaker: flag(8, 'Use priority speaker in a voice channel.', 'V'),
	Stream: flag(9, 'Go live (stream) in a voice channel.', 'V'),
	ViewChannel: flag(10, 'View a channel, including reading messages in text channels and joining voice channels.', 'TVS'),
	SendMessages: flag(11, 'Send messages in a channel, and create threads in a forum.', 'TVS'),
	SendTTSMessages: flag(12, 'Send text-to-speech messages.', 'TVS'),
	ManageMessages: flag(13, "Delete other members' messages.", 'TVS', true),
	EmbedLinks: flag(14, 'Links sent are embedded automatically.', 'TVS'),
	AttachFiles: flag(15, 'Upload images and files.', 'TVS'),
	ReadMessageHistory: flag(16, 'Read the message history of a channel.', 'TVS'),
	MentionEveryone: flag(17, 'Use @everyone and @here, and mention any role.', 'TVS'),
	UseExternalEmojis: flag(18, 'Use custom emojis from other servers.', 'TVS'),
	ViewGuildInsights: flag(19, 'View server insights.', ''),
	Connect: flag(20, 'Join a voice channel.', 'VS'),
	Speak: flag(21, 'Speak in a voice channel.', 'V'),
	MuteMembers: flag(22, 'Mute members in a voice channel.', 'VS'),
	DeafenMembers: flag(23, 'Deafen members in a voice channel.', 'V'),
	MoveMembers: flag(24, 'Move members between voice channels.', 'VS'),
	UseVAD: flag(25, 'Use voice activity detection.', 'V'),
	ChangeNickname: flag(26, 'Change their own nickname.', ''),
	ManageNicknames: flag(27, "Change other members' nicknames.", ''),
	ManageRoles: flag(28, 'Create, edit and assign roles below their highest role; on a channel, edit its overwrites.', 'TVS', true),
	ManageWebhooks: flag(29, 'Create, edit and delete webhooks.', 'TVS', true),
	ManageGuildExpressions: flag(30, 'Edit and delete emojis, stickers and soundboard sounds created by anyone.', '', true),
	UseApplicationCommands: flag(31, 'Use application commands, including slash and context menu commands.', 'TVS'),
	RequestToSpeak: flag(32, 'Request to speak in a stage channel.', 'S'),
	ManageEvents: flag(33, 'Edit and delete scheduled events created by anyone.', 'VS'),
	ManageThreads: flag(34, 'Delete and archive threads, and view all private threads.', 'T', true),
	CreatePublicThreads: flag(35, 'Create public and announcement threads.', 'T'),
	CreatePrivateThreads: flag(36, 'Create private threads.', 'T'),
	UseExternalStickers: flag(37, 'Use custom stickers from other servers.', 'TVS'),
	SendMessagesInThreads: flag(38, 'Send messages in threads.', 'T'),
	UseEmbeddedActivities: flag(39, 'Use Activities (applications with the embedded flag).', 'V'),
	ModerateMembers: flag(40, 'Time out members: no messages, reactions, threads or voice.', '', true),
	ViewCreatorMonetizationAnalytics: flag(41, 'View role subscription insights.', '', true),
	UseSoundboard: flag(42, 'Use the soundboard in a voice channel.', 'V'),
	CreateGuildExpressions: flag(43, 'Create emojis, stickers and soundboard sounds, and edit and delete their own.', ''),
	CreateEvents: flag(44, 'Create scheduled events, and edit and delete their own.', 'VS'),
	UseExternalSounds: flag(45, 'Use soundboard sounds from other servers.', 'V'),
	SendVoiceMessages: flag(46, 'Send voice messages.', 'TVS'),
	SetVoiceChannelStatus: flag(48, 'Set the status of a voice channel.', 'V'),
	SendPolls: flag(49, 'Send polls.', 'TVS'),
	UseExternalApps: flag(50, "Use user-installed apps whose responses are public in the channel (without it they are ephemeral).", 'TVS'),
	PinMessages: flag(51, 'Pin and unpin messages.', 'T'),
	BypassSlowmode: flag(52, 'Send messages without the channel slowmode.', 'TVS'),
} as const satisfies Record<PermissionName, PermissionFlag>;

/** Every permission name, in bit order. */
export const permissionNames: readonly PermissionName[] = Object.keys(PermissionFlags) as PermissionName[];

/** Every permission bit set: what the owner and administrators have. */
export const ALL_PERMISSIONS: bigint = permissionNames.reduce((all, name) => all | PermissionFlags[name].bit, 0n);

/** The bit of a permission name (aliases accepted), or undefined for an unknown name. */
export function permissionBit(name: string): bigint | undefined {
	const canonical = (PermissionAliases as Record<string, PermissionName>)[name] ?? name;
	return (PermissionFlags as Record<string, PermissionFlag>)[canonical]?.bit;
}

/** The names of the flags set in `bits`, in bit order. Unknown bits are left out. */
export function permissionNamesOf(bits: bigint): PermissionName[] {
	return permissionNames.filter((name) => (bits & PermissionFlags[name].bit) !== 0n);
}

/**
 * The `type` of a channel permission overwrite.
 * @see https://discord.com/developers/docs/resources/channel#overwrite-object-overwrite-structure
 */
export const OverwriteTypes = { Role: 0, Member: 1 } as const;
