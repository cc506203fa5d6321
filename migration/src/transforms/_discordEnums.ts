import { ActivityTypes, ChannelTypes } from 'ovenjs/knowledge';
import { lookupTable } from './_lookupTable.js';

/**
 * Discord's channel types (from `ovenjs/knowledge`), by discord.js v14's `ChannelType` member
 * names, plus the old aliases discord.js still accepts.
 */
export const CHANNEL_TYPES: Readonly<Record<string, number>> = lookupTable({
	...ChannelTypes,
	GuildNews: ChannelTypes.GuildAnnouncement,
	GuildNewsThread: ChannelTypes.AnnouncementThread,
	GuildPublicThread: ChannelTypes.PublicThread,
	GuildPrivateThread: ChannelTypes.PrivateThread,
});

/** v13's string channel types → v14's member names. */
export const V13_CHANNEL_TYPES: Readonly<Record<string, string>> = lookupTable({
	GUILD_TEXT: 'GuildText',
	DM: 'DM',
	GUILD_VOICE: 'GuildVoice',
	GROUP_DM: 'GroupDM',
	GUILD_CATEGORY: 'GuildCategory',
	GUILD_NEWS: 'GuildAnnouncement',
	GUILD_NEWS_THREAD: 'AnnouncementThread',
	GUILD_PUBLIC_THREAD: 'PublicThread',
	GUILD_PRIVATE_THREAD: 'PrivateThread',
	GUILD_STAGE_VOICE: 'GuildStageVoice',
	GUILD_DIRECTORY: 'GuildDirectory',
	GUILD_FORUM: 'GuildForum',
});

/** Discord's activity types (from `ovenjs/knowledge`), by discord.js v14's `ActivityType` names and v13's strings. */
export const ACTIVITY_TYPES: Readonly<Record<string, number>> = lookupTable({
	...ActivityTypes,
	...Object.fromEntries(Object.entries(ActivityTypes).map(([name, type]) => [name.toUpperCase(), type])),
});
