import { _apiBase, DEFAULT_API } from './_apiBase.js';
import { InvalidRESTOptionError } from './errors/InvalidRESTOptionError.js';
import type { RejectOnRateLimit } from './RequestOptions.js';
import type { RESTOptions } from './RESTOptions.js';

/** {@link RESTOptions} checked, with every default filled in. @internal */
export interface ResolvedRESTOptions {
	/** The API host, e.g. `https://discord.com`. */
	readonly origin: string;
	/** The path up to the version, e.g. `/api/v10`. */
	readonly basePath: string;
	readonly globalPerSecond: number;
	readonly offsetMs: number;
	readonly timeout: number;
	/** The overall bound of a request in ms; `Infinity` for none. */
	readonly deadline: number;
	readonly retries: number;
	readonly baseMs: number;
	readonly maxMs: number;
	readonly retryNonIdempotent: boolean;
	readonly maxRateLimitRetries: number;
	/** The longest rate-limit wait a request accepts, and the longest the client remembers. */
	readonly maxRateLimitWait: number;
	readonly rejectOnRateLimit: RejectOnRateLimit;
	readonly invalidMax: number;
	readonly invalidWindowMs: number;
	readonly invalidThreshold: number;
	readonly warnEvery: number;
	readonly userAgent: string;
	readonly connections: number;
}

/** Discord's longest documented wait is a 10-minute sublimit; a longer one is a ban or a broken answer. */
const DEFAULT_MAX_RATE_LIMIT_WAIT = 15 * 60_000;

/**
 * `value` if it is a finite number ≥ `min` (`Infinity` too when `infinite`), `fallback` when
 * it is undefined; anything else throws an {@link InvalidRESTOptionError} naming the option.
 * @internal
 */
export function positive(name: string, value: number | undefined, fallback: number, min = 0, infinite = false): number {
	if (value === undefined) return fallback;
	if (!((Number.isFinite(value) || (infinite && value === Infinity)) && value >= min))
		throw new InvalidRESTOptionError(`${name} must be a number >= ${min}${infinite ? ' (or Infinity)' : ''}, got ${String(value)}.`);
	return value;
}

/**
 * Checks every option of a `REST` and fills in the defaults.
 * @throws {InvalidRESTOptionError} when an option is unusable.
 * @internal
 */
export function resolveRESTOptions(options: RESTOptions): ResolvedRESTOptions {
	let url: URL;
	const api = _apiBase(options.api);
	try {
		url = new URL(api.value as string);
	} catch {
		throw new InvalidRESTOptionError(`${api.name} must be an absolute URL such as ${DEFAULT_API}, got ${JSON.stringify(api.value)}.`);
	}
	const version = positive('version', options.version, 10, 1);
	const safetyMargin = positive('invalidRequests.safetyMargin', options.invalidRequests?.safetyMargin, 500);
	const invalidMax = positive('invalidRequests.max', options.invalidRequests?.max, 10_000, 1);
	return {
		origin: url.origin,
		basePath: `${url.pathname.replace(/\/+$/, '')}/v${version}`,
		globalPerSecond: positive('globalRequestsPerSecond', options.globalRequestsPerSecond, 50, 1),
		// A store that settles global slots needs no latency margin on the global window (see
		// RateLimitStore.settleGlobal), only one for timer and clock granularity.
		offsetMs: positive('offsetMs', options.offsetMs, options.store === undefined || options.store.settleGlobal !== undefined ? 20 : 50),
		timeout: positive('timeout', options.timeout, 15_000, 1),
		deadline: positive('deadline', options.deadline, Infinity, 1, true),
		retries: positive('retries', options.retries, 3),
		baseMs: positive('retryBackoff.baseMs', options.retryBackoff?.baseMs, 500),
		maxMs: positive('retryBackoff.maxMs', options.retryBackoff?.maxMs, 10_000),
		retryNonIdempotent: options.retryNonIdempotent ?? false,
		maxRateLimitRetries: positive('maxRateLimitRetries', options.maxRateLimitRetries, 5),
		maxRateLimitWait: positive('maxRateLimitWait', options.maxRateLimitWait, DEFAULT_MAX_RATE_LIMIT_WAIT, 0, true),
		rejectOnRateLimit: options.rejectOnRateLimit ?? false,
		invalidMax,
		invalidWindowMs: positive('invalidRequests.windowMs', options.invalidRequests?.windowMs, 600_000, 1),
		invalidThreshold: Math.max(1, invalidMax - safetyMargin),
		warnEvery: positive('invalidRequests.warnEvery', options.invalidRequests?.warnEvery, 1_000, 1),
		userAgent: options.userAgent ?? 'DiscordBot (https://github.com/ovenjs/ovenjs, 0.1.0)',
		connections: positive('connections', options.connections, 16, 1),
	};
}
