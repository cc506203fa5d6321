import { OvenRESTError } from './OvenRESTError.js';

/** What the client knew when a request hit a rate limit. Carries no token or URL. */
export interface RateLimitInfo {
	/** HTTP method. */
	readonly method: string;
	/** Route template. */
	readonly route: string;
	/** The bucket hash from `X-RateLimit-Bucket`, or the method + route key while unknown. */
	readonly bucket: string;
	/** The major parameter's id (channel, guild or webhook id; never a webhook token). */
	readonly majorParameter: string;
	/** The bucket's limit, when known. */
	readonly limit: number | undefined;
	/** Milliseconds until the limit resets. */
	readonly retryAfterMs: number;
	/** Which limit: `user` (route bucket or sublimit), `global`, or `shared` (a resource's, not counted as invalid). */
	readonly scope: 'user' | 'global' | 'shared';
	/** `true` when Discord answered 429; `false` when the client is waiting pre-emptively. */
	readonly fromResponse: boolean;
}

/**
 * Why a request gave up on a rate limit: `rejectOnRateLimit` matched (`rejected`), Discord
 * kept answering 429 past `maxRateLimitRetries` (`retries-exhausted`), or the wait was
 * longer than `maxRateLimitWait` (`too-long`).
 */
export type RateLimitErrorReason = 'rejected' | 'retries-exhausted' | 'too-long';

function describe(info: RateLimitInfo, reason: RateLimitErrorReason, maxWaitMs: number | undefined): string {
	const wait = `${(info.retryAfterMs / 1000).toFixed(3)} s`;
	const what = `${info.method} ${info.route}`;
	switch (reason) {
		case 'rejected':
			return `${what} is rate limited (${info.scope}) for ${wait}; rejected because rejectOnRateLimit matched. Retry after that time.`;
		case 'retries-exhausted':
			return `${what} kept answering 429 (${info.scope}); gave up after the retry bound. Slow down or raise maxRateLimitRetries.`;
		case 'too-long':
			return (
				`${what} is rate limited (${info.scope}) for ${wait}, longer than maxRateLimitWait (${((maxWaitMs ?? 0) / 1000).toFixed(3)} s); ` +
				'rejected at once instead of waiting. Retry after that time, or raise maxRateLimitWait.'
			);
	}
}

/**
 * A request hit a rate limit and gave up: the caller asked to be told instead of waiting
 * (`rejectOnRateLimit`), Discord kept answering 429 past `maxRateLimitRetries`, or the wait
 * was longer than `maxRateLimitWait` (`info.retryAfterMs` is the wait Discord asked for).
 */
export class RateLimitError extends OvenRESTError<'REST_RATE_LIMITED'> {
	/** Details of the limit that was hit. */
	readonly info: RateLimitInfo;
	/** Why the client gave up; see {@link RateLimitErrorReason}. */
	readonly reason: RateLimitErrorReason;

	/**
	 * @param info The limit that was hit.
	 * @param reason Why the client gave up.
	 * @param maxWaitMs The `maxRateLimitWait` that was exceeded, for `too-long`.
	 */
	constructor(info: RateLimitInfo, reason: RateLimitErrorReason, maxWaitMs?: number) {
		super('REST_RATE_LIMITED', describe(info, reason, maxWaitMs));
		this.info = info;
		this.reason = reason;
	}
}
