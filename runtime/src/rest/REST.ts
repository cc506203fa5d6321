import { Pool, type Dispatcher } from 'undici';
import { _timerDelay } from '../_timerDelay.js';
import { executeRequest, type RequestContext } from './_executeRequest.js';
import { onAbort } from './_onAbort.js';
import { type PreparedRequest, prepareBody } from './_prepareRequest.js';
import { RateLimitPolicy } from './_RateLimitPolicy.js';
import { RequestAbort } from './_RequestAbort.js';
import { RequestQueues } from './_RequestQueues.js';
import { positive, resolveRESTOptions, type ResolvedRESTOptions } from './_resolveRESTOptions.js';
import { TypedEmitter } from './_TypedEmitter.js';
import { _checkToken } from './_checkToken.js';
import { InvalidRESTOptionError } from './errors/InvalidRESTOptionError.js';
import { RequestAbortedError } from './errors/RequestAbortedError.js';
import { RequestTimeoutError } from './errors/RequestTimeoutError.js';
import { RESTDestroyedError } from './errors/RESTDestroyedError.js';
import { MemoryRateLimitStore } from './MemoryRateLimitStore.js';
import type { RateLimitStore } from './RateLimitStore.js';
import type { BodylessRequestOptions, RequestOptions } from './RequestOptions.js';
import type { RESTEvents } from './RESTEvents.js';
import type { RESTHook } from './RESTHook.js';
import type { RESTOptions } from './RESTOptions.js';
import { routeInfo } from './routeInfo.js';
import type { DeleteResult, GetResult, PatchRoute, PostRoute, PutRoute } from './RouteTypes.js';

/** The HTTP methods the REST client sends. */
export type RESTMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Discord's REST API v10 over a keep-alive undici pool, with rate limits handled so that a
 * bot in steady state never meets a 429: buckets learned from `X-RateLimit-Bucket`, one queue
 * per bucket and major parameter, the global limit, sublimits learned from 429s, bounded
 * retries, and the invalid-request budget that keeps the bot's IP from a Cloudflare ban.
 * Whatever a server answers, every request settles: waits are bounded by `maxRateLimitWait`,
 * the whole request by `deadline`.
 *
 * @example
 * ```ts
 * import { REST } from 'ovenjs';
 * import { Routes } from 'discord-api-types/v10';
 * const rest = new REST({ token: process.env.DISCORD_TOKEN });
 * const channel = await rest.get(Routes.channel(id)); // typed as APIChannel
 * await rest.post(Routes.channelMessages(id), { body: { content: 'hi' } });
 * ```
 */
export class REST extends TypedEmitter<RESTEvents> {
	#authorization: string | undefined;
	readonly #options: ResolvedRESTOptions;
	readonly #dispatcher: Dispatcher;
	readonly #ownsDispatcher: boolean;
	readonly #store: RateLimitStore;
	readonly #ownsStore: boolean;
	readonly #queues: RequestQueues;
	readonly #hooks: RESTHook[] = [];
	readonly #active = new Set<RequestAbort>();
	readonly #context: RequestContext;
	#destroyed = false;
	#nextId = 1;

	/**
	 * @param options See {@link RESTOptions}; every field is optional.
	 * @throws {InvalidRESTOptionError} when an option is unusable.
	 */
	constructor(options: RESTOptions = {}) {
		super();
		this.#options = resolveRESTOptions(options);
		this.#ownsDispatcher = options.dispatcher === undefined;
		this.#dispatcher = options.dispatcher ?? new Pool(this.#options.origin, { connections: this.#options.connections });
		this.#ownsStore = options.store === undefined;
		this.#store = options.store ?? new MemoryRateLimitStore();
		const hashes = new Map<string, string>();
		this.#queues = new RequestQueues(hashes, this.#store);
		this.#context = {
			options: this.#options,
			dispatcher: this.#dispatcher,
			policy: new RateLimitPolicy(this.#store, this.#options, hashes, (event, ...args) => this.emit(event, ...args)),
			hooks: this.#hooks,
			authorization: () => this.#authorization,
			emit: (event, ...args) => this.emit(event, ...args),
		};
		if (options.token !== undefined) this.setToken(options.token);
	}

	/**
	 * Sets the bot token (without `Bot `). It is kept private and never appears in errors or
	 * events; a malformed one (empty, a line break, …) throws an `InvalidTokenError` here.
	 */
	setToken(token: string): this {
		const bare = token.replace(/^Bot\s+/i, '');
		_checkToken(bare);
		this.#authorization = `Bot ${bare}`;
		return this;
	}

	/** Adds middleware run on every attempt; returns a function that removes it. */
	use(hook: RESTHook): () => void {
		this.#hooks.push(hook);
		return () => {
			const index = this.#hooks.indexOf(hook);
			if (index !== -1) this.#hooks.splice(index, 1);
		};
	}

	/** `GET route`; typed for the common routes (`rest.get(Routes.channel(id))` is an `APIChannel`). */
	get<R extends string>(route: R, options?: BodylessRequestOptions): Promise<GetResult<R>> {
		return this.request('GET', route, options) as Promise<GetResult<R>>;
	}

	/** `POST route`; body and result typed for the common routes. */
	post<R extends string>(route: R, options?: RequestOptions<PostRoute<R>['body']>): Promise<PostRoute<R>['result']> {
		return this.request('POST', route, options) as Promise<PostRoute<R>['result']>;
	}

	/** `PUT route`; body and result typed for the common routes. */
	put<R extends string>(route: R, options?: RequestOptions<PutRoute<R>['body']>): Promise<PutRoute<R>['result']> {
		return this.request('PUT', route, options) as Promise<PutRoute<R>['result']>;
	}

	/** `PATCH route`; body and result typed for the common routes. */
	patch<R extends string>(route: R, options?: RequestOptions<PatchRoute<R>['body']>): Promise<PatchRoute<R>['result']> {
		return this.request('PATCH', route, options) as Promise<PatchRoute<R>['result']>;
	}

	/** `DELETE route`; typed for the common routes. */
	delete<R extends string>(route: R, options?: RequestOptions): Promise<DeleteResult<R>> {
		return this.request('DELETE', route, options) as Promise<DeleteResult<R>>;
	}

	/**
	 * Sends one request through its bucket's queue and answers the parsed body (JSON, a
	 * `Buffer` for other content, `undefined` for 204).
	 * @param route A path below the API version, e.g. `/channels/123/messages`.
	 * @throws {DiscordAPIError} Discord answered with a JSON error.
	 * @throws {HTTPError} any other failure status, a 2xx whose JSON does not parse, or network errors past the retries.
	 * @throws {RateLimitError} `rejectOnRateLimit` matched, a wait longer than `maxRateLimitWait`, or 429s past `maxRateLimitRetries`.
	 * @throws {InvalidRequestBudgetError} the invalid-request budget is spent.
	 * @throws {RequestTimeoutError} an attempt outlasted `timeout`, or the request its `deadline`.
	 * @throws {RequestAbortedError} the request's `signal` fired.
	 * @throws {RESTDestroyedError} the client was destroyed.
	 */
	async request(method: RESTMethod, route: string, options: RequestOptions = {}): Promise<unknown> {
		const startedAt = performance.now();
		if (this.#destroyed) throw new RESTDestroyedError();
		if (!route.startsWith('/')) throw new InvalidRESTOptionError(`route must start with "/", got ${JSON.stringify(route.slice(0, 40))}.`);
		if (options.timeout !== undefined) positive('timeout', options.timeout, 0, 1);
		const deadline = positive('deadline', options.deadline, this.#options.deadline, 1, true);
		const maxRateLimitWait = positive('maxRateLimitWait', options.maxRateLimitWait, this.#options.maxRateLimitWait, 0, true);
		const info = routeInfo(method, route);
		if (options.signal?.aborted === true) throw new RequestAbortedError(method, info.template, options.signal.reason);

		const abort = new RequestAbort();
		this.#active.add(abort);
		const userSignal = options.signal;
		const stopListening =
			userSignal === undefined
				? undefined
				: onAbort(userSignal, () => abort.abort(new RequestAbortedError(method, info.template, userSignal.reason)));
		const timer =
			deadline === Infinity
				? undefined
				: setTimeout(
						() => abort.abort(new RequestTimeoutError(method, info.template, deadline, 'deadline')),
						_timerDelay(deadline - (performance.now() - startedAt)),
					);
		try {
			const { body, contentType } = await prepareBody(method, info, options);
			const prepared: PreparedRequest = {
				id: this.#nextId++,
				method,
				route,
				info,
				options,
				body,
				contentType,
				abort,
				maxRateLimitWait,
			};
			const key = await this.#queues.keyFor(info);
			// Re-checked after the awaits above: destroy(), the caller's signal or the deadline may have fired meanwhile.
			if (this.#destroyed) throw new RESTDestroyedError();
			return await this.#queues.run(key, {
				priority: options.priority ?? (info.interactionCallback ? 'high' : 'normal'),
				abort,
				execute: () => executeRequest(this.#context, prepared),
			});
		} finally {
			clearTimeout(timer);
			stopListening?.();
			this.#active.delete(abort);
		}
	}

	/** Requests queued or running, across all buckets. */
	get pending(): number {
		return this.#active.size;
	}

	/**
	 * Rejects every queued and running request with {@link RESTDestroyedError}, closes the
	 * connection pool the client opened and its own store. Idempotent.
	 */
	async destroy(): Promise<void> {
		if (this.#destroyed) return;
		this.#destroyed = true;
		const reason = new RESTDestroyedError();
		for (const request of [...this.#active]) request.abort(reason);
		this.#queues.clear();
		this.removeAllListeners();
		if (this.#ownsDispatcher) await this.#dispatcher.destroy().catch(() => undefined);
		if (this.#ownsStore) await this.#store.destroy?.();
	}
}
