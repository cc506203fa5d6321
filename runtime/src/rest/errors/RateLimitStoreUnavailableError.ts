import { OvenRESTError } from './OvenRESTError.js';

/**
 * A shared rate-limit store (Redis) failed or did not answer in time. With its fallback on
 * (the default), `RedisRateLimitStore` reports this in its `outage` event and carries on with
 * per-process limits; with `fallback: false` requests reject with it.
 */
export class RateLimitStoreUnavailableError extends OvenRESTError<'REST_RATE_LIMIT_STORE_UNAVAILABLE'> {
	/**
	 * @param message What failed, and what the store does about it.
	 * @param options `cause`: the Redis client's error, when there is one.
	 */
	constructor(message: string, options?: ErrorOptions) {
		super('REST_RATE_LIMIT_STORE_UNAVAILABLE', message, options);
	}
}
