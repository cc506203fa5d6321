import { STATUS_CODES } from 'node:http';
import { Pool, type Dispatcher } from 'undici';
import { BucketQueue, type QueueTask } from './_BucketQueue.js';
import { prepareMultipart } from './_multipart.js';
import { onAbort } from './_onAbort.js';
import { parseRateLimitHeaders, parseTooManyRequests } from './_rateLimitHeaders.js';
import { sendOnce } from './_sendOnce.js';
import { sleep } from './_sleep.js';
import { TypedEmitter } from './_TypedEmitter.js';
import { DiscordAPIError, type DiscordErrorBody } from './errors/DiscordAPIError.js';
import { HTTPError } from './errors/HTTPError.js';
import { InvalidRequestBudgetError } from './errors/InvalidRequestBudgetError.js';
import { _checkToken } from './_checkToken.js';
import { InvalidRESTOptionError } from './errors/InvalidRESTOptionError.js';
import { RateLimitError, type RateLimitInfo } from './errors/RateLimitError.js';
import { RequestAbortedError } from './errors/RequestAbortedError.js';
import { RequestTimeoutError } from './errors/RequestTimeoutError.js';
import { RESTDestroyedError } from './errors/RESTDestroyedError.js';
import { MemoryRateLimitStore } from './MemoryRateLimitStore.js';
import type { RateLimitStore } from './RateLimitStore.js';
import type { BodylessRequestOptions, QueryParams, RejectOnRateLimit, RequestOptions } from './RequestOptions.js';
import type { RESTEvents, RESTRequestEvent } from './RESTEvents.js';
import type { RESTHook, RESTHookRequest } from './RESTHook.js';
import type { RESTOptions } from './RESTOptions.js';
import { routeInfo, type RouteInfo } from './routeInfo.js';
import type { DeleteResult, GetResult, PatchRoute, PostRoute, PutRoute } from './RouteTypes.js';
import { _apiBase, DEFAULT_API } from './_apiBase.js';

/** The HTTP methods the REST client sends. */
export type RESTMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Safe to send twice: a retry after a 5xx or a dropped connection cannot act twice. */
const IDEMPOTENT: ReadonlySet<string> = new Set(['GET', 'PUT', 'DELETE', 'HEAD']);
/** Network errors raised before the request left: safe to retry for any method. */
const NOT_SENT: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

interface Resolved {
	readonly globalPerSecond: number;
	readonly offsetMs: number;
	readonly timeout: number;
	readonly retries: number;
	readonly baseMs: number;
	readonly maxMs: number;
	readonly retryNonIdempotent: boolean;
	readonly maxRateLimitRetries: number;
	readonly rejectOnRateLimit: RejectOnRateLimit;
	readonly invalidMax: number;
	readonly invalidWindowMs: number;
	readonly invalidThreshold: number;
	readonly warnEvery: number;
	readonly userAgent: string;
}

interface Prepared {
	readonly id: number;
	readonly method: RESTMethod;
	readonly path: string;
	readonly info: RouteInfo;
	readonly options: RequestOptions;
	readonly body: (() => Dispatcher.DispatchOptions['body']) | undefined;
	readonly contentType: string | undefined;
	readonly signal: AbortSignal;
}

function positive(name: string, value: number | undefined, fallback: number, min = 0): number {
	if (value === undefined) return fallback;
	if (!(Number.isFinite(value) && value >= min))
		throw new InvalidRESTOptionError(`${name} must be a number >= ${min}, got ${String(value)}.`);
	return value;
}

function queryString(query: QueryParams | undefined): string {
	if (query === undefined) return '';
	const params = query instanceof URLSearchParams ? query : new URLSearchParams();
	if (!(query instanceof URLSearchParams)) {
		for (const [key, value] of Object.entries(query)) if (value !== undefined) params.append(key, String(value));
	}
	const text = params.toString();
	return text === '' ? '' : `?${text}`;
}

function rejects(option: RejectOnRateLimit, info: RateLimitInfo): boolean {
	if (typeof option === 'boolean') return option;
	if (typeof option === 'function') return option(info);
	return option.some((prefix) => info.route.startsWith(prefix));
}

function isDiscordError(body: unknown): body is DiscordErrorBody {
	return (
		typeof body === 'object' &&
		body !== null &&
		typeof (body as { code?: unknown }).code === 'number' &&
		typeof (body as { message?: unknown }).message === 'string'
	);
}

/**
 * Discord's REST API v10 over a keep-alive undici pool, with rate limits handled so that a
 * bot in steady state never meets a 429: buckets learned from `X-RateLimit-Bucket`, one queue
 * per bucket and major parameter, the global limit, sublimits learned from 429s, bounded
 * retries, and the invalid-request budget that keeps the bot's IP from a Cloudflare ban.
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
	readonly #origin: string;
	readonly #basePath: string;
	readonly #dispatcher: Dispatcher;
	readonly #ownsDispatcher: boolean;
	readonly #store: RateLimitStore;
	readonly #ownsStore: boolean;
	readonly #options: Resolved;
	readonly #queues = new Map<string, BucketQueue>();
	/** Bucket hashes known to this process; the store is asked only on a miss. */
	readonly #hashes = new Map<string, string>();
	readonly #hooks: RESTHook[] = [];
	readonly #active = new Set<AbortController>();
	#destroyed = false;
	#nextId = 1;

	/**
	 * @param options See {@link RESTOptions}; every field is optional.
	 * @throws {InvalidRESTOptionError} when an option is unusable.
	 */
	constructor(options: RESTOptions = {}) {
		super();
		let url: URL;
		const api = _apiBase(options.api);
		try {
			url = new URL(api.value as string);
		} catch {
			throw new InvalidRESTOptionError(`${api.name} must be an absolute URL such as ${DEFAULT_API}, got ${JSON.stringify(api.value)}.`);
		}
		const version = positive('version', options.version, 10, 1);
		this.#origin = url.origin;
		this.#basePath = `${url.pathname.replace(/\/+$/, '')}/v${version}`;
		const safetyMargin = positive('invalidRequests.safetyMargin', options.invalidRequests?.safetyMargin, 500);
		const invalidMax = positive('invalidRequests.max', options.invalidRequests?.max, 10_000, 1);
		this.#options = {
			globalPerSecond: positive('globalRequestsPerSecond', options.globalRequestsPerSecond, 50, 1),
			// A store that settles global slots needs no latency margin on the global window (see
			// RateLimitStore.settleGlobal), only one for timer and clock granularity.
			offsetMs: positive('offsetMs', options.offsetMs, options.store === undefined || options.store.settleGlobal !== undefined ? 20 : 50),
			timeout: positive('timeout', options.timeout, 15_000, 1),
			retries: positive('retries', options.retries, 3),
			baseMs: positive('retryBackoff.baseMs', options.retryBackoff?.baseMs, 500),
			maxMs: positive('retryBackoff.maxMs', options.retryBackoff?.maxMs, 10_000),
			retryNonIdempotent: options.retryNonIdempotent ?? false,
			maxRateLimitRetries: positive('maxRateLimitRetries', options.maxRateLimitRetries, 5),
			rejectOnRateLimit: options.rejectOnRateLimit ?? false,
			invalidMax,
			invalidWindowMs: positive('invalidRequests.windowMs', options.invalidRequests?.windowMs, 600_000, 1),
			invalidThreshold: Math.max(1, invalidMax - safetyMargin),
			warnEvery: positive('invalidRequests.warnEvery', options.invalidRequests?.warnEvery, 1_000, 1),
			userAgent: options.userAgent ?? 'DiscordBot (https://github.com/ovenjs/ovenjs, 0.1.0)',
		};
		this.#ownsDispatcher = options.dispatcher === undefined;
		this.#dispatcher = options.dispatcher ?? new Pool(this.#origin, { connections: positive('connections', options.connections, 16, 1) });
		this.#ownsStore = options.store === undefined;
		this.#store = options.store ?? new MemoryRateLimitStore();
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
	 * @throws {HTTPError} any other failure status, or network errors past the retries.
	 * @throws {RateLimitError} `rejectOnRateLimit` matched, or 429s past `maxRateLimitRetries`.
	 * @throws {InvalidRequestBudgetError} the invalid-request budget is spent.
	 * @throws {RequestTimeoutError} an attempt outlasted `timeout`.
	 * @throws {RequestAbortedError} the request's `signal` fired.
	 * @throws {RESTDestroyedError} the client was destroyed.
	 */
	async request(method: RESTMethod, route: string, options: RequestOptions = {}): Promise<unknown> {
		if (this.#destroyed) throw new RESTDestroyedError();
		if (!route.startsWith('/')) throw new InvalidRESTOptionError(`route must start with "/", got ${JSON.stringify(route.slice(0, 40))}.`);
		if (options.timeout !== undefined) positive('timeout', options.timeout, 0, 1);
		const info = routeInfo(method, route);
		if (options.signal?.aborted === true) throw new RequestAbortedError(method, info.template, options.signal.reason);

		let body: Prepared['body'];
		let contentType: string | undefined;
		if (options.files !== undefined && options.files.length > 0) {
			body = await prepareMultipart(options.files, options.body);
		} else if (options.body !== undefined) {
			let json: string;
			try {
				json = JSON.stringify(options.body);
			} catch (error) {
				throw new InvalidRESTOptionError(`${method} ${info.template}: body is not JSON-serialisable (${(error as Error).message}).`, {
					cause: error,
				});
			}
			body = () => json;
			contentType = 'application/json';
		}

		const controller = new AbortController();
		const prepared: Prepared = { id: this.#nextId++, method, path: route, info, options, body, contentType, signal: controller.signal };
		// Until its first response names the bucket, a route queues under its own key; requests
		// that arrive while that queue still runs join it, so per-channel order holds.
		const routeKey = `${info.bucketRoute}:${info.majorParameter}`;
		const routeQueue = this.#queues.get(routeKey);
		const hash = this.#hashes.get(info.bucketRoute) ?? (await this.#store.getBucketHash(info.bucketRoute));
		const queueKey = routeQueue?.busy === true || hash === undefined ? routeKey : `${hash}:${info.majorParameter}`;
		// Re-checked after the awaits above: destroy() or the caller's signal may have fired meanwhile.
		if (this.#destroyed) throw new RESTDestroyedError();
		const signalNow: AbortSignal | undefined = options.signal;
		if (signalNow?.aborted === true) throw new RequestAbortedError(method, info.template, signalNow.reason);
		let queue = this.#queues.get(queueKey);
		if (queue === undefined) {
			const created = new BucketQueue(() => {
				if (!created.busy && this.#queues.get(queueKey) === created) this.#queues.delete(queueKey);
			});
			queue = created;
			this.#queues.set(queueKey, queue);
		}
		const owner = queue;

		return new Promise<unknown>((resolve, reject) => {
			const userSignal = options.signal;
			const stopListening =
				userSignal === undefined
					? undefined
					: onAbort(userSignal, () => controller.abort(new RequestAbortedError(method, info.template, userSignal.reason)));
			const cleanup = (): void => {
				stopListening?.();
				controller.signal.removeEventListener('abort', onAbortWhileQueued);
				this.#active.delete(controller);
			};
			const task: QueueTask = {
				priority: options.priority ?? (info.interactionCallback ? 'high' : 'normal'),
				run: async () => {
					controller.signal.removeEventListener('abort', onAbortWhileQueued);
					try {
						resolve(await this.#execute(prepared));
					} catch (error) {
						reject(error);
					} finally {
						cleanup();
					}
				},
			};
			// Aborted while waiting: leave the queue at once so nothing waits behind a dead request.
			const onAbortWhileQueued = (): void => {
				if (owner.remove(task)) {
					cleanup();
					reject(controller.signal.reason);
				}
			};
			this.#active.add(controller);
			controller.signal.addEventListener('abort', onAbortWhileQueued, { once: true });
			owner.push(task);
		});
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
		for (const controller of [...this.#active]) controller.abort(reason);
		this.#queues.clear();
		this.removeAllListeners();
		if (this.#ownsDispatcher) await this.#dispatcher.destroy().catch(() => undefined);
		if (this.#ownsStore) await this.#store.destroy?.();
	}

	#stateKey(info: RouteInfo): string {
		return `${this.#hashes.get(info.bucketRoute) ?? info.bucketRoute}:${info.majorParameter}`;
	}

	#limitInfo(req: Prepared, retryAfterMs: number, scope: RateLimitInfo['scope'], fromResponse: boolean, limit?: number): RateLimitInfo {
		return {
			method: req.method,
			route: req.info.template,
			bucket: this.#hashes.get(req.info.bucketRoute) ?? req.info.bucketRoute,
			majorParameter: req.info.majorId,
			limit,
			retryAfterMs,
			scope,
			fromResponse,
		};
	}

	/** Reports a rate limit and throws if the caller asked to be rejected instead of waiting. */
	#limited(req: Prepared, info: RateLimitInfo): void {
		this.emit('rateLimited', info);
		if (rejects(req.options.rejectOnRateLimit ?? this.#options.rejectOnRateLimit, info)) throw new RateLimitError(info, 'rejected');
	}

	/**
	 * Waits until the request may go. Answers the time its global slot was taken when the store
	 * can {@link RateLimitStore.settleGlobal settle} it, else `undefined`.
	 */
	async #waitForLimits(req: Prepared): Promise<number | undefined> {
		for (;;) {
			// Another process sharing the store may have learned the bucket meanwhile.
			if (!(this.#store instanceof MemoryRateLimitStore) && !this.#hashes.has(req.info.bucketRoute)) {
				const hash = await this.#store.getBucketHash(req.info.bucketRoute);
				if (hash !== undefined) this.#hashes.set(req.info.bucketRoute, hash);
			}
			if (this.#store.acquire !== undefined) {
				const global = req.info.globalExempt ? undefined : { limit: this.#options.globalPerSecond, windowMs: this.#globalWindowMs };
				const now = Date.now();
				const { waitMs, scope } = await this.#store.acquire(this.#stateKey(req.info), now, global);
				if (waitMs <= 0) return global === undefined || this.#store.settleGlobal === undefined ? undefined : now;
				this.#limited(req, this.#limitInfo(req, waitMs, scope, false));
				await sleep(waitMs, req.signal);
				continue;
			}
			const wait = await this.#store.acquireBucket(this.#stateKey(req.info), Date.now());
			if (wait <= 0) break;
			this.#limited(req, this.#limitInfo(req, wait, 'user', false));
			await sleep(wait, req.signal);
		}
		if (req.info.globalExempt) return undefined;
		for (;;) {
			const now = Date.now();
			const wait = await this.#store.acquireGlobal(now, this.#options.globalPerSecond, this.#globalWindowMs);
			if (wait <= 0) return this.#store.settleGlobal === undefined ? undefined : now;
			this.#limited(req, this.#limitInfo(req, wait, 'global', false));
			await sleep(wait, req.signal);
		}
	}

	/** The global window as the client applies it: Discord's second plus the safety margin. */
	get #globalWindowMs(): number {
		return 1_000 + this.#options.offsetMs;
	}

	async #checkBudget(req: Prepared): Promise<void> {
		const count = await this.#store.invalidRequestCount(Date.now(), this.#options.invalidWindowMs);
		if (count >= this.#options.invalidThreshold)
			throw new InvalidRequestBudgetError(count, this.#options.invalidThreshold, req.method, req.info.template);
	}

	async #recordInvalid(): Promise<void> {
		const { invalidWindowMs, invalidThreshold, warnEvery } = this.#options;
		const count = await this.#store.recordInvalidRequest(Date.now(), invalidWindowMs);
		if (count % warnEvery === 0 || count === invalidThreshold) {
			this.emit('invalidRequestWarning', { count, threshold: invalidThreshold, windowMs: invalidWindowMs });
		}
	}

	async #settleGlobal(acquiredAt: number | undefined): Promise<void> {
		// A full second after the answer is safe at any latency (Discord counted the request before
		// answering), so no margin is added here; see RateLimitStore.settleGlobal.
		if (acquiredAt === undefined) return;
		try {
			await this.#store.settleGlobal?.(acquiredAt, this.#globalWindowMs, Date.now() + 1_000);
		} catch {
			// The request itself is done; a store that cannot settle leaves the slot held for its window.
		}
	}

	#backoff(retry: number): number {
		const { baseMs, maxMs } = this.#options;
		return Math.min(maxMs, baseMs * 2 ** (retry - 1)) * (0.5 + Math.random() / 2);
	}

	async #execute(req: Prepared): Promise<unknown> {
		const { method, info, options } = req;
		const retries = options.retries ?? this.#options.retries;
		const timeout = options.timeout ?? this.#options.timeout;
		const mayRetry5xx = IDEMPOTENT.has(method) || this.#options.retryNonIdempotent;
		// Webhook-with-token and interaction routes authenticate by their token: a client with no bot token may still use them.
		const auth = options.auth ?? (this.#authorization !== undefined || !info.globalExempt);
		if (auth && this.#authorization === undefined) {
			throw new InvalidRESTOptionError(
				`${method} ${info.template} needs a bot token: pass \`token\` or call setToken(), or send it with auth: false.`,
			);
		}
		const path = `${this.#basePath}${req.path.split('?')[0] ?? ''}${queryString(options.query)}${req.path.includes('?') ? `${options.query === undefined ? '?' : '&'}${req.path.slice(req.path.indexOf('?') + 1)}` : ''}`;
		let attempt = 0;
		let errorRetries = 0;
		let rateLimitHits = 0;

		for (;;) {
			const globalSlotAt = await this.#waitForLimits(req);
			try {
				await this.#checkBudget(req);
			} catch (error) {
				await this.#settleGlobal(globalSlotAt);
				throw error;
			}
			attempt++;
			const event: RESTRequestEvent = { id: req.id, method, route: info.template, majorParameter: info.majorId, attempt };
			const headers: Record<string, string> = { 'User-Agent': this.#options.userAgent, ...options.headers };
			delete headers.Authorization;
			delete headers.authorization;
			if (req.contentType !== undefined) headers['Content-Type'] = req.contentType;
			if (options.reason !== undefined) headers['X-Audit-Log-Reason'] = encodeURIComponent(options.reason);
			if (options.locale !== undefined) headers['X-Discord-Locale'] = options.locale;
			if (this.#hooks.length > 0) {
				const hookRequest: RESTHookRequest = { ...event, headers };
				for (const hook of this.#hooks) await hook.beforeRequest?.(hookRequest);
			}
			// A copy, so a hook that kept a reference to `headers` never sees the token.
			const wireHeaders = auth && this.#authorization !== undefined ? { ...headers, Authorization: this.#authorization } : headers;
			this.emit('request', event);

			const started = performance.now();
			let sent: Awaited<ReturnType<typeof sendOnce>>;
			try {
				sent = await sendOnce(
					this.#dispatcher,
					{ origin: this.#origin, path, method, headers: wireHeaders, body: req.body?.() ?? null },
					req.signal,
					timeout,
					() => new RequestTimeoutError(method, info.template, timeout),
				);
			} finally {
				// Discord counted the request somewhere between taking the slot and now.
				await this.#settleGlobal(globalSlotAt);
			}
			if (!sent.ok) {
				if (sent.failure.aborted) throw sent.failure.reason;
				const { error } = sent.failure;
				const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
				const safe = mayRetry5xx || (typeof code === 'string' && NOT_SENT.has(code));
				if (safe && errorRetries < retries) {
					errorRetries++;
					await sleep(this.#backoff(errorRetries), req.signal);
					continue;
				}
				throw new HTTPError(0, { method, route: info.template }, attempt, typeof code === 'string' ? code : 'no response', {
					cause: error,
				});
			}
			const { status, headers: responseHeaders, body } = sent.response;

			const now = Date.now();
			const rateLimit = parseRateLimitHeaders(responseHeaders);
			if (rateLimit !== undefined) {
				if (this.#hashes.get(info.bucketRoute) !== rateLimit.bucket) {
					this.#hashes.set(info.bucketRoute, rateLimit.bucket);
					await this.#store.setBucketHash(info.bucketRoute, rateLimit.bucket);
				}
				await this.#store.updateBucket(this.#stateKey(info), {
					limit: rateLimit.limit,
					remaining: rateLimit.remaining,
					resetAt: now + rateLimit.resetAfterMs + this.#options.offsetMs,
				});
			} else if (this.#store.releaseBucket !== undefined) await this.#store.releaseBucket(this.#stateKey(info));
			const responseEvent = { ...event, status, durationMs: performance.now() - started, rateLimit };
			this.emit('response', responseEvent);
			for (const hook of this.#hooks) await hook.afterResponse?.({ ...responseEvent, body });

			if (status >= 200 && status < 300) return body;

			if (status === 429) {
				const tooMany = parseTooManyRequests(responseHeaders, body);
				if (tooMany.scope !== 'shared') await this.#recordInvalid();
				if (tooMany.scope === 'global') {
					await this.#store.blockGlobal(now + tooMany.retryAfterMs + this.#options.offsetMs);
				} else {
					// A sublimit (or a shared resource) can outlast the bucket's own reset: hold the bucket for retry_after.
					await this.#store.updateBucket(this.#stateKey(info), {
						limit: rateLimit?.limit ?? 1,
						remaining: 0,
						resetAt: now + tooMany.retryAfterMs + this.#options.offsetMs,
					});
				}
				rateLimitHits++;
				const limitInfo = this.#limitInfo(req, tooMany.retryAfterMs, tooMany.scope, true, rateLimit?.limit);
				this.#limited(req, limitInfo);
				if (rateLimitHits > this.#options.maxRateLimitRetries) throw new RateLimitError(limitInfo, 'retries-exhausted');
				// A global block is only waited out by global traffic; an exempt request waits here.
				if (tooMany.scope === 'global' && info.globalExempt) await sleep(tooMany.retryAfterMs, req.signal);
				continue;
			}

			if (status === 401 || status === 403) await this.#recordInvalid();
			if (status >= 500 && mayRetry5xx && errorRetries < retries) {
				errorRetries++;
				await sleep(this.#backoff(errorRetries), req.signal);
				continue;
			}
			if (isDiscordError(body)) throw new DiscordAPIError(body, status, { method, route: info.template });
			throw new HTTPError(status, { method, route: info.template }, attempt, STATUS_CODES[status] ?? '');
		}
	}
}
