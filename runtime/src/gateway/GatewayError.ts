import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link GatewayError}s. */
export type GatewayErrorCode =
	/** The gateway closed with a code after which reconnecting cannot help (bad token, shard or intents). */
	| 'GATEWAY_FATAL'
	/** The shard (or its worker) was destroyed; create a new one to connect again. */
	| 'GATEWAY_DESTROYED'
	/** A gateway message could not be decompressed or is not a payload (the shard resumes). */
	| 'GATEWAY_DECODE'
	/** A payload was sent on a closed shard, or an identify was withdrawn. */
	| 'GATEWAY_NOT_CONNECTED'
	/** A shard, strategy or throttler was given an option it cannot use. */
	| 'GATEWAY_INVALID_OPTION'
	/** `GET /gateway/bot` failed: the network, a non-2xx status, or a body that is not gateway-bot info. */
	| 'GATEWAY_BOT_REQUEST'
	/** A worker thread running shards exited or failed; its shards are reported closed. */
	| 'GATEWAY_WORKER_EXITED';

/**
 * The base of every gateway error: an {@link OvenError} with a stable string `code` to branch on, and a `name`
 * that carries it (`GatewayError[GATEWAY_DESTROYED]`). Messages never contain the token.
 */
export class GatewayError<C extends GatewayErrorCode = GatewayErrorCode> extends OvenError<C> {}
