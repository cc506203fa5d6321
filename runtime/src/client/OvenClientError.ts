import { OvenError } from '../errors/OvenError.js';

/**
 * The stable string codes of every error the client throws. Match on these, not on
 * messages or class names.
 */
export type ClientErrorCode =
	/** `createClient` (or a helper given the client) was passed an option it cannot use. */
	| 'CLIENT_INVALID_OPTION'
	/** The client was destroyed (before or while connecting); make a new one with `createClient()`. */
	| 'CLIENT_DESTROYED'
	/** A call that needs the gateway (presence, voice, a guild's shard) came before `login()` finished. */
	| 'CLIENT_NOT_CONNECTED'
	/** A string given where an id is expected is not a snowflake. */
	| 'CLIENT_INVALID_SNOWFLAKE'
	/** The cache failed on an event (reported on `error`); the event is still delivered. */
	| 'CLIENT_CACHE_ERROR'
	/** One of your listeners threw or rejected (reported on `error`, or printed when nobody listens). */
	| 'CLIENT_LISTENER_ERROR'
	/** A dispatch its structure cannot be built from (reported on `error`; the event is skipped). */
	| 'CLIENT_MALFORMED_EVENT'
	/** A required command option is missing, or an option was read as the wrong type. */
	| 'CLIENT_COMMAND_OPTION'
	/** A webhook call that needs the webhook's token was made on a webhook fetched without one. */
	| 'CLIENT_WEBHOOK_TOKEN';

/**
 * Base class of every error the client throws, an {@link OvenError}: `name` carries the code
 * (`OvenClientError[CLIENT_INVALID_OPTION]`). The bot token is never part of a message.
 */
export class OvenClientError<C extends ClientErrorCode = ClientErrorCode> extends OvenError<C> {}
