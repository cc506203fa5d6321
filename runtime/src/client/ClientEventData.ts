import type { APIThreadMember } from 'discord-api-types/v10';
import type { Snowflake } from './Snowflake.js';
import type { Channel } from './views/Channel.js';
import type { Emoji } from './views/Emoji.js';
import type { Guild } from './views/Guild.js';
import type { Member, MemberWithUser } from './views/Member.js';
import type { Message } from './views/Message.js';
import type { PartialMessage } from './views/PartialMessage.js';
import type { Role } from './views/Role.js';
import type { ScheduledEvent } from './views/ScheduledEvent.js';
import type { Sticker } from './views/Sticker.js';
import type { User } from './views/User.js';

// What the events whose payload is not one entity deliver: plain objects holding structures.

/** `messageDeleteBulk`: the messages deleted at once (whole when cached, else partial), and where. */
export interface MessageDeleteBulk {
	readonly channel: Channel;
	readonly guild: Guild | undefined;
	readonly messages: readonly (Message | PartialMessage)[];
}

/** `guildRoleDelete`: the role's id, and the role as the cache held it. */
export interface RoleDelete {
	readonly id: Snowflake<'Role'>;
	readonly guild: Guild;
	readonly role: Role | undefined;
}

/** `guildMembersChunk`: one chunk of members asked for with Request Guild Members (op 8). */
export interface GuildMembersChunk {
	readonly guild: Guild;
	readonly members: readonly MemberWithUser[];
	readonly chunkIndex: number;
	readonly chunkCount: number;
	/** Ids asked for that are not members. */
	readonly notFound: readonly Snowflake<'User'>[];
	readonly nonce: string | undefined;
}

/** `channelPinsUpdate`: a message was pinned or unpinned. */
export interface ChannelPinsUpdate {
	readonly channel: Channel;
	readonly guild: Guild | undefined;
	/** When the latest pin was pinned, or null when none is left. */
	readonly lastPinAt: Date | null;
}

/** `threadListSync`: the active threads of some channels, when the bot gains access to them. */
export interface ThreadListSync {
	readonly guild: Guild;
	/** The parent channels synced; undefined: the whole guild. */
	readonly channelIds: readonly Snowflake<'Channel'>[] | undefined;
	readonly threads: readonly Channel[];
	/** The bot's memberships in them. */
	readonly members: readonly APIThreadMember[];
}

/** `threadMembersUpdate`: members joined or left a thread. */
export interface ThreadMembersUpdate {
	readonly thread: Channel;
	readonly guild: Guild;
	readonly memberCount: number;
	/** Who joined (as guild members when Discord sends them, with GuildMembers). */
	readonly addedMembers: readonly Member[];
	readonly removedMemberIds: readonly Snowflake<'User'>[];
}

/** `threadMemberUpdate`: the bot's own membership of a thread changed. */
export interface ThreadMemberUpdate {
	readonly thread: Channel;
	readonly member: APIThreadMember;
}

/** `guildEmojisUpdate`: the guild's whole new list of emojis. */
export interface GuildEmojisUpdate {
	readonly guild: Guild;
	readonly emojis: readonly Emoji[];
}

/** `guildStickersUpdate`: the guild's whole new list of stickers. */
export interface GuildStickersUpdate {
	readonly guild: Guild;
	readonly stickers: readonly Sticker[];
}

/** `guildScheduledEventUserAdd` / `…Remove`: a user became (or stopped being) interested in an event. */
export interface ScheduledEventUserChange {
	readonly guild: Guild;
	readonly eventId: Snowflake<'ScheduledEvent'>;
	/** The event, when cached. */
	readonly event: ScheduledEvent | undefined;
	readonly user: User;
}

/** `webhooksUpdate`: a channel's webhooks changed (fetch them to see how). */
export interface WebhooksUpdate {
	readonly channel: Channel;
	readonly guild: Guild;
}

/** `typingStart`: someone started typing. */
export interface TypingStart {
	readonly channel: Channel;
	readonly guild: Guild | undefined;
	readonly user: User;
	/** In guilds, from the event. */
	readonly member: Member | undefined;
	readonly startedAt: Date;
}

/** `messagePollVoteAdd` / `…Remove`: a vote on a poll. */
export interface PollVote {
	readonly message: Message | PartialMessage;
	readonly user: User;
	readonly answerId: number;
	readonly guild: Guild | undefined;
}
