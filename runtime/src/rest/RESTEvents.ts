import type { RateLimitInfo } from './errors/RateLimitError.js';

/** Sent when a request goes on the wire (each attempt). Carries no token. */
export interface RESTRequestEvent {
	/** Unique per `REST` call; attempts share it. */
	readonly id: number;
	/** HTTP method. */
	readonly method: string;
	/** Route template. */
	readonly route: string;
	/**
	 * The path as sent, relative to the API base and with its query string; the token of a
	 * webhook or interaction path is `[redacted]`.
	 */
	readonly path: string;
	/** The major parameter's id (no webhook token). */
	readonly majorParameter: string;
	/** 1 for the first send, 2 for the first retry, … */
	readonly attempt: number;
}

/** Rate-limit headers of a response, when it had them. */
export interface RESTRateLimitHeaders {
	/** `X-RateLimit-Bucket`. */
	readonly bucket: string;
	/** `X-RateLimit-Limit`. */
	readonly limit: number;
	/** `X-RateLimit-Remaining`. */
	readonly remaining: number;
	/** `X-RateLimit-Reset-After`, in ms. */
	readonly resetAfterMs: number;
	/** `X-RateLimit-Scope`, on 429s. */
	readonly scope: string | undefined;
}

/** Sent when a response arrives (each attempt, errors included). */
export interface RESTResponseEvent extends RESTRequestEvent {
	/** HTTP status. */
	readonly status: number;
	/** From send to complete body. */
	readonly durationMs: number;
	/** The response's rate-limit headers, when it had them. */
	readonly rateLimit: RESTRateLimitHeaders | undefined;
}

/** Sent when invalid requests reach a multiple of `warnEvery`, or the refusal threshold. */
export interface InvalidRequestWarningEvent {
	/** Invalid requests in the current window. */
	readonly count: number;
	/** The count at which sending stops. */
	readonly threshold: number;
	/** The rolling window, in ms. */
	readonly windowMs: number;
}

/** The typed events of {@link REST}, for logging and the inspector. */
export interface RESTEvents {
	/** An attempt goes on the wire. */
	request: [event: RESTRequestEvent];
	/** An attempt's response arrived. */
	response: [event: RESTResponseEvent];
	/** A request waits for (or was refused by) a rate limit, pre-emptively or after a 429. */
	rateLimited: [info: RateLimitInfo];
	/** The invalid-request count reached a warning step or the refusal threshold. */
	invalidRequestWarning: [event: InvalidRequestWarningEvent];
}
