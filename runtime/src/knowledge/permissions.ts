import type { PermissionFlagsBits } from 'discord-api-types/v10';

const DOC = 'https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags';

/** Where a permission can be set on a channel overwrite: Text, Voice, Stage (Discord's letters); `''` for guild-wide only. */
export type PermissionScope = '' | 'T' | 'V' | 'S' | 'TV' | 'VS' | 'TVS';

/** One permission flag, as Discord documents it. */
export interface PermissionFlag {
	/** The flag's bit (`1n << n`); permissions travel as decimal strings of these. */
	readonly bit: bigint;
	/** What it grants. */
	readonly description: string;
	/** Channel types whose overwrites can carry it. */
	readonly scope: PermissionScope;
	/** Needs two-factor auth on the acting account when the server requires 2FA for moderation. */
	readonly elevated: boolean;
	/** Discord's table that documents the flag. */
	readonly doc: string;
}

/** discord-api-types' deprecated alias names, and the flag each names. */
export const PermissionAliases = { ManageEmojisAndStickers: 'ManageGuildExpressions' } as const;

/** A permission flag's name, as in discord-api-types' `PermissionFlagsBits` (aliases left out). */
export type PermissionName = Exclude<keyof typeof PermissionFlagsBits, keyof typeof PermissionAliases>;

const flag = (shift: number, description: string, scope: PermissionScope, elevated = false): PermissionFlag => ({
	bit: 1n << BigInt(shift),
	description,
	scope,
	elevated,
	doc: DOC,
});

/**
 * Discord's permission flags: bit, what each grants, where overwrites can carry it, and whether
 * it is elevated (2FA). A test checks the names and bits against discord-api-types.
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
export const PermissionFlags = {
	CreateInstantInvite: flag(0, 'Allows creation of instant invites.', 'TVS'),
	KickMembers: flag(1, 'Allows kicking members.', '', true),
	BanMembers: flag(2, 'Allows banning members.', '', true),
	Administrator: flag(3, 'Allows all permissions and bypasses channel permission overwrites.', '', true),
	ManageChannels: flag(4, 'Allows management and editing of channels.', 'TVS', true),
	ManageGuild: flag(5, 'Allows management and editing of the guild.', '', true),
	AddReactions: flag(6, 'Allows adding new reactions to messages; reacting with an existing reaction does not need it.', 'TVS'),
	ViewAuditLog: flag(7, 'Allows viewing the audit log.', ''),
	PrioritySpeaker: flag(8, 'Allows using priority speaker in a voice channel.', 'V'),
	Stream: flag(9, 'Allows the user to go live.', 'VS'),
	ViewChannel: flag(
		10,
		'Allows guild members to view a channel, which includes reading messages in text channels and joining voice channels.',
		'TVS',
	),
	SendMessages: flag(11, 'Allows sending messages in a channel and creating threads in a forum (not sending messages in threads).', 'TVS'),
	SendTTSMessages: flag(12, 'Allows sending /tts messages.', 'TVS'),
	ManageMessages: flag(13, "Allows deleting other users' messages.", 'TVS', true),
	EmbedLinks: flag(14, 'Links sent by users with this permission are auto-embedded.', 'TVS'),
	AttachFiles: flag(15, 'Allows uploading images and files.', 'TVS'),
	ReadMessageHistory: flag(16, 'Allows reading the message history.', 'TVS'),
	MentionEveryone: flag(
		17,
		'Allows using @everyone to notify all users in a channel, and @here to notify all online users in a channel.',
		'TVS',
	),
	UseExternalEmojis: flag(18, 'Allows using custom emojis from other servers.', 'TVS'),
	ViewGuildInsights: flag(19, 'Allows viewing guild insights.', ''),
	Connect: flag(20, 'Allows joining a voice channel.', 'VS'),
	Speak: flag(21, 'Allows speaking in a voice channel.', 'V'),
	MuteMembers: flag(22, 'Allows muting members in a voice channel.', 'VS'),
	DeafenMembers: flag(23, 'Allows deafening members in a voice channel.', 'V'),
	MoveMembers: flag(24, 'Allows moving members between voice channels.', 'VS'),
	UseVAD: flag(25, 'Allows using voice-activity-detection in a voice channel.', 'V'),
	ChangeNickname: flag(26, "Allows changing one's own nickname.", ''),
	ManageNicknames: flag(27, "Allows changing other users' nicknames.", ''),
	ManageRoles: flag(28, 'Allows management and editing of roles (shown as Manage Permissions on a channel).', 'TVS', true),
	ManageWebhooks: flag(29, 'Allows management and editing of webhooks.', 'TVS', true),
	ManageGuildExpressions: flag(30, 'Allows editing and deleting emojis, stickers and soundboard sounds created by all users.', '', true),
	UseApplicationCommands: flag(
		31,
		'Allows members to use application commands, including slash commands and context menu commands.',
		'TVS',
	),
	RequestToSpeak: flag(32, 'Allows requesting to speak in stage channels.', 'S'),
	ManageEvents: flag(33, 'Allows editing and deleting scheduled events created by all users.', 'VS'),
	ManageThreads: flag(34, 'Allows deleting and archiving threads, and viewing all private threads.', 'T', true),
	CreatePublicThreads: flag(35, 'Allows creating public and announcement threads.', 'T'),
	CreatePrivateThreads: flag(36, 'Allows creating private threads.', 'T'),
	UseExternalStickers: flag(37, 'Allows using custom stickers from other servers.', 'TVS'),
	SendMessagesInThreads: flag(38, 'Allows sending messages in threads.', 'T'),
	UseEmbeddedActivities: flag(39, 'Allows using Activities (applications with the EMBEDDED flag).', 'TV'),
	ModerateMembers: flag(
		40,
		'Allows timing out users, preventing them from sending or reacting to messages in chat and threads and from speaking in voice and stage channels.',
		'',
	),
	ViewCreatorMonetizationAnalytics: flag(41, 'Allows viewing role subscription insights.', '', true),
	UseSoundboard: flag(42, 'Allows using the soundboard in a voice channel.', 'V'),
	CreateGuildExpressions: flag(
		43,
		'Allows creating emojis, stickers and soundboard sounds, and editing and deleting those the user created.',
		'',
	),
	CreateEvents: flag(44, 'Allows creating scheduled events, and editing and deleting those the user created.', 'VS'),
	UseExternalSounds: flag(45, 'Allows using custom soundboard sounds from other servers.', 'V'),
	SendVoiceMessages: flag(46, 'Allows sending voice messages.', 'TVS'),
	SetVoiceChannelStatus: flag(48, 'Allows setting the status of a voice channel.', 'V'),
	SendPolls: flag(49, 'Allows sending polls.', 'TVS'),
	UseExternalApps: flag(
		50,
		'Allows user-installed apps to send public responses; without it their responses are ephemeral. Applies only to apps not also installed to the server.',
		'TVS',
	),
	PinMessages: flag(51, 'Allows pinning and unpinning messages.', 'T'),
	BypassSlowmode: flag(52, "Allows bypassing the channel's slowmode.", 'TVS'),
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
