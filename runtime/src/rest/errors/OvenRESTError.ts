import { OvenError } from '../../errors/OvenError.js';

/**
 * The stable string codes of every error the REST client throws. Match on these, not on
 * messages or class names.
 */
export type RESTErrorCode =
	/** Discord answered with a JSON error (its `code` and `message` are on the error). */
	| 'REST_DISCORD_API_ERROR'
	/** Any other failure status, a 2xx whose JSON does not parse, or a network error past the retries. */
	| 'REST_HTTP_ERROR'
	/** A rate limit the request will not wait for: `rejectOnRateLimit`, `maxRateLimitWait` or too many 429s. */
	| 'REST_RATE_LIMITED'
	/** Discord's invalid-request budget (10,000 per 10 minutes) is spent; requests stop before a ban. */
	| 'REST_INVALID_REQUEST_BUDGET'
	/** An attempt outlasted `timeout`, or the request its `deadline`. */
	| 'REST_REQUEST_TIMEOUT'
	/** The request's `signal` fired. */
	| 'REST_REQUEST_ABORTED'
	/** The REST client was destroyed; its queued and running requests reject with this. */
	| 'REST_DESTROYED'
	/** The client or a request was given an option it cannot use. */
	| 'REST_INVALID_OPTION'
	/** The token is malformed (empty, spaces, a line break); nothing was sent. */
	| 'REST_INVALID_TOKEN'
	/** The shared rate-limit store (Redis) failed; reported while REST falls back to per-process limits. */
	| 'REST_RATE_LIMIT_STORE_UNAVAILABLE';

/**
 * Base class of every error the REST client throws, an {@link OvenError}: `name` carries the
 * code (`RateLimitError[REST_RATE_LIMITED]`), so it shows in stack traces.
 */
export class OvenRESTError<C extends RESTErrorCode = RESTErrorCode> extends OvenError<C> {}
