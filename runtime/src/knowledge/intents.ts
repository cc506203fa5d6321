/**
 * Gateway intents as data: the bit of each intent, whether it is privileged, and which
 * dispatch events it enables in guilds and in DMs. Sourced from Discord's list of intents.
 * @see https://discord.com/developers/docs/events/gateway#list-of-intents
 */

const intentsDoc = 'https://discord.com/developers/docs/events/gateway#list-of-intents';
const privilegedDoc = 'https://discord.com/developers/docs/events/gateway#privileged-intents';

/** One gateway intent. */
export interface IntentInfo {
	/** The intent's bit in IDENTIFY's `intents`. */
	readonly bit: number;
	/** Privileged intents must be enabled for the application in the developer portal. */
	readonly privileged: boolean;
	/** The doc that states it. */
	readonly doc: string;
	/** What the intent gives. */
	readonly description: string;
}

/** Every gateway intent Discord documents. */
export const GatewayIntents = {
	Guilds: { bit: 1 << 0, privileged: false, doc: intentsDoc, description: 'Guilds, roles, channels, threads and stage instances.' },
	GuildMembers: { bit: 1 << 1, privileged: true, doc: privilegedDoc, description: 'Member joins, updates and leaves; full member lists.' },
	GuildModeration: { bit: 1 << 2, privileged: false, doc: intentsDoc, description: 'Bans and audit log entries.' },
	GuildExpressions: { bit: 1 << 3, privileged: false, doc: intentsDoc, description: 'Emojis, stickers and soundboard sounds.' },
	GuildIntegrations: { bit: 1 << 4, privileged: false, doc: intentsDoc, description: 'Integrations.' },
	GuildWebhooks: { bit: 1 << 5, privileged: false, doc: intentsDoc, description: 'Webhook updates.' },
	GuildInvites: { bit: 1 << 6, privileged: false, doc: intentsDoc, description: 'Invite creation and deletion.' },
	GuildVoiceStates: { bit: 1 << 7, privileged: false, doc: intentsDoc, description: 'Voice states and channel effects.' },
	GuildPresences: { bit: 1 << 8, privileged: true, doc: privilegedDoc, description: 'Presence updates and presences in GUILD_CREATE.' },
	GuildMessages: { bit: 1 << 9, privileged: false, doc: intentsDoc, description: 'Messages in guild channels.' },
	GuildMessageReactions: { bit: 1 << 10, privileged: false, doc: intentsDoc, description: 'Reactions in guild channels.' },
	GuildMessageTyping: { bit: 1 << 11, privileged: false, doc: intentsDoc, description: 'Typing in guild channels.' },
	DirectMessages: { bit: 1 << 12, privileged: false, doc: intentsDoc, description: 'Messages in DMs.' },
	DirectMessageReactions: { bit: 1 << 13, privileged: false, doc: intentsDoc, description: 'Reactions in DMs.' },
	DirectMessageTyping: { bit: 1 << 14, privileged: false, doc: intentsDoc, description: 'Typing in DMs.' },
	MessageContent: {
		bit: 1 << 15,
		privileged: true,
		doc: 'https://discord.com/developers/docs/events/gateway#message-content-intent',
		description: 'Content, embeds, attachments, components and polls of messages not sent by or mentioning the bot.',
	},
	GuildScheduledEvents: { bit: 1 << 16, privileged: false, doc: intentsDoc, description: 'Scheduled events and their users.' },
	AutoModerationConfiguration: { bit: 1 << 20, privileged: false, doc: intentsDoc, description: 'Auto-moderation rules.' },
	AutoModerationExecution: { bit: 1 << 21, privileged: false, doc: intentsDoc, description: 'Auto-moderation actions.' },
	GuildMessagePolls: { bit: 1 << 24, privileged: false, doc: intentsDoc, description: 'Poll votes in guilds.' },
	DirectMessagePolls: { bit: 1 << 25, privileged: false, doc: intentsDoc, description: 'Poll votes in DMs.' },
} as const satisfies Record<string, IntentInfo>;

/** The name of a gateway intent. */
export type GatewayIntentName = keyof typeof GatewayIntents;

const intentNames = Object.keys(GatewayIntents) as GatewayIntentName[];

/** Every intent bit Discord knows; a bit outside this mask makes IDENTIFY fail with 4013. */
export const ALL_INTENTS: number = intentNames.reduce((mask, name) => mask | GatewayIntents[name].bit, 0);

/**
 * What a developer must do beyond setting a privileged intent's bit, as editor tools show it.
 * @see https://discord.com/developers/docs/events/gateway#privileged-intents
 */
export const PrivilegedIntentNote = {
	text: "Privileged: enable it for the application in the Discord developer portal (Bot → Privileged Gateway Intents) as well; bots in 100 or more servers need Discord's approval.",
	doc: privilegedDoc,
} as const satisfies { readonly text: string; readonly doc: string };

/** The privileged intents' bits (GuildMembers, GuildPresences, MessageContent). */
export const PRIVILEGED_INTENTS: number = intentNames.reduce(
	(mask, name) => (GatewayIntents[name].privileged ? mask | GatewayIntents[name].bit : mask),
	0,
);

/** Which intents enable a dispatch event, in a guild and in a DM. Any one of them suffices. */
export interface EventIntentInfo {
	/** Intents that enable it for guild events; empty means it is always sent. */
	readonly guild: readonly GatewayIntentName[];
	/** Intents that enable it in DMs; empty means it is always sent. */
	readonly dm: readonly GatewayIntentName[];
}

// Guild-only events never happen in DMs; the same list keeps the lookup total.
// Literal tuples, so the client's types can read which event needs which intent from this table.
const guildOnly = <const N extends readonly GatewayIntentName[]>(...names: N): { readonly guild: N; readonly dm: N } => ({
	guild: names,
	dm: names,
});
const split = <const G extends readonly GatewayIntentName[], const D extends readonly GatewayIntentName[]>(
	guild: G,
	dm: D,
): { readonly guild: G; readonly dm: D } => ({ guild, dm });
// Events that belong to no intent: sent to every session.
const free = { guild: [], dm: [] } as const satisfies EventIntentInfo;

/**
 * Dispatch event → the intents that enable it. Events with empty lists (READY, RESUMED,
 * INTERACTION_CREATE, USER_UPDATE, …) belong to no intent and are always sent; so is an
 * event not listed at all (see {@link intentsForEvent}).
 * THREAD_MEMBERS_UPDATE is listed under both GUILDS and GUILD_MEMBERS in the docs: GUILDS
 * enables it, GUILD_MEMBERS only widens what it carries.
 */
export const EventIntents = {
	READY: free,
	RESUMED: free,
	APPLICATION_COMMAND_PERMISSIONS_UPDATE: free,
	ENTITLEMENT_CREATE: free,
	ENTITLEMENT_UPDATE: free,
	ENTITLEMENT_DELETE: free,
	GUILD_MEMBERS_CHUNK: free,
	INTERACTION_CREATE: free,
	SUBSCRIPTION_CREATE: free,
	SUBSCRIPTION_UPDATE: free,
	SUBSCRIPTION_DELETE: free,
	USER_UPDATE: free,
	VOICE_SERVER_UPDATE: free,
	GUILD_CREATE: guildOnly('Guilds'),
	GUILD_UPDATE: guildOnly('Guilds'),
	GUILD_DELETE: guildOnly('Guilds'),
	GUILD_ROLE_CREATE: guildOnly('Guilds'),
	GUILD_ROLE_UPDATE: guildOnly('Guilds'),
	GUILD_ROLE_DELETE: guildOnly('Guilds'),
	CHANNEL_CREATE: guildOnly('Guilds'),
	CHANNEL_UPDATE: guildOnly('Guilds'),
	CHANNEL_DELETE: guildOnly('Guilds'),
	CHANNEL_PINS_UPDATE: split(['Guilds'], ['DirectMessages']),
	THREAD_CREATE: guildOnly('Guilds'),
	THREAD_UPDATE: guildOnly('Guilds'),
	THREAD_DELETE: guildOnly('Guilds'),
	THREAD_LIST_SYNC: guildOnly('Guilds'),
	THREAD_MEMBER_UPDATE: guildOnly('Guilds'),
	THREAD_MEMBERS_UPDATE: guildOnly('Guilds'),
	STAGE_INSTANCE_CREATE: guildOnly('Guilds'),
	STAGE_INSTANCE_UPDATE: guildOnly('Guilds'),
	STAGE_INSTANCE_DELETE: guildOnly('Guilds'),
	GUILD_MEMBER_ADD: guildOnly('GuildMembers'),
	GUILD_MEMBER_UPDATE: guildOnly('GuildMembers'),
	GUILD_MEMBER_REMOVE: guildOnly('GuildMembers'),
	GUILD_AUDIT_LOG_ENTRY_CREATE: guildOnly('GuildModeration'),
	GUILD_BAN_ADD: guildOnly('GuildModeration'),
	GUILD_BAN_REMOVE: guildOnly('GuildModeration'),
	GUILD_EMOJIS_UPDATE: guildOnly('GuildExpressions'),
	GUILD_STICKERS_UPDATE: guildOnly('GuildExpressions'),
	GUILD_SOUNDBOARD_SOUND_CREATE: guildOnly('GuildExpressions'),
	GUILD_SOUNDBOARD_SOUND_UPDATE: guildOnly('GuildExpressions'),
	GUILD_SOUNDBOARD_SOUND_DELETE: guildOnly('GuildExpressions'),
	GUILD_SOUNDBOARD_SOUNDS_UPDATE: guildOnly('GuildExpressions'),
	GUILD_INTEGRATIONS_UPDATE: guildOnly('GuildIntegrations'),
	INTEGRATION_CREATE: guildOnly('GuildIntegrations'),
	INTEGRATION_UPDATE: guildOnly('GuildIntegrations'),
	INTEGRATION_DELETE: guildOnly('GuildIntegrations'),
	WEBHOOKS_UPDATE: guildOnly('GuildWebhooks'),
	INVITE_CREATE: guildOnly('GuildInvites'),
	INVITE_DELETE: guildOnly('GuildInvites'),
	VOICE_CHANNEL_EFFECT_SEND: guildOnly('GuildVoiceStates'),
	VOICE_STATE_UPDATE: guildOnly('GuildVoiceStates'),
	PRESENCE_UPDATE: guildOnly('GuildPresences'),
	MESSAGE_CREATE: split(['GuildMessages'], ['DirectMessages']),
	MESSAGE_UPDATE: split(['GuildMessages'], ['DirectMessages']),
	MESSAGE_DELETE: split(['GuildMessages'], ['DirectMessages']),
	MESSAGE_DELETE_BULK: guildOnly('GuildMessages'),
	MESSAGE_REACTION_ADD: split(['GuildMessageReactions'], ['DirectMessageReactions']),
	MESSAGE_REACTION_REMOVE: split(['GuildMessageReactions'], ['DirectMessageReactions']),
	MESSAGE_REACTION_REMOVE_ALL: split(['GuildMessageReactions'], ['DirectMessageReactions']),
	MESSAGE_REACTION_REMOVE_EMOJI: split(['GuildMessageReactions'], ['DirectMessageReactions']),
	TYPING_START: split(['GuildMessageTyping'], ['DirectMessageTyping']),
	GUILD_SCHEDULED_EVENT_CREATE: guildOnly('GuildScheduledEvents'),
	GUILD_SCHEDULED_EVENT_UPDATE: guildOnly('GuildScheduledEvents'),
	GUILD_SCHEDULED_EVENT_DELETE: guildOnly('GuildScheduledEvents'),
	GUILD_SCHEDULED_EVENT_USER_ADD: guildOnly('GuildScheduledEvents'),
	GUILD_SCHEDULED_EVENT_USER_REMOVE: guildOnly('GuildScheduledEvents'),
	AUTO_MODERATION_RULE_CREATE: guildOnly('AutoModerationConfiguration'),
	AUTO_MODERATION_RULE_UPDATE: guildOnly('AutoModerationConfiguration'),
	AUTO_MODERATION_RULE_DELETE: guildOnly('AutoModerationConfiguration'),
	AUTO_MODERATION_ACTION_EXECUTION: guildOnly('AutoModerationExecution'),
	MESSAGE_POLL_VOTE_ADD: split(['GuildMessagePolls'], ['DirectMessagePolls']),
	MESSAGE_POLL_VOTE_REMOVE: split(['GuildMessagePolls'], ['DirectMessagePolls']),
} as const satisfies Record<string, EventIntentInfo>;

/** The dispatch events that belong to no intent and are always sent (READY, INTERACTION_CREATE, …). */
export const INTENT_FREE_EVENTS: readonly string[] = Object.entries(EventIntents as Record<string, EventIntentInfo>)
	.filter(([, info]) => info.guild.length === 0 && info.dm.length === 0)
	.map(([event]) => event);

/**
 * The intents that enable `event` in a guild or a DM. Empty means the event belongs to no
 * intent and is always sent.
 */
export function intentsForEvent(event: string, where: 'guild' | 'dm'): readonly GatewayIntentName[] {
	const info: EventIntentInfo | undefined = (EventIntents as Record<string, EventIntentInfo>)[event];
	return info === undefined ? [] : info[where];
}

/** The bitfield of the named intents. */
export function intentBits(names: Iterable<GatewayIntentName>): number {
	let mask = 0;
	for (const name of names) mask |= GatewayIntents[name].bit;
	return mask;
}

/** Whether a session with `intents` receives `event` in a guild or a DM. */
export function eventAllowed(event: string, where: 'guild' | 'dm', intents: number): boolean {
	const needed = intentsForEvent(event, where);
	return needed.length === 0 || needed.some((name) => (intents & GatewayIntents[name].bit) !== 0);
}
