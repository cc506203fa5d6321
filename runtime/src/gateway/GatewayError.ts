import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link GatewayError}s. */
export type GatewayErrorCode =
	| 'GATEWAY_FATAL'
	| 'GATEWAY_DESTROYED'
	| 'GATEWAY_DECODE'
	| 'GATEWAY_NOT_CONNECTED'
	| 'GATEWAY_INVALID_OPTION'
	| 'GATEWAY_BOT_REQUEST'
	| 'GATEWAY_WORKER_EXITED';

/**
 * The base of every gateway error: an {@link OvenError} with a stable string `code` to branch on, and a `name`
 * that carries it (`GatewayError[GATEWAY_DESTROYED]`). Messages never contain the token.
 */
export class GatewayError<C extends GatewayErrorCode = GatewayErrorCode> extends OvenError<C> {}
