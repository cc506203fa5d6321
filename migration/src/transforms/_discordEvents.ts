import { DiscordJsEventDispatch } from '@ovenjs/analysis';

/** discord.js `Events` members whose value is not their name in lowerCamelCase. */
const EVENTS_ENUM_EXCEPTIONS: Readonly<Record<string, string>> = {
	GuildEmojiCreate: 'emojiCreate',
	GuildEmojiDelete: 'emojiDelete',
	GuildEmojiUpdate: 'emojiUpdate',
	GuildRoleCreate: 'roleCreate',
	GuildRoleDelete: 'roleDelete',
	GuildRoleUpdate: 'roleUpdate',
	GuildStickerCreate: 'stickerCreate',
	GuildStickerDelete: 'stickerDelete',
	GuildStickerUpdate: 'stickerUpdate',
	MessageBulkDelete: 'messageDeleteBulk',
};

/**
 * discord.js events that are not one dispatch, and what OvenJS calls them. discord.js 14.22
 * renamed `ready` to `clientReady` (`Events.ClientReady` is `'clientReady'` since), v13 called
 * `messageCreate` and `interactionCreate` `message` and `interaction`.
 */
export const CLIENT_EVENTS: Readonly<Record<string, string>> = {
	ready: 'ready',
	clientReady: 'ready',
	interactionCreate: 'interactionCreate',
	interaction: 'interactionCreate',
	userUpdate: 'userUpdate',
	error: 'error',
	warn: 'warn',
	debug: 'debug',
	shardReady: 'shardReady',
	shardResume: 'shardResumed',
};

/** The event name an `Events` member stands for (`ClientReady` → `clientReady`, `GuildRoleCreate` → `roleCreate`). */
export function eventOfEnumMember(member: string): string {
	return Object.hasOwn(EVENTS_ENUM_EXCEPTIONS, member)
		? (EVENTS_ENUM_EXCEPTIONS[member] ?? member)
		: member.charAt(0).toLowerCase() + member.slice(1);
}

/** Whether discord.js (v13 or v14) emits `name` on its client. */
export function isDiscordJsEvent(name: string): boolean {
	return Object.hasOwn(CLIENT_EVENTS, name) || Object.hasOwn(DiscordJsEventDispatch, name) || Object.hasOwn(EVENT_ARGUMENTS, name);
}

/**
 * How many arguments discord.js passes to listeners of events with more than one (every other
 * event passes one), so that a handler module's extra parameters (`execute(message, client)`
 * fed `(...args, client)`) are told apart from the event's.
 * @see https://discord.js.org/docs/packages/discord.js/main/ClientEvents:Interface
 */
const EVENT_ARGUMENTS: Readonly<Record<string, number>> = {
	messageUpdate: 2,
	messageDeleteBulk: 2,
	messageReactionAdd: 3,
	messageReactionRemove: 3,
	messageReactionRemoveEmoji: 1,
	messagePollVoteAdd: 2,
	messagePollVoteRemove: 2,
	channelUpdate: 2,
	channelPinsUpdate: 2,
	guildUpdate: 2,
	guildMemberUpdate: 2,
	guildMembersChunk: 3,
	guildAuditLogEntryCreate: 2,
	guildScheduledEventUpdate: 2,
	guildScheduledEventUserAdd: 2,
	guildScheduledEventUserRemove: 2,
	roleUpdate: 2,
	emojiUpdate: 2,
	stickerUpdate: 2,
	threadUpdate: 2,
	threadListSync: 2,
	threadMemberUpdate: 2,
	threadMembersUpdate: 3,
	stageInstanceUpdate: 2,
	userUpdate: 2,
	voiceStateUpdate: 2,
	presenceUpdate: 2,
	autoModerationRuleUpdate: 2,
	entitlementUpdate: 2,
	applicationCommandPermissionsUpdate: 1,
	shardReady: 2,
	shardDisconnect: 2,
	shardError: 2,
	shardResume: 2,
	invalidated: 0,
};

/** How many arguments discord.js passes to an `event` listener. */
export function eventArgumentCount(event: string): number {
	return Object.hasOwn(EVENT_ARGUMENTS, event) ? (EVENT_ARGUMENTS[event] ?? 1) : 1;
}
