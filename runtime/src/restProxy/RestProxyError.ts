import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link RestProxyError}s. */
export type RestProxyErrorCode =
	'REST_PROXY_INVALID_OPTION' | 'REST_PROXY_BAD_REQUEST' | 'REST_PROXY_UNAUTHORIZED' | 'REST_PROXY_UPSTREAM' | 'REST_PROXY_CLOSED';

/**
 * What the REST proxy throws for an unusable option, or answers a client with (as JSON
 * `{ code, message }` and {@link status}) for a request it cannot pass on or an upstream that
 * failed. Never contains a token.
 */
export class RestProxyError<C extends RestProxyErrorCode = RestProxyErrorCode> extends OvenError<C> {
	/** The HTTP status the proxy answers with: 400–413 for the request, 401, 502/504 for the upstream, 503 while closing. */
	readonly status: number;

	/**
	 * @param code The stable code.
	 * @param status The HTTP status to answer with (0 when thrown, not answered).
	 * @param message What happened and what to do.
	 * @param options `cause`: the REST client's error, for an upstream failure.
	 */
	constructor(code: C, status: number, message: string, options?: ErrorOptions) {
		super(code, message, options);
		this.status = status;
	}

	/** The body the proxy answers with. */
	toJSON(): { code: C; message: string } {
		return { code: this.code, message: this.message };
	}
}
