import {
	type APIGatewayBotInfo,
	type APIUser,
	type GatewayDispatchPayload,
	GatewayOpcodes,
	type GatewayPresenceUpdateData,
} from 'discord-api-types/v10';
import { GatewayBotError, InProcessShardingStrategy, isGatewayBotInfo, type ShardingStrategy, type ShardStatus } from '../gateway/index.js';
import { type GatewayIntentName, GatewayIntents } from '../knowledge/index.js';
import { API } from '../api/index.js';
import { Inspector, inspectorFromEnv } from '../inspector/index.js';
import type { ClientCache } from '../cache/index.js';
import { RedisRateLimitStore, REST } from '../rest/index.js';
import { clusterAssignment, joinCluster } from '../cluster/joinCluster.js';
import { clusterIdentifyThrottler, clusterRedisUrl } from './_clusterDefaults.js';
import { _createClientCache } from './_createClientCache.js';
import { _dispatchArgument, _snapshot, type _Snapshot } from './_dispatchArgument.js';
import { _eventName } from './_eventName.js';
import { _printUnhandled } from './_printUnhandled.js';
import { _resolveClientOptions, type _ResolvedClientOptions } from './_resolveClientOptions.js';
import { _SafeEmitter } from './_SafeEmitter.js';
import { _createViewContext } from './_structures.js';
import { _registerContext, type _ViewContext } from './_viewContext.js';
import type { ClientEventMap, ClientEventName, ClientListener } from './ClientEvents.js';
import type { ClientOptions } from './ClientOptions.js';
import { OvenClientError } from './OvenClientError.js';
import type { Snowflake } from './Snowflake.js';
import { ClientChannels } from './views/ClientChannels.js';
import { ClientGuilds } from './views/ClientGuilds.js';
import type { ClientUser } from './views/ClientUser.js';
import { ClientUsers } from './views/ClientUsers.js';
import { _VoiceAdapters } from '../voice/_VoiceAdapters.js';

/** One shard as the client sees it. */
export interface ClientShardInfo {
	readonly id: number;
	readonly status: ShardStatus;
	/** Last heartbeat round trip in ms; undefined before the first ACK. */
	readonly latency: number | undefined;
}

/**
 * A Discord bot client: a REST client and API, shards, a cache and typed events. Make one
 * with {@link createClient}, which carries the intents in `N` so listening to an event the
 * intents do not enable is a compile error.
 */
export class Client<N extends GatewayIntentName = GatewayIntentName> {
	/** The REST client (rate limits, retries). */
	readonly rest: REST;
	/** Discord's endpoints as methods (`api.channels.createMessage`, …), over {@link rest}. */
	readonly api: API;
	/** The cache, fed every dispatch before listeners run; undefined with `cache: false`. */
	readonly cache: ClientCache | undefined;
	/** The intents bitfield sent in IDENTIFY. */
	readonly intents: number;
	/** The bot's guilds: `get(id)` and `list()` from the cache, `fetch(id)` from Discord. */
	readonly guilds: ClientGuilds;
	/** Every channel and thread: `get(id)` and `list()` from the cache, `fetch(id)` from Discord. */
	readonly channels: ClientChannels;
	/** Users: `get(id)` from the cache, `fetch(id)` from Discord, `send(id, message)` for a DM. */
	readonly users: ClientUsers;
	readonly #options: ClientOptions;
	readonly #resolved: _ResolvedClientOptions;
	readonly #ownsRest: boolean;
	readonly #ctx: _ViewContext;
	readonly #events: _SafeEmitter;
	readonly #voice: _VoiceAdapters;
	#strategy: ShardingStrategy | undefined;
	#rawAttached = false;
	#connecting: Promise<this> | undefined;
	#destroyed: Promise<void> | undefined;
	#user: APIUser | undefined;
	#applicationId: string | undefined;
	#shardCount: number | undefined;
	#readyAt: number | undefined;
	/** The presence set last with `client.user.setPresence()`, sent again to every new session. */
	#presence: GatewayPresenceUpdateData | undefined;
	#inspector: Inspector | undefined;
	/** What the client opened for a cluster (Redis connections, the cluster link), closed by destroy(). */
	readonly #closers: (() => unknown)[] = [];

	/** @param options Checked here; see {@link createClient}. */
	constructor(options: ClientOptions) {
		this.#resolved = _resolveClientOptions(options);
		this.#options = options;
		this.intents = this.#resolved.intents;
		this.#ownsRest = !(options.rest instanceof REST);
		// In a cluster that shares Redis, the rate limits are shared too unless the bot chose a store.
		const redis = clusterAssignment() === undefined ? undefined : clusterRedisUrl();
		const store =
			options.rest instanceof REST || options.rest?.store !== undefined || redis === undefined
				? undefined
				: new RedisRateLimitStore({ url: redis });
		if (store !== undefined) this.#closers.push(() => store.destroy());
		this.rest =
			options.rest instanceof REST
				? options.rest
				: new REST({ ...options.rest, ...(store === undefined ? {} : { store }), token: this.#resolved.token, api: this.#resolved.api });
		this.api = new API(this.rest);
		this.cache = _createClientCache(options.cache);
		this.#voice = new _VoiceAdapters({
			send: (shardId, payload) => {
				if (this.#strategy === undefined) throw new OvenClientError('CLIENT_NOT_CONNECTED', 'Log the client in before joining voice.');
				this.#strategy.send(shardId, payload);
			},
			userId: () => this.#user?.id,
		});
		this.#ctx = _createViewContext({
			api: this.api,
			cache: this.cache,
			messageContent: (this.intents & GatewayIntents.MessageContent.bit) !== 0,
			client: this as Client,
			setPresence: (presence) => this.#setPresence(presence),
			presence: () => this.#presence,
			voice: this.#voice,
		});
		_registerContext(this, this.#ctx);
		this.guilds = new ClientGuilds(this.#ctx);
		this.channels = new ClientChannels(this.#ctx);
		this.users = new ClientUsers(this.#ctx);
		this.#events = new _SafeEmitter(
			(event, error) => this.#listenerError(event, error),
			(event) => {
				if (event === 'raw') this.#attachRaw();
			},
		);
	}

	/** The bot user, from READY (kept current by USER_UPDATE); undefined before the first shard is ready. */
	get user(): ClientUser | undefined {
		const user = this.#user === undefined ? undefined : (this.cache?.users.get(this.#user.id) ?? this.#user);
		return user === undefined ? undefined : this.#ctx.make.clientUser(user as APIUser);
	}

	/** When every shard was first ready (`ready`), or undefined before. */
	get readyAt(): Date | undefined {
		return this.#readyAt === undefined ? undefined : new Date(this.#readyAt);
	}

	/** Milliseconds since {@link readyAt}, or undefined before `ready`. */
	get uptime(): number | undefined {
		return this.#readyAt === undefined ? undefined : Date.now() - this.#readyAt;
	}

	/** The total shard count, once known (from `shards`, `GET /gateway/bot` or READY). */
	get shardCount(): number | undefined {
		return this.#shardCount;
	}

	/** The application's id, from READY; undefined before the first shard is ready. */
	get applicationId(): Snowflake<'Application'> | undefined {
		return this.#applicationId as Snowflake<'Application'> | undefined;
	}

	/** Each shard's id, status and latency (empty before `login()` with `shards: 'auto'`). */
	get shards(): readonly ClientShardInfo[] {
		const strategy = this.#strategy;
		if (strategy === undefined) return [];
		const statuses = strategy.statuses();
		const latencies = strategy.latencies();
		return strategy.shardIds.map((id) => ({ id, status: statuses.get(id) ?? 'idle', latency: latencies.get(id) }));
	}

	/**
	 * The sharding strategy, once `login()` has made it (at once when you passed one). Hand it
	 * to tools that watch shards, e.g. `inspector.attachGateway(client.strategy)`.
	 */
	get strategy(): ShardingStrategy | undefined {
		return this.#strategy ?? (typeof this.#options.strategy === 'object' ? this.#options.strategy : undefined);
	}

	/** Whether every shard is `ready` now. */
	get isReady(): boolean {
		const shards = this.shards;
		return shards.length > 0 && shards.every((shard) => shard.status === 'ready');
	}

	/** Listens to `event`. Events the client's intents do not enable are a compile error. */
	on<E extends ClientEventName<N>>(event: E, listener: ClientListener<N, E>): this {
		this.#events.add(event, listener, false);
		return this;
	}

	/** Listens to the next `event` only. */
	once<E extends ClientEventName<N>>(event: E, listener: ClientListener<N, E>): this {
		this.#events.add(event, listener, true);
		return this;
	}

	/** Removes a listener added with {@link on} or {@link once}. */
	off<E extends ClientEventName<N>>(event: E, listener: ClientListener<N, E>): this {
		this.#events.remove(event, listener);
		return this;
	}

	/** Connects every shard; resolves when all are ready. Calling it again returns the same promise. */
	login(): Promise<this> {
		return this.connect();
	}

	/** Same as {@link login}. */
	connect(): Promise<this> {
		if (this.#destroyed !== undefined)
			return Promise.reject(
				new OvenClientError('CLIENT_DESTROYED', 'This client was destroyed; create a new one with createClient() to connect again.'),
			);
		this.#connecting ??= this.#connect().catch((error: unknown) => {
			this.#connecting = undefined;
			this.#strategy = undefined;
			this.#rawAttached = false;
			throw error;
		});
		return this.#connecting;
	}

	/** The inspector streaming this client's traffic, once `login()` has started it (see the `inspector` option). */
	get inspector(): Inspector | undefined {
		return this.#inspector;
	}

	/**
	 * Destroys the voice connections joined through `guild.voiceAdapterCreator`, then closes the
	 * shards, the inspector, the REST client (when the client made it) and the cache. Idempotent.
	 */
	destroy(): Promise<void> {
		this.#destroyed ??= (async () => {
			this.#voice.destroy();
			await this.#strategy?.destroy();
			await this.#inspector?.close();
			if (this.#ownsRest) await this.rest.destroy();
			await this.cache?.destroy();
			for (const close of this.#closers.splice(0).reverse()) await close();
		})();
		return this.#destroyed;
	}

	async #connect(): Promise<this> {
		const strategy = await this.#createStrategy();
		if (this.#destroyed !== undefined) {
			await strategy.destroy();
			throw new OvenClientError('CLIENT_DESTROYED', 'The client was destroyed while connecting.');
		}
		this.#strategy = strategy;
		this.#wire(strategy);
		await this.#startInspector(strategy);
		await strategy.connect();
		return this;
	}

	async #startInspector(strategy: ShardingStrategy): Promise<void> {
		const option = this.#options.inspector ?? inspectorFromEnv() ?? false;
		if (option === false || this.#inspector !== undefined) return;
		const given = option === true ? {} : option;
		// The bot token stays a secret whatever else the bot lists.
		const inspector = new Inspector({ ...given, secrets: [this.#resolved.token, ...(given.secrets ?? [])] });
		await inspector.start();
		inspector.attachREST(this.rest);
		inspector.attachGateway(strategy);
		const cache = this.cache;
		if (cache !== undefined) inspector.attachCache(() => cache.sizes());
		this.#inspector = inspector;
	}

	async #createStrategy(): Promise<ShardingStrategy> {
		const given = this.#options.strategy;
		if (given !== undefined && typeof given !== 'function') return given;
		const { token, intents, api, shards } = this.#resolved;
		// Started by `oven cluster` / `Cluster`: its shards and sessions, unless the bot chose its own.
		const cluster = this.#options.shards === undefined ? clusterAssignment() : undefined;
		let gatewayUrl = this.#resolved.gateway;
		let shardCount = cluster?.shardCount ?? shards.count;
		if (typeof shardCount === 'number') this.#shardCount = shardCount;
		let maxConcurrency = shards.maxConcurrency;
		if (gatewayUrl === undefined) {
			const info = await this.#gatewayBot();
			gatewayUrl = info.url;
			if (shardCount === 'auto') shardCount = this.#shardCount = info.shards;
			maxConcurrency ??= info.session_start_limit.max_concurrency;
			this.#events.emit('debug', [
				`GET /gateway/bot: ${info.shards} shard(s) recommended, max_concurrency ${info.session_start_limit.max_concurrency}`,
			]);
		}
		const shardIds = cluster?.shardIds ?? shards.ids;
		const redis = cluster === undefined ? undefined : clusterRedisUrl();
		let identifyThrottler = this.#options.shard?.identifyThrottler;
		if (identifyThrottler === undefined && redis !== undefined) {
			const shared = await clusterIdentifyThrottler(redis, maxConcurrency ?? 1);
			identifyThrottler = shared.throttler;
			this.#closers.push(shared.close);
		}
		const options = {
			...this.#options.shard,
			token,
			intents,
			gatewayUrl,
			shardCount,
			api: `${api}/v10`,
			...(shardIds === undefined ? {} : { shardIds }),
			...(maxConcurrency === undefined ? {} : { maxConcurrency }),
			...(identifyThrottler === undefined ? {} : { identifyThrottler }),
			...(cluster === undefined ? {} : { sessions: cluster.sessions }),
		};
		const strategy = given === undefined ? new InProcessShardingStrategy(options) : given(options);
		if (cluster !== undefined && strategy instanceof InProcessShardingStrategy)
			this.#closers.push(joinCluster(strategy, { onStop: () => this.destroy() }));
		return strategy;
	}

	/**
	 * `GET /gateway/bot` through the client's REST: it waits out a 429 and shares the limit
	 * with the bot's other processes when the store is shared. Failures become a `GatewayBotError`.
	 */
	async #gatewayBot(): Promise<APIGatewayBotInfo> {
		let info: unknown;
		try {
			info = await this.rest.get('/gateway/bot', { timeout: 30_000 });
		} catch (error) {
			if (this.#destroyed !== undefined)
				throw new OvenClientError('CLIENT_DESTROYED', 'The client was destroyed while connecting.', { cause: error });
			const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : undefined;
			const hint = status === 401 ? ' Check the token (Developer Portal → Bot).' : '';
			throw new GatewayBotError(
				`${this.#resolved.api}/v10/gateway/bot`,
				status,
				`GET /gateway/bot failed${status === undefined ? '' : ` with ${status}`}: ${(error as Error).message}${hint}`,
				{ cause: error },
			);
		}
		if (!isGatewayBotInfo(info))
			throw new GatewayBotError(
				`${this.#resolved.api}/v10/gateway/bot`,
				200,
				'GET /gateway/bot did not return gateway-bot info (url, shards, session_start_limit); check what serves the API (`api`, OVEN_API_URL).',
			);
		return info;
	}

	#wire(strategy: ShardingStrategy): void {
		const events = this.#events;
		strategy.on('dispatch', (shardId, payload) => this.#dispatch(shardId, payload));
		strategy.on('shardReady', (shardId, data) => {
			this.#user = data.user;
			this.#applicationId = data.application.id;
			if (data.shard !== undefined) this.#shardCount = data.shard[1];
			// A new session starts with the IDENTIFY presence: the one set since is sent again.
			if (this.#presence !== undefined) strategy.send(shardId, { op: GatewayOpcodes.PresenceUpdate, d: this.#presence });
			events.emit('shardReady', [shardId, data]);
		});
		strategy.on('shardResumed', (shardId) => events.emit('shardResumed', [shardId]));
		// Strategies emit `ready` after the last shard's READY dispatch and `shardReady`: the cache and `client.user` hold it.
		strategy.on('ready', () => {
			this.#readyAt ??= Date.now();
			events.emit('ready', []);
		});
		strategy.on('status', (shardId, status, previous) => events.emit('shardStatus', [shardId, status, previous]));
		strategy.on('warn', (shardId, warning) => events.emit('warn', [warning, shardId]));
		strategy.on('debug', (shardId, message) => events.emit('debug', [message, shardId]));
		strategy.on('error', (shardId, error) => {
			// A shard that closed for good takes its guilds' voice connections with it.
			this.#voice.shardClosed(shardId);
			this.#error(error, shardId);
		});
		if (events.has('raw')) this.#attachRaw();
	}

	#attachRaw(): void {
		if (this.#rawAttached || this.#strategy === undefined) return;
		this.#rawAttached = true;
		this.#strategy.on('raw', (shardId, packet) => this.#events.emit('raw', [packet, shardId]));
	}

	#setPresence(presence: GatewayPresenceUpdateData): void {
		const strategy = this.#strategy;
		if (strategy === undefined) {
			throw new OvenClientError('CLIENT_NOT_CONNECTED', 'setPresence() needs a connected client; call it after login() (or in `ready`).');
		}
		this.#presence = presence;
		for (const shardId of strategy.shardIds) strategy.send(shardId, { op: GatewayOpcodes.PresenceUpdate, d: presence });
	}

	/** Returns when the event's async handlers have settled (undefined if none is async). */
	#dispatch(shardId: number, payload: GatewayDispatchPayload): PromiseLike<unknown> | undefined {
		const name = payload.t === 'READY' || payload.t === 'RESUMED' ? undefined : _eventName(payload.t);
		// No structure is made for an event nobody listens to; a delete's listeners get what the cache held before.
		const listened = name !== undefined && this.#events.has(name);
		let before: _Snapshot;
		try {
			before = listened ? _snapshot(this.#ctx, payload) : undefined;
		} catch {
			// A payload without the ids Discord always sends: reported below, when its structure cannot be made either.
			before = undefined;
		}
		if (this.cache !== undefined) {
			try {
				this.cache.apply(payload);
			} catch (error) {
				this.#error(
					new OvenClientError('CLIENT_CACHE_ERROR', `The cache failed on ${payload.t} (seq ${payload.s}); the event is still delivered.`, {
						cause: error,
					}),
					shardId,
				);
			}
		}
		const t = payload.t;
		if (t === 'VOICE_STATE_UPDATE' || t === 'VOICE_SERVER_UPDATE' || t === 'READY') this.#voice.dispatch(payload);
		if (!listened) return undefined;
		let argument: unknown;
		try {
			argument = _dispatchArgument(this.#ctx, payload, before);
		} catch (error) {
			// The gateway sent the event without a field its structure needs (Discord always sends them).
			const message = `A ${payload.t} dispatch (seq ${payload.s}) lacks fields its structure needs, so "${name}" listeners did not get it. Discord always sends them: check what serves the gateway.`;
			this.#error(new OvenClientError('CLIENT_MALFORMED_EVENT', message, { cause: error }), shardId);
			return undefined;
		}
		return this.#events.emit2(name, argument, shardId);
	}

	/**
	 * Hands an error to the `error` listeners. With none, it is printed to stderr (as Node does
	 * for an `error` event nobody handles, without ending the process) and also sent as a `warn`
	 * of kind `unhandledError`: a bug in a bot is never silently dropped.
	 */
	#error(error: Error, shardId?: number, event?: string): void {
		if (this.#events.has('error')) return this.#events.emit('error', shardId === undefined ? [error] : [error, shardId]);
		_printUnhandled(error, event, shardId);
		this.#events.emit('warn', [{ kind: 'unhandledError', message: error.message }, shardId]);
	}

	#listenerError(event: string, error: unknown): void {
		const message = error instanceof Error ? error.message : String(error);
		const wrapped = new OvenClientError('CLIENT_LISTENER_ERROR', `A "${event}" listener threw: ${message}`, { cause: error });
		// An `error` or `warn` listener that throws has no listener left to go to.
		if (event === 'error' || event === 'warn') _printUnhandled(wrapped, event);
		else this.#error(wrapped, undefined, event);
	}
}

/** The map of a client's events, for typing helpers around `client.on`. */
export type EventsOf<C> = C extends Client<infer N> ? ClientEventMap<N> : never;
