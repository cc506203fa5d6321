/**
 * discord.js v13/v14 client event names → the gateway dispatch that produces them, so a
 * listener can be matched with `EventIntents`. Events not listed here are in
 * {@link DiscordJsOtherEvents} and need no intent.
 * @see https://discord.js.org/docs/packages/discord.js/main/Events:Enum
 */
export const DiscordJsEventDispatch: Readonly<Record<string, string>> = {
	guildCreate: 'GUILD_CREATE',
	guildUpdate: 'GUILD_UPDATE',
	guildDelete: 'GUILD_DELETE',
	roleCreate: 'GUILD_ROLE_CREATE',
	roleUpdate: 'GUILD_ROLE_UPDATE',
	roleDelete: 'GUILD_ROLE_DELETE',
	channelCreate: 'CHANNEL_CREATE',
	channelUpdate: 'CHANNEL_UPDATE',
	channelDelete: 'CHANNEL_DELETE',
	channelPinsUpdate: 'CHANNEL_PINS_UPDATE',
	threadCreate: 'THREAD_CREATE',
	threadUpdate: 'THREAD_UPDATE',
	threadDelete: 'THREAD_DELETE',
	threadListSync: 'THREAD_LIST_SYNC',
	threadMemberUpdate: 'THREAD_MEMBER_UPDATE',
	threadMembersUpdate: 'THREAD_MEMBERS_UPDATE',
	stageInstanceCreate: 'STAGE_INSTANCE_CREATE',
	stageInstanceUpdate: 'STAGE_INSTANCE_UPDATE',
	stageInstanceDelete: 'STAGE_INSTANCE_DELETE',
	guildMemberAdd: 'GUILD_MEMBER_ADD',
	guildMemberUpdate: 'GUILD_MEMBER_UPDATE',
	guildMemberRemove: 'GUILD_MEMBER_REMOVE',
	guildAuditLogEntryCreate: 'GUILD_AUDIT_LOG_ENTRY_CREATE',
	guildBanAdd: 'GUILD_BAN_ADD',
	guildBanRemove: 'GUILD_BAN_REMOVE',
	emojiCreate: 'GUILD_EMOJIS_UPDATE',
	emojiUpdate: 'GUILD_EMOJIS_UPDATE',
	emojiDelete: 'GUILD_EMOJIS_UPDATE',
	stickerCreate: 'GUILD_STICKERS_UPDATE',
	stickerUpdate: 'GUILD_STICKERS_UPDATE',
	stickerDelete: 'GUILD_STICKERS_UPDATE',
	guildIntegrationsUpdate: 'GUILD_INTEGRATIONS_UPDATE',
	webhooksUpdate: 'WEBHOOKS_UPDATE',
	webhookUpdate: 'WEBHOOKS_UPDATE',
	inviteCreate: 'INVITE_CREATE',
	inviteDelete: 'INVITE_DELETE',
	voiceStateUpdate: 'VOICE_STATE_UPDATE',
	presenceUpdate: 'PRESENCE_UPDATE',
	messageCreate: 'MESSAGE_CREATE',
	message: 'MESSAGE_CREATE',
	messageUpdate: 'MESSAGE_UPDATE',
	messageDelete: 'MESSAGE_DELETE',
	messageDeleteBulk: 'MESSAGE_DELETE_BULK',
	messageReactionAdd: 'MESSAGE_REACTION_ADD',
	messageReactionRemove: 'MESSAGE_REACTION_REMOVE',
	messageReactionRemoveAll: 'MESSAGE_REACTION_REMOVE_ALL',
	messageReactionRemoveEmoji: 'MESSAGE_REACTION_REMOVE_EMOJI',
	typingStart: 'TYPING_START',
	guildScheduledEventCreate: 'GUILD_SCHEDULED_EVENT_CREATE',
	guildScheduledEventUpdate: 'GUILD_SCHEDULED_EVENT_UPDATE',
	guildScheduledEventDelete: 'GUILD_SCHEDULED_EVENT_DELETE',
	guildScheduledEventUserAdd: 'GUILD_SCHEDULED_EVENT_USER_ADD',
	guildScheduledEventUserRemove: 'GUILD_SCHEDULED_EVENT_USER_REMOVE',
	autoModerationRuleCreate: 'AUTO_MODERATION_RULE_CREATE',
	autoModerationRuleUpdate: 'AUTO_MODERATION_RULE_UPDATE',
	autoModerationRuleDelete: 'AUTO_MODERATION_RULE_DELETE',
	autoModerationActionExecution: 'AUTO_MODERATION_ACTION_EXECUTION',
	messagePollVoteAdd: 'MESSAGE_POLL_VOTE_ADD',
	messagePollVoteRemove: 'MESSAGE_POLL_VOTE_REMOVE',
};

/**
 * discord.js client events that need no intent and are not matched to a dispatch by the
 * listener reader: those from a dispatch that belongs to no intent (see `INTENT_FREE_EVENTS`
 * in `ovenjs/knowledge`), and the client's own events (`null`: no dispatch at all).
 * @see https://discord.js.org/docs/packages/discord.js/main/Events:Enum
 */
export const DiscordJsOtherEvents: Readonly<Record<string, string | null>> = {
	ready: 'READY',
	interactionCreate: 'INTERACTION_CREATE',
	userUpdate: 'USER_UPDATE',
	error: null,
	warn: null,
	debug: null,
	shardReady: null,
	shardError: null,
};

/** v13's `Intents.FLAGS` names whose v14 name is not just the PascalCase of the old one. */
export const LegacyIntentNames: Readonly<Record<string, string>> = {
	GUILD_BANS: 'GuildModeration',
	GUILD_EMOJIS_AND_STICKERS: 'GuildExpressions',
};

/** `GUILD_MESSAGES` → `GuildMessages` (v13 flag names and raw dispatch-style names). */
export function pascalFromScreaming(name: string): string {
	const legacy = LegacyIntentNames[name];
	if (legacy !== undefined) return legacy;
	return name
		.toLowerCase()
		.split('_')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join('');
}
