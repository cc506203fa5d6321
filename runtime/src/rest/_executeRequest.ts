import { STATUS_CODES } from 'node:http';
import type { Dispatcher } from 'undici';
import { type PreparedRequest, requestPath } from './_prepareRequest.js';
import type { RateLimitPolicy } from './_RateLimitPolicy.js';
import { parseRateLimitHeaders } from './_rateLimitHeaders.js';
import type { ResolvedRESTOptions } from './_resolveRESTOptions.js';
import { type RawResponse, sendOnce } from './_sendOnce.js';
import { sleep } from './_sleep.js';
import { DiscordAPIError, type DiscordErrorBody } from './errors/DiscordAPIError.js';
import { HTTPError } from './errors/HTTPError.js';
import { InvalidRESTOptionError } from './errors/InvalidRESTOptionError.js';
import { RequestTimeoutError } from './errors/RequestTimeoutError.js';
import type { RESTEvents, RESTRequestEvent } from './RESTEvents.js';
import type { RESTHook, RESTHookRequest } from './RESTHook.js';
import { redactSecrets } from '../knowledge/redactSecrets.js';

/** Safe to send twice: a retry after a 5xx or a dropped connection cannot act twice. */
const IDEMPOTENT: ReadonlySet<string> = new Set(['GET', 'PUT', 'DELETE', 'HEAD']);
/** Network errors raised before the request left: safe to retry for any method. */
const NOT_SENT: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
/** How much of a body that is not what it claims goes into an error. */
const EXCERPT_CHARS = 200;

/** What the attempts of a request need from their client. @internal */
export interface RequestContext {
	readonly options: ResolvedRESTOptions;
	readonly dispatcher: Dispatcher;
	readonly policy: RateLimitPolicy;
	readonly hooks: readonly RESTHook[];
	/** `Bot <token>`, or undefined when no token is set. */
	authorization(): string | undefined;
	emit<K extends 'request' | 'response'>(event: K, ...args: RESTEvents[K]): void;
}

function isDiscordError(body: unknown): body is DiscordErrorBody {
	return (
		typeof body === 'object' &&
		body !== null &&
		typeof (body as { code?: unknown }).code === 'number' &&
		typeof (body as { message?: unknown }).message === 'string'
	);
}

/** The start of a body that is text or bytes, with the token taken out should the server echo it. */
function excerpt(response: RawResponse, authorization: string | undefined): string | undefined {
	const { body, invalidJson } = response;
	const text = invalidJson ?? (Buffer.isBuffer(body) ? body.subarray(0, EXCERPT_CHARS * 4).toString('utf8') : undefined);
	if (text === undefined) return undefined;
	const token = authorization?.slice('Bot '.length);
	const safe = token === undefined || token === '' ? text : text.replaceAll(token, '[redacted]');
	return safe.length > EXCERPT_CHARS ? `${safe.slice(0, EXCERPT_CHARS)}…` : safe;
}

function backoff(options: ResolvedRESTOptions, retry: number): number {
	return Math.min(options.maxMs, options.baseMs * 2 ** (retry - 1)) * (0.5 + Math.random() / 2);
}

/**
 * Sends one request until it has an answer: waits for its rate limits, runs the hooks, sends,
 * learns from the response, and retries what is safe to retry (429s, 5xx and network errors
 * of idempotent requests) within the client's bounds. Runs inside the request's bucket queue.
 * @internal
 */
export async function executeRequest(ctx: RequestContext, req: PreparedRequest): Promise<unknown> {
	const { method, info, options } = req;
	const retries = options.retries ?? ctx.options.retries;
	const timeout = options.timeout ?? ctx.options.timeout;
	const mayRetry5xx = IDEMPOTENT.has(method) || ctx.options.retryNonIdempotent;
	// Webhook-with-token and interaction routes authenticate by their token: a client with no bot token may still use them.
	const auth = options.auth ?? (ctx.authorization() !== undefined || !info.globalExempt);
	if (auth && ctx.authorization() === undefined) {
		throw new InvalidRESTOptionError(
			`${method} ${info.template} needs a bot token: pass \`token\` or call setToken(), or send it with auth: false.`,
		);
	}
	const path = requestPath(ctx.options.basePath, req.route, options.query);
	// What events show: relative to the API base, a webhook's or interaction's token hidden.
	const shownPath = redactSecrets(path.slice(ctx.options.basePath.length));
	let attempt = 0;
	let errorRetries = 0;
	let rateLimitHits = 0;

	for (;;) {
		const globalSlotAt = await ctx.policy.waitForLimits(req);
		try {
			await ctx.policy.checkBudget(req);
		} catch (error) {
			await ctx.policy.settleGlobal(globalSlotAt);
			throw error;
		}
		attempt++;
		const event: RESTRequestEvent = {
			id: req.id,
			method,
			route: info.template,
			path: shownPath,
			majorParameter: info.majorId,
			attempt,
		};
		const headers: Record<string, string> = { 'User-Agent': ctx.options.userAgent, ...options.headers };
		delete headers.Authorization;
		delete headers.authorization;
		if (req.contentType !== undefined) headers['Content-Type'] = req.contentType;
		if (options.reason !== undefined) headers['X-Audit-Log-Reason'] = encodeURIComponent(options.reason);
		if (options.locale !== undefined) headers['X-Discord-Locale'] = options.locale;
		if (ctx.hooks.length > 0) {
			const hookRequest: RESTHookRequest = { ...event, headers, body: options.body };
			for (const hook of ctx.hooks) await hook.beforeRequest?.(hookRequest);
		}
		// A copy, so a hook that kept a reference to `headers` never sees the token.
		const token = ctx.authorization();
		const wireHeaders = auth && token !== undefined ? { ...headers, Authorization: token } : headers;
		ctx.emit('request', event);

		const started = performance.now();
		let sent: Awaited<ReturnType<typeof sendOnce>>;
		try {
			sent = await sendOnce(
				ctx.dispatcher,
				{ origin: ctx.options.origin, path, method, headers: wireHeaders, body: req.body?.() ?? null },
				req.abort,
				timeout,
				() => new RequestTimeoutError(method, info.template, timeout),
			);
		} finally {
			// Discord counted the request somewhere between taking the slot and now.
			await ctx.policy.settleGlobal(globalSlotAt);
		}
		if (!sent.ok) {
			if (sent.failure.aborted) throw sent.failure.reason;
			const { error } = sent.failure;
			const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
			const safe = mayRetry5xx || (typeof code === 'string' && NOT_SENT.has(code));
			if (safe && errorRetries < retries) {
				errorRetries++;
				await sleep(backoff(ctx.options, errorRetries), req.abort.signal);
				continue;
			}
			throw new HTTPError(0, { method, route: info.template }, attempt, typeof code === 'string' ? code : 'no response', { cause: error });
		}
		const { response } = sent;
		const { status, body } = response;

		const now = Date.now();
		const rateLimit = parseRateLimitHeaders(response.headers);
		await ctx.policy.learn(info, rateLimit, now);
		const responseEvent = { ...event, status, durationMs: performance.now() - started, rateLimit };
		ctx.emit('response', responseEvent);
		for (const hook of ctx.hooks) await hook.afterResponse?.({ ...responseEvent, body: response.invalidJson ?? body });

		const statusText = STATUS_CODES[status] ?? '';
		if (status >= 200 && status < 300) {
			if (response.invalidJson === undefined) return body;
			throw new HTTPError(status, { method, route: info.template }, attempt, `${statusText} with a body that is not valid JSON`, {
				bodyExcerpt: excerpt(response, ctx.authorization()),
			});
		}
		if (status === 429) {
			await ctx.policy.tooManyRequests(req, response, rateLimit, now, ++rateLimitHits);
			continue;
		}
		if (status === 401 || status === 403) await ctx.policy.recordInvalid();
		if (status >= 500 && mayRetry5xx && errorRetries < retries) {
			errorRetries++;
			await sleep(backoff(ctx.options, errorRetries), req.abort.signal);
			continue;
		}
		if (isDiscordError(body)) throw new DiscordAPIError(body, status, { method, route: info.template });
		throw new HTTPError(status, { method, route: info.template }, attempt, statusText, {
			bodyExcerpt: excerpt(response, ctx.authorization()),
		});
	}
}
