import type { Awaitable } from './RateLimitStore.js';
import type { RESTRequestEvent, RESTResponseEvent } from './RESTEvents.js';

/** A request about to be sent; hooks may add or change headers (not `Authorization`). */
export interface RESTHookRequest extends RESTRequestEvent {
	/** The headers to send, without `Authorization`; mutate to add or change. */
	readonly headers: Record<string, string>;
	/** The JSON body given to the call (the `payload_json` part of a multipart request), or undefined. Read it, do not change it. */
	readonly body: unknown;
}

/** A response that arrived; `body` is parsed JSON, text, or `undefined` for 204. */
export interface RESTHookResponse extends RESTResponseEvent {
	/** The parsed body. */
	readonly body: unknown;
}

/**
 * Middleware on every attempt. Hooks run in the order they were added; a hook that throws
 * fails the request with that error. The token is added after the hooks, so they never see it.
 */
export interface RESTHook {
	/** Runs before each attempt is sent. */
	beforeRequest?(request: RESTHookRequest): Awaitable<void>;
	/** Runs after each attempt's response arrived, before it is turned into a result or error. */
	afterResponse?(response: RESTHookResponse): Awaitable<void>;
}
