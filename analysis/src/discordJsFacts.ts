import type { DiscordJsVersion } from './registry/discordJsVersion.js';

/**
 * discord.js v13 exports removed in v14, with what replaced them. `TextInputComponent` and
 * `Constants` are not here: v14 still exports both.
 * @see https://discordjs.guide/additional-info/changes-in-v14.html
 */
export const DiscordJsV13Renames: Readonly<Record<string, string>> = {
	MessageEmbed: 'EmbedBuilder',
	MessageActionRow: 'ActionRowBuilder',
	MessageButton: 'ButtonBuilder',
	MessageSelectMenu: 'StringSelectMenuBuilder',
	MessageAttachment: 'AttachmentBuilder',
	Intents: 'GatewayIntentBits (or IntentsBitField)',
	Permissions: 'PermissionFlagsBits (or PermissionsBitField)',
};

/**
 * discord.js exports that exist from v14 on only: a file importing one is written for v14,
 * whatever its `package.json` says (or when there is none).
 */
export const DISCORD_JS_V14_ONLY: ReadonlySet<string> = new Set([
	'EmbedBuilder',
	'ActionRowBuilder',
	'ButtonBuilder',
	'StringSelectMenuBuilder',
	'TextInputBuilder',
	'ModalBuilder',
	'AttachmentBuilder',
	'GatewayIntentBits',
	'IntentsBitField',
	'PermissionFlagsBits',
	'PermissionsBitField',
	'Events',
	'ButtonStyle',
	'ChannelType',
	'ApplicationCommandType',
	'ApplicationCommandOptionType',
	'InteractionType',
	'ComponentType',
	'TextInputStyle',
	'MessageFlags',
	'Partials',
	'ActivityType',
]);

/**
 * The discord.js version in which the `ephemeral` option of each interaction response method
 * was deprecated in favour of `flags: MessageFlags.Ephemeral` (`[major, minor]`). Only the
 * methods that create a message take it (`InteractionReplyOptions`,
 * `InteractionDeferReplyOptions`): `update()` and `editReply()` edit a message whose
 * visibility is already fixed, have no such option, and ignore the key.
 * @see https://github.com/discordjs/discord.js/pull/10574
 */
export const EphemeralDeprecatedIn: Readonly<Record<string, readonly [number, number]>> = {
	reply: [14, 17],
	followUp: [14, 17],
	deferReply: [14, 18],
};

/** Whether a project on `version` may run discord.js `[major, minor]` or newer (a caret range installs the newest minor). */
export function mayRunAtLeast(version: DiscordJsVersion, [major, minor]: readonly [number, number]): boolean {
	if (version.major !== major) return version.major > major;
	return !version.exact || version.minor >= minor;
}
