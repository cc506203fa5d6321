import type { REST } from '../rest/REST.js';
import { ApplicationCommandsAPI } from './ApplicationCommandsAPI.js';
import { ApplicationsAPI } from './ApplicationsAPI.js';
import { AuditLogsAPI } from './AuditLogsAPI.js';
import { AutoModerationAPI } from './AutoModerationAPI.js';
import { ChannelsAPI } from './ChannelsAPI.js';
import { EmojisAPI } from './EmojisAPI.js';
import { GatewayAPI } from './GatewayAPI.js';
import { GuildsAPI } from './GuildsAPI.js';
import { InteractionsAPI } from './InteractionsAPI.js';
import { InvitesAPI } from './InvitesAPI.js';
import { MonetizationAPI } from './MonetizationAPI.js';
import { PollsAPI } from './PollsAPI.js';
import { ScheduledEventsAPI } from './ScheduledEventsAPI.js';
import { SoundboardAPI } from './SoundboardAPI.js';
import { StageInstancesAPI } from './StageInstancesAPI.js';
import { StickersAPI } from './StickersAPI.js';
import { TemplatesAPI } from './TemplatesAPI.js';
import { ThreadsAPI } from './ThreadsAPI.js';
import { UsersAPI } from './UsersAPI.js';
import { VoiceAPI } from './VoiceAPI.js';
import { WebhooksAPI } from './WebhooksAPI.js';

/**
 * Discord's REST API as named methods over a {@link REST} client, one group per page of
 * Discord's docs, typed with discord-api-types. Every method takes ids as strings (a branded
 * `Snowflake` of the wrong kind is a compile error) and an optional last `options` (`reason`,
 * `signal`, `files`, …) passed through to the client, so rate limits, retries and errors are the
 * client's. Each method sends one operation of Discord's OpenAPI description; the README lists them.
 *
 * @example
 * ```ts
 * const api = new API(new REST({ token }));
 * await api.channels.createMessage(channelId, { content: 'hi' });
 * ```
 */
export class API {
	/** The client every call goes through. */
	readonly rest: REST;
	/** Channels, messages, reactions, pins, threads, invites, permission overwrites. */
	readonly channels: ChannelsAPI;
	/** Thread members: join, leave, add, remove, list. */
	readonly threads: ThreadsAPI;
	/** Guilds, their channels, members, roles, bans, prune, widget, welcome screen, onboarding. */
	readonly guilds: GuildsAPI;
	/** Interaction callbacks, the original response and follow-ups. */
	readonly interactions: InteractionsAPI;
	/** Global and guild application commands, and their permissions. */
	readonly applicationCommands: ApplicationCommandsAPI;
	/** The bot's application and its role connection metadata. */
	readonly applications: ApplicationsAPI;
	/** The bot user, other users, DMs, the bot's guilds. */
	readonly users: UsersAPI;
	/** Webhooks: create, manage, execute, their messages. */
	readonly webhooks: WebhooksAPI;
	/** Guild and application emojis. */
	readonly emojis: EmojisAPI;
	/** Stickers and sticker packs. */
	readonly stickers: StickersAPI;
	/** Invites by code. */
	readonly invites: InvitesAPI;
	/** A guild's audit log. */
	readonly auditLogs: AuditLogsAPI;
	/** Auto-moderation rules. */
	readonly autoModeration: AutoModerationAPI;
	/** Guild scheduled events and who is interested. */
	readonly scheduledEvents: ScheduledEventsAPI;
	/** Stage instances. */
	readonly stageInstances: StageInstancesAPI;
	/** Poll voters and ending a poll. */
	readonly polls: PollsAPI;
	/** Soundboard sounds. */
	readonly soundboard: SoundboardAPI;
	/** Voice regions and voice states. */
	readonly voice: VoiceAPI;
	/** Guild templates. */
	readonly templates: TemplatesAPI;
	/** SKUs, entitlements and subscriptions. */
	readonly monetization: MonetizationAPI;
	/** The gateway URL and session start limit. */
	readonly gateway: GatewayAPI;

	constructor(rest: REST) {
		this.rest = rest;
		this.channels = new ChannelsAPI(rest);
		this.threads = new ThreadsAPI(rest);
		this.guilds = new GuildsAPI(rest);
		this.interactions = new InteractionsAPI(rest);
		this.applicationCommands = new ApplicationCommandsAPI(rest);
		this.applications = new ApplicationsAPI(rest);
		this.users = new UsersAPI(rest);
		this.webhooks = new WebhooksAPI(rest);
		this.emojis = new EmojisAPI(rest);
		this.stickers = new StickersAPI(rest);
		this.invites = new InvitesAPI(rest);
		this.auditLogs = new AuditLogsAPI(rest);
		this.autoModeration = new AutoModerationAPI(rest);
		this.scheduledEvents = new ScheduledEventsAPI(rest);
		this.stageInstances = new StageInstancesAPI(rest);
		this.polls = new PollsAPI(rest);
		this.soundboard = new SoundboardAPI(rest);
		this.voice = new VoiceAPI(rest);
		this.templates = new TemplatesAPI(rest);
		this.monetization = new MonetizationAPI(rest);
		this.gateway = new GatewayAPI(rest);
	}
}
