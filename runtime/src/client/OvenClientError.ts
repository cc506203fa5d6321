import { OvenError } from '../errors/OvenError.js';

/**
 * The stable string codes of every error the client throws. Match on these, not on
 * messages or class names.
 */
export type ClientErrorCode =
	| 'CLIENT_INVALID_OPTION'
	| 'CLIENT_DESTROYED'
	| 'CLIENT_ALREADY_CONNECTED'
	| 'CLIENT_NOT_CONNECTED'
	| 'CLIENT_INVALID_SNOWFLAKE'
	| 'CLIENT_CACHE_ERROR'
	| 'CLIENT_LISTENER_ERROR'
	| 'CLIENT_MALFORMED_EVENT'
	| 'CLIENT_COMMAND_OPTION'
	| 'CLIENT_WEBHOOK_TOKEN';

/**
 * Base class of every error the client throws, an {@link OvenError}: `name` carries the code
 * (`OvenClientError[CLIENT_INVALID_OPTION]`). The bot token is never part of a message.
 */
export class OvenClientError<C extends ClientErrorCode = ClientErrorCode> extends OvenError<C> {}
