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
 * A request hit a rate limit and the caller asked to be told instead of waiting
 * (`rejectOnRateLimit`), or Discord kept answering 429 past `maxRateLimitRetries`.
 */
export class RateLimitError extends OvenRESTError {
	/** Details of the limit that was hit. */
	readonly info: RateLimitInfo;
	/** `rejected`: `rejectOnRateLimit` matched; `retries-exhausted`: too many 429s in a row. */
	readonly reason: 'rejected' | 'retries-exhausted';

	/**
	 * @param info The limit that was hit.
	 * @param reason Why the client gave up.
	 */
	constructor(info: RateLimitInfo, reason: 'rejected' | 'retries-exhausted') {
		const wait = `${(info.retryAfterMs / 1000).toFixed(3)} s`;
		super(
			'RATE_LIMITED',
			reason === 'rejected'
				? `${info.method} ${info.route} is rate limited (${info.scope}) for ${wait}; rejected because rejectOnRateLimit matched. Retry after that time.`
				: `${info.method} ${info.route} kept answering 429 (${info.scope}); gave up after the retry bound. Slow down or raise maxRateLimitRetries.`,
		);
		this.info = info;
		this.reason = reason;
	}
}
