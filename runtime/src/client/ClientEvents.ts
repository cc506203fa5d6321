import type { GatewayDispatchPayload, GatewayReadyDispatchData } from 'discord-api-types/v10';
import type { ShardRawPacket, ShardStatus, ShardWarning } from '../gateway/index.js';
import type { GatewayIntentName } from '../knowledge/index.js';
import type { ContentOf, ReceivesDispatch } from './ClientIntents.js';
import type {
	ChannelPinsUpdate,
	GuildEmojisUpdate,
	GuildMembersChunk,
	GuildStickersUpdate,
	MessageDeleteBulk,
	PollVote,
	RoleDelete,
	ScheduledEventUserChange,
	ThreadListSync,
	ThreadMembersUpdate,
	ThreadMemberUpdate,
	TypingStart,
	WebhooksUpdate,
} from './ClientEventData.js';
import type { AuditLogEntry } from './views/AuditLog.js';
import type { AutoModerationActionExecution } from './views/AutoModerationActionExecution.js';
import type { AutoModerationRule } from './views/AutoModerationRule.js';
import type { Ban } from './views/Ban.js';
import type { Channel } from './views/Channel.js';
import type { Guild } from './views/Guild.js';
import type { Interaction } from './views/Interaction.js';
import type { Invite } from './views/Invite.js';
import type { MemberWithUser } from './views/Member.js';
import type { Message } from './views/Message.js';
import type { MessageReaction } from './views/MessageReaction.js';
import type { PartialMessage } from './views/PartialMessage.js';
import type { Presence } from './views/Presence.js';
import type { Role } from './views/Role.js';
import type { ScheduledEvent } from './views/ScheduledEvent.js';
import type { StageInstance } from './views/StageInstance.js';
import type { User } from './views/User.js';
import type { VoiceState } from './views/VoiceState.js';

/** `MESSAGE_REACTION_ADD` → `messageReactionAdd`. */
export type CamelCaseEvent<S extends string> = S extends `${infer Head}_${infer Rest}`
	? `${Lowercase<Head>}${Capitalize<CamelCaseEvent<Rest>>}`
	: Lowercase<S>;

/** READY and RESUMED arrive as `shardReady` / `shardResumed`; `ready` means all shards. */
type LifecycleDispatch = 'READY' | 'RESUMED';

/** Every dispatch name (`'MESSAGE_CREATE'`, …) from discord-api-types, except READY and RESUMED. */
export type DispatchName = Exclude<`${GatewayDispatchPayload['t']}`, LifecycleDispatch>;

/** The client event name of every dispatch: `messageCreate`, `guildMemberAdd`, … */
export type DispatchEventName = CamelCaseEvent<DispatchName>;

/** Client event name → the dispatch it comes from. */
export type DispatchOfEvent = {
	[P in GatewayDispatchPayload as `${P['t']}` extends LifecycleDispatch ? never : CamelCaseEvent<`${P['t']}`>]: `${P['t']}`;
};

/** Each dispatch's data as discord-api-types types it, by client event name. */
export type DispatchDataMap = {
	[P in GatewayDispatchPayload as `${P['t']}` extends LifecycleDispatch ? never : CamelCaseEvent<`${P['t']}`>]: P['d'];
};

/** A reaction event: the reaction, its message and emoji, and who reacted (`userId`, `user`; `member` in guilds). */
export type ReactionEvent = MessageReaction & { readonly userId: string; readonly user: User };

/**
 * Dispatches that arrive as structures instead of raw data: every one that carries an entity.
 * Deletes carry the entity as the cache held it just before (a `PartialMessage` when it did not).
 */
export interface ViewEvents<N extends GatewayIntentName> {
	messageCreate: Message<ContentOf<N>>;
	messageUpdate: Message<ContentOf<N>>;
	messageDelete: Message<ContentOf<N>> | PartialMessage<ContentOf<N>>;
	messageDeleteBulk: MessageDeleteBulk;
	messageReactionAdd: ReactionEvent;
	messageReactionRemove: ReactionEvent;
	messageReactionRemoveAll: Message<ContentOf<N>> | PartialMessage<ContentOf<N>>;
	messageReactionRemoveEmoji: MessageReaction;
	messagePollVoteAdd: PollVote;
	messagePollVoteRemove: PollVote;
	interactionCreate: Interaction;
	guildCreate: Guild;
	guildUpdate: Guild;
	guildDelete: Guild;
	guildMemberAdd: MemberWithUser;
	guildMemberUpdate: MemberWithUser;
	guildMemberRemove: MemberWithUser;
	guildMembersChunk: GuildMembersChunk;
	guildRoleCreate: Role;
	guildRoleUpdate: Role;
	guildRoleDelete: RoleDelete;
	guildBanAdd: Ban;
	guildBanRemove: Ban;
	guildEmojisUpdate: GuildEmojisUpdate;
	guildStickersUpdate: GuildStickersUpdate;
	guildScheduledEventCreate: ScheduledEvent;
	guildScheduledEventUpdate: ScheduledEvent;
	guildScheduledEventDelete: ScheduledEvent;
	guildScheduledEventUserAdd: ScheduledEventUserChange;
	guildScheduledEventUserRemove: ScheduledEventUserChange;
	guildAuditLogEntryCreate: AuditLogEntry;
	channelCreate: Channel;
	channelUpdate: Channel;
	channelDelete: Channel;
	channelPinsUpdate: ChannelPinsUpdate;
	threadCreate: Channel;
	threadUpdate: Channel;
	threadDelete: Channel;
	threadListSync: ThreadListSync;
	threadMembersUpdate: ThreadMembersUpdate;
	threadMemberUpdate: ThreadMemberUpdate;
	stageInstanceCreate: StageInstance;
	stageInstanceUpdate: StageInstance;
	stageInstanceDelete: StageInstance;
	autoModerationRuleCreate: AutoModerationRule;
	autoModerationRuleUpdate: AutoModerationRule;
	autoModerationRuleDelete: AutoModerationRule;
	autoModerationActionExecution: AutoModerationActionExecution;
	voiceStateUpdate: VoiceState;
	presenceUpdate: Presence;
	typingStart: TypingStart;
	inviteCreate: Invite;
	inviteDelete: Invite;
	webhooksUpdate: WebhooksUpdate;
	userUpdate: User;
}

/** The events every client has, whatever its intents. */
export interface LifecycleEventMap {
	/** Every shard is ready: after login, and again whenever all are back after any reconnect. */
	ready: [];
	/** One shard started a new session (READY). */
	shardReady: [shardId: number, data: GatewayReadyDispatchData];
	/** One shard resumed its session; missed events were delivered before this. */
	shardResumed: [shardId: number];
	/** A shard changed status. */
	shardStatus: [shardId: number, status: ShardStatus, previous: ShardStatus];
	/** Every gateway packet in and out (token redacted), for the inspector. */
	raw: [packet: ShardRawPacket, shardId: number];
	debug: [message: string, shardId?: number];
	/** Something the client or a shard handled by itself (zombie, sequence gap, …). */
	warn: [warning: ShardWarning | ClientWarning, shardId?: number];
	/** A listener threw or rejected, the cache failed on a payload, or a shard closed fatally. */
	error: [error: Error, shardId?: number];
}

/** A warning from the client itself: an error (a listener's, the cache's) with no `error` listener to take it. */
export type ClientWarning = { readonly kind: 'unhandledError'; readonly message: string };

/** Every event of a client with intents `N`: lifecycle events plus each dispatch, as `[data, shardId]`. */
export type ClientEventMap<N extends GatewayIntentName = GatewayIntentName> = LifecycleEventMap & {
	[E in DispatchEventName]: [
		data: E extends keyof ViewEvents<N> ? ViewEvents<N>[E] : DispatchDataMap[E & keyof DispatchDataMap],
		shardId: number,
	];
};

/**
 * The event names a client with intents `N` may listen to: lifecycle events and the
 * dispatches its intents receive (per `EventIntents` in `ovenjs/knowledge`). Listening to
 * `messageCreate` without GuildMessages or DirectMessages is a compile error.
 */
export type ClientEventName<N extends GatewayIntentName = GatewayIntentName> =
	| keyof LifecycleEventMap
	| {
			[E in DispatchEventName]: ReceivesDispatch<DispatchOfEvent[E & keyof DispatchOfEvent], N> extends true ? E : never;
	  }[DispatchEventName];

/** A listener for event `E`. It may be async; a rejection goes to `error`. */
export type ClientListener<N extends GatewayIntentName, E extends keyof ClientEventMap<N>> = (...args: ClientEventMap<N>[E]) => unknown;
