/**
 * Channel and activity types: the `type` numbers Discord gives channels and presence
 * activities, by the names discord-api-types uses (without its deprecated aliases).
 * @see https://discord.com/developers/docs/resources/channel#channel-object-channel-types
 * @see https://discord.com/developers/docs/events/gateway-events#activity-object-activity-types
 */

/** Every channel type Discord documents, by name. */
export const ChannelTypes = {
	GuildText: 0,
	DM: 1,
	GuildVoice: 2,
	GroupDM: 3,
	GuildCategory: 4,
	GuildAnnouncement: 5,
	AnnouncementThread: 10,
	PublicThread: 11,
	PrivateThread: 12,
	GuildStageVoice: 13,
	GuildDirectory: 14,
	GuildForum: 15,
	GuildMedia: 16,
} as const satisfies Record<string, number>;

/** The name of a channel type. */
export type ChannelTypeName = keyof typeof ChannelTypes;

/** Every activity type Discord documents, by name. */
export const ActivityTypes = {
	Playing: 0,
	Streaming: 1,
	Listening: 2,
	Watching: 3,
	Custom: 4,
	Competing: 5,
} as const satisfies Record<string, number>;

/** The name of an activity type. */
export type ActivityTypeName = keyof typeof ActivityTypes;
