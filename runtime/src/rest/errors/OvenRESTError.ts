import { OvenError } from '../../errors/OvenError.js';

/**
 * The stable string codes of every error the REST client (and the REST proxy) throws. Match on these, not on
 * messages or class names.
 */
export type RESTErrorCode =
	| 'REST_DISCORD_API_ERROR'
	| 'REST_HTTP_ERROR'
	| 'REST_RATE_LIMITED'
	| 'REST_INVALID_REQUEST_BUDGET'
	| 'REST_REQUEST_TIMEOUT'
	| 'REST_REQUEST_ABORTED'
	| 'REST_DESTROYED'
	| 'REST_INVALID_OPTION'
	| 'REST_INVALID_TOKEN'
	| 'REST_RATE_LIMIT_STORE_UNAVAILABLE'
	| 'REST_PROXY_BAD_REQUEST'
	| 'REST_PROXY_UNAUTHORIZED'
	| 'REST_PROXY_UPSTREAM'
	| 'REST_PROXY_CLOSED';

/**
 * Base class of every error the REST client throws, an {@link OvenError}: `name` carries the
 * code (`RateLimitError[REST_RATE_LIMITED]`), so it shows in stack traces.
 */
export class OvenRESTError<C extends RESTErrorCode = RESTErrorCode> extends OvenError<C> {}
