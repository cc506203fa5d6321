/**
 * The REST client: typed routes, rate limits, retries, errors.
 * @packageDocumentation
 */
export * from './REST.js';
export * from './MemoryRateLimitStore.js';
export * from './RedisRateLimitStore.js';
export * from './routeInfo.js';
export * from './errors/OvenRESTError.js';
export * from './errors/DiscordAPIError.js';
export * from './errors/HTTPError.js';
export * from './errors/RateLimitError.js';
export * from './errors/InvalidRequestBudgetError.js';
export * from './errors/RequestTimeoutError.js';
export * from './errors/RequestAbortedError.js';
export * from './errors/RESTDestroyedError.js';
export * from './errors/InvalidRESTOptionError.js';
export * from './errors/InvalidTokenError.js';
export * from './errors/RateLimitStoreUnavailableError.js';
export * from './errors/flattenFormErrors.js';
export type * from './RateLimitStore.js';
export type * from './RedisRateLimitStoreOptions.js';
export type * from './ForwardRequest.js';
export type * from './RequestOptions.js';
export type * from './RESTOptions.js';
export type * from './RESTEvents.js';
export type * from './RESTHook.js';
export type * from './RouteTypes.js';
