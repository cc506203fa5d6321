import type { REST } from '../rest/REST.js';
import { ApplicationCommandsAPI } from './ApplicationCommandsAPI.js';
import { ChannelsAPI } from './ChannelsAPI.js';
import { GuildsAPI } from './GuildsAPI.js';
import { InteractionsAPI } from './InteractionsAPI.js';
import { UsersAPI } from './UsersAPI.js';
import { WebhooksAPI } from './WebhooksAPI.js';

/**
 * Discord's REST API as named methods over a {@link REST} client, typed with discord-api-types.
 * Every method takes ids as strings and an optional last `options` (`reason`, `signal`, `files`, …)
 * passed through to the client, so rate limits, retries and errors are the client's.
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
	/** Channels, messages, reactions, threads, pins. */
	readonly channels: ChannelsAPI;
	/** Guilds, roles, members, bans. */
	readonly guilds: GuildsAPI;
	/** Interaction callbacks, the original response and follow-ups. */
	readonly interactions: InteractionsAPI;
	/** Global and guild application commands. */
	readonly applicationCommands: ApplicationCommandsAPI;
	/** The bot user, other users, DMs. */
	readonly users: UsersAPI;
	/** Webhooks by id and token. */
	readonly webhooks: WebhooksAPI;

	constructor(rest: REST) {
		this.rest = rest;
		this.channels = new ChannelsAPI(rest);
		this.guilds = new GuildsAPI(rest);
		this.interactions = new InteractionsAPI(rest);
		this.applicationCommands = new ApplicationCommandsAPI(rest);
		this.users = new UsersAPI(rest);
		this.webhooks = new WebhooksAPI(rest);
	}
}
