import { GatewayError } from './GatewayError.js';

/**
 * `GET /gateway/bot` failed: the network, a non-2xx status (401 for a bad token, 429 …) or
 * a body that is not gateway-bot info. `code` is `GATEWAY_BOT_REQUEST`; the message and
 * `cause` never contain the token.
 */
export class GatewayBotError extends GatewayError<'GATEWAY_BOT_REQUEST'> {
	/** The URL that was requested. */
	public readonly url: string;
	/** The HTTP status, when a response arrived. */
	public readonly status: number | undefined;

	public constructor(url: string, status: number | undefined, message: string, options?: ErrorOptions) {
		super('GATEWAY_BOT_REQUEST', message, options);
		this.url = url;
		this.status = status;
	}
}
