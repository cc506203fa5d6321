import type { APIGuildMember, APIMessage, APIUser } from 'discord-api-types/v10';
import type { InteractionInput } from './control/buildInteraction.js';
import type { GatewayFault } from './gateway/index.js';
import type { RequestLogEntry } from './http/RestPipeline.js';
import type { LatencyFault, ServerErrorFault } from './http/RestFaults.js';
import type { Router } from './http/Router.js';
import type { InteractionStore } from './interactions/InteractionStore.js';
import type { World } from './world/World.js';
import type { VoiceServerInfo } from './voice/MockVoice.js';
import type { VoiceConnectionReport, VoiceFrameReport } from './voice/voiceControlRoutes.js';

/** What `GET /_mock/state` returns. */
export interface MockState {
	readonly application_id: string;
	readonly bot: { readonly id: string; readonly username: string };
	readonly guilds: readonly {
		id: string;
		name: string;
		channels: { id: string; name: string | null; type: number }[];
		roles: { id: string; name: string }[];
	}[];
	readonly users: readonly { id: string; username: string; bot: boolean }[];
}

/** What `GET /_mock/interactions/{id}` returns. */
export interface InteractionReport {
	readonly id: string;
	readonly type: number;
	readonly responses: readonly { type: number; data?: unknown }[];
	readonly original: APIMessage | null;
	readonly followups: readonly APIMessage[];
}

/** Any fault the control API accepts. */
export type MockFault =
	| GatewayFault
	| ServerErrorFault
	| LatencyFault
	| { readonly kind: 'rate_limit'; readonly route: string; readonly count: number; readonly scope?: 'user' | 'global' | 'shared' }
	/** A new VOICE_SERVER_UPDATE (new token) for the bot's voice connection in the guild. */
	| { readonly kind: 'voice_server_change'; readonly guild_id: string }
	/** Closes the bot's voice WebSocket in the guild with `code` (default 4015: the client resumes). */
	| { readonly kind: 'voice_disconnect'; readonly guild_id: string; readonly code?: number };

/** A message a user sends through the control API. */
export interface UserMessageInput {
	readonly author_id: string;
	readonly channel_id: string;
	readonly content?: string;
	readonly embeds?: readonly unknown[];
	/** Marks the message as spam for the guild's SPAM auto-moderation rule (Discord's classifier decides that). */
	readonly spam?: boolean;
	readonly [key: string]: unknown;
}

/**
 * The control API as methods, for tests in the same process. Each method runs the same
 * handler as its `/_mock` route, so both behave alike; errors throw a RestError.
 */
export class MockControl {
	readonly #parts: { readonly world: World; readonly interactions: InteractionStore; readonly router: Router };

	public constructor(parts: { readonly world: World; readonly interactions: InteractionStore; readonly router: Router }) {
		this.#parts = parts;
	}

	/** `GET /_mock/state`. */
	public state(): Promise<MockState> {
		return this.#call('GET', '/state') as Promise<MockState>;
	}

	/**
	 * `POST /_mock/messages`: a user sends a message; dispatched as MESSAGE_CREATE. The guild's
	 * auto-moderation rules run first: a blocked message throws a RestError with code 200000.
	 */
	public sendMessage(input: UserMessageInput): Promise<APIMessage> {
		return this.#call('POST', '/messages', input) as Promise<APIMessage>;
	}

	/** `POST /_mock/interactions`: a user runs a command, clicks, submits or types; dispatched as INTERACTION_CREATE. */
	public interact(input: InteractionInput): Promise<{ id: string; token: string }> {
		return this.#call('POST', '/interactions', input) as Promise<{ id: string; token: string }>;
	}

	/** `GET /_mock/interactions/{id}`: how the bot answered. */
	public interaction(id: string): Promise<InteractionReport> {
		return this.#call('GET', `/interactions/${id}`) as Promise<InteractionReport>;
	}

	/** `GET /_mock/channels/{id}/messages`: every visible message, newest first. */
	public messages(channelId: string): Promise<APIMessage[]> {
		return this.#call('GET', `/channels/${channelId}/messages`) as Promise<APIMessage[]>;
	}

	/** `GET /_mock/requests`: the REST log, without Authorization headers. */
	public requests(): Promise<RequestLogEntry[]> {
		return this.#call('GET', '/requests') as Promise<RequestLogEntry[]>;
	}

	/** `POST /_mock/users`: a new user, in no guild yet. */
	public addUser(input: { readonly username: string; readonly global_name?: string; readonly bot?: boolean }): Promise<APIUser> {
		return this.#call('POST', '/users', input) as Promise<APIUser>;
	}

	/** `POST /_mock/members`: a user joins a guild; dispatched as GUILD_MEMBER_ADD. */
	public addMember(input: {
		readonly guild_id: string;
		readonly user_id: string;
		readonly roles?: readonly string[];
		readonly nick?: string;
		/** ISO time; default now. An old one makes the member a prune candidate. */
		readonly joined_at?: string;
	}): Promise<APIGuildMember> {
		return this.#call('POST', '/members', input) as Promise<APIGuildMember>;
	}

	/** `POST /_mock/reactions`: a user reacts to a message; dispatched as MESSAGE_REACTION_ADD. */
	public async react(input: {
		readonly user_id: string;
		readonly channel_id: string;
		readonly message_id: string;
		readonly emoji: string;
	}): Promise<void> {
		await this.#call('POST', '/reactions', input);
	}

	/** `POST /_mock/emojis`: a member uploads a custom emoji; GUILD_EMOJIS_UPDATE. */
	public addEmoji(input: {
		readonly guild_id: string;
		readonly name: string;
		readonly animated?: boolean;
		readonly user_id?: string;
	}): Promise<Record<string, unknown>> {
		return this.#call('POST', '/emojis', input) as Promise<Record<string, unknown>>;
	}

	/** `POST /_mock/stickers`: a member uploads a sticker; GUILD_STICKERS_UPDATE. */
	public addSticker(input: {
		readonly guild_id: string;
		readonly name: string;
		readonly description?: string;
		readonly tags?: string;
	}): Promise<Record<string, unknown>> {
		return this.#call('POST', '/stickers', input) as Promise<Record<string, unknown>>;
	}

	/** `POST /_mock/scheduled-events`: a member schedules an event (the REST body, plus `guild_id`); GUILD_SCHEDULED_EVENT_CREATE. */
	public addScheduledEvent(input: {
		readonly guild_id: string;
		readonly name: string;
		readonly scheduled_start_time: string;
		readonly entity_type: number;
		readonly [key: string]: unknown;
	}): Promise<Record<string, unknown>> {
		return this.#call('POST', '/scheduled-events', input) as Promise<Record<string, unknown>>;
	}

	/** `PUT`/`DELETE /_mock/scheduled-events/{id}/users`: a user marks interest or withdraws it; GUILD_SCHEDULED_EVENT_USER_ADD/REMOVE. */
	public async setEventInterest(input: {
		readonly guild_id: string;
		readonly event_id: string;
		readonly user_id: string;
		readonly interested: boolean;
	}): Promise<void> {
		await this.#call(input.interested ? 'PUT' : 'DELETE', `/scheduled-events/${input.event_id}/users`, input);
	}

	/** `POST /_mock/polls/votes`: a user votes on a poll (an empty list withdraws); MESSAGE_POLL_VOTE_ADD/REMOVE. */
	public async vote(input: {
		readonly user_id: string;
		readonly channel_id: string;
		readonly message_id: string;
		readonly answer_ids: readonly number[];
	}): Promise<void> {
		await this.#call('POST', '/polls/votes', input);
	}

	/** `GET /_mock/voice`: the voice server's endpoint, UDP address, modes and certificate (starting it if needed). */
	public voiceServer(): Promise<VoiceServerInfo> {
		return this.#call('GET', '/voice') as Promise<VoiceServerInfo>;
	}

	/** `GET /_mock/voice/connections`: every voice connection, with what it sent (frame count, speaking, heartbeats). */
	public voiceConnections(): Promise<VoiceConnectionReport[]> {
		return this.#call('GET', '/voice/connections') as Promise<VoiceConnectionReport[]>;
	}

	/** `GET /_mock/voice/connections/{id}/frames`: the Opus frames a connection sent, in arrival order. */
	public voiceFrames(connectionId: string): Promise<VoiceFrameReport[]> {
		return this.#call('GET', `/voice/connections/${connectionId}/frames`) as Promise<VoiceFrameReport[]>;
	}

	/** `POST /_mock/voice/states`: a member joins (`channel_id`), moves, or leaves (`null`) voice; dispatched as VOICE_STATE_UPDATE. */
	public async setVoiceChannel(input: {
		readonly guild_id: string;
		readonly user_id: string;
		readonly channel_id: string | null;
		readonly self_mute?: boolean;
		readonly self_deaf?: boolean;
	}): Promise<void> {
		await this.#call('POST', '/voice/states', input);
	}

	/** `POST /_mock/voice/play`: plays Opus frames (base64) to the bot as a member of its channel, one per `interval_ms` (20). */
	public playVoice(input: {
		readonly guild_id: string;
		readonly user_id: string;
		readonly frames: readonly string[];
		readonly interval_ms?: number;
	}): Promise<{ sent: number }> {
		return this.#call('POST', '/voice/play', input) as Promise<{ sent: number }>;
	}

	/** `POST /_mock/entitlements`: a user (or guild) buys an SKU; ENTITLEMENT_CREATE. */
	public purchase(input: {
		readonly sku_id: string;
		readonly user_id?: string;
		readonly guild_id?: string;
	}): Promise<Record<string, unknown>> {
		return this.#call('POST', '/entitlements', input) as Promise<Record<string, unknown>>;
	}

	/** `POST /_mock/subscriptions`: a user subscribes to an SKU; SUBSCRIPTION_CREATE and ENTITLEMENT_CREATE. */
	public subscribe(input: { readonly sku_id: string; readonly user_id: string }): Promise<Record<string, unknown>> {
		return this.#call('POST', '/subscriptions', input) as Promise<Record<string, unknown>>;
	}

	/** `POST /_mock/oauth2/tokens`: an OAuth2 access token for a user and scopes, for Bearer-only routes and `guilds.join`. */
	public oauthToken(input: {
		readonly user_id: string;
		readonly scopes: readonly string[];
	}): Promise<{ access_token: string; token_type: 'Bearer'; scope: string }> {
		return this.#call('POST', '/oauth2/tokens', input) as Promise<{ access_token: string; token_type: 'Bearer'; scope: string }>;
	}

	/** `POST /_mock/join-requests`: a user applies to join a guild (membership screening). */
	public addJoinRequest(input: { readonly guild_id: string; readonly user_id: string }): Promise<Record<string, unknown>> {
		return this.#call('POST', '/join-requests', input) as Promise<Record<string, unknown>>;
	}

	/** `POST /_mock/faults`. */
	public async fault(fault: MockFault): Promise<void> {
		await this.#call('POST', '/faults', fault);
	}

	async #call(method: string, path: string, body?: unknown): Promise<unknown> {
		const match = this.#parts.router.match(method, path);
		if (match === undefined || match === 'method') throw new TypeError(`No control route ${method} ${path}`);
		const result = await match.route.handler({
			world: this.#parts.world,
			interactions: this.#parts.interactions,
			params: match.params,
			query: new URLSearchParams(),
			body: body === undefined ? undefined : JSON.parse(JSON.stringify(body)),
			files: [],
			headers: {},
			gatewayUrl: '',
		});
		return result.body;
	}
}
